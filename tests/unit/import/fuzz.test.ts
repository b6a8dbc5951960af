/**
 * Byte-level fuzzing of the importer (issue 6) with a fixed seed: thousands of mutations of real and
 * committed EML/CSV bytes (bit flips, byte insert/delete, truncation, chunk duplication, digit swaps,
 * injected '<!DOCTYPE', '&', '-', huge numbers, markup characters). Every case must either import
 * (and build a snapshot) or throw the importer's own SourceFileError with a `file:line:column: ` message —
 * never a foreign error (TypeError, RangeError…) and never hang (2 s per case). A handful of cases go
 * through the CLI, which must exit 0 with a complete snapshot or exit 1 leaving --out absent.
 * Reproduce a failure with the printed seed and case number.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importFiles } from '../../../src/lib/import/import.ts';
import { buildSnapshot } from '../../../src/lib/import/snapshot.ts';
import { SourceFileError } from '../../../src/lib/model/source-error.ts';
import type { InputFile } from '../../../src/lib/import/input.ts';
import { hasSharedData, sharedPath } from '../../helpers/shared-data.ts';

/** Fixed by default; FUZZ_SEED=<n> explores other mutations (a failure prints its seed and case). */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20231122);
const CASE_LIMIT_MS = 2000;
const fixtures = path.resolve(import.meta.dirname, '..', '..', 'fixtures');
const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

