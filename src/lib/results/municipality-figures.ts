/**
 * Per-municipality figures for the national maps, from a snapshot: eligible voters (EML Cast), votes
 * cast (valid + blank + invalid), and valid votes per list. Source rule: the municipality's row in the
 * kieskring count (HSB, the figure the higher body adopted); a municipality without such a row takes
 * the total of its own count (GSB) — GR2022 has only those. Units that are not municipalities (BES
 * islands 9001–9003, the postal-vote office NBSB 9010) are kept: the map shows them as cards.
 */
import type { LoadedSnapshot } from '../model/load.ts';
import type { SnapshotCounts, SnapshotUnit } from '../model/snapshot-types.ts';
import type { Status } from '../model/types.ts';

export interface MunicipalityFigures {
  code: string;
  name: string;
  eligible: number;
  /** Valid + blank + invalid; null when a rejected figure is not reported. */
  voted: number | null;
  valid: number;
  lists: { list: string; name: string; votes: number }[];
  status: Status;
}

function figures(counts: SnapshotCounts, unit: SnapshotUnit, code: string): MunicipalityFigures {
  const rejected = unit.rejected.every((r) => r !== null)
    ? unit.rejected.reduce<number>((a, r) => a + (r ?? 0), 0)
    : null;
  return {
    code,
    name: unit.name,
    eligible: unit.cast,
    voted: rejected === null ? null : unit.totalCounted + rejected,
    valid: unit.totalCounted,
    lists: counts.lists.flatMap((l, i) => {
      const row = unit.votes[i];
      return row && row[0] !== null && row[0] !== undefined
        ? [{ list: l.list, name: l.name, votes: row[0] }]
        : [];
    }),
    status: counts.status,
  };
}

export async function municipalityFigures(snapshot: LoadedSnapshot): Promise<MunicipalityFigures[]> {
  const out = new Map<string, MunicipalityFigures>();
  const index = snapshot.election.counts;
  for (const entry of index.filter((e) => e.level === 'HSB')) {
    const counts = await snapshot.counts('HSB', entry.code);
    if (!counts || counts.unitLevel !== 'GSB') continue;
    for (const unit of counts.units) {
      if (/^\d{4}$/.test(unit.code) && !out.has(unit.code))
        out.set(unit.code, figures(counts, unit, unit.code));
    }
  }
  for (const entry of index.filter((e) => e.level === 'GSB')) {
    if (!/^\d{4}$/.test(entry.code) || out.has(entry.code)) continue;
    const counts = await snapshot.counts('GSB', entry.code);
    if (counts?.total) out.set(entry.code, figures(counts, counts.total, entry.code));
  }
  return [...out.values()].sort((a, b) => a.code.localeCompare(b.code));
}
