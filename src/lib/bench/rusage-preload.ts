/**
 * Loaded with `node --import` into a benchmarked step (astro build, Pagefind, headers): at exit it
 * writes the process's own CPU time and the kernel's peak RSS to the file named by
 * OPEN_TELLING_RUSAGE_FILE, so the site bench can report peak memory per step without tools that
 * are not on every machine. A native child (Pagefind's indexer binary) is not included.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['OPEN_TELLING_RUSAGE_FILE'];
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, peakRssBytes: u.maxRSS * 1024 }),
    );
  });
}
