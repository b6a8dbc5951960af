/**
 * Signals, after the Kiesraad's control protocol (controleprotocol, Kieswet O 3a / P 1a): patterns in the
 * polling-station figures of one municipality that are worth a second look, for instance because two
 * lists may have been entered in each other's column. A signal is never proof of an error, let alone of
 * fraud: neighbourhoods vote differently, and a small station can have zero votes for a list by chance.
 *
 * For each station the expectation is the list's share in the rest of the municipality (all other
 * stations), so the station itself does not pull its own yardstick. Thresholds are deliberately strict, so
 * that only a handful of stations per large municipality stand out:
 * - signal-zero-list: 0 votes for a list that the rest of the municipality predicts at ≥ 10 here;
 * - signal-blank-invalid-share: ≥ 10 blank plus invalid ballots and ≥ 3 % of the ballots found;
 * - signal-far-from-average: a list ≥ 8 standard deviations and ≥ 20 percentage points from its
 *   expectation (binomial, n = the station's valid votes);
 * - signal-swapped-lists: two neighbouring lists (numbers n and n + 1: a row slip on the report) each far from their own expectation (≥ 4 standard deviations, opposite
 *   directions) whose figures fit each other's expectation four times better.
 * These are statistics for choosing where to look, not published figures, so floating point is fine here.
 */
import type { SnapshotCounts } from '../model/snapshot-types.ts';
import { ballotsFound } from './ballots.ts';
import { makeResult, type FlatUnit } from './fields.ts';
import { flatUnits } from './sums.ts';
import type { CheckResult } from './types.ts';

export const SIGNAL_THRESHOLDS = {
  zeroListExpected: 10,
  blankInvalidMin: 10,
  blankInvalidShare: 0.03,
  farSigma: 8,
  farPoints: 0.2,
  swapSigma: 4,
  swapFit: 4,
} as const;

interface Expectation {
  share: number;
  expected: number;
  sigma: number;
}

export function checkSignals(counts: SnapshotCounts): CheckResult[] {
  const { units } = flatUnits(counts);
  const stations = units.filter((u) => u.ref.level === 'SB');
  if (stations.length < 2) return [];
  const src = [counts.source];
  const T = SIGNAL_THRESHOLDS;
  const listTotals = new Map<string, number>();
  let validTotal = 0;
  for (const s of stations) {
    validTotal += s.fields.get('totalCounted') ?? 0;
    for (const [l, v] of s.lists) listTotals.set(l, (listTotals.get(l) ?? 0) + v);
  }
  const out: CheckResult[] = [];
  for (const s of stations) {
    const n = s.fields.get('totalCounted') ?? 0;
    const restValid = validTotal - n;
    const exp = new Map<string, Expectation>();
    for (const [l, v] of s.lists) {
      const share = restValid > 0 ? ((listTotals.get(l) ?? 0) - v) / restValid : 0;
      exp.set(l, { share, expected: n * share, sigma: Math.sqrt(n * share * (1 - share)) });
    }

    for (const [l, v] of s.lists) {
      const e = exp.get(l)!;
      out.push(
        makeResult('signal-zero-list', s.ref, 'votes', Math.round(e.expected), v, src, {
          list: l,
          failSeverity: 'signal',
          passed: !(v === 0 && e.expected >= T.zeroListExpected),
        }),
      );
      const far =
        n > 0 &&
        e.sigma > 0 &&
        Math.abs(v - e.expected) >= T.farSigma * e.sigma &&
        Math.abs(v / n - e.share) >= T.farPoints;
      out.push(
        makeResult('signal-far-from-average', s.ref, 'votes', Math.round(e.expected), v, src, {
          list: l,
          failSeverity: 'signal',
          passed: !far,
        }),
      );
    }

    const found = ballotsFound(s);
    const bi = (s.fields.get('rejected.blanco') ?? 0) + (s.fields.get('rejected.ongeldig') ?? 0);
    out.push(
      makeResult(
        'signal-blank-invalid-share',
        s.ref,
        'rejected',
        Math.round(found * T.blankInvalidShare),
        bi,
        src,
        {
          failSeverity: 'signal',
          passed: !(bi >= T.blankInvalidMin && bi >= T.blankInvalidShare * found),
        },
      ),
    );

    const swaps = swappedPairs(s, exp);
    for (const [a, b] of swaps) {
      out.push(
        makeResult(
          'signal-swapped-lists',
          s.ref,
          'votes',
          Math.round(exp.get(a)!.expected),
          s.lists.get(a)!,
          src,
          {
            list: `${a}↔${b}`,
            failSeverity: 'signal',
            passed: false,
          },
        ),
      );
    }
    if (swaps.length === 0) {
      out.push(makeResult('signal-swapped-lists', s.ref, 'votes', null, null, src, { passed: true }));
    }
  }
  return out;
}

function swappedPairs(s: FlatUnit, exp: Map<string, Expectation>): [string, string][] {
  const T = SIGNAL_THRESHOLDS;
  const lists = [...s.lists.keys()];
  const pairs: [string, string][] = [];
  for (let i = 0; i < lists.length; i++) {
    for (let j = i + 1; j < lists.length; j++) {
      const a = lists[i]!;
      const b = lists[j]!;
      const ea = exp.get(a)!;
      const eb = exp.get(b)!;
      const va = s.lists.get(a)!;
      const vb = s.lists.get(b)!;
      // Figures typed into the wrong row: the lists are neighbours on the ballot and in the report.
      if (Math.abs(Number(a) - Number(b)) !== 1) continue;
      if (ea.sigma === 0 || eb.sigma === 0) continue;
      const da = va - ea.expected;
      const db = vb - eb.expected;
      if (Math.sign(da) === Math.sign(db)) continue;
      if (Math.abs(da) < T.swapSigma * ea.sigma || Math.abs(db) < T.swapSigma * eb.sigma) continue;
      const asIs = Math.abs(da) + Math.abs(db);
      const swapped = Math.abs(va - eb.expected) + Math.abs(vb - ea.expected);
      if (swapped * T.swapFit < asIs) pairs.push([a, b]);
    }
  }
  return pairs;
}
