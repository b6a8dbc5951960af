/** Where the built site for tests/dist is, and whether it exists (no reading: see built-site.ts). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './dist-pages.ts';

export const distDir = process.env['OPEN_TELLING_DIST'] ?? path.join(repoRoot, 'dist');
export const hasDist = existsSync(path.join(distDir, 'index.html'));
/** The environment variable through which the global setup hands over its audit file. */
export const AUDIT_FILE_ENV = 'OPEN_TELLING_DIST_AUDIT';
