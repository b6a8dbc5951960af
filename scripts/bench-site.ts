/** npm run bench:site — only the site part of `npm run bench` (build, Pagefind, page weights). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchSite } from '../src/lib/bench/site-bench.ts';
import { metricTable } from '../src/lib/site-audit/bench-table.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
console.log(metricTable(await benchSite(repo)));
