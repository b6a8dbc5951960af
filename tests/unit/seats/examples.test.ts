/**
 * The TK2023 example lists are typed in by hand (src/lib/apportionment/examples.ts) until the EML
 * import snapshot lands. This test reads the Kiesraad's 510d (Totaaltelling, TotalVotes) and
 * demands that every list number, name and vote count equals the file: a typing error fails here.
 */
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedPath } from '../../helpers/shared-data.ts';
import { readCount } from '../../helpers/eml-test-reader.ts';
import { tk2023Input, tk2023PartyVotes } from '../../../src/lib/apportionment/examples.ts';

describe.skipIf(!hasSharedData)('TK2023 example = Totaaltelling_TK2023.eml.xml', () => {
  it('has the 26 lists with the national votes and names of the 510d', async () => {
    const units = await readCount(sharedPath('kiesraad-tk2023', 'Totaaltelling_TK2023.eml.xml'));
    const total = units.find((u) => u.id === 'TOTAL');
    expect(total, 'TotalVotes in the 510d').toBeDefined();
    const fromFile = (total?.selections ?? []).map((s) => ({ number: s.list, name: s.name, votes: s.votes }));
    expect(fromFile).toHaveLength(26);
    expect(tk2023PartyVotes()).toEqual(fromFile);
  });
});

describe('TK2023 example input', () => {
  it('sums to the TotalCounted of the data README (10,432,726) and asks for 150 seats', () => {
    const input = tk2023Input();
    expect(input.seats).toBe(150);
    expect(input.category).toBe('TK');
    expect(input.lists.reduce((n, l) => n + l.votes, 0)).toBe(10_432_726);
  });

  it('hands out fresh copies (a page cannot change another page’s example)', () => {
    const a = tk2023PartyVotes();
    (a[0] as { votes: number }).votes = 0;
    expect(tk2023PartyVotes()[0]?.votes).toBe(1_589_519);
  });
});
