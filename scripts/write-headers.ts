/**
 * Writes the security headers (src/lib/site-audit/security-headers.ts) into the built site as
 * dist/_headers, or with --nginx prints the same rules as an nginx snippet.
 *   node scripts/write-headers.ts [dist]     (run by `npm run build`)
 *   node scripts/write-headers.ts --nginx    (`npm run headers:nginx`)
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  renderHeadersFile,
  renderNginx,
  securityHeaderRules,
} from '../src/lib/site-audit/security-headers.ts';

const args = process.argv.slice(2);
if (args.includes('--nginx')) {
  process.stdout.write(renderNginx(securityHeaderRules));
} else {
  const site = path.resolve(args[0] ?? 'dist');
  if (!existsSync(site)) {
    console.error(`write-headers: ${site} does not exist: run "astro build" first.`);
    process.exit(1);
  }
  writeFileSync(path.join(site, '_headers'), renderHeadersFile(securityHeaderRules));
}
