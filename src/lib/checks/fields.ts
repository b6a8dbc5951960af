/**
 * The figures of one unit in a count file, flattened so that checks can walk "every count field, every
 * list, every candidate" without knowing the file layout. Field names follow the snapshot
 * (content/data/README.md): cast, totalCounted, rejected.<ReasonCode>, uncounted.<ReasonCode>,
 * extra.<CSV row>; list votes and candidate votes are kept apart because they carry a list and a key.
 */
import type { SnapshotCounts, SnapshotUnit } from '../model/snapshot-types.ts';
import type { CheckResult, CheckId, Severity, UnitRef } from './types.ts';

export interface FlatUnit {
  ref: UnitRef;
  /** Count fields that the unit reports (a null in the file = not reported = absent here). */
  fields: Map<string, number>;
  /** List votes by list number; absent = the list is not on the ballot here. */
  lists: Map<string, number>;
  /** Candidate votes by `${list}|${key}` (key = position or ShortCode, as in the file). */
  candidates: Map<string, number>;
}

export function candidateKey(list: string, key: string): string {
  return `${list}|${key}`;
}

export function splitCandidateKey(k: string): { list: string; candidate: string } {
  const i = k.indexOf('|');
  return { list: k.slice(0, i), candidate: k.slice(i + 1) };
}

export function unitRef(counts: SnapshotCounts, unit: SnapshotUnit, isTotal: boolean): UnitRef {
  return {
    level: isTotal ? counts.level : (counts.unitLevel ?? counts.level),
    id: unit.id,
    code: isTotal ? counts.code : unit.code,
    name: unit.name,
    parent: unit.parent,
  };
}

export function flatten(counts: SnapshotCounts, unit: SnapshotUnit, isTotal: boolean): FlatUnit {
  const fields = new Map<string, number>();
  fields.set('cast', unit.cast);
  fields.set('totalCounted', unit.totalCounted);
  counts.rejectedReasons.forEach((r, i) => {
    const v = unit.rejected[i];
    if (v !== null && v !== undefined) fields.set(`rejected.${r}`, v);
  });
  counts.uncountedReasons.forEach((r, i) => {
    const v = unit.uncounted[i];
    if (v !== null && v !== undefined) fields.set(`uncounted.${r}`, v);
  });
  for (const [k, v] of Object.entries(unit.extra ?? {})) fields.set(`extra.${k}`, v);
  const lists = new Map<string, number>();
  const candidates = new Map<string, number>();
  counts.lists.forEach((layout, i) => {
    const row = unit.votes[i];
    if (!row) return;
    lists.set(layout.list, row[0] ?? 0);
    layout.candidates.forEach((key, j) => {
      const v = row[j + 1];
      if (v !== null && v !== undefined) candidates.set(candidateKey(layout.list, key), v);
    });
  });
  return { ref: unitRef(counts, unit, isTotal), fields, lists, candidates };
}

/** One result; `difference` is found − expected when both are numbers. */
export function makeResult(
  check: CheckId,
  ref: UnitRef,
  field: string,
  expected: number | string | null,
  found: number | string | null,
  sources: string[],
  extra: { list?: string; candidate?: string; failSeverity?: Severity; passed?: boolean } = {},
): CheckResult {
  const passed = extra.passed ?? expected === found;
  const r: CheckResult = {
    check,
    level: ref.level,
    unit: ref.id,
    unitName: ref.name,
    field,
    expected,
    found,
    difference: typeof expected === 'number' && typeof found === 'number' ? found - expected : null,
    passed,
    severity: passed ? 'ok' : (extra.failSeverity ?? 'difference'),
    sources,
  };
  if (extra.list !== undefined) r.list = extra.list;
  if (extra.candidate !== undefined) r.candidate = extra.candidate;
  return r;
}
