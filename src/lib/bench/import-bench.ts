/**
 * Import benchmark: imports a set of EML files and, in the same process, times a bare saxes parse of
 * the same bytes (same parser options, same chunked reading, no handlers). The ratio says what the
 * importer costs on top of reading XML at all. Figures only; callers print them.
 */
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { importFiles } from '../import/import.ts';
import { plainFile } from '../import/input.ts';
import { buildSnapshot } from '../import/snapshot.ts';

export interface ImportBenchFigures {
  files: number;
  bytes: number;
  runs: number;
  bareMs: number;
  importMs: number;
  ratio: number;
  peakRssBytes: number;
}

/** Every .xml file below a folder, sorted. */
export async function xmlFilesBelow(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await xmlFilesBelow(full)));
    else if (entry.name.endsWith('.xml')) out.push(full);
  }
  return out.sort();
}

async function bareParse(files: readonly string[]): Promise<number> {
  let bytes = 0;
  for (const file of files) {
    const parser = new SaxesParser({ xmlns: true, position: true });
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      parser.write(decoder.decode(chunk, { stream: true }));
    }
    parser.close();
  }
  return bytes;
}

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function benchImport(files: readonly string[], runs = 3): Promise<ImportBenchFigures> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    // Warm up both paths (JIT), then alternate the measured runs so load affects both alike.
    await bareParse(files.slice(0, 3));
    await importFiles(files.slice(0, 3).map(plainFile)).catch(() => undefined);
    const bare: number[] = [];
    const full: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      bytes = await bareParse(files);
      bare.push(performance.now() - t);
      t = performance.now();
      // The result is dropped at once so runs do not stack up in memory.
      buildSnapshot(await importFiles(files.map(plainFile)));
      full.push(performance.now() - t);
    }
    const bareMs = median(bare);
    const importMs = median(full);
    return {
      files: files.length,
      bytes,
      runs,
      bareMs,
      importMs,
      ratio: importMs / bareMs,
      peakRssBytes: peak,
    };
  } finally {
    clearInterval(sampler);
  }
}
