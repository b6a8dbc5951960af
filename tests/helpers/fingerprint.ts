/** A fingerprint of a folder: every path under it (the folder included) with the SHA-256 of each file. */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (p: string, rel: string) => {
    const info = lstatSync(p, { throwIfNoEntry: false });
    if (!info) return void out.push(`${rel} (missing)`);
    if (info.isDirectory()) {
      out.push(`${rel}/`);
      for (const name of readdirSync(p).sort()) walk(path.join(p, name), `${rel}/${name}`);
    } else if (info.isSymbolicLink()) out.push(`${rel} -> link`);
    else out.push(`${rel} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`);
  };
  walk(dir, '.');
  return out;
}
