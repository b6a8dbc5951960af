/**
 * Arithmetic checks inside one count file (Kieswet N 10 / O 3 / P 1: every body adds up the figures of
 * the bodies below it):
 * - sum-of-units: the file's total = the sum of its units, for every count field, every list and every
 *   candidate (polling stations → municipality in a 510b, municipalities → kieskring in a 510c,
 *   kieskringen → nation in the 510d);
 * - list-sum-of-candidates: a list's votes = the sum of its candidates' votes, in every unit and total;
 * - valid-sum-of-lists: valid votes (TotalCounted) = the sum of the lists, in every unit and total.
 * Pure functions of one SnapshotCounts.
 */
import type { SnapshotCounts } from '../model/snapshot-types.ts';
import { flatten, makeResult, splitCandidateKey, type FlatUnit } from './fields.ts';
import type { CheckResult } from './types.ts';

const flatMemo = new WeakMap<SnapshotCounts, { total: FlatUnit | null; units: FlatUnit[] }>();

/** All units and the total of a file, flattened once per file (every check reads the same view). */
export function flatUnits(counts: SnapshotCounts): { total: FlatUnit | null; units: FlatUnit[] } {
  let f = flatMemo.get(counts);
  if (!f) {
    f = {
      total: counts.total ? flatten(counts, counts.total, true) : null,
      units: counts.units.map((u) => flatten(counts, u, false)),
    };
    flatMemo.set(counts, f);
  }
  return f;
}

/** Total = sum of units, per count field, list and candidate. Nothing when the file has no units. */
export function checkSumOfUnits(counts: SnapshotCounts): CheckResult[] {
  const { total, units } = flatUnits(counts);
  if (!total || units.length === 0) return [];
  const out: CheckResult[] = [];
  const src = [counts.source];
  for (const [field, value] of total.fields) {
    // A field no unit reports (e.g. a reason only the total carries) cannot be summed.
    if (!units.some((u) => u.fields.has(field))) continue;
    const sum = units.reduce((a, u) => a + (u.fields.get(field) ?? 0), 0);
    out.push(makeResult('sum-of-units', total.ref, field, sum, value, src));
  }
  for (const [list, value] of total.lists) {
    const sum = units.reduce((a, u) => a + (u.lists.get(list) ?? 0), 0);
    out.push(makeResult('sum-of-units', total.ref, 'votes', sum, value, src, { list }));
  }
  for (const [key, value] of total.candidates) {
    const sum = units.reduce((a, u) => a + (u.candidates.get(key) ?? 0), 0);
    out.push(makeResult('sum-of-units', total.ref, 'votes', sum, value, src, splitCandidateKey(key)));
  }
  return out;
}

function eachUnit(counts: SnapshotCounts): FlatUnit[] {
  const { total, units } = flatUnits(counts);
  return total ? [total, ...units] : units;
}

/** Every list with candidates, in every unit and the total: list votes = sum of candidate votes. */
export function checkListSums(counts: SnapshotCounts): CheckResult[] {
  const out: CheckResult[] = [];
  for (const u of eachUnit(counts)) {
    const sums = new Map<string, number>();
    for (const [key, v] of u.candidates) {
      const { list } = splitCandidateKey(key);
      sums.set(list, (sums.get(list) ?? 0) + v);
    }
    for (const [list, votes] of u.lists) {
      const sum = sums.get(list);
      // A list published without candidate figures (a list-only CSV row) has nothing to add up.
      if (sum === undefined) continue;
      out.push(makeResult('list-sum-of-candidates', u.ref, 'votes', sum, votes, [counts.source], { list }));
    }
  }
  return out;
}

/** Valid votes = sum of the list votes, in every unit and the total. */
export function checkValidSums(counts: SnapshotCounts): CheckResult[] {
  return eachUnit(counts).map((u) => {
    const sum = [...u.lists.values()].reduce((a, b) => a + b, 0);
    return makeResult('valid-sum-of-lists', u.ref, 'totalCounted', sum, u.fields.get('totalCounted') ?? 0, [
      counts.source,
    ]);
  });
}
