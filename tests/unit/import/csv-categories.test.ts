import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readOsvCsv } from '../../../src/lib/csv/osv4-3.ts';
import { SourceFileError } from '../../../src/lib/model/source-error.ts';
import { repoRoot } from '../../helpers/dist-pages.ts';
import type { Source } from '../../../src/lib/model/types.ts';

// The first line of an osv4-3 export names the election; the category follows EML_NL
// (kiesraad-eml-extensions.xsd: ER = eilandsraad, subcategory ER1; IR is an island referendum).
const base = readFileSync(path.join(repoRoot, 'tests/fixtures/fuzz/osv4-3_valid_small.csv'), 'utf8');

async function read(electionName: string, area: string) {
  const text = base
    .replace('"Tweede Kamer der Staten-Generaal 2023"', `"${electionName}"`)
    .replace('"Gemeente Test"', `"${area}"`);
  const source = {
    file: 'variant.csv',
    sha256: '0',
    kind: 'osv4-3',
    status: 'provisional',
  } as unknown as Source;
  async function* chunks() {
    yield new TextEncoder().encode(text);
  }
  return readOsvCsv(chunks(), source);
}

describe('osv4-3 election categories', () => {
  it('reads an island council export as ER with the island as its domain', async () => {
    const count = await read('Eilandsraad Bonaire 2023', 'Openbaar lichaam Bonaire');
    expect(count.election.category).toBe('ER');
    expect(count.election.domain?.name).toBe('Bonaire');
  });

  it('reads municipal, provincial and water board exports', async () => {
    expect((await read('Gemeenteraad Utrecht 2022', 'Gemeente Utrecht')).election.category).toBe('GR');
    expect((await read('Provinciale Staten Utrecht 2023', 'Gemeente Utrecht')).election.category).toBe('PS');
    expect(
      (await read('Algemeen bestuur Waterschap Vallei en Veluwe 2023', 'Gemeente Ede')).election.category,
    ).toBe('AB');
    expect((await read('Bestuurscommissie Centrum 2022', 'Gemeente Amsterdam')).election.category).toBe('BC');
  });

  it('refuses an export whose election it cannot place, naming the line', async () => {
    const error = await read('Dorpsraad Ergens 2022', 'Gemeente Test').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFileError);
    expect((error as SourceFileError).format()).toMatch(/^variant\.csv:1:3: cannot tell the election type/);
  });
});
