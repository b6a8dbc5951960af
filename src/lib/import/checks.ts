/**
 * Consistency checks on well-formed official data. Nothing is "fixed": every difference becomes a
 * Finding (data), so the site can show it next to the published figure.
 */
import type { CountFile, Finding, ListVotes, Source, UnitCounts } from '../model/types.ts';

export interface RawFinding extends Omit<Finding, 'sources'> {
  sourceRefs: Source[];
}

/** Within one unit: list total = sum of its candidates; TotalCounted = sum of the lists. */
export function checkUnit(u: UnitCounts, src: Source, out: RawFinding[]): void {
  let listSum = 0;
  for (const l of u.lists) {
    listSum += l.votes;
    if (l.candidates.length > 0) {
      const s = l.candidates.reduce((a, b) => a + b, 0);
      if (s !== l.votes) {
        out.push({
          kind: 'list-not-sum-of-candidates',
          unit: u.id,
          field: `list ${l.list}`,
          expected: s,
          actual: l.votes,
          sourceRefs: [src],
        });
      }
    }
  }
  if (listSum !== u.totalCounted) {
    out.push({
      kind: 'total-counted-not-sum-of-lists',
      unit: u.id,
      field: 'totalCounted',
      expected: listSum,
      actual: u.totalCounted,
      sourceRefs: [src],
    });
  }
}

/** File total = sum over its units (cast, TotalCounted, rejected, uncounted, list votes). */
export function checkTotalAgainstUnits(f: CountFile, out: RawFinding[]): void {
  const t = f.total;
  if (!t || f.units.length === 0) return;
  const src = f.source;
  const push = (
    field: string,
    expected: number,
    actual: number,
    kind: Finding['kind'] = 'total-not-sum-of-units',
    note?: string,
  ) => {
    if (expected !== actual) {
      const x: RawFinding = { kind, unit: t.id, field, expected, actual, sourceRefs: [src] };
      if (note) x.note = note;
      out.push(x);
    }
  };
  const castSum = f.units.reduce((a, u) => a + u.cast, 0);
  if (castSum === 0 && t.cast > 0) {
    // TK2025 510b: polling stations report Cast 0; only the municipal total carries it.
    push(
      'cast',
      t.cast,
      0,
      'cast-not-reported-per-unit',
      'Cast is 0 for every unit; only the total carries the electorate',
    );
  } else push('cast', castSum, t.cast);
  push(
    'totalCounted',
    f.units.reduce((a, u) => a + u.totalCounted, 0),
    t.totalCounted,
  );
  for (const group of ['rejected', 'uncounted'] as const) {
    for (const reason of Object.keys(t[group])) {
      if (f.units.some((u) => u[group][reason] === undefined)) continue;
      push(
        `${group}.${reason}`,
        f.units.reduce((a, u) => a + (u[group][reason] ?? 0), 0),
        t[group][reason]!,
      );
    }
  }
  // Linear in units × (lists + candidates): index each unit's lists and candidate keys once.
  const unitLists = f.units.map((u) => new Map(u.lists.map((l) => [l.list, l])));
  for (const l of t.lists) {
    const sum = unitLists.reduce((a, m) => a + (m.get(l.list)?.votes ?? 0), 0);
    push(`list ${l.list}`, sum, l.votes);
  }
  let candidatesDiffering = 0;
  for (const l of t.lists) {
    const sums = new Map<string, number>();
    for (const m of unitLists) {
      const ul = m.get(l.list);
      if (!ul) continue;
      ul.keys.forEach((key, j) => sums.set(key, (sums.get(key) ?? 0) + ul.candidates[j]!));
    }
    l.keys.forEach((key, i) => {
      if ((sums.get(key) ?? 0) !== l.candidates[i]) candidatesDiffering++;
    });
  }
  if (candidatesDiffering > 0) {
    push(
      'candidates',
      0,
      candidatesDiffering,
      'total-not-sum-of-units',
      `${candidatesDiffering} candidate totals differ from the sum over the units`,
    );
  }
}

/** Compares the same unit from two sources; `ref` is the figure that was adopted (expected). */
export function compareUnits(
  kind: Finding['kind'],
  actual: UnitCounts,
  actualSrc: Source,
  ref: UnitCounts,
  refSrc: Source,
  out: RawFinding[],
): void {
  const push = (field: string, expected: number, got: number) => {
    if (expected !== got)
      out.push({ kind, unit: ref.id, field, expected, actual: got, sourceRefs: [actualSrc, refSrc] });
  };
  // Cast is not reported per polling station in some elections (TK2025): compare only when both have it.
  if (!(actual.cast === 0 || ref.cast === 0)) push('cast', ref.cast, actual.cast);
  push('totalCounted', ref.totalCounted, actual.totalCounted);
  for (const group of ['rejected', 'uncounted'] as const) {
    for (const reason of Object.keys(ref[group])) {
      const a = actual[group][reason];
      if (a !== undefined) push(`${group}.${reason}`, ref[group][reason]!, a);
    }
  }
  const actualLists = new Map(actual.lists.map((l) => [l.list, l]));
  for (const rl of ref.lists) {
    const al = actualLists.get(rl.list);
    if (!al) continue;
    push(`list ${rl.list}`, rl.votes, al.votes);
    compareCandidates(rl, al, push);
  }
}

function compareCandidates(
  rl: ListVotes,
  al: ListVotes,
  push: (field: string, e: number, a: number) => void,
): void {
  const at = new Map<string, number>();
  al.positions.forEach((pos, j) => {
    if (pos !== null && !at.has(pos)) at.set(pos, j);
  });
  rl.positions.forEach((pos, i) => {
    if (pos === null) return;
    const j = at.get(pos);
    if (j !== undefined) push(`list ${rl.list} candidate ${pos}`, rl.candidates[i]!, al.candidates[j]!);
  });
}
