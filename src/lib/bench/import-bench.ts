/**
 * Import benchmark: the import of a set of EML files against a bare saxes parse of the same bytes
 * (same parser options, same 64 KB chunks, fatal UTF-8 decoder, no handlers).
 *
 * How it measures (why): V8 shares optimised parser code inside one process, so a bare parse timed
 * in the same process after an import inherits the importer's feedback and runs up to 4× slower,
 * which flattered the ratio. Every run here is therefore a fresh child process (this same Node) that
 * does exactly one bare parse or one import; the kinds alternate (bare, import, import on the main
 * thread only, bare, …) after one uncounted warm-up round (disk cache), so drift of a shared machine
 * hits all alike. The import runs as the CLI runs it, with worker threads for a large input
 * (import/parse-pool.ts); the main-thread-only import shows what the workers gain or cost. Each
 * child times itself from the first byte read to the last result, excluding Node start-up and
 * module loading, and reports its CPU time (user + sys) and the kernel's peak RSS for the process.
 * The ratio is taken pair by pair and the median quoted.
 */
import { spawn } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';

/** `import` as the CLI runs it (worker threads for a large input); `import-main` on the main thread only. */
export type ImportBenchMode = 'bare' | 'import' | 'import-main';

/** What one child process measured. */
export interface RunFigures {
  wallMs: number;
  cpuMs: number;
  /** Worker threads the import chose (import mode; it depends on the load, see parse-pool.ts). */
  workers?: number;
  /** The kernel's peak resident set of the whole child process (Node itself included). */
  peakRssBytes: number;
  bytes: number;
}

export interface ImportBenchFigures {
  files: number;
  bytes: number;
  runs: number;
  /** Medians over the runs. */
  bareMs: number;
  importMs: number;
  bareCpuMs: number;
  importCpuMs: number;
  /** The same import with every file read on the main thread (no worker threads). */
  mainMs: number;
  mainCpuMs: number;
  mainRatio: number;
  mainCpuRatio: number;
  /** Median of the pairwise import/bare ratios (wall time). */
  ratio: number;
  /** Median of the pairwise import/bare ratios (CPU time). */
  cpuRatio: number;
  barePeakRssBytes: number;
  /** Largest peak RSS of any import run. */
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

/** The baseline: saxes with the importer's options and chunking, no handlers, nothing kept. */
export async function bareParse(files: readonly string[]): Promise<number> {
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

/** The importer's modules, loaded on demand so the bare-parse child never loads them. */
async function loadImporter() {
  const [{ importFiles }, { plainFile }, { buildSnapshot }] = await Promise.all([
    import('../import/import.ts'),
    import('../import/input.ts'),
    import('../import/snapshot.ts'),
  ]);
  return { importFiles, plainFile, buildSnapshot };
}

/** The measured import: read every file and build the snapshot in memory (nothing written). */
export async function importOnce(
  files: readonly string[],
  importer?: Awaited<ReturnType<typeof loadImporter>>,
  workers?: number,
): Promise<number> {
  const { importFiles, plainFile, buildSnapshot } = importer ?? (await loadImporter());
  buildSnapshot(await importFiles(files.map(plainFile), workers === undefined ? {} : { workers }));
  let bytes = 0;
  for (const f of files) bytes += statSync(f).size;
  return bytes;
}

/** Runs one measurement in this process; called by the child script. */
export async function runInThisProcess(mode: ImportBenchMode, files: readonly string[]): Promise<RunFigures> {
  // Load the code first, so module loading is not timed (it is not for the bare parse either).
  const importer = mode === 'bare' ? undefined : await loadImporter();
  const { workerCount } = await import('../import/parse-pool.ts');
  const { plainFile } = await import('../import/input.ts');
  const workers = mode === 'import' ? workerCount(files.map(plainFile)) : mode === 'bare' ? undefined : 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const bytes = mode === 'bare' ? await bareParse(files) : await importOnce(files, importer, workers);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    bytes,
    ...(workers !== undefined ? { workers } : {}),
  };
}

const CHILD = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../scripts/bench-import-child.ts',
);

