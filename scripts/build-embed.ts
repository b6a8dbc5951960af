/**
 * Bundles the embed scripts (src/embed/*.ts) into dist/embed/ at stable URLs, after `astro build`:
 * the web component /embed/open-telling-widget.js, the host's optional iframe resizer /embed/resize.js
 * and the embed pages' frame script /embed/frame.js. Classic scripts (IIFE), so a host page can load
 * them with a plain <script src> across origins.
 *   node scripts/build-embed.ts [dist]
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';

const dist = path.resolve(process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
  console.error(`build-embed: ${dist} does not exist: run "astro build" first.`);
  process.exit(1);
}
await build({
  entryPoints: {
    'open-telling-widget': 'src/embed/open-telling-widget.ts',
    resize: 'src/embed/resize.ts',
    frame: 'src/embed/frame.ts',
  },
  outdir: path.join(dist, 'embed'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
});
