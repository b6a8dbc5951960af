/**
 * Reads a committed boundary file from content/geo/ (written by `npm run data`, see boundaries.ts).
 * Found like content/data: walking up from this module to the folder with package.json and content/geo.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOUNDARIES_FORMAT, type BoundaryFile } from './boundaries.ts';

function findGeoDir(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'content', 'geo'))) {
      return path.join(dir, 'content', 'geo');
    }
    if (path.dirname(dir) === dir) return path.resolve(process.cwd(), 'content', 'geo');
  }
}

export const defaultGeoDir = findGeoDir(path.dirname(fileURLToPath(import.meta.url)));

const cache = new Map<string, BoundaryFile>();

/** The boundaries of one set: 'gemeenten-2023' (TK2023, 342) or 'gemeenten-2022' (GR2022, 344). */
export function loadBoundaries(id: string, dir: string = defaultGeoDir): BoundaryFile {
  const file = path.join(dir, `${id}.json`);
  const hit = cache.get(file);
  if (hit) return hit;
  if (!/^[a-z0-9-]+$/.test(id))
    throw new Error(`boundary set id "${id}" must be lower-case letters, digits and -`);
  let value: BoundaryFile;
  try {
    value = JSON.parse(readFileSync(file, 'utf8')) as BoundaryFile;
  } catch (e) {
    throw new Error(`${file}: cannot be read as JSON (${(e as Error).message}); run npm run data`, {
      cause: e,
    });
  }
  if (value.format !== BOUNDARIES_FORMAT) {
    throw new Error(`${file}: format ${String(value.format)} is not ${BOUNDARIES_FORMAT}; run npm run data`);
  }
  cache.set(file, value);
  return value;
}

/** Which boundary set fits an election: the municipalities as they were on election day. */
export function boundariesForElection(electionId: string): string | undefined {
  const year = /(\d{4})/.exec(electionId)?.[1];
  if (!year) return undefined;
  // April 2022 redivision → GR2022 (16 March 2022 used the 2022 set of 344); 2023 set for TK2023.
  if (year === '2022') return 'gemeenten-2022';
  if (year === '2023') return 'gemeenten-2023';
  return undefined;
}
