/**
 * Lookup of the published processen-verbaal of a municipality or a polling station, from the
 * committed content/pv/<election>.json (importer: src/lib/pv/read.ts; rules: src/lib/pv/match.ts).
 * Only files a rule could place are returned; the rest are listed as `unmatched` per municipality
 * in that file, never offered as a station's report.
 *
 * Example: pvLinksFor('TK2023', '0014', 'SB100') →
 *   { municipality: 'Groningen', municipal: [...Na 31-2], control: [...], station: [...N 10-1], unmatched: 0 }
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PV_FORMAT, type PvFile, type PvLink } from '../pv/types.ts';

function findPvDir(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'content', 'pv'))) {
      return path.join(dir, 'content', 'pv');
    }
    if (path.dirname(dir) === dir) return path.resolve(process.cwd(), 'content', 'pv');
  }
}

export const defaultPvDir = findPvDir(path.dirname(fileURLToPath(import.meta.url)));

const cache = new Map<string, PvFile | null>();

/** The PV file of an election (TK2023, EP2024, TK2025, GR2026), or null when there is none. */
export function loadPvLinks(election: string, dir: string = defaultPvDir): PvFile | null {
  if (!/^[A-Z]{2}\d{4}$/.test(election)) return null;
  const file = path.join(dir, `${election}.json`);
  if (cache.has(file)) return cache.get(file) ?? null;
  if (!existsSync(file)) {
    cache.set(file, null);
    return null;
  }
  const value = JSON.parse(readFileSync(file, 'utf8')) as PvFile;
  if (value.format !== PV_FORMAT)
    throw new Error(`${file}: format ${String(value.format)} is not ${PV_FORMAT}; run npm run data`);
  cache.set(file, value);
  return value;
}

/** "SB12", "0014::SB12", "12", 12, "012" → "12"; anything else → null. */
export function stationKey(station: string | number): string | null {
  const m = /^(?:\d{4}::)?(?:SB)?0*(\d{1,4})$/i.exec(String(station).trim());
  if (!m) return null;
  return String(Number(m[1]));
}

export interface PvLinks {
  municipality: string;
  /** The municipal reports (Na 31-1 / Na 31-2 and the like). */
  municipal: PvLink[];
  control: PvLink[];
  /** The station's files, when a station was asked for (empty when none could be placed). */
  station?: PvLink[];
  /** How many of this municipality's files no rule could place. */
  unmatched: number;
  /** How many addresses the archive lists for the municipality. */
  files: number;
}

export function pvLinksFor(
  election: string,
  municipalityCode: string,
  stationNumber?: string | number,
  dir?: string,
): PvLinks | null {
  const file = loadPvLinks(election, dir);
  const code = /^(?:GM)?(\d{4})$/i.exec(municipalityCode.trim())?.[1];
  if (!file || !code) return null;
  const m = file.municipalities.find((x) => x.code === code);
  if (!m) return null;
  const out: PvLinks = {
    municipality: m.name,
    municipal: m.municipal,
    control: m.control,
    unmatched: m.unmatched.length,
    files: m.files,
  };
  if (stationNumber !== undefined) {
    const key = stationKey(stationNumber);
    out.station = key ? (m.stations[key] ?? []) : [];
  }
  return out;
}
