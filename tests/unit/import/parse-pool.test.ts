/**
 * Issue 15: the import reads files on worker threads (parse-pool.ts) when the input is large. The
 * result and the error reported must be exactly those of reading every file on the main thread, in
 * input order; these tests force the workers on (`workers: 2`) for small inputs and compare.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { hasSharedData, sharedPath } from '../../helpers/shared-data.ts';
import { plainFile } from '../../../src/lib/import/input.ts';
import type { InputFile } from '../../../src/lib/import/input.ts';
import { importFiles } from '../../../src/lib/import/import.ts';
import { buildSnapshot } from '../../../src/lib/import/snapshot.ts';
import { MIN_PARALLEL_FILES, workerCount } from '../../../src/lib/import/parse-pool.ts';
import { SourceFileError } from '../../../src/lib/model/source-error.ts';

const hostile = (name: string) => path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'hostile', name);
const valid = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'import',
  '510b_valid_small_gr2022.eml.xml',
);

/** The snapshot as the files it would write, in order. */
async function snapshotText(files: string[], workers: number): Promise<string> {
  const snap = buildSnapshot(await importFiles(files.map(plainFile), { workers }));
  return JSON.stringify([...snap.entries()]);
}

async function refusal(files: string[], workers: number): Promise<string> {
  try {
    await importFiles(files.map(plainFile), { workers });
  } catch (e) {
    if (e instanceof SourceFileError) return e.format();
    throw e;
  }
  throw new Error(`${files.join(', ')} was accepted`);
}

describe('parse workers', () => {
  it.skipIf(!hasSharedData)('give the same snapshot as the main thread (TK2023, six files)', async () => {
    const tk = (...p: string[]) => sharedPath('kiesraad-tk2023', ...p);
    const files = [
      tk('Verkiezingsdefinitie_TK2023.eml.xml'),
      tk('Kandidatenlijsten', 'Kandidatenlijsten_TK2023_Assen.eml.xml'),
      tk('kieskring', 'Telling_TK2023_kieskring_Assen.eml.xml'),
      tk('gemeente', 'Telling_TK2023_gemeente_Aa_en_Hunze.eml.xml'),
      tk('gemeente', 'Telling_TK2023_gemeente_Alblasserdam.eml.xml'),
      tk('Resultaat_TK2023.eml.xml'),
    ];
    expect(workerCount(files.map(plainFile), 2)).toBe(2);
    const inWorkers = await snapshotText(files, 2);
    // Compared as booleans: a failing diff of two 5 MB strings would bury the report.
    expect(inWorkers === (await snapshotText(files, 0)), 'worker snapshot differs').toBe(true);
    // Aa en Hunze (1680) is in the snapshot, with its count file: not a comparison of two empty sets.
    expect(inWorkers.includes('"gemeente-1680.json"') || inWorkers.includes('"1680"')).toBe(true);
    expect(inWorkers.length).toBeGreaterThan(300_000);
  });

  it('report the first broken file in input order, as file:line:column like the main thread', async () => {
    const a = hostile('510b_invalid_missing_cast.eml.xml');
    const b = hostile('510b_invalid_negative_count.eml.xml');
    for (const files of [
      [valid, a, b],
      [valid, b, a],
      [b, valid, a],
    ]) {
      const fromWorkers = await refusal(files, 2);
      expect(fromWorkers).toBe(await refusal(files, 0));
      const first = files.find((f) => f !== valid)!;
      expect(fromWorkers.startsWith(`${first}:`)).toBe(true);
      expect(fromWorkers).toMatch(/^[^:]+:\d+:\d+: /);
    }
  });

  it('report a file that cannot be read like the main thread', async () => {
    const missing = hostile('no-such-file.eml.xml');
    const files = [valid, missing, hostile('510b_invalid_truncated.eml.xml')];
    const fromWorkers = await refusal(files, 2);
    expect(fromWorkers).toBe(await refusal(files, 0));
    expect(fromWorkers).toBe(`${missing}:1:1: the file disappeared while reading it`);
  });

  it('are not started for small inputs or zip entries', () => {
    const few = [valid, hostile('510b_invalid_truncated.eml.xml')].map(plainFile);
    expect(workerCount(few)).toBe(0);
    const many = Array.from({ length: MIN_PARALLEL_FILES + 2 }, () => plainFile(valid));
    // Enough files but a few kilobytes in all: worker start-up would cost more than it saves.
    expect(workerCount(many)).toBe(0);
    const zipEntry: InputFile = { display: 'a.zip!b.xml', open: () => Promise.reject(new Error('unused')) };
    expect(workerCount([zipEntry, zipEntry, zipEntry], 2)).toBe(0);
    expect(workerCount(many, 0)).toBe(0);
  });
});
