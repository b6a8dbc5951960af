/**
 * Example inputs for the seat pages and the "reken zelf" calculator.
 *
 * TEMPORARY SOURCE: the TK2023 party votes below are typed in from the table "Party votes" in
 * shared/data/README.md (itself verified from Totaaltelling_TK2023.eml.xml, EML 510d, TotalVotes).
 * They will be replaced by the committed import snapshot in content/data/TK2023/ once the EML
 * importer lands. Until then tests/unit/seats/examples.test.ts reads the 510d and checks that
 * every number here equals the file, so a typing error cannot go unnoticed.
 */
import type { ApportionmentInput } from './types.ts';

export interface ExampleList {
  number: number;
  name: string;
  votes: number;
}

/** Tweede Kamer, 22 November 2023: the 26 lists (list number, RegisteredName, valid votes). */
const TK2023_LISTS: readonly ExampleList[] = [
  { number: 1, name: 'VVD', votes: 1589519 },
  { number: 2, name: 'D66', votes: 656292 },
  { number: 3, name: 'GROENLINKS / Partij van de Arbeid (PvdA)', votes: 1643073 },
  { number: 4, name: 'PVV (Partij voor de Vrijheid)', votes: 2450878 },
  { number: 5, name: 'CDA', votes: 345822 },
  { number: 6, name: 'SP (Socialistische Partij)', votes: 328225 },
  { number: 7, name: 'Forum voor Democratie', votes: 232963 },
  { number: 8, name: 'Partij voor de Dieren', votes: 235148 },
  { number: 9, name: 'ChristenUnie', votes: 212532 },
  { number: 10, name: 'Volt', votes: 178802 },
  { number: 11, name: 'JA21', votes: 71345 },
  { number: 12, name: 'Staatkundig Gereformeerde Partij (SGP)', votes: 217270 },
  { number: 13, name: 'DENK', votes: 246765 },
  { number: 14, name: '50PLUS', votes: 51043 },
  { number: 15, name: 'BBB', votes: 485551 },
  { number: 16, name: 'BIJ1', votes: 44253 },
  { number: 17, name: 'Piratenpartij - De Groenen', votes: 9117 },
  { number: 18, name: 'BVNL / Groep Van Haga', votes: 52913 },
  { number: 19, name: 'Nieuw Sociaal Contract', votes: 1343287 },
  { number: 20, name: 'Splinter', votes: 12838 },
  { number: 21, name: 'LP (Libertaire Partij)', votes: 4152 },
  { number: 22, name: 'LEF - Voor de Nieuwe Generatie', votes: 5122 },
  { number: 23, name: 'Samen voor Nederland', votes: 5325 },
  { number: 24, name: 'Nederland met een PLAN', votes: 5487 },
  { number: 25, name: 'PartijvdSport', votes: 3966 },
  { number: 26, name: 'Politieke Partij voor Basisinkomen', votes: 1038 },
];

/** The TK2023 lists with their national vote totals (a fresh copy each call). */
export function tk2023PartyVotes(): ExampleList[] {
  return TK2023_LISTS.map((l) => ({ ...l }));
}

/** TK2023 as engine input: 150 seats, no candidates (so list seats only, P 5 – P 9). */
export function tk2023Input(): ApportionmentInput {
  return { category: 'TK', date: '2023-11-22', seats: 150, lists: tk2023PartyVotes() };
}
