/**
 * npm run lighthouse: Lighthouse on one page of every type (mobile emulation, the default Lighthouse
 * configuration) against dist/ served with its real security headers; prints the four category
 * scores per page and exits 1 when a page misses a threshold (src/lib/site-audit/lighthouse-gate.ts).
 * Needs a build (`npm run build`) and Chromium (CHROME_PATH, default /usr/bin/chromium).
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { auditSite, lighthousePages } from '../src/lib/site-audit/audit.ts';
import { serveDist } from '../src/lib/site-audit/serve-dist.ts';
import {
  categories,
  formatTable,
  passes,
  skippedAudits,
  type Category,
  type PageScores,
} from '../src/lib/site-audit/lighthouse-gate.ts';

const distDir = path.resolve(process.argv[2] ?? 'dist');
if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error(`lighthouse: ${distDir} has no built site: run "npm run build" first.`);
  process.exit(1);
}

const pages = lighthousePages(auditSite(distDir));
const server = await serveDist(distDir);
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
  logLevel: 'silent',
});

const results: PageScores[] = [];
try {
  for (const page of pages) {
    const skipped = skippedAudits(page.html);
    const run = await lighthouse(
      `${server.url}${page.urlPath}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
        skipAudits: Object.keys(skipped),
      },
      undefined,
    );
    if (!run) throw new Error(`Lighthouse returned no result for ${page.urlPath}`);
    const lhr = run.lhr;
    const scores = Object.fromEntries(
      categories.map((c) => {
        const score = lhr.categories[c]?.score;
        return [c, score === null || score === undefined ? null : Math.round(score * 100)];
      }),
    ) as Record<Category, number | null>;
    const failing = categories.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
        .map((audit) => `${c}: ${audit?.id} (${audit?.title}) score ${audit?.score}`),
    );
    if (lhr.runtimeError) failing.push(`runtime error: ${lhr.runtimeError.message}`);
    results.push({
      urlPath: page.urlPath,
      type: page.type,
      scores,
      failing,
      skipped: Object.entries(skipped).map(([id, why]) => `${id}: ${why}`),
    });
  }
} finally {
  chrome.kill();
  await server.close();
}

console.log(formatTable(results));
for (const r of results) {
  for (const s of r.skipped) console.log(`  ${r.urlPath}: skipped ${s}`);
  if (!passes(r)) for (const f of r.failing) console.log(`  ${r.urlPath}: ${f}`);
}
const failed = results.filter((r) => !passes(r));
if (failed.length > 0) {
  console.error(
    `lighthouse: ${failed.length} page(s) below the thresholds; the audits above say what to fix.`,
  );
  process.exit(1);
}
