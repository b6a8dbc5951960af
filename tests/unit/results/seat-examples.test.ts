/**
 * The seat pages' worked example comes from the committed TK2023 snapshot (content/data/TK2023) through
 * src/lib/results/example-input.ts. This test checks it against the Kiesraad's 510d itself (read by the
 * independent test-only reader) and against the national figures of the data README.
 */
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedPath } from '../../helpers/shared-data.ts';
import { readCount } from '../../helpers/eml-test-reader.ts';
import { exampleSeatInput } from '../../../src/lib/results/example-input.ts';

describe.skipIf(!hasSharedData)('TK2023 example = Totaaltelling_TK2023.eml.xml', () => {
  it('has the 26 lists with the national votes and names of the 510d', async () => {
    const units = await readCount(sharedPath('kiesraad-tk2023', 'Totaaltelling_TK2023.eml.xml'));
    const total = units.find((u) => u.id === 'TOTAL');
    expect(total, 'TotalVotes in the 510d').toBeDefined();
    const fromFile = (total?.selections ?? []).map((s) => ({ number: s.list, name: s.name, votes: s.votes }));
    expect(fromFile).toHaveLength(26);
    expect((await exampleSeatInput('TK2023')).lists).toEqual(fromFile);
  });
});

describe('TK2023 example input', () => {
  it('sums to the TotalCounted of the data README (10,432,726) and asks for 150 seats on 22 November 2023', async () => {
    const input = await exampleSeatInput('TK2023');
    expect(input.seats).toBe(150);
    expect(input.category).toBe('TK');
    expect(input.date).toBe('2023-11-22');
    expect(input.lists.reduce((n, l) => n + l.votes, 0)).toBe(10_432_726);
    expect(input.lists[0]).toEqual({ number: 1, name: 'VVD', votes: 1_589_519 });
  });
});
