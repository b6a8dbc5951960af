/** The seats CLI: JSON in (file or stdin), JSON out; bad input → stderr and exit 1, nothing on stdout. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, '../../../scripts/seats.ts');

function run(stdin: string, args: string[] = []) {
  return spawnSync(process.execPath, [script, ...args], { input: stdin, encoding: 'utf8' });
}

describe('npm run seats', () => {
  const one = {
    category: 'GR',
    date: '2022-03-16',
    seats: 10,
    lists: [
      { number: 1, votes: 510 },
      { number: 2, votes: 250 },
      { number: 3, votes: 240 },
    ],
  };

  it('reads one case from stdin and prints one result', () => {
    const p = run(JSON.stringify(one));
    expect(p.status).toBe(0);
    const out = JSON.parse(p.stdout);
    // P 9 case of rules.test.ts: 6, 2, 2.
    expect(out.lists.map((l: { seats: number }) => l.seats)).toEqual([6, 2, 2]);
    expect(out.quota).toEqual({ numerator: '1000', denominator: '10', text: '100' });
    expect(out.drawingOfLots).toBeNull();
  });

  it('reads a batch from a file and keeps the order', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seats-'));
    const file = path.join(dir, 'batch.json');
    writeFileSync(file, JSON.stringify([one, { ...one, lists: [{ number: 7, votes: 1 }] }]));
    const p = run('', [file]);
    expect(p.status).toBe(0);
    const out = JSON.parse(p.stdout);
    expect(out).toHaveLength(2);
    expect(out[1].lists).toEqual([{ number: 7, votes: 1, seats: 10, fullSeats: 10, residualSeats: 0 }]);
  });

  it.each([
    [{ ...one, seats: 0 }, /seats: seats must be 1 or more/],
    [{ ...one, category: 'XY' }, /unknown election category "XY"/],
    [{ ...one, lists: [{ number: 1, votes: -5 }] }, /lists\[0\]\.votes: votes must be 0 or more/],
    [
      {
        ...one,
        lists: [
          { number: 1, votes: 5 },
          { number: 1, votes: 6 },
        ],
      },
      /duplicate list number 1/,
    ],
    [[one, { ...one, category: 'NR' }], /\[1\]\.category: NR is a referendum/],
  ])('rejects bad input %#', (input, message) => {
    const p = run(JSON.stringify(input));
    expect(p.status).toBe(1);
    expect(p.stdout).toBe('');
    expect(p.stderr).toMatch(message);
  });

  it('reports invalid JSON with line and column', () => {
    const p = run('{\n  "category": "GR",\n  "seats": 5,,\n}');
    expect(p.status).toBe(1);
    expect(p.stdout).toBe('');
    expect(p.stderr).toMatch(/^<stdin>:3:\d+: not valid JSON/);
  });
});
