/**
 * The finder's search, the same at build time (tests) and in the browser (bundled into the island):
 * a query is a 4-digit postcode, a municipality (official name or alias), or a town; a position comes
 * from a postcode area or from the browser. No imports except the key normalizer and the shapes.
 */
import type { ClientSession, FinderIndex, IndexMunicipality, PostcodeCentroids } from './client-data.ts';
import { searchKey } from '../sessions/normalize.ts';

export interface Position {
  lat: number;
  lon: number;
}

export type Resolved =
  | { kind: 'municipality'; municipalities: IndexMunicipality[] }
  | { kind: 'town'; town: string; municipalities: IndexMunicipality[] }
  | { kind: 'position'; position: Position; postcode: string | null; municipalities: IndexMunicipality[] }
  | { kind: 'postcode-unknown'; postcode: string }
  | { kind: 'none'; suggestions: IndexMunicipality[] };

const POSTCODE = /^\s*([1-9]\d{3})\s*(?:[a-zA-Z]{2})?\s*$/;

/** Great-circle distance in kilometres. */
export function distanceKm(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The municipalities whose centre is nearest a position (the sessions nearby are in their files). */
export function nearestMunicipalities(index: FinderIndex, at: Position, count = 4): IndexMunicipality[] {
  return index.municipalities
    .filter((m) => m[5] !== null && m[6] !== null)
    .map((m) => ({ m, d: distanceKm(at, { lat: m[5]!, lon: m[6]! }) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map((x) => x.m);
}

export function resolveQuery(index: FinderIndex, postcodes: PostcodeCentroids, query: string): Resolved {
  const pc = POSTCODE.exec(query);
  if (pc) {
    const area = pc[1]!;
    const at = postcodes[area];
    if (!at) return { kind: 'postcode-unknown', postcode: area };
    const position = { lat: at[0], lon: at[1] };
    return {
      kind: 'position',
      position,
      postcode: area,
      municipalities: nearestMunicipalities(index, position),
    };
  }
  const key = searchKey(query);
  if (key === '') return { kind: 'none', suggestions: [] };
  const byName = index.municipalities.filter(
    (m) => searchKey(m[1]) === key || m[3].some((a) => searchKey(a) === key),
  );
  if (byName.length > 0) return { kind: 'municipality', municipalities: byName };
  const byTown = index.municipalities.filter((m) => m[4].some((t) => searchKey(t) === key));
  if (byTown.length > 0) {
    const town = byTown[0]![4].find((t) => searchKey(t) === key)!;
    return { kind: 'town', town, municipalities: byTown };
  }
  // "stembureau Gieten", "gemeente Den Haag": try the words after a leading common word.
  const words = key.split(' ');
  if (words.length > 1 && ['gemeente', 'stembureau', 'municipality', 'telling', 'in'].includes(words[0]!))
    return resolveQuery(index, postcodes, words.slice(1).join(' '));
  const starts = index.municipalities.filter(
    (m) =>
      searchKey(m[1]).startsWith(key) ||
      m[3].some((a) => searchKey(a).startsWith(key)) ||
      m[4].some((t) => searchKey(t).startsWith(key)),
  );
  if (starts.length === 1) return { kind: 'municipality', municipalities: starts };
  return { kind: 'none', suggestions: starts.slice(0, 8) };
}

export interface Filters {
  kind: string;
  wheelchair: boolean;
  countsHere: boolean;
}

export function applyFilters(sessions: readonly ClientSession[], f: Filters): ClientSession[] {
  return sessions.filter(
    (s) =>
      (f.kind === '' || s.k === f.kind) && (!f.wheelchair || s.w === 'y') && (!f.countsHere || s.h !== 'n'),
  );
}

export interface Ranked {
  session: ClientSession;
  /** Kilometres from the search point, or null when either position is unknown. */
  km: number | null;
}

/** Sorted by distance (unknown positions last) when there is a point, else by town and name. */
export function rank(
  sessions: readonly ClientSession[],
  at: Position | null,
  order: 'distance' | 'name',
  collator: Intl.Collator,
): Ranked[] {
  const ranked = sessions.map((session) => ({
    session,
    km:
      at && session.y !== null && session.x !== null
        ? distanceKm(at, { lat: session.y, lon: session.x })
        : null,
  }));
  // By name: the sessions after the polling stations (central count, hoofdstembureau, …) first, as
  // there are few of them and they are easy to miss; then by town (unknown town last) and name.
  const later = (s: ClientSession): number => (s.k === 'polling-station-count' ? 1 : 0);
  const byName = (a: Ranked, b: Ranked): number =>
    later(a.session) - later(b.session) ||
    Number(a.session.p === '') - Number(b.session.p === '') ||
    collator.compare(a.session.p, b.session.p) ||
    collator.compare(a.session.n, b.session.n) ||
    a.session.i.localeCompare(b.session.i);
  return ranked.sort((a, b) => {
    if (order === 'distance' && at) {
      if (a.km === null || b.km === null) return a.km === null ? (b.km === null ? byName(a, b) : 1) : -1;
      return a.km - b.km || byName(a, b);
    }
    return byName(a, b);
  });
}

/** The mean position of a town's sessions (to sort a town search by distance from its centre). */
export function townCentre(sessions: readonly ClientSession[], town: string): Position | null {
  const key = searchKey(town);
  const here = sessions.filter((s) => searchKey(s.p) === key && s.y !== null && s.x !== null);
  if (here.length === 0) return null;
  return {
    lat: here.reduce((t, s) => t + s.y!, 0) / here.length,
    lon: here.reduce((t, s) => t + s.x!, 0) / here.length,
  };
}
