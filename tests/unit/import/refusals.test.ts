/**
 * Issue #10: every hostile or unlucky input is refused with `file:line:column: what is wrong and what to
 * do`, or recorded as a finding, and nothing at --out changes. The fixtures are written by
 * tests/fixtures/hostile/generate-import.ts from two small real files; the expected lines and columns
 * below are read off the fixtures by hand (line 6 is the header row, 13 "geldige stembiljetten",
 * 24 list 1, 25 its first candidate).
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectInputs } from '../../../src/lib/import/input.ts';
import { importFiles } from '../../../src/lib/import/import.ts';
import { buildSnapshot } from '../../../src/lib/import/snapshot.ts';
import { writeSnapshotAtomic } from '../../../src/lib/import/write.ts';
import { SourceFileError } from '../../../src/lib/model/source-error.ts';
import { listing } from '../../helpers/fingerprint.ts';

const hostile = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'hostile');
const base = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'import',
  'osv4-3_valid_vlieland_cut.csv',
);
const fx = (name: string) => path.join(hostile, name);
const script = path.resolve(import.meta.dirname, '..', '..', '..', 'scripts', 'import.ts');

async function refusal(...files: string[]): Promise<SourceFileError> {
  try {
    await importFiles(await collectInputs(files));
  } catch (e) {
    if (e instanceof SourceFileError) return e;
    throw new Error(`expected a SourceFileError, got ${String(e)}`, { cause: e });
  }
  throw new Error(`${files.join(', ')} was accepted`);
}

/** An earlier snapshot to import over: the target whose fingerprint must not change. */
let snapshotParent = '';
let snapshot = '';
beforeAll(async () => {
  snapshotParent = mkdtempSync(path.join(tmpdir(), 'ot-refusals-'));
  snapshot = path.join(snapshotParent, 'GR2022');
  await writeSnapshotAtomic(snapshot, buildSnapshot(await importFiles(await collectInputs([base]))));
});

/** Imports like the CLI does, over the earlier snapshot; returns the error. */
async function importOver(file: string): Promise<SourceFileError> {
  const before = listing(snapshotParent);
  let error: unknown = null;
  try {
    await writeSnapshotAtomic(snapshot, buildSnapshot(await importFiles(await collectInputs([file]))));
  } catch (e) {
    error = e;
  }
  expect(listing(snapshotParent), 'the target changed').toEqual(before);
  expect(error).toBeInstanceOf(SourceFileError);
  return error as SourceFileError;
}

const refused: [string, string, RegExp][] = [
  [
    'osv4-3_invalid_headerless_column.csv',
    '8:9',
    /figure "5" in column 9 belongs to no unit: column 9 has no name .*line 6.*line 7/,
  ],
  ['osv4-3_invalid_extra_cells.csv', '25:9', /figure "7" in column 9 belongs to no unit/],
  ['osv4-3_invalid_missing_cell.csv', '26:8', /for 0096::SB3 is missing: the row ends before column 8/],
  [
    'osv4-3_invalid_duplicate_count_row.csv',
    '15:2',
    /count row "geldige stembiljetten" appears twice \(also on line 13\)/,
  ],
  [
    'osv4-3_invalid_unknown_label.csv',
    '13:2',
    /unknown count row "geldige stembiljeten"; did you mean "geldige stembiljetten"\?/,
  ],
  [
    'osv4-3_invalid_proto_label.csv',
    '9:2',
    /unknown count row "__proto__"; osv4-3 count rows are "opgeroepenen"/,
  ],
  ['osv4-3_invalid_constructor_label.csv', '9:2', /unknown count row "constructor"/],
  ['osv4-3_invalid_missing_required_row.csv', '8:2', /the count row "geldige stembiljetten" is missing/],
  ['osv4-3_invalid_escape_in_cell.csv', '25:6', /not a whole number: "\\u001B\[2J\\u001B\[H12"/],
  ['osv4-3_invalid_formula_in_count.csv', '25:5', /not a whole number: "=1\+1"/],
  [
    'osv4-3_invalid_thousands_separator.csv',
    '8:5',
    /"1\.045" \(write counts without thousands separators, e\.g\. 1045\)/,
  ],
  ['osv4-3_invalid_impossible_date.csv', '2:3', /"Datum" 2022-02-30 is not a day of the calendar/],
  [
    'osv4-3_invalid_shifted_header.csv',
    '6:5',
    /column 5 of the header row is "Flidunen maandag" where osv4-3 has "Totaal"/,
  ],
  // Position not pinned: the EML reader may point at the element itself.
  ['510b_invalid_impossible_date.eml.xml', '\\d+:\\d+', /2022-02-30" is not a day of the calendar/],
  ['osv4-3_invalid_comma_separated.csv', '1:1', /separated by commas; osv4-3 exports use ";"/],
  ['osv4-3_invalid_utf16.csv', '1:1', /UTF-16 text; save it as UTF-8/],
  ['osv4-3_invalid_unclosed_quote.csv', '25:1', /malformed CSV: a quote \("\) is not closed/],
  [
    '510b_invalid_deep_nesting.eml.xml',
    '4:194',
    /nest more than 64 levels deep.*\(at EML\/x\/x\/x\/x\/x\/x\/x\/…\(52 more\)…\/x\/x\/x\/x\)$/,
  ],
  [
    '510b_invalid_control_char_reference.eml.xml',
    '25:44',
    /Cast is not a whole number: "\\u009B2J\\u202E100"/,
  ],
  ['510b_invalid_zip_renamed.eml.xml', '1:1', /this file is a zip archive .*give it a \.zip name/],
  ['zip_invalid_no_data_files.zip', '1:1', /the archive holds no \.xml or \.csv files/],
  ['zip_invalid_empty.zip', '1:1', /the archive holds no \.xml or \.csv files/],
];

describe('structurally broken input is refused with file:line:column and nothing at --out changes', () => {
  for (const [name, where, reason] of refused) {
    it(name, async () => {
      const e = await importOver(fx(name));
      expect(e.format()).toMatch(
        new RegExp(`^${fx(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${where}: `),
      );
      expect(e.format()).toMatch(reason);
      // No control character reaches the terminal.
      // eslint-disable-next-line no-control-regex
      expect(e.format()).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    });
  }

  it('a zip inside a zip names the inner archive', async () => {
    const e = await refusal(fx('zip_invalid_nested.zip'));
    expect(e.format()).toMatch(
      /zip_invalid_nested\.zip!inner\.zip:1:1: the archive contains another zip archive/,
    );
  });

  it('an empty folder of inputs says so', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'ot-empty-in-'));
    expect((await refusal(empty)).format()).toMatch(/this folder holds no \.xml, \.csv or \.zip files/);
  });
});

