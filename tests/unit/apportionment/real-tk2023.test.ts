/**
 * Real data: Tweede Kamer 22 November 2023. Votes per party, per kieskring and per candidate come
 * from the 510d (Totaaltelling); the expectation comes from the 520 (Resultaat) and the seat
 * table in shared/data/README.md — both published by the Kiesraad, independent of this engine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSharedData, sharedPath } from '../../helpers/shared-data.ts';
import { readCount, readResult, type CountUnit, type ResultElected } from '../../helpers/eml-test-reader.ts';
import {
  allocateSeats,
  type ApportionmentInput,
  type ApportionmentResult,
  type ListInput,
} from '../../../src/lib/apportionment/index.ts';

/**
 * A party whose candidate order differs between kieskringen is a lijstengroep: the kieskringen
 * with the same order form one list (P 12); candidate votes are summed over those kieskringen.
 */
function buildInput(units: CountUnit[]): ApportionmentInput {
  const total = units.find((u) => u.id === 'TOTAL');
  if (total === undefined) throw new Error('no TotalVotes');
  const kieskringen = units.filter((u) => u.id !== 'TOTAL');
  const lists: ListInput[] = total.selections.map((sel) => {
    const sets = new Map<string, string[]>();
    for (const u of kieskringen) {
      const s = u.selections.find((x) => x.list === sel.list);
      if (s === undefined) continue;
      const key = s.candidates.map((c) => c.shortCode).join('|');
      sets.set(key, [...(sets.get(key) ?? []), u.id]);
    }
    if (sets.size <= 1) {
      return {
        number: sel.list,
        name: sel.name,
        votes: sel.votes,
        candidates: sel.candidates.map((c) => ({ id: c.shortCode, votes: c.votes })),
      };
    }
    return {
      number: sel.list,
      name: sel.name,
      votes: sel.votes,
      subLists: [...sets.values()].map((ids) => {
        const parts = ids.map((id) =>
          kieskringen.find((u) => u.id === id)?.selections.find((x) => x.list === sel.list),
        );
        const first = parts[0];
        if (first === undefined) throw new Error('missing');
        return {
          id: ids.join('+'),
          votes: parts.reduce((n, p) => n + (p?.votes ?? 0), 0),
          candidates: first.candidates.map((c, i) => ({
            id: c.shortCode,
            votes: parts.reduce((n, p) => n + (p?.candidates[i]?.votes ?? 0), 0),
          })),
        };
      }),
    };
  });
  return { category: 'TK', date: '2023-11-22', seats: 150, lists };
}

describe.skipIf(!hasSharedData)('TK2023 from the EML files', () => {
  let result: ApportionmentResult;
  let elected: ResultElected[];
  beforeAll(async () => {
    const units = await readCount(sharedPath('kiesraad-tk2023', 'Totaaltelling_TK2023.eml.xml'));
    elected = await readResult(sharedPath('kiesraad-tk2023', 'Resultaat_TK2023.eml.xml'));
    result = allocateSeats(buildInput(units));
  });

  it('gives the official seats per party (README seat table, from the 520)', () => {
    expect(result.drawingOfLots).toBeNull();
    expect(result.quota.toText()).toBe('69551 76/150');
    expect(result.lists.map((l) => l.seats)).toEqual([
      24, 9, 25, 37, 5, 5, 3, 3, 3, 2, 1, 3, 3, 0, 7, 0, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(result.unassigned).toBe(0);
  });

  it('the last residual seat goes to SP with D66 as runner-up (FACTS.md, ANP)', () => {
    const residual = result.steps.filter((s) => s.type === 'residualSeat');
    expect(residual).toHaveLength(10);
    const last = residual[9];
    expect(last?.type === 'residualSeat' && last.list).toBe(6);
    expect(last?.type === 'residualSeat' && last.runnerUp?.list).toBe(2);
  });

  it('elects exactly the 150 candidates of the 520', () => {
    const mine = result.lists.flatMap((l) => (l.elected ?? []).map((c) => `${l.number}:${c.id}`)).sort();
    const official = elected.map((e) => `${e.list}:${e.shortCode}`).sort();
    expect(official).toHaveLength(150);
    expect(mine).toEqual(official);
  });

  it('elects on preference exactly the 36 candidates with Ranking 1 in the 520', () => {
    const mine = result.lists
      .flatMap((l) =>
        (l.elected ?? []).filter((c) => c.reason === 'preference').map((c) => `${l.number}:${c.id}`),
      )
      .sort();
    const official = elected
      .filter((e) => e.ranking === 1)
      .map((e) => `${e.list}:${e.shortCode}`)
      .sort();
    expect(official).toHaveLength(36);
    expect(mine).toEqual(official);
  });
});
