/**
 * The same unit as reported by two bodies: a municipality as the total of its 510b and as a row of the
 * kieskring's 510c; a kieskring as the total of its 510c and as a row of the national 510d; a provisional
 * CSV against the official EML of the same unit. The reference (expected) is the official row in the
 * higher body's file: that figure was adopted ("papier is leidend", Kiesraad notes on TK2023).
 * Both official → same-unit-across-levels; one provisional → provisional-vs-official (a change).
 */
import type { SnapshotCandidates, SnapshotCounts, SnapshotElection } from '../model/snapshot-types.ts';
import { candidateKey, makeResult, splitCandidateKey, type FlatUnit } from './fields.ts';
import { flatUnits } from './sums.ts';
import type { CheckResult } from './types.ts';

interface Appearance {
  flat: FlatUnit;
  counts: SnapshotCounts;
  isTotal: boolean;
}

/**
 * Candidate keys in a 510d are ShortCodes; in a 510c, 510b or CSV they are positions on the list. To
 * compare, ShortCodes are turned into positions through the kieskring's candidate list (230b).
 */
function positionsByShortCode(
  candidates: SnapshotCandidates | null,
  election: SnapshotElection,
  unitCode: string,
): Map<string, string> | null {
  const region = election.regions.find((r) => r.id === unitCode);
  const contest =
    candidates?.contests.find((c) => c.id === unitCode) ??
    (region?.number != null ? candidates?.contests.find((c) => c.id === region.number) : undefined);
  if (!contest) return null;
  const map = new Map<string, string>();
  for (const l of contest.lists)
    for (const c of l.candidates) if (c.shortCode) map.set(candidateKey(l.list, c.shortCode), c.position);
  return map;
}

function byPosition(counts: SnapshotCounts): boolean {
  return counts.lists.every((l) => l.candidates.every((k) => /^\d+$/.test(k)));
}

/** Candidate votes keyed by position, or null when ShortCodes cannot be translated. */
function positionKeyed(
  a: Appearance,
  candidates: SnapshotCandidates | null,
  election: SnapshotElection,
): Map<string, number> | null {
  if (byPosition(a.counts)) return a.flat.candidates;
  const map = positionsByShortCode(candidates, election, a.flat.ref.code);
  if (!map) return null;
  const out = new Map<string, number>();
  for (const [k, v] of a.flat.candidates) {
    const pos = map.get(k);
    if (pos === undefined) return null;
    out.set(candidateKey(splitCandidateKey(k).list, pos), v);
  }
  return out;
}

function appearanceKey(a: Appearance): string {
  const r = a.flat.ref;
  // Polling-station codes (SB1…) repeat across municipalities: qualify them with their municipality.
  return r.level === 'SB' ? `SB|${r.parent ?? ''}::${r.code}` : `${r.level}|${r.code}`;
}

export function checkAcrossLevels(
  files: readonly SnapshotCounts[],
  candidates: SnapshotCandidates | null,
  election: SnapshotElection,
): CheckResult[] {
  const groups = new Map<string, Appearance[]>();
  for (const counts of files) {
    const flat = flatUnits(counts);
    const all: Appearance[] = flat.units.map((u) => ({ flat: u, counts, isTotal: false }));
    if (flat.total) all.push({ flat: flat.total, counts, isTotal: true });
    for (const a of all) {
      const k = appearanceKey(a);
      const g = groups.get(k);
      if (g) g.push(a);
      else groups.set(k, [a]);
    }
  }
  const out: CheckResult[] = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const officials = g.filter((a) => a.counts.status === 'official');
    const ref = officials.find((a) => !a.isTotal) ?? officials[0];
    if (!ref) continue;
    for (const a of g) {
      if (a === ref) continue;
      out.push(...compare(a, ref, candidates, election));
    }
  }
  return out;
}

function compare(
  a: Appearance,
  ref: Appearance,
  candidates: SnapshotCandidates | null,
  election: SnapshotElection,
): CheckResult[] {
  const provisional = a.counts.status !== 'official';
  const check = provisional ? 'provisional-vs-official' : 'same-unit-across-levels';
  const failSeverity = provisional ? 'change' : 'difference';
  const src = [a.counts.source, ref.counts.source];
  // Findings are filed under the reference unit (the row in the higher body's file) and its level.
  const unit = ref.flat.ref;
  const out: CheckResult[] = [];
  for (const [field, expected] of ref.flat.fields) {
    const found = a.flat.fields.get(field);
    if (found === undefined) continue;
    // Cast 0 means "not reported" in some files (TK2025 per station): compare only when both have it.
    if (field === 'cast' && (found === 0 || expected === 0)) continue;
    out.push(makeResult(check, unit, field, expected, found, src, { failSeverity }));
  }
  for (const [list, expected] of ref.flat.lists) {
    const found = a.flat.lists.get(list);
    if (found === undefined) continue;
    out.push(makeResult(check, unit, 'votes', expected, found, src, { list, failSeverity }));
  }
  const refC = positionKeyed(ref, candidates, election);
  const aC = positionKeyed(a, candidates, election);
  if (refC && aC) {
    for (const [key, expected] of refC) {
      const found = aC.get(key);
      if (found === undefined) continue;
      out.push(
        makeResult(check, unit, 'votes', expected, found, src, { ...splitCandidateKey(key), failSeverity }),
      );
    }
  }
  return out;
}