/** mulberry32: a small seeded PRNG, so every run mutates the same way. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const enc = new TextEncoder();
const INJECTIONS = [
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '<!DOCTYPE',
  '&',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '-',
  '99999999999999999999999',
  '9007199254740993',
  '1e309',
  '<',
  '>',
  '"',
  ';',
  '\n',
  '\u0000',
  '\uFEFF',
  '<![CDATA[',
  ']]>',
  '<?xml version="1.0"?>',
].map((s) => enc.encode(s));

type Mutation = (b: Uint8Array, r: () => number) => { bytes: Uint8Array; what: string };
const at = (b: Uint8Array, r: () => number) => Math.floor(r() * (b.length + 1));
const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
const MUTATIONS: Mutation[] = [
  (b, r) => {
    const i = Math.min(b.length - 1, at(b, r));
    const c = b.slice();
    const bit = Math.floor(r() * 8);
    c[i] = (c[i] ?? 0) ^ (1 << bit);
    return { bytes: c, what: `flip bit ${bit} at ${i}` };
  },
  (b, r) => {
    const i = at(b, r);
    const v = Math.floor(r() * 256);
    return {
      bytes: cat(b.subarray(0, i), Uint8Array.of(v), b.subarray(i)),
      what: `insert 0x${v.toString(16)} at ${i}`,
    };
  },
  (b, r) => {
    const i = Math.min(b.length - 1, at(b, r));
    const n = 1 + Math.floor(r() * 16);
    return { bytes: cat(b.subarray(0, i), b.subarray(i + n)), what: `delete ${n} at ${i}` };
  },
  (b, r) => {
    const i = at(b, r);
    return { bytes: b.slice(0, i), what: `truncate at ${i}` };
  },
  (b, r) => {
    const i = at(b, r);
    const n = 1 + Math.floor(r() * 400);
    const chunk = b.subarray(i, i + n);
    return {
      bytes: cat(b.subarray(0, i + chunk.length), chunk, b.subarray(i + chunk.length)),
      what: `duplicate ${chunk.length} at ${i}`,
    };
  },
  (b, r) => {
    const digits: number[] = [];
    b.forEach((v, i) => {
      if (v >= 0x30 && v <= 0x39) digits.push(i);
    });
    const c = b.slice();
    if (digits.length === 0) return { bytes: c, what: 'no digits' };
    const i = digits[Math.floor(r() * digits.length)]!;
    const j = digits[Math.floor(r() * digits.length)]!;
    const d = 0x30 + Math.floor(r() * 10);
    if (r() < 0.5) [c[i], c[j]] = [c[j]!, c[i]!];
    else c[i] = d;
    return { bytes: c, what: `digits at ${i}/${j}` };
  },
  (b, r) => {
    const i = at(b, r);
    const k = Math.floor(r() * INJECTIONS.length);
    return { bytes: cat(b.subarray(0, i), INJECTIONS[k]!, b.subarray(i)), what: `inject #${k} at ${i}` };
  },
  (b, r) => {
    // Replace a number with a huge or negative one.
    const s = new TextDecoder().decode(b);
    const nums = [...s.matchAll(/\d+/g)];
    if (nums.length === 0) return { bytes: b, what: 'no numbers' };
    const m = nums[Math.floor(r() * nums.length)]!;
    const rep = ['-1', '99999999999999999999999', '9007199254740993', '0x10', '1.5', ''][
      Math.floor(r() * 6)
    ]!;
    const out = s.slice(0, m.index) + rep + s.slice(m.index! + m[0].length);
    return { bytes: enc.encode(out), what: `number ${m[0]}→${rep} at ${m.index}` };
  },
];

function mutate(b: Uint8Array, r: () => number): { bytes: Uint8Array; what: string } {
  // One to three stacked mutations.
  let cur = { bytes: b, what: '' };
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const m = MUTATIONS[Math.floor(r() * MUTATIONS.length)]!(cur.bytes, r);
    cur = { bytes: m.bytes, what: cur.what ? `${cur.what}; ${m.what}` : m.what };
  }
  return cur;
}

function memoryInput(name: string, bytes: Uint8Array): InputFile {
  return {
    display: name,
    open: async () =>
      (async function* () {
        // Uneven chunks: parsers must not depend on chunk boundaries.
        for (let i = 0; i < bytes.length; i += 997) yield bytes.subarray(i, i + 997);
      })(),
  };
}

type Outcome = 'ok' | 'input-error' | { foreign: string };

async function runCase(name: string, bytes: Uint8Array): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`HANG: more than ${CASE_LIMIT_MS} ms`)), CASE_LIMIT_MS);
  });
  try {
    await Promise.race([
      (async () => {
        const result = await importFiles([memoryInput(name, bytes)]);
        buildSnapshot(result);
      })(),
      timeout,
    ]);
    return 'ok';
  } catch (e) {
    if (
      e instanceof SourceFileError &&
      /^[^\n]+:\d+:\d+: \S/.test(e.format()) &&
      e.line >= 1 &&
      e.column >= 1
    )
      return 'input-error';
    return { foreign: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e) };
  } finally {
    clearTimeout(timer);
  }
}

interface Seed {
  name: string;
  bytes: () => Uint8Array;
  cases: number;
}

async function fuzz(seeds: Seed[], salt: number) {
  const r = prng(SEED + salt);
  const failures: string[] = [];
  const counts = { ok: 0, 'input-error': 0 };
  let n = 0;
  for (const seed of seeds) {
    const original = seed.bytes();
    for (let i = 0; i < seed.cases; i++, n++) {
      const { bytes, what } = mutate(original, r);
      const out = await runCase(seed.name, bytes);
      if (typeof out === 'string') counts[out] += 1;
      else if (failures.length < 5)
        failures.push(`seed ${SEED + salt} case ${n} ${seed.name} [${what}]: ${out.foreign}`);
      else failures.push('');
    }
  }
  return { failures: failures.filter(Boolean), failed: failures.length, counts, n };
}

const read = (p: string) => () => new Uint8Array(readFileSync(p));

describe('importer fuzzing on committed fixtures', () => {
  it('never throws a foreign error or hangs (EML 510b, 510d, 110a, 230b, osv4-3 CSV)', async () => {
    const t0 = Date.now();
    const res = await fuzz(
      [
        {
          name: '510b_valid_small_gr2022.eml.xml',
          bytes: read(path.join(fixtures, 'import', '510b_valid_small_gr2022.eml.xml')),
          cases: 1200,
        },
        {
          name: 'Totaaltelling_TK2031.eml.xml',
          bytes: read(path.join(fixtures, 'hostile-names', 'Totaaltelling_TK2031.eml.xml')),
          cases: 1000,
        },
        {
          name: 'Verkiezingsdefinitie_TK2031.eml.xml',
          bytes: read(path.join(fixtures, 'hostile-names', 'Verkiezingsdefinitie_TK2031.eml.xml')),
          cases: 700,
        },
        {
          name: 'Kandidatenlijsten_TK2031_Noord.eml.xml',
          bytes: read(path.join(fixtures, 'hostile-names', 'Kandidatenlijsten_TK2031_Noord.eml.xml')),
          cases: 700,
        },
        {
          name: 'Resultaat_TK2031.eml.xml',
          bytes: read(path.join(fixtures, 'hostile-names', 'Resultaat_TK2031.eml.xml')),
          cases: 700,
        },
        {
          name: 'osv4-3_valid_small.csv',
          bytes: read(path.join(fixtures, 'fuzz', 'osv4-3_valid_small.csv')),
          cases: 1500,
        },
      ],
      0,
    );
    console.log(
      `fuzz (fixtures): ${res.n} cases in ${Date.now() - t0} ms; ok ${res.counts.ok}, SourceFileError ${res.counts['input-error']}, foreign ${res.failed}`,
    );
    expect(res.failures).toEqual([]);
    // The fuzzer must exercise both paths, or it is not testing anything.
    expect(res.counts.ok).toBeGreaterThan(50);
    expect(res.counts['input-error']).toBeGreaterThan(500);
  });
});

describe.skipIf(!hasSharedData)('importer fuzzing on real published files', () => {
  it('never throws a foreign error or hangs (real 110a, real osv4-3 CSV, slice of a real 230b)', async () => {
    const t0 = Date.now();
    const real230 = readFileSync(
      sharedPath('kiesraad-gr2022-sample', 'Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml'),
    );
    const res = await fuzz(
      [
        {
          name: 'Verkiezingsdefinitie_GR2026_Stadskanaal.eml.xml',
          bytes: read(
            sharedPath('kiesraad-gr2026-sample', 'Verkiezingsdefinitie_GR2026_Stadskanaal.eml.xml'),
          ),
          cases: 1200,
        },
        {
          name: 'osv4-3_telling_gr2022_schiermonnikoog.csv',
          bytes: read(
            sharedPath('kiesraad-osv-csv-gr2022', '02_Fryslan', 'osv4-3_telling_gr2022_schiermonnikoog.csv'),
          ),
          cases: 1200,
        },
        // A slice: the first 12 KB of the real file (the mutations then also see a truncated document).
        {
          name: 'Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml',
          bytes: () => new Uint8Array(real230.subarray(0, 12_000)),
          cases: 700,
        },
      ],
      1,
    );
    console.log(
      `fuzz (real files): ${res.n} cases in ${Date.now() - t0} ms; ok ${res.counts.ok}, SourceFileError ${res.counts['input-error']}, foreign ${res.failed}`,
    );
    expect(res.failures).toEqual([]);
  });
});

describe('importer CLI on a few fuzzed files', () => {
  it('exits 0 with a complete snapshot or 1 with a file:line:column message and no --out', () => {
    const r = prng(SEED + 2);
    const base = new Uint8Array(
      readFileSync(path.join(fixtures, 'import', '510b_valid_small_gr2022.eml.xml')),
    );
    const script = path.join(repoRoot, 'scripts', 'import.ts');
    const tmp = mkdtempSync(path.join(tmpdir(), 'ot-fuzz-cli-'));
    try {
      const exits: number[] = [];
      for (let i = 0; i < 8; i++) {
        const dir = path.join(tmp, `case${i}`);
        const file = path.join(tmp, `case${i}.eml.xml`);
        // Case 0 unmutated (must succeed); the rest mutated.
        writeFileSync(file, i === 0 ? base : mutate(base, r).bytes);
        const out = spawnSync(process.execPath, [script, file, '--out', dir], {
          encoding: 'utf8',
          timeout: 20_000,
        });
        exits.push(out.status ?? -1);
        if (out.status === 0) {
          expect(readdirSync(dir)).toContain('election.json');
        } else {
          expect(out.status).toBe(1);
          expect(out.stderr).toMatch(/^[^\n]*case\d\.eml\.xml:\d+:\d+: \S/m);
          expect(existsSync(dir)).toBe(false);
          // No temporary sibling left behind either.
          expect(readdirSync(tmp).filter((f) => f.includes('.tmp-'))).toEqual([]);
        }
      }
      expect(exits[0]).toBe(0);
      expect(exits.some((e) => e === 1)).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    // Eight fresh Node processes: about 15 s on a quiet machine, over 60 s when the cores are shared.
  }, 180_000);
});
