/**
 * Our recount against the official result (EML 520): seats per list (Kieswet P 5–P 10) and the elected
 * candidates (P 15–P 19). The engine's result is computed by the caller (allocateSeats on the snapshot's
 * seat input), so this module stays a pure comparison.
 */
import type { ApportionmentResult } from '../apportionment/index.ts';
import type { SnapshotResult } from '../model/snapshot-types.ts';
import { makeResult } from './fields.ts';
import type { CheckResult, UnitRef } from './types.ts';

export interface SeatRow {
  number: number;
  name: string;
  votes: number;
  /** Seats in the official result; null when the snapshot has no result.json. */
  official: number | null;
  ours: number;
  agrees: boolean | null;
}

export interface ListElection {
  number: number;
  /** Per candidate our engine elected (same order as the engine's `elected`): also elected in the 520? */
  officiallyElected: (boolean | null)[];
  /** Officially elected people on this list that our recount did not elect. */
  missing: string[];
}

export interface SeatComparison {
  rows: SeatRow[];
  /** Null when there is no official result to compare with. */
  agreement: { parties: number; agreeing: number; differing: SeatRow[] } | null;
  electedAgreement: { ours: number; official: number; common: number } | null;
  lists: ListElection[];
  results: CheckResult[];
}

/**
 * Who is who between our recount and the 520: the ShortCode when both have one (TK/EP, where the 510d
 * keys candidates by ShortCode), else the position on the list (GR and other single-list elections).
 */
function officialKey(x: { list: string; shortCode: string | null; position: string }): string {
  return `${x.list}:${x.shortCode ?? `#${x.position}`}`;
}
function engineKey(list: number, c: { id?: string; position: number }): string {
  return `${list}:${c.id !== undefined && !c.id.startsWith('name|') ? c.id : `#${c.position}`}`;
}

export function compareSeats(
  recount: ApportionmentResult,
  official: SnapshotResult | null,
  unit: UnitRef,
  sources: { count: string },
): SeatComparison {
  const officialSeats = new Map(official?.lists.map((l) => [l.list, l.seats]) ?? []);
  const rows: SeatRow[] = recount.lists.map((l) => {
    const off = official ? (officialSeats.get(String(l.number)) ?? 0) : null;
    return {
      number: l.number,
      name: l.name ?? String(l.number),
      votes: l.votes,
      official: off,
      ours: l.seats,
      agrees: off === null ? null : off === l.seats,
    };
  });
  const officialElected = new Set(official?.elected.map(officialKey) ?? []);
  const ourKeys = new Set<string>();
  const lists: ListElection[] = recount.lists.map((l) => {
    const keys = (l.elected ?? []).map((c) => engineKey(l.number, c));
    keys.forEach((k) => ourKeys.add(k));
    return {
      number: l.number,
      officiallyElected: keys.map((k) => (official ? officialElected.has(k) : null)),
      missing:
        official?.elected
          .filter((x) => x.list === String(l.number) && !keys.includes(officialKey(x)))
          .map((x) => x.name) ?? [],
    };
  });
  const common = [...ourKeys].filter((k) => officialElected.has(k)).length;
  const compared = rows.filter((p) => p.official !== null && (p.official > 0 || p.ours > 0));

  const results: CheckResult[] = [];
  if (official) {
    const src = [sources.count, official.source];
    for (const r of rows) {
      results.push(makeResult('seats', unit, 'seats', r.official, r.ours, src, { list: String(r.number) }));
    }
    const nameOf = new Map(official.elected.map((x) => [officialKey(x), x.name]));
    for (const l of recount.lists)
      for (const c of l.elected ?? []) {
        const k = engineKey(l.number, c);
        if (!nameOf.has(k) && c.name) nameOf.set(k, c.name);
      }
    for (const k of new Set([...officialElected, ...ourKeys])) {
      const [list, candidate] = [k.slice(0, k.indexOf(':')), k.slice(k.indexOf(':') + 1)];
      const r = makeResult(
        'elected',
        unit,
        'elected',
        officialElected.has(k) ? 'elected' : 'not elected',
        ourKeys.has(k) ? 'elected' : 'not elected',
        src,
        { list, candidate: nameOf.get(k) ?? candidate },
      );
      results.push(r);
    }
  }
  return {
    rows,
    agreement: official
      ? {
          parties: compared.length,
          agreeing: compared.filter((p) => p.agrees).length,
          differing: compared.filter((p) => !p.agrees),
        }
      : null,
    electedAgreement: official ? { ours: ourKeys.size, official: officialElected.size, common } : null,
    lists,
    results,
  };
}
