/**
 * The result of one check on one published figure. Every check function returns every comparison it
 * made, passed and failed, so a page can say "all 20 kieskring totals add up" as well as list what does
 * not. A failed result is a "finding"; it is data, never an accusation: the severity says how to read it.
 */
import type { Level } from '../model/types.ts';

export const checkIds = [
  /** A total equals the sum of its units (stations → municipality → kieskring → nation). */
  'sum-of-units',
  /** The same unit reported by two bodies (a 510b total and its row in the 510c, …) gives the same figure. */
  'same-unit-across-levels',
  /** List total = sum of its candidates. */
  'list-sum-of-candidates',
  /** Valid votes (TotalCounted) = sum of the lists. */
  'valid-sum-of-lists',
  /** Ballots found = admitted voters (stempassen + volmachtbewijzen + kiezerspassen). */
  'ballots-vs-admitted',
  /** The recorded explanations (meer/minder getelde stembiljetten, …) account for that difference. */
  'explanations-account',
  /** Votes cast ≤ electorate; above 100 % is explained when kiezerspassen cover the excess. */
  'turnout',
  /** Seats per list recomputed by our engine = the seats in the official result (520). */
  'seats',
  /** Elected candidates per our engine = the elected candidates in the 520. */
  'elected',
  /** First (provisional CSV) against final (official EML) count of the same unit. */
  'provisional-vs-official',
  /** Facts about the files themselves (election date, a unit missing from a file). */
  'source-files',
  /** Signals the Kiesraad's control protocol looks at: worth a second look, never proof of anything. */
  'signal-zero-list',
  'signal-blank-invalid-share',
  'signal-far-from-average',
  'signal-swapped-lists',
] as const;

export type CheckId = (typeof checkIds)[number];

/**
 * - ok: passed;
 * - difference: the published figures do not agree and nothing known explains it;
 * - explained: they do not agree, and an official note or a rule of the law explains why;
 * - change: a provisional figure was changed in the final count (expected; shown for transparency);
 * - signal: worth a second look, as in the Kiesraad's control protocol; not an error.
 */
export type Severity = 'ok' | 'difference' | 'explained' | 'change' | 'signal';

export interface Explanation {
  /** Stable id of the known explanation (content/checks/known-explanations.json) or of a rule. */
  id: string;
  nl: string;
  en: string;
  /** Where the explanation is published. */
  source: { title: string; url: string | null; file: string | null };
}

export interface CheckResult {
  check: CheckId;
  /** Level of the unit whose figure is checked. */
  level: Level;
  /** Unit id as published ("HSB3::1680", "1680::SB1", "HSB17", "CSB"). */
  unit: string;
  unitName: string;
  /** "cast", "totalCounted", "rejected.blanco", "uncounted.geldige kiezerspassen", "votes", "seats", "elected", … */
  field: string;
  list?: string;
  candidate?: string;
  /** The reference figure (the sum, the adopted figure, the official figure). */
  expected: number | string | null;
  /** The published figure that is checked against it. */
  found: number | string | null;
  /** found − expected when both are numbers, else null. */
  difference: number | null;
  passed: boolean;
  severity: Severity;
  explanation?: Explanation;
  /** Source ids (election.sources) of the figures compared: the checked one first. */
  sources: string[];
}

/** A short identification of a unit, enough to name it and to link to its page. */
export interface UnitRef {
  level: Level;
  /** Unit id as published. */
  id: string;
  /** Municipality code, "HSB3", "SB1" or "CSB". */
  code: string;
  name: string;
  /** Parent code as in the snapshot ("HSB3" for a municipality, "1680" for a station). */
  parent: string | null;
}
