/**
 * Why a published figure may differ from its reference: rules of the law (always true) and the
 * differences the Kiesraad documented for one election (content/checks/known-explanations.json, with
 * the source of each). A finding that matches gets the explanation and its source; it stays a finding.
 */
import type { CheckId, CheckResult, Explanation } from './types.ts';

const KIESWET = 'https://wetten.overheid.nl/BWBR0004627/';

export const RULE_EXPLANATIONS = {
  recordedDifference: {
    id: 'rule:recorded-difference',
    nl: 'Het stembureau heeft dit verschil zelf genoteerd als meer of minder getelde stembiljetten. Of de uitleg klopt, staat bij de volgende controle.',
    en: 'The polling station recorded this difference itself as more or fewer ballots counted. Whether the explanations add up is the next check.',
    source: { title: 'Kieswet, artikel N 9 (proces-verbaal van het stembureau)', url: KIESWET, file: null },
  },
  kiezerspassen: {
    id: 'rule:kiezerspassen',
    nl: 'Meer stemmen dan kiezers kan kloppen: met een kiezerspas stem je in een andere gemeente. Zonder de kiezerspassen is de opkomst niet hoger dan 100 procent.',
    en: 'More votes than voters can be right: with a kiezerspas you vote in another municipality. Without the kiezerspassen, turnout is not above 100 percent.',
    source: { title: 'Kieswet, artikel K 1 (kiezerspas)', url: KIESWET, file: null },
  },
  castNotPerUnit: {
    id: 'rule:cast-not-per-unit',
    nl: 'In dit bestand staat het aantal kiesgerechtigden alleen bij het totaal, niet per stembureau.',
    en: 'This file gives the number of eligible voters only for the total, not per polling station.',
    source: { title: 'EML_NL 510b, Cast', url: 'https://github.com/kiesraad/EML_NL', file: null },
  },
  provisional: {
    id: 'rule:provisional',
    nl: 'Het voorlopige bestand is gemaakt vóór de definitieve telling. Daarna zijn fouten hersteld. De officiële uitslag telt.',
    en: 'The provisional file was made before the final count. Errors were corrected after that. The official result counts.',
    source: { title: 'Kieswet, artikel O 3 en P 1 (vaststelling van de uitkomst)', url: KIESWET, file: null },
  },
} as const satisfies Record<string, Explanation>;

/** One documented difference: which findings it explains, and the explanation with its source. */
export interface KnownExplanation {
  id: string;
  /** ElectionIdentifier event id, e.g. "TK2023". */
  election: string;
  match: {
    /** Checks it applies to; all checks when absent. */
    checks?: CheckId[];
    /** The unit: its id, or its code (the part after "::"), e.g. "0482" or "HSB17". */
    unit: string;
    field?: string;
    list?: string;
    candidate?: string;
    found?: number | string | null;
    expected?: number | string | null;
  };
  nl: string;
  en: string;
  source: Explanation['source'];
}

export interface KnownExplanationsFile {
  format: 'open-telling/known-explanations@1';
  explanations: KnownExplanation[];
}

function unitMatches(pattern: string, unit: string): boolean {
  if (pattern === unit) return true;
  const code = unit.includes('::') ? unit.slice(unit.lastIndexOf('::') + 2) : unit;
  return pattern === code;
}

export function matches(k: KnownExplanation, r: CheckResult): boolean {
  const m = k.match;
  if (m.checks && !m.checks.includes(r.check)) return false;
  if (!unitMatches(m.unit, r.unit)) return false;
  if (m.field !== undefined && m.field !== r.field) return false;
  if (m.list !== undefined && m.list !== r.list) return false;
  if (m.candidate !== undefined && m.candidate !== r.candidate) return false;
  if (m.found !== undefined && m.found !== r.found) return false;
  if (m.expected !== undefined && m.expected !== r.expected) return false;
  return true;
}

/**
 * Gives each failed result the first known explanation that matches it (a known explanation is more
 * specific than a rule, so it replaces one). A difference becomes "explained"; a provisional change or a
 * signal keeps its severity and only gains the explanation.
 */
export function applyExplanations(
  results: CheckResult[],
  known: readonly KnownExplanation[],
  election: string,
): void {
  const mine = known.filter((k) => k.election === election);
  if (mine.length === 0) return;
  for (const r of results) {
    if (r.passed) continue;
    const k = mine.find((x) => matches(x, r));
    if (!k) continue;
    r.explanation = { id: k.id, nl: k.nl, en: k.en, source: k.source };
    if (r.severity === 'difference') r.severity = 'explained';
  }
}

/** Validates the data file's shape: a malformed entry must fail loudly, not explain nothing. */
export function parseKnownExplanations(text: string, file: string): KnownExplanation[] {
  let data: KnownExplanationsFile;
  try {
    data = JSON.parse(text) as KnownExplanationsFile;
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`, { cause: e });
  }
  if (data.format !== 'open-telling/known-explanations@1' || !Array.isArray(data.explanations)) {
    throw new Error(`${file}: expected {"format":"open-telling/known-explanations@1","explanations":[…]}`);
  }
  const ids = new Set<string>();
  data.explanations.forEach((k, i) => {
    const where = `${file}: explanations[${i}]`;
    if (typeof k.id !== 'string' || ids.has(k.id)) throw new Error(`${where}: missing or duplicate id`);
    ids.add(k.id);
    if (typeof k.election !== 'string' || typeof k.match?.unit !== 'string')
      throw new Error(`${where}: needs "election" and "match.unit"`);
    if (typeof k.nl !== 'string' || typeof k.en !== 'string' || typeof k.source?.title !== 'string')
      throw new Error(`${where}: needs "nl", "en" and "source.title"`);
  });
  return data.explanations;
}
