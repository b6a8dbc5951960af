/** Hostile and malformed input: every file is refused with file:line:column and a clear reason, nothing written. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectInputs } from '../../../src/lib/import/input.ts';
import { importFiles } from '../../../src/lib/import/import.ts';
import { SourceFileError } from '../../../src/lib/model/source-error.ts';

const dir = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'hostile');
const fx = (name: string) => path.join(dir, name);

const cases: [string, RegExp][] = [
  ['510b_invalid_doctype_xxe.eml.xml', /DOCTYPE declaration is not allowed/],
  ['510b_invalid_entity_expansion.eml.xml', /DOCTYPE declaration is not allowed/],
  ['510b_invalid_doctype.eml.xml', /DOCTYPE declaration is not allowed/],
  ['510b_invalid_undeclared_entity.eml.xml', /undefined entity/],
  ['510b_invalid_truncated.eml.xml', /malformed XML: unclosed tag/],
  ['510b_invalid_wrong_namespace.eml.xml', /wrong namespace/],
  ['510b_invalid_wrong_root.eml.xml', /root element is Foo/],
  ['510b_invalid_wrong_kind.eml.xml', /EML Id="999" is not one of the supported kinds/],
  ['510b_invalid_duplicate_unit.eml.xml', /reporting unit 9999::SB1 appears twice/],
  ['510b_invalid_negative_count.eml.xml', /Cast is negative \(-60\)/],
  ['510b_invalid_huge_count.eml.xml', /too large to be a real count/],
  ['510b_invalid_non_integer_count.eml.xml', /not a whole number: "6.5"/],
  ['510b_invalid_missing_cast.eml.xml', /missing required element Cast/],
  ['510b_invalid_non_utf8.eml.xml', /not valid UTF-8/],
  ['510b_invalid_two_contests_same_id.eml.xml', /contest 1 appears twice in this file/],
  [
    '510q_invalid_unsupported_kind.eml.xml',
    /EML Id="510q" is not one of the supported kinds.*counts \(510a-d\)/,
  ],
  ['510b_invalid_empty.eml.xml', /the file is empty/],
  ['510b_invalid_not_xml.eml.xml', /this is not an XML file/],
  ['osv4-3_invalid_negative_count.csv', /"opgeroepenen" for 9999 is negative/],
  ['osv4-3_invalid_non_utf8.csv', /not valid UTF-8/],
  ['zip_invalid_path_traversal.zip', /unsafe zip entry refused.*\.\./],
  ['zip_invalid_absolute_path.zip', /unsafe zip entry refused.*absolute path/],
  ['zip_invalid_symlink.zip', /symbolic link; refused/],
  ['zip_invalid_bomb_ratio.zip', /zip bomb/],
];

async function rejection(file: string): Promise<SourceFileError> {
  try {
    await importFiles(await collectInputs([file]));
  } catch (e) {
    if (e instanceof SourceFileError) return e;
    throw new Error(`expected an SourceFileError, got ${String(e)}`, { cause: e });
  }
  throw new Error(`${file} was accepted`);
}

describe('hostile input corpus', () => {
  for (const [name, reason] of cases) {
    it(`refuses ${name}`, async () => {
      const e = await rejection(fx(name));
      expect(e.format()).toMatch(reason);
      expect(e.format()).toMatch(/^[^:]+(\.xml|\.csv|\.zip)(![^:]+)?:\d+:\d+: /);
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.column).toBeGreaterThanOrEqual(1);
    });
  }

  it('points at the element of a negative count (line, column and element path)', async () => {
    const e = await rejection(fx('510b_invalid_negative_count.eml.xml'));
    expect(e.line).toBe(38);
    expect(e.elementPath).toBe('EML/Count/Election/Contests/Contest/ReportingUnitVotes/Cast');
  });

  it('refuses files of two different elections in one import', async () => {
    const imp = path.resolve(dir, '..', 'import');
    await expect(importFiles(await collectInputs([imp]))).rejects.toThrow(
      /belongs to election (GR2022|TK2023).*import one election at a time/,
    );
  });

  it('refuses the same file given twice', async () => {
    const f = path.resolve(dir, '..', 'import', '510b_valid_small_with_list_sum_finding.eml.xml');
    await expect(importFiles(await collectInputs([f, f]))).rejects.toThrow(/imported twice/);
  });
});

describe('npm run import on hostile input', () => {
  const script = path.resolve(import.meta.dirname, '..', '..', '..', 'scripts', 'import.ts');
  for (const name of [
    '510b_invalid_doctype_xxe.eml.xml',
    '510b_invalid_duplicate_unit.eml.xml',
    'zip_invalid_path_traversal.zip',
  ]) {
    it(`exits non-zero, prints file:line:column and writes nothing for ${name}`, () => {
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'ot-import-')), 'snapshot');
      const run = spawnSync(process.execPath, [script, fx(name), '--out', out], { encoding: 'utf8' });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(new RegExp(`${name.replace(/\./g, '\\.')}(![^:]+)?:\\d+:\\d+: `));
      expect(existsSync(out)).toBe(false);
      expect(run.stdout).toBe('');
    });
  }
});
