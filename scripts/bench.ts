/**
 * npm run bench — imports the whole TK2023 set in ../shared/data and, in the same run, times a bare
 * saxes parse of the same bytes (same parser options, same chunked reading, no handlers). Prints both
 * times, their ratio and the peak RSS. Figures only; no assertions.
 */
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { importFiles } from '../src/lib/import/import.ts';
import { plainFile } from '../src/lib/import/input.ts';
import { buildSnapshot } from '../src/lib/import/snapshot.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env['OPEN_TELLING_SHARED_DATA'] ?? path.resolve(root, '..', 'shared', 'data');
const dir = path.join(shared, 'kiesraad-tk2023');

async function walk(d: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.name.endsWith('.xml')) out.push(p);
  }
  return out.sort();
}

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);

async function bareParse(files: string[]): Promise<number> {
  let bytes = 0;
  for (const f of files) {
    const parser = new SaxesParser({ xmlns: true, position: true });
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for await (const chunk of createReadStream(f, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      parser.write(decoder.decode(chunk, { stream: true }));
    }
    parser.close();
  }
  return bytes;
}

const files = await walk(dir);
// Warm-up of both paths (JIT), then the measured runs, alternating to be fair.
await bareParse(files.slice(0, 3));
await importFiles(files.slice(0, 3).map(plainFile)).catch(() => undefined);
const runs = 3;
const bare: number[] = [];
const full: number[] = [];
let bytes = 0;
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  bytes = await bareParse(files);
  bare.push(performance.now() - t);
  t = performance.now();
  // The result is dropped right away so runs do not stack up in memory.
  buildSnapshot(await importFiles(files.map(plainFile)));
  full.push(performance.now() - t);
}
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const b = median(bare);
const f = median(full);
console.log(`TK2023 EML set: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB (${dir})`);
console.log(`bare saxes parse : ${b.toFixed(0)} ms (median of ${runs})`);
console.log(
  `full import      : ${f.toFixed(0)} ms (median of ${runs}; read + hash + validate + model + findings + snapshot build)`,
);
console.log(`ratio            : ${(f / b).toFixed(2)} (target ≤ 2)`);
console.log(`peak RSS         : ${(peak / 1024 / 1024).toFixed(0)} MB (target ≤ 500 MB)`);
