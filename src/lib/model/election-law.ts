/**
 * What the law says an election definition must look like: the number of seats per kind of body, the
 * EML_NL subcategory that goes with that number, the preference threshold, and which elections are
 * tied to one municipality, province or water board (their files carry kr:ElectionDomain).
 *
 * One place, each rule with its source and the first election date it applies to. A change of the
 * law is a new row with a later `from`, never an edit of an old one (as in apportionment/rules.ts).
 * The preference threshold is not repeated here: it is the seat engine's own rule
 * (apportionment/rules.ts, Kieswet P 15, Y 23a, U 15), so the check and the computation cannot
 * disagree. apportionment/ imports nothing outside itself, so this import creates no cycle.
 */
import { isSeatCategory, selectRuleSet, LARGE_BODY_SEATS } from '../apportionment/rules.ts';
import type { ElectionCategory } from '../apportionment/rules.ts';

export interface SeatRange {
  categories: readonly string[];
  /** First election date (YYYY-MM-DD, inclusive) the row applies to. */
  from: string;
  min: number;
  max: number;
  /** The number of seats is always odd (Gemeentewet art. 8, Provinciewet art. 8 tables). */
  odd?: boolean;
  /** Per election domain (kr:ElectionDomain Id), when the law fixes the number per body. */
  byDomain?: Readonly<Record<string, number>>;
  source: string;
}

/** Seats per category. The latest row with `from` ≤ the election date applies. */
export const SEAT_RANGES: readonly SeatRange[] = [
  { categories: ['TK'], from: '1956-01-01', min: 150, max: 150, source: 'Grondwet art. 51 lid 2' },
  { categories: ['EK'], from: '1956-01-01', min: 75, max: 75, source: 'Grondwet art. 51 lid 3' },
  {
    categories: ['EP'],
    from: '2009-06-04',
    min: 25,
    max: 26,
    source: 'EU seat allocation for the Netherlands (25 in 2009, 26 from the Treaty of Lisbon)',
  },
  {
    categories: ['EP'],
    from: '2019-05-23',
    min: 26,
    max: 29,
    source: 'European Council Decision 2018/937 (26, and 29 after the United Kingdom left)',
  },
  {
    categories: ['EP'],
    from: '2024-06-06',
    min: 31,
    max: 31,
    source: 'European Council Decision 2023/2061 (31 seats for the Netherlands)',
  },
  {
    categories: ['PS'],
    from: '1989-11-01',
    min: 39,
    max: 55,
    odd: true,
    source: 'Provinciewet art. 8 (39 to 55 members by population)',
  },
  {
    categories: ['GR'],
    from: '1989-11-01',
    min: 9,
    max: 45,
    odd: true,
    source: 'Gemeentewet art. 8 (9 to 45 members by population)',
  },
  {
    // The elected part only: the appointed seats (geborgde zetels) are not in the 110a.
    categories: ['AB'],
    from: '2008-11-01',
    min: 11,
    max: 30,
    source: 'Waterschapswet art. 12 (at most 30 members, of which some are appointed, not elected)',
  },
  {
    categories: ['ER'],
    from: '2010-10-10',
    min: 5,
    max: 9,
    odd: true,
    byDomain: { '9001': 9, '9002': 5, '9003': 5 },
    source:
      'Wet openbare lichamen Bonaire, Sint Eustatius en Saba art. 11 (Bonaire 9, Sint Eustatius 5, Saba 5)',
  },
  {
    // No statutory size found for the Amsterdam bestuurscommissies / Rotterdam gebiedscommissies:
    // only an upper bound that no district body can exceed (a municipal council's maximum).
    categories: ['BC', 'GC'],
    from: '2014-01-01',
    min: 1,
    max: 45,
    source: 'no statutory size; at most the largest municipal council (Gemeentewet art. 8)',
  },
];

export function seatRange(category: string, date: string): SeatRange | null {
  let best: SeatRange | null = null;
  for (const r of SEAT_RANGES) {
    if (!r.categories.includes(category) || r.from > date) continue;
    if (!best || r.from > best.from) best = r;
  }
  return best;
}

/**
 * EML_NL kr:ElectionSubcategory (kiesraad-eml-extensions.xsd, ElectionSubcategoryType): which
 * subcategories belong to a category, and for GR/AB which side of 19 seats they stand for
 * (the boundary of Kieswet P 7/P 8 and P 15 lid 2).
 */
export const SUBCATEGORIES: Readonly<Record<string, readonly string[]>> = {
  TK: ['TK'],
  EK: ['EK'],
  EP: ['EP'],
  PS: ['PS1', 'PS2'],
  AB: ['AB1', 'AB2'],
  GR: ['GR1', 'GR2'],
  ER: ['ER1'],
  BC: ['BC'],
  GC: ['GC'],
  NR: ['NR'],
  PR: ['PR'],
  LR: ['LR'],
  IR: ['IR'],
};
const SMALL_BODY_SUBCATEGORY: Readonly<Record<string, boolean>> = {
  GR1: true,
  GR2: false,
  AB1: true,
  AB2: false,
};

/**
 * Elections of one municipality, island, province or water board: their EML files name it in
 * kr:ElectionDomain (kiesraad-eml-extensions.xsd: "needed if the ElectionDomain is part of the
 * election name"). For municipalities and islands the Id (the CBS code) is what joins the files.
 */
