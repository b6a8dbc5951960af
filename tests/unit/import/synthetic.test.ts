/** Small synthetic file: figures by hand, inconsistencies become findings and are never "fixed". */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { collectInputs } from '../../../src/lib/import/input.ts';
import { importFiles } from '../../../src/lib/import/import.ts';
import { buildSnapshot } from '../../../src/lib/import/snapshot.ts';
import { writeSnapshotAtomic } from '../../../src/lib/import/write.ts';
import { listVotes, loadSnapshot, reasons } from '../../../src/lib/model/load.ts';
import { postcodeFromName } from '../../../src/lib/model/postcode.ts';

const file = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'import',
  '510b_valid_small_with_list_sum_finding.eml.xml',
);

describe('synthetic 510b', () => {
  it('reads units, postcodes and records the list-sum inconsistency as a finding', async () => {
    const r = await importFiles(await collectInputs([file]));
    const f = r.counts[0]!;
    expect(f.units.map((u) => [u.id, u.postcode])).toEqual([
      ['9999::SB1', '1234 AB'],
      ['9999::SB2', '1234 AC'],
    ]);
    // SB2: list 2 has 8 votes but its only candidate 7 (hand-made inconsistency).
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        kind: 'list-not-sum-of-candidates',
        unit: '9999::SB2',
        field: 'list 2',
        expected: 7,
        actual: 8,
      }),
    );
    // Not fixed: the list keeps its published 8 votes.
    expect(f.units[1]!.lists[1]!.votes).toBe(8);
  });

  it('round-trips through the snapshot and the loader', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ot-snap-')), 'TK2023');
    await writeSnapshotAtomic(out, buildSnapshot(await importFiles(await collectInputs([file]))));
    const snap = await loadSnapshot(out);
    expect(snap.election.counts).toHaveLength(1);
    const c = (await snap.counts('GSB', '9999'))!;
    expect(c.status).toBe('official');
    const sb1 = c.units[0]!;
    expect(listVotes(c, sb1, '1')).toEqual({
      votes: 20,
      candidates: new Map([
        ['1', 15],
        ['2', 5],
      ]),
    });
    expect(reasons(c, sb1)).toEqual({
      rejected: { ongeldig: 1, blanco: 1 },
      uncounted: { 'geldige stempassen': 25, 'toegelaten kiezers': 26 },
    });
    expect(snap.election.sources[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('extracts postcodes with and without the space', () => {
    expect(postcodeFromName('Stembureau X (postcode: 9461 BH)')).toBe('9461 BH');
    expect(postcodeFromName('Stembureau X (postcode: 9461bh)')).toBe('9461 BH');
    expect(postcodeFromName('Stembureau X')).toBeUndefined();
  });
});
