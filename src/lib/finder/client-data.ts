/**
 * The shapes of the static JSON the finder island loads: a small index per election (municipalities
 * with aliases, towns and centre point) plus a postcode file, and one file per municipality with its
 * sessions. No imports: this file is bundled into the browser script.
 */

/** [code, name, slug, aliases, towns, lat, lon, sessions]; lat/lon null when no session has a position. */
export type IndexMunicipality = [
  string,
  string,
  string,
  string[],
  string[],
  number | null,
  number | null,
  number,
];

export interface FinderIndex {
  election: string;
  municipalities: IndexMunicipality[];
}

/** Postcode area (4 digits) → [lat, lon], the mean position of the polling places in that area. */
export type PostcodeCentroids = Record<string, [number, number]>;

/** One session, short keys (9,000 of them travel per election). */
export interface ClientSession {
  /** id */
  i: string;
  /** kind */
  k: string;
  /** name */
  n: string;
  /** street, postcode, town on one line, or '' */
  a: string;
  /** town */
  p: string;
  y: number | null;
  x: number | null;
  /** start (ISO with offset, or a date), or null */
  s: string | null;
  /** wheelchair y/n/u */
  w: 'y' | 'n' | 'u';
  /** counted here y/n/u */
  h: 'y' | 'n' | 'u';
  /** station type r/m/o, or '' */
  t: string;
  /** 1 when verified */
  v: 0 | 1;
  /** the session's .ics file */
  c: string;
}

export interface MunicipalityData {
  election: string;
  code: string;
  name: string;
  /** The municipality page. */
  page: { nl: string; en: string };
  sessions: ClientSession[];
}