describe('what parses is read exactly like the clean file', () => {
  const figures = async (file: string) => {
    const r = await importFiles(await collectInputs([file]));
    const f = r.counts[0]!;
    return {
      findings: r.findings,
      units: [f.total!, ...f.units].map((u) => [
        u.id,
        u.cast,
        u.totalCounted,
        u.rejected,
        u.lists.map((l) => [l.list, l.votes, l.candidates]),
      ]),
    };
  };
  for (const name of [
    'osv4-3_valid_mixed_line_endings_unquoted.csv',
    'osv4-3_valid_mixed_line_endings_quoted.csv',
    'osv4-3_valid_excel_trailing_empty_columns.csv',
    'osv4-3_valid_whitespace_around_numbers.csv',
  ]) {
    it(name, async () => {
      const clean = await figures(base);
      // Read off the base by hand: 3 stations, lists 1 and 2 with 10 and 8 candidates, no findings.
      expect(clean.units[0]).toEqual([
        '0096',
        1045,
        261,
        { blanco: 2, ongeldig: 4 },
        [
          ['1', 187, [55, 25, 8, 9, 48, 8, 24, 7, 2, 1]],
          ['2', 74, [28, 7, 21, 4, 2, 10, 1, 1]],
        ],
      ]);
      expect(clean.findings).toEqual([]);
      expect(await figures(fx(name))).toEqual(clean);
    });
  }

  it('a formula-looking name is kept literally, as text', async () => {
    const r = await importFiles(await collectInputs([fx('osv4-3_valid_formula_looking_name.csv')]));
    const names = (r.counts[0]!.total!.lists[0] as { names?: string[] }).names;
    expect(names?.[0]).toBe('=HYPERLINK("http://x.invalid")');
  });
});

describe('a provisional CSV whose totals do not add up is recorded, not fixed', () => {
  it('records the three differences that one wrong Totaal cell causes', async () => {
    const r = await importFiles(await collectInputs([fx('osv4-3_finding_totals_do_not_add_up.csv')]));
    // List 1 in the Totaal column reads 188; its stations add up to 22 + 56 + 109 = 187 and its
    // candidates to 187; the lists of the total then add up to 188 + 74 = 262, not the 261 valid votes.
    expect(
      r.findings.map(({ kind, unit, field, expected, actual }) => ({ kind, unit, field, expected, actual })),
    ).toEqual([
      { kind: 'list-not-sum-of-candidates', unit: '0096', field: 'list 1', expected: 187, actual: 188 },
      {
        kind: 'total-counted-not-sum-of-lists',
        unit: '0096',
        field: 'totalCounted',
        expected: 262,
        actual: 261,
      },
      { kind: 'total-not-sum-of-units', unit: '0096', field: 'list 1', expected: 187, actual: 188 },
    ]);
    expect(r.counts[0]!.total!.lists[0]!.votes).toBe(188); // the published figure stays
    expect(r.counts[0]!.source.status).toBe('provisional');
  });
});

describe('npm run import: exit status, message and an unchanged --out', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  for (const name of [
    'osv4-3_invalid_headerless_column.csv',
    'osv4-3_invalid_escape_in_cell.csv',
    '510b_invalid_deep_nesting.eml.xml',
  ]) {
    it(`${name}: exit 1, file:line:column, no control characters, target unchanged`, () => {
      const before = listing(snapshotParent);
      const r = run(fx(name), '--out', snapshot);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`${name.replace(/\./g, '\\.')}:\\d+:\\d+: `));
      // eslint-disable-next-line no-control-regex
      expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(listing(snapshotParent)).toEqual(before);
    });
  }

  it('the finding fixture imports (exit 0) and reports its findings', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ot-finding-')), 'GR2022');
    const r = run(fx('osv4-3_finding_totals_do_not_add_up.csv'), '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /3 findings \(list-not-sum-of-candidates 1, total-counted-not-sum-of-lists 1, total-not-sum-of-units 1\)/,
    );
    const findings = JSON.parse(readFileSync(path.join(out, 'findings.json'), 'utf8')) as {
      findings: unknown[];
    };
    expect(findings.findings).toHaveLength(3);
  });
});
