/**
 * Issue #10: `--out` writes only into a missing or empty folder or over an earlier snapshot; anything
 * else is refused with a clear message and nothing there changes. Interrupted imports leave nothing.
 * Each case compares a fingerprint (every path and file hash) of the target's parent before and after.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listing } from '../../helpers/fingerprint.ts';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const script = path.join(root, 'scripts', 'import.ts');
const input = path.join(root, 'tests', 'fixtures', 'import', 'osv4-3_valid_vlieland_cut.csv');
const other = path.join(root, 'tests', 'fixtures', 'hostile', 'osv4-3_finding_totals_do_not_add_up.csv');

const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
const fresh = (prefix: string) => mkdtempSync(path.join(tmpdir(), `ot-out-${prefix}-`));
const leftovers = (dir: string) => readdirSync(dir).filter((n) => /\.(tmp|old)-\d+-\d+$/.test(n));

function expectRefused(out: string, message: RegExp, inputs: string[] = [input]) {
  const parent = path.dirname(out);
  const before = listing(parent);
  const r = run(...inputs, '--out', out);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(message);
  expect(r.stdout).toBe('');
  expect(listing(parent)).toEqual(before);
}

describe('--out is refused unless it is missing, empty or an earlier snapshot', () => {
  it('a folder with someone else’s files', () => {
    const out = path.join(fresh('files'), 'mine');
    mkdirSync(out);
    writeFileSync(path.join(out, 'thesis.docx'), 'four years of work');
    expectRefused(out, /already holds files and is not an Open Telling snapshot.*nothing was written/);
  });

  it('the input folder itself', () => {
    const dir = path.join(fresh('input'), 'in');
    mkdirSync(dir);
    copyFileSync(input, path.join(dir, 'vlieland.csv'));
    expectRefused(dir, /is not an Open Telling snapshot/, [dir]);
  });

  it('a plain file', () => {
    const out = path.join(fresh('file'), 'notes.txt');
    writeFileSync(out, 'keep me');
    expectRefused(out, /is a file, not a folder/);
  });

  it('a data folder that holds snapshots (like content/data) but is none itself', () => {
    const data = path.join(fresh('data'), 'data');
    mkdirSync(data);
    expect(run(input, '--out', path.join(data, 'GR2022')).status).toBe(0);
    writeFileSync(path.join(data, 'README.md'), '# data\n');
    expectRefused(data, /is not an Open Telling snapshot/);
  });

  it('a snapshot folder with a file the snapshot did not write', () => {
    const out = path.join(fresh('extra'), 'GR2022');
    expect(run(input, '--out', out).status).toBe(0);
    writeFileSync(path.join(out, 'notes.txt'), 'mine');
    expectRefused(out, /looks like a snapshot but also holds notes\.txt/);
  });

  it('a symbolic link', () => {
    const dir = fresh('link');
    mkdirSync(path.join(dir, 'real'));
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'link'));
    expectRefused(path.join(dir, 'link'), /is a symbolic link/);
  });

  it('a snapshot that cannot be fully removed (an immutable file) is not half-replaced', () => {
    const out = path.join(fresh('immutable'), 'GR2022');
    expect(run(input, '--out', out).status).toBe(0);
    const locked = path.join(out, 'findings.json');
    // chattr +i works for root (the file then cannot be removed even by root); otherwise use chmod.
    const chattr = spawnSync('chattr', ['+i', locked]);
    const lockedDir = path.join(out, 'counts', 'gsb');
    const usedChmod = chattr.status !== 0;
    if (usedChmod) spawnSync('chmod', ['a-w', lockedDir]);
    try {
      if (usedChmod && process.getuid?.() === 0) return; // root ignores permissions and chattr failed
      expectRefused(
        out,
        /earlier snapshot at --out .* cannot be replaced: .* is not writable.*nothing was changed/,
        [other],
      );
      expect(leftovers(path.dirname(out))).toEqual([]);
    } finally {
      if (usedChmod) spawnSync('chmod', ['u+w', lockedDir]);
      else spawnSync('chattr', ['-i', locked]);
    }
  });
});

describe('--out that may be written', () => {
  it('an earlier snapshot is replaced as a whole, with nothing left beside it', () => {
    const parent = fresh('replace');
    const out = path.join(parent, 'GR2022');
    expect(run(input, '--out', out).status).toBe(0);
    const first = readFileSync(path.join(out, 'findings.json'), 'utf8');
    expect(run(other, '--out', out).status).toBe(0);
    expect(readFileSync(path.join(out, 'findings.json'), 'utf8')).not.toBe(first);
    expect(readdirSync(parent)).toEqual(['GR2022']);
  });

  it('an empty folder', () => {
    const out = fresh('empty');
    expect(run(input, '--out', out).status).toBe(0);
    expect(existsSync(path.join(out, 'election.json'))).toBe(true);
  });

  it('leftovers of a killed import of the same target are removed, nothing else', () => {
    const parent = fresh('stale');
    const out = path.join(parent, 'GR2022');
    // pid 2^22 + 1 is above Linux's pid_max limit, so no such process runs.
    mkdirSync(path.join(parent, '.GR2022.tmp-4194305-1'));
    mkdirSync(path.join(parent, '.other.tmp-4194305-1'));
    expect(run(input, '--out', out).status).toBe(0);
    expect(readdirSync(parent).sort()).toEqual(['.other.tmp-4194305-1', 'GR2022']);
  });
});

describe('interrupted imports leave nothing behind', () => {
  /** A large input (8,000 candidates in 4 lists, 3 stations) so the import runs for a while. */
  function bigCsv(dir: string): string {
    const rows = [
      '\uFEFFVerkiezing;;Gemeenteraad Test 2022',
      'Datum;;2022-03-16',
      'Gebied;;Gemeente Test',
      'Nummer;;0999',
      'Lijstnummer;Aanduiding;Volgnummer;Naam kandidaat;Totaal;A;B;C',
      'Gebiednummer;;;;;1;2;3',
    ];
    const n = 8000;
    const perList = n; // every candidate has 1 vote in each station
    rows.push(`;opgeroepenen;;;${12 * perList};${4 * perList};${4 * perList};${4 * perList}`);
    rows.push(`;geldige stembiljetten;;;${12 * perList};${4 * perList};${4 * perList};${4 * perList}`);
    rows.push(';blanco stembiljetten;;;0;0;0;0', ';ongeldige stembiljetten;;;0;0;0;0');
    for (let l = 1; l <= 4; l++) {
      rows.push(`${l};Lijst ${l};;;${3 * perList};${perList};${perList};${perList}`);
      for (let c = 1; c <= n; c++) rows.push(`;;${c};Kandidaat ${c};3;1;1;1`);
    }
    const file = path.join(dir, 'big.csv');
    writeFileSync(file, rows.join('\n') + '\n');
    return file;
  }

  it('SIGINT while the snapshot is being written: exit 130, the earlier snapshot intact, no temp folder', async () => {
    const parent = fresh('sigint');
    const out = path.join(parent, 'GR2022');
    expect(run(input, '--out', out).status).toBe(0);
    const before = listing(parent);
    const big = bigCsv(fresh('sigint-in'));
    const child = spawn(process.execPath, [script, big, '--out', out], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))),
    );
    // Interrupt as soon as the temporary folder exists (or after the reading phase at the latest).
    let sent = false;
    const started = Date.now();
    while (!sent && Date.now() - started < 60_000 && child.exitCode === null) {
      if (readdirSync(parent).some((n) => n.startsWith('.GR2022.tmp-'))) {
        child.kill('SIGINT');
        sent = true;
      } else await new Promise((r) => setTimeout(r, 5));
    }
    if (!sent) child.kill('SIGINT');
    const code = await exited;
    expect(leftovers(parent)).toEqual([]);
    if (code === 0) return; // finished before the signal arrived: then the new snapshot is complete
    expect(code).toBe(130);
    expect(listing(parent)).toEqual(before);
  }, 120_000);

  it('SIGTERM during reading: exit 143 and nothing written', async () => {
    const parent = fresh('sigterm');
    const out = path.join(parent, 'GR2022');
    const big = bigCsv(fresh('sigterm-in'));
    const child = spawn(process.execPath, [script, big, '--out', out], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('exit', (code, signal) => resolve([code, signal])),
    );
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGTERM');
    const [code, signal] = await exited;
    expect(readdirSync(parent).filter((n) => n !== 'GR2022')).toEqual([]);
    if (code === 0) return; // finished first (an unloaded machine): nothing to interrupt
    if (!existsSync(out)) {
      expect(code).toBe(143);
      expect(stderr).toMatch(/import stopped: interrupted \(SIGTERM\); nothing was written/);
      return;
    }
    // The signal came after the swap: the snapshot must be whole, and nothing may say otherwise.
    const { files } = JSON.parse(readFileSync(path.join(out, 'election.json'), 'utf8')) as {
      files: string[];
    };
    for (const f of files) expect(existsSync(path.join(out, f)), f).toBe(true);
    if (code === 143)
      expect(stderr).toMatch(
        /import stopped: interrupted \(SIGTERM\) after the new snapshot was written whole/,
      );
    // Or Node was already exiting (its signal handlers gone) and the signal ended it: no message at all.
    else expect([code, signal, stderr]).toEqual([null, 'SIGTERM', '']);
  }, 120_000);

  it('SIGTERM once the summary is printed (after the swap): the snapshot is whole and nothing says otherwise', async () => {
    const parent = fresh('sigterm-late');
    const out = path.join(parent, 'GR2022');
    const big = bigCsv(fresh('sigterm-late-in'));
    const child = spawn(process.execPath, [script, big, '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.kill('SIGTERM'));
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('exit', (c, s) => resolve([c, s])),
    );
    expect(readdirSync(parent)).toEqual(['GR2022']);
    const { files } = JSON.parse(readFileSync(path.join(out, 'election.json'), 'utf8')) as {
      files: string[];
    };
    for (const f of files) expect(existsSync(path.join(out, f)), f).toBe(true);
    expect(stderr).not.toMatch(/nothing was written/);
    // Exited by itself, stopped by its handler (saying the snapshot is whole), or ended by the signal
    // while Node was already exiting.
    if (code === 143) expect(stderr).toMatch(/after the new snapshot was written whole/);
    else if (code !== 0) expect(signal).toBe('SIGTERM');
  }, 120_000);

  it('npm run import killed with SIGKILL: the orphaned importer notices and writes nothing', async () => {
    const parent = fresh('orphan');
    const out = path.join(parent, 'GR2022');
    const big = bigCsv(fresh('orphan-in'));
    const npm = spawn('npm', ['run', '--silent', 'import', '--', big, '--out', out], {
      cwd: root,
      stdio: 'ignore',
    });
    // Wait until the importer itself runs (its command line names our --out), then kill npm outright.
    const findImporter = (): number | null => {
      for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
        try {
          const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
          if (cmd.includes('scripts/import.ts') && cmd.includes(out)) return Number(pid);
        } catch {
          /* gone */
        }
      }
      return null;
    };
    let importer: number | null = null;
    const started = Date.now();
    while (importer === null && Date.now() - started < 60_000) {
      importer = findImporter();
      if (importer === null) await new Promise((r) => setTimeout(r, 20));
    }
    expect(importer, 'the importer never started').not.toBeNull();
    npm.kill('SIGKILL');
    // The orphan must end (it checks its parent every 250 ms) without writing.
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline && existsSync(`/proc/${importer}`))
      await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(`/proc/${importer}`)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  }, 180_000);
});
