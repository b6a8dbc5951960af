/**
 * The check report of one snapshot: loads it, recounts the seats (when the snapshot can be recounted),
 * runs every check (src/lib/checks) with the known explanations, and summarises per check and level.
 * Used by the CLI (scripts/verify.ts) and the checks pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allocateSeats } from '../apportionment/index.ts';
import { parseKnownExplanations, type KnownExplanation } from '../checks/explanations.ts';
import { loadCheckInput, runChecks, type CheckRun, type Recount } from '../checks/run.ts';
import type { CheckId, CheckResult } from '../checks/types.ts';
import { defaultDataDir, type LoadedSnapshot } from '../model/load.ts';
import type { Level } from '../model/types.ts';
import { seatInputFromSnapshot, wholeAreaCountEntry } from '../results/seat-input.ts';

/** content/checks/known-explanations.json beside content/data. */
export const knownExplanationsFile = path.join(
  path.dirname(defaultDataDir),
  'checks',
  'known-explanations.json',
);

let knownMemo: KnownExplanation[] | null = null;
export function knownExplanations(file: string = knownExplanationsFile): KnownExplanation[] {
  if (file !== knownExplanationsFile) return parseKnownExplanations(readFileSync(file, 'utf8'), file);
  knownMemo ??= parseKnownExplanations(readFileSync(file, 'utf8'), file);
  return knownMemo;
}

/** Our recount, or null when the snapshot has no seats or no whole-area count (nothing to compare). */
export async function recountOf(snap: LoadedSnapshot): Promise<Recount | null> {
  const e = snap.election;
  const entry = wholeAreaCountEntry(e);
  if (entry === null || e.seats === null) return null;
  const counts = await snap.counts(entry.level, entry.code);
  if (!counts?.total) return null;
  const result = allocateSeats(await seatInputFromSnapshot(snap));
  return {
    result,
    unit: {
      level: entry.level,
      id: counts.total.id,
      code: entry.code,
      name: counts.total.name,
      parent: null,
    },
    source: entry.source,
  };
}

export async function checkSnapshot(snap: LoadedSnapshot, known = knownExplanations()): Promise<CheckRun> {
  const input = await loadCheckInput(snap);
  return runChecks(input, { recount: await recountOf(snap), known });
}

export interface CheckSummaryRow {
  check: CheckId;
  level: Level;
  passed: number;
  failed: number;
  explained: number;
  changes: number;
  signals: number;
}

const LEVEL_ORDER: Level[] = ['CSB', 'HSB', 'GSB', 'SB'];

/** Passed and failed per check and level, in check order then from nation down to polling station. */
export function summarize(results: readonly CheckResult[]): CheckSummaryRow[] {
  const rows = new Map<string, CheckSummaryRow>();
  for (const r of results) {
    const k = `${r.check}|${r.level}`;
    let row = rows.get(k);
    if (!row) {
      row = { check: r.check, level: r.level, passed: 0, failed: 0, explained: 0, changes: 0, signals: 0 };
      rows.set(k, row);
    }
    if (r.passed) row.passed++;
    else {
      row.failed++;
      if (r.severity === 'explained') row.explained++;
      if (r.severity === 'change') row.changes++;
      if (r.severity === 'signal') row.signals++;
    }
  }
  const order = [...new Set(results.map((r) => r.check))];
  return [...rows.values()].sort(
    (a, b) =>
      order.indexOf(a.check) - order.indexOf(b.check) ||
      LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level),
  );
}

export function findings(results: readonly CheckResult[]): CheckResult[] {
  return results.filter((r) => !r.passed);
}