export const DOMAIN_REQUIRED: Readonly<Record<string, 'element' | 'id'>> = {
  GR: 'id',
  ER: 'id',
  BC: 'element',
  GC: 'element',
  PS: 'element',
  AB: 'element',
};

/** Elections whose counts are of one domain (a municipality or island): no kieskring above it. */
export const MUNICIPAL_CATEGORIES: ReadonlySet<string> = new Set(['GR', 'ER', 'BC', 'GC']);

export type DefinitionField = 'seats' | 'preferenceThreshold' | 'subcategory' | 'domain';

export interface LawProblem {
  field: DefinitionField;
  message: string;
}

export interface DefinitionFacts {
  category: string;
  subcategory: string | null;
  date: string;
  domainId: string | null;
  seats: number;
  preferenceThreshold: number;
}

/** The plausibility rules for a 110a; an empty list when the definition agrees with the law. */
export function checkDefinition(d: DefinitionFacts): LawProblem[] {
  const out: LawProblem[] = [];
  const fix = 'use the definition (110a) as the election software exported it';
  if (d.seats < 1)
    out.push({
      field: 'seats',
      message: `kr:NumberOfSeats is ${d.seats}; an election elects at least one seat; ${fix}`,
    });
  const range = seatRange(d.category, d.date);
  if (range && d.seats >= 1) {
    const fixed = range.byDomain && d.domainId !== null ? range.byDomain[d.domainId] : undefined;
    const bounds = range.min === range.max ? `${range.min}` : `${range.min} to ${range.max}`;
    if (fixed !== undefined && d.seats !== fixed) {
      out.push({
        field: 'seats',
        message: `kr:NumberOfSeats is ${d.seats}, but the ${d.category} of domain ${d.domainId} has ${fixed} seats (${range.source}); ${fix}`,
      });
    } else if (d.seats < range.min || d.seats > range.max) {
      out.push({
        field: 'seats',
        message: `kr:NumberOfSeats is ${d.seats}, outside the legal ${bounds} seats for ${d.category} on ${d.date} (${range.source}); ${fix}`,
      });
    } else if (range.odd && d.seats % 2 === 0) {
      out.push({
        field: 'seats',
        message: `kr:NumberOfSeats is ${d.seats}, but a ${d.category} always has an odd number of seats (${range.source}); ${fix}`,
      });
    }
  }
  if (d.subcategory !== null) {
    const allowed = SUBCATEGORIES[d.category];
    if (allowed && !allowed.includes(d.subcategory)) {
      out.push({
        field: 'subcategory',
        message: `kr:ElectionSubcategory ${d.subcategory} does not belong to category ${d.category} (allowed: ${allowed.join(', ')}; EML_NL ElectionSubcategoryType)`,
      });
    }
    const small = SMALL_BODY_SUBCATEGORY[d.subcategory];
    if (small !== undefined && small !== d.seats < LARGE_BODY_SEATS) {
      out.push({
        field: 'subcategory',
        message: `kr:ElectionSubcategory ${d.subcategory} means ${small ? `fewer than ${LARGE_BODY_SEATS}` : `${LARGE_BODY_SEATS} or more`} seats, but kr:NumberOfSeats is ${d.seats} (EML_NL ElectionSubcategoryType; Kieswet P 7, P 8); ${fix}`,
      });
    }
  }
  if (d.preferenceThreshold > 100) {
    out.push({
      field: 'preferenceThreshold',
      message: `kr:PreferenceThreshold is ${d.preferenceThreshold} %; a percentage of the kiesdeler above 100 is not a threshold any law sets; ${fix}`,
    });
  } else if (isSeatCategory(d.category) && d.seats >= 1) {
    const expected = lawThreshold(d.category, d.date, d.seats);
    if (expected !== null && expected !== d.preferenceThreshold) {
      out.push({
        field: 'preferenceThreshold',
        message: `kr:PreferenceThreshold is ${d.preferenceThreshold} %, but the law sets ${expected} % of the kiesdeler for ${d.category} with ${d.seats} seats (Kieswet P 15${d.category === 'EP' ? ', Y 23a' : d.category === 'EK' ? ', U 15' : ''}); ${fix}`,
      });
    }
  }
  return out;
}

/** The seat engine's preference threshold (%), or null before the Kieswet of 1989. */
function lawThreshold(category: ElectionCategory, date: string, seats: number): number | null {
  try {
    return selectRuleSet(category, date).preferenceThresholdPercent(seats);
  } catch {
    return null;
  }
}

/** The kr:ElectionDomain rule for one file's ElectionIdentifier; null when it is met. */
export function checkDomain(category: string, domain: { id: string | null } | null): string | null {
  const need = DOMAIN_REQUIRED[category];
  if (!need) return null;
  if (domain === null)
    return `an election of category ${category} must name its ${category === 'GR' ? 'municipality' : category === 'ER' ? 'island' : 'domain'} in kr:ElectionDomain (EML_NL; the files of one council are joined by it); use the file as the election software exported it`;
  if (need === 'id' && !domain.id)
    return `kr:ElectionDomain has no Id; a ${category} election names its municipality by its 4-digit CBS code (Id="0668"); use the file as the election software exported it`;
  return null;
}
