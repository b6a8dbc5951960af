/**
 * The TK2023 list of polling places (Centerdata, based on Kiesraad/WIMS data) and the join of polling
 * stations (reporting units SB) to places, by municipality code + postcode + name similarity.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { normalizePostcode } from './postcode.ts';
import type { PollingPlace, PollingPlaceLink } from './snapshot-types.ts';

export async function readPollingPlaces(file: string): Promise<PollingPlace[]> {
  const rows = parse(await readFile(file, 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  const num = (v: string | undefined) =>
    v && v.trim() !== '' && Number.isFinite(Number(v)) ? Math.round(Number(v) * 1e6) / 1e6 : null;
  return rows
    .map((r) => {
      const access = (r['Toegankelijk voor mensen met een lichamelijke beperking'] ?? '')
        .trim()
        .toLowerCase();
      const house = [r['Huisnummer'], r['Huisletter']].filter((x) => x && x.trim()).join('');
      return {
        id: (r['id'] ?? '').trim(),
        municipality: (r['Gemeente'] ?? '').trim(),
        code: (r['CBS gemeentecode'] ?? '').trim().replace(/^GM/, ''),
        name: (r['Naam stembureau'] ?? '').trim(),
        type: (r['Type stembureau'] ?? '').trim(),
        address: [(r['Straatnaam'] ?? '').trim(), house, (r['Extra adresaanduiding'] ?? '').trim()]
          .filter(Boolean)
          .join(' '),
        postcode: normalizePostcode(r['Postcode'] ?? '') ?? null,
        place: (r['Plaats'] ?? '').trim(),
        lat: num(r['Latitude']),
        lon: num(r['Longitude']),
        opens: (r['Openingstijd'] ?? '').trim() || null,
        closes: (r['Sluitingstijd'] ?? '').trim() || null,
        accessible: access === 'ja' ? 'yes' : access === 'nee' ? 'no' : 'unknown',
      } satisfies PollingPlace;
    })
    .sort((a, b) => Number(a.id) - Number(b.id));
}

const STOP = new Set([
  'stembureau',
  'de',
  'het',
  't',
  'van',
  'en',
  'in',
  'te',
  'locatie',
  'postcode',
  'mobiel',
]);

function tokens(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\(postcode:[^)]*\)/g, ' ')
      .split(/[^a-z0-9]+/)
      .filter((t) => t.length > 1 && !STOP.has(t)),
  );
}

/** Jaccard similarity of the name words (0…1). */
function nameSimilarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let both = 0;
  for (const t of ta) if (tb.has(t)) both++;
  return both / (ta.size + tb.size - both);
}

export interface StationToMatch {
  id: string;
  municipality: string;
  name: string;
  postcode?: string;
}

/**
 * Matches stations to places. Method and confidence are recorded per link:
 *  - postcode+name: same municipality and postcode, best name similarity ≥ 0.3 → high;
 *  - postcode: same municipality and postcode, a single place there → medium;
 *  - name: same municipality, name similarity ≥ 0.6 → low;
 *  - otherwise none. `otherElection` (e.g. GR2022 stations against the TK2023 list) lowers high to medium.
 */
export function matchPollingPlaces(
  stations: StationToMatch[],
  places: PollingPlace[],
  otherElection = false,
): PollingPlaceLink[] {
  const byCode = new Map<string, PollingPlace[]>();
  for (const p of places) {
    let l = byCode.get(p.code);
    if (!l) byCode.set(p.code, (l = []));
    l.push(p);
  }
  return stations.map((s) => {
    const candidates = byCode.get(s.municipality) ?? [];
    const samePc = s.postcode ? candidates.filter((p) => p.postcode === s.postcode) : [];
    let link: PollingPlaceLink = { unit: s.id, place: null, method: 'none', confidence: 'none' };
    if (samePc.length) {
      const scored = samePc
        .map((p) => ({ p, sim: nameSimilarity(s.name, p.name) }))
        .sort((a, b) => b.sim - a.sim || Number(a.p.id) - Number(b.p.id));
      const best = scored[0]!;
      if (best.sim >= 0.3)
        link = { unit: s.id, place: best.p.id, method: 'postcode+name', confidence: 'high' };
      else if (samePc.length === 1)
        link = { unit: s.id, place: best.p.id, method: 'postcode', confidence: 'medium' };
    }
    if (link.method === 'none' && candidates.length) {
      const scored = candidates
        .map((p) => ({ p, sim: nameSimilarity(s.name, p.name) }))
        .sort((a, b) => b.sim - a.sim || Number(a.p.id) - Number(b.p.id));
      const best = scored[0]!;
      const second = scored[1];
      if (best.sim >= 0.6 && (!second || second.sim < best.sim))
        link = { unit: s.id, place: best.p.id, method: 'name', confidence: 'low' };
    }
    if (otherElection && link.confidence === 'high') link.confidence = 'medium';
    if (otherElection) link.note = 'station of another election matched to the TK2023 polling-place list';
    return link;
  });
}
