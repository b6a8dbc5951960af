/**
 * npm run preview / the browser tests' web server: serves dist/ on 127.0.0.1 the way the production
 * host does (the headers of dist/_headers, 404.html for unknown paths), until stopped with Ctrl+C.
 *
 *   node scripts/serve.ts [--port 4321] [dist]
 *
 * Several can run at once on different ports (unlike `astro preview`, which refuses to start while
 * another preview of the same project runs), so `npm start` left running does not stop `npm test`.
 * A port already in use is an error with the port named, never a silent fallback to another port.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveDist } from '../src/lib/site-audit/serve-dist.ts';

const args = process.argv.slice(2);
let port = 4321;
let dir = 'dist';
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === '--port') {
    const value = Number(args[++i]);
    if (!Number.isInteger(value) || value < 1 || value > 65535) {
      console.error(`serve: --port needs a whole number from 1 to 65535, got "${args[i] ?? ''}"`);
      process.exit(2);
    }
    port = value;
  } else dir = a;
}
const distDir = path.resolve(dir);
if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error(`serve: ${distDir} has no built site: run "npm run build" first.`);
  process.exit(1);
}
try {
  const server = await serveDist(distDir, port);
  console.log(`Open Telling: ${server.url}/ (serving ${distDir}; Ctrl+C stops)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    console.error(`serve: port ${port} is already in use (another server?): stop it or use --port <other>.`);
    process.exit(1);
  }
  throw e;
}
