/**
 * Acceptance on TK2023: every difference the Kiesraad documented (Opmerkingen bestanden.txt) that the
 * snapshot's files can show is found and carries its official explanation; the CLI's contract.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseKnownExplanations } from '../../../src/lib/checks/explanations.ts';
import type { CheckRun } from '../../../src/lib/checks/run.ts';
import { loadElection } from '../../../src/lib/model/load.ts';
import { checkSnapshot, summarize } from '../../../src/lib/verify/report.ts';
import { csvCell, findingsCsv } from '../../../src/lib/verify/text.ts';

let run: CheckRun;
beforeAll(async () => {
  run = await checkSnapshot(await loadElection('TK2023'));
}, 120_000);

const failed = () => run.results.filter((r) => !r.passed);

describe('TK2023: the documented differences', () => {
  it('finds the three level differences (Alblasserdam, Tilburg twice), each with the Kiesraad note', () => {
    const level = failed().filter((r) => r.check === 'same-unit-across-levels');
    expect(
      level.map((r) => [r.unit, r.field, r.expected, r.found, r.severity, r.explanation?.id]).sort(),
    ).toEqual(
      [
        [
          'HSB14::0482',
          'uncounted.te veel uitgereikte stembiljetten',
          1,
          0,
          'explained',
          'tk2023-alblasserdam-te-veel-uitgereikte-stembiljetten',
        ],
        ['HSB17', 'uncounted.geen verklaring', 353, 282, 'explained', 'tk2023-tilburg-geen-verklaring'],
        [
          'HSB17',
          'uncounted.te veel uitgereikte stembiljetten',
          12,
          11,
          'explained',
          'tk2023-tilburg-te-veel',
        ],
      ].sort(),
    );
    for (const r of level) expect(r.explanation?.source.file).toBe('Opmerkingen bestanden.txt');
  });

  it('the Bonaire date and NBSB missing from the provisional CSV are explained', () => {
    const files = failed().filter((r) => r.check === 'source-files');
    expect(files.map((r) => [r.unit, r.field, r.explanation?.id]).sort()).toEqual(
      [
        ['HSB12::9010', 'unit', 'tk2023-nbsb'],
        ['HSB20', 'ElectionDate', 'tk2023-bonaire-date'],
      ].sort(),
    );
  });

  it('the corrections of Kampen, Maassluis and Wierden show as changes with their note', () => {
    const ids = new Set(failed().flatMap((r) => (r.explanation ? [r.explanation.id] : [])));
    for (const id of [
      'tk2023-kampen-lijst-9-kandidaat-10',
      'tk2023-maassluis-lijst-4-kandidaat-1',
      'tk2023-maassluis-minder-getelde-stembiljetten',
      'tk2023-wierden-lijst-4-kandidaat-1',
      'tk2023-wierden-geldige-volmachtbewijzen',
    ])
      expect(ids).toContain(id);
  });

  it('all 971 provisional differences the importer recorded are shown as changes', () => {
    const changes = failed().filter((r) => r.check === 'provisional-vs-official');
    expect(changes).toHaveLength(971);
    expect(changes.every((r) => r.severity === 'change' && r.explanation)).toBe(true);
  });

  it('no arithmetic difference remains unexplained, and every kieskring adds up to the nation', () => {
    const unexplained = failed().filter((r) => r.severity === 'difference');
    expect(unexplained).toEqual([]);
    const row = summarize(run.results).find((r) => r.check === 'sum-of-units' && r.level === 'CSB')!;
    expect(row.failed).toBe(0);
    // Cast, valid, blank, invalid, the explanation fields, 26 lists and every candidate key.
    expect(row.passed).toBeGreaterThan(1000);
  });

  it('turnout above 100 % on the Wadden islands is explained by kiezerspassen', () => {
    const over = failed().filter((r) => r.check === 'turnout');
    expect(over.map((r) => r.unitName).sort()).toEqual(['Ameland', 'Schiermonnikoog', 'Vlieland']);
    expect(over.every((r) => r.severity === 'explained' && r.explanation?.id === 'rule:kiezerspassen')).toBe(
      true,
    );
  });
});

describe('known explanations file', () => {
  it('rejects a malformed file with its name', () => {
    expect(() => parseKnownExplanations('{', 'x.json')).toThrow(/x\.json: not valid JSON/);
    expect(() => parseKnownExplanations('{"format":"other"}', 'x.json')).toThrow(/x\.json: expected/);
    const dup = JSON.stringify({
      format: 'open-telling/known-explanations@1',
      explanations: [
        { id: 'a', election: 'X', match: { unit: 'u' }, nl: 'n', en: 'e', source: { title: 't' } },
        { id: 'a', election: 'X', match: { unit: 'u' }, nl: 'n', en: 'e', source: { title: 't' } },
      ],
    });
    expect(() => parseKnownExplanations(dup, 'x.json')).toThrow(/duplicate id/);
  });
});

describe('downloads', () => {
  it('CSV cells that a spreadsheet would run as a formula are neutralised', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-12')).toBe('-12');
    expect(csvCell("'s-Gravenhage")).toBe("'s-Gravenhage");
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('the findings CSV has one header and one row per finding', () => {
    const csv = findingsCsv(failed(), 'nl');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(failed().length + 1);
  });
});

describe('npm run verify', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/verify.ts', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

  it('--json prints checks and findings and exits 0', () => {
    const r = cli('content/data/TK2023', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      checks: { check: string; level: string; passed: number; failed: number }[];
      findings: unknown[];
    };
    expect(out.checks.find((c) => c.check === 'seats')).toEqual({
      check: 'seats',
      level: 'CSB',
      passed: 26,
      failed: 0,
    });
    expect(out.findings.length).toBe(failed().length);
  }, 120_000);

  it('exits 1 with the folder named when the snapshot cannot be read, 2 without a folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'verify-'));
    writeFileSync(path.join(dir, 'election.json'), '{ not json');
    const bad = cli(dir);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain(dir);
    expect(cli().status).toBe(2);
  });
});