/** Runs the child script once and returns its figures (its last stdout line is JSON). */
export function runChild(mode: ImportBenchMode, files: readonly string[]): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, mode, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{'))
        reject(new Error(`bench child (${mode}) failed with exit ${code}:\n${out}${err}`));
      else resolve(JSON.parse(last) as RunFigures);
    });
  });
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Alternating fresh-process runs of the bare parse and the two imports; see the module comment. */
export async function benchImport(
  files: readonly string[],
  runs = 5,
  onRun?: (mode: ImportBenchMode, f: RunFigures) => void,
): Promise<ImportBenchFigures> {
  await runChild('bare', files);
  await runChild('import', files);
  await runChild('import-main', files);
  const bare: RunFigures[] = [];
  const full: RunFigures[] = [];
  const main: RunFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const b = await runChild('bare', files);
    onRun?.('bare', b);
    bare.push(b);
    const f = await runChild('import', files);
    onRun?.('import', f);
    full.push(f);
    const m = await runChild('import-main', files);
    onRun?.('import-main', m);
    main.push(m);
  }
  return {
    files: files.length,
    bytes: bare[0]?.bytes ?? 0,
    runs,
    bareMs: median(bare.map((r) => r.wallMs)),
    importMs: median(full.map((r) => r.wallMs)),
    bareCpuMs: median(bare.map((r) => r.cpuMs)),
    importCpuMs: median(full.map((r) => r.cpuMs)),
    ratio: median(full.map((r, i) => r.wallMs / bare[i]!.wallMs)),
    cpuRatio: median(full.map((r, i) => r.cpuMs / bare[i]!.cpuMs)),
    mainMs: median(main.map((r) => r.wallMs)),
    mainCpuMs: median(main.map((r) => r.cpuMs)),
    mainRatio: median(main.map((r, i) => r.wallMs / bare[i]!.wallMs)),
    mainCpuRatio: median(main.map((r, i) => r.cpuMs / bare[i]!.cpuMs)),
    barePeakRssBytes: Math.max(...bare.map((r) => r.peakRssBytes)),
    peakRssBytes: Math.max(...full.map((r) => r.peakRssBytes), ...main.map((r) => r.peakRssBytes)),
  };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Table rows for the figures, stating how they were measured. */
export function importRows(label: string, f: ImportBenchFigures): [string, string][] {
  return [
    [label, `${f.files} files, ${(f.bytes / 1e6).toFixed(1)} MB`],
    [
      'how measured',
      `${f.runs} rounds, each run a fresh Node process, alternating bare / import / import on the main ` +
        'thread only, after a warm-up round; ' +
        'timed inside the process (start-up excluded); medians',
    ],
    ['bare saxes parse: wall, CPU', `${seconds(f.bareMs)}, ${seconds(f.bareCpuMs)}`],
    [
      'import (read, check, snapshot in memory; worker threads as the CLI): wall, CPU',
      `${seconds(f.importMs)}, ${seconds(f.importCpuMs)}`,
    ],
    ['import / bare parse (target ≤ 2): wall, CPU', `${f.ratio.toFixed(2)}, ${f.cpuRatio.toFixed(2)}`],
    [
      'import on the main thread only (no workers): wall, CPU',
      `${seconds(f.mainMs)}, ${seconds(f.mainCpuMs)}`,
    ],
    ['main-thread import / bare parse: wall, CPU', `${f.mainRatio.toFixed(2)}, ${f.mainCpuRatio.toFixed(2)}`],
    [
      'peak RSS of the process: bare, import (target ≤ 500 MB)',
      `${mb(f.barePeakRssBytes)}, ${mb(f.peakRssBytes)}`,
    ],
  ];
}
