/**
 * Build-time finder data, computed once per build (memoized) and shared by every page, language and
 * file: the sessions of each election grouped per municipality with its slug, aliases, towns and
 * centre; postcode-area positions derived from the polling places themselves (no outside service);
 * and the compact JSON the island loads.
 */
import { municipalityAliases } from '../sessions/aliases.ts';
import { sessionElections, type ElectionSessions } from '../sessions/catalog.ts';
import { slugOf } from '../sessions/normalize.ts';
import type { Session } from '../sessions/types.ts';
import type { ClientSession, FinderIndex, MunicipalityData, PostcodeCentroids } from './client-data.ts';
import { municipalityPath, sessionIcsPath } from './paths.ts';

export interface MunicipalityGroup {
  code: string;
  name: string;
  slug: string;
  aliases: readonly string[];
  towns: string[];
  lat: number | null;
  lon: number | null;
  sessions: Session[];
}

export interface FinderElection {
  election: ElectionSessions;
  municipalities: MunicipalityGroup[];
  /** Sessions beyond the municipality: hoofdstembureaus, postal-vote office, central committee. */
  national: Session[];
  /** True for a partial export (only the municipalities that had published). */
  partial: boolean;
}

const NATIONAL = new Set(['hsb-session', 'postal-vote-office', 'central-committee']);
const round3 = (v: number): number => Math.round(v * 1000) / 1000;

function mean(
  points: readonly { lat: number | null; lon: number | null }[],
): [number, number] | [null, null] {
  const known = points.filter((p) => p.lat !== null && p.lon !== null);
  if (known.length === 0) return [null, null];
  return [
    round3(known.reduce((t, p) => t + p.lat!, 0) / known.length),
    round3(known.reduce((t, p) => t + p.lon!, 0) / known.length),
  ];
}

let memo: { key: string; value: FinderElection[] } | undefined;

export function finderElections(): FinderElection[] {
  const elections = sessionElections();
  const key = elections.map((e) => e.id).join();
  if (memo?.key === key) return memo.value;
  const value = elections.map((election): FinderElection => {
    const byCode = new Map<string, Session[]>();
    for (const s of election.sessions) {
      let list = byCode.get(s.municipalityCode);
      if (!list) byCode.set(s.municipalityCode, (list = []));
      list.push(s);
    }
    const municipalities = [...byCode.values()]
      .map((sessions): MunicipalityGroup => {
        const name = sessions[0]!.municipalityName;
        const stations = sessions.filter((s) => s.kind === 'polling-station-count');
        const [lat, lon] = mean(stations.length ? stations : sessions);
        return {
          code: sessions[0]!.municipalityCode,
          name,
          slug: slugOf(name),
          aliases: municipalityAliases[name] ?? [],
          towns: [...new Set(sessions.map((s) => s.address?.city ?? '').filter(Boolean))].sort((a, b) =>
            a.localeCompare(b, 'nl'),
          ),
          lat,
          lon,
          sessions,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const slugs = new Map<string, string>();
    for (const m of municipalities) {
      const other = slugs.get(m.slug);
      if (other)
        throw new Error(`finder: municipalities ${other} and ${m.name} get the same address /${m.slug}/`);
      slugs.set(m.slug, m.name);
    }
    return {
      election,
      municipalities,
      national: election.sessions.filter((s) => NATIONAL.has(s.kind)),
      partial: election.sources.some((s) => /deellijst|partial/i.test(s.name)),
    };
  });
  memo = { key, value };
  return value;
}

export function finderElection(slug: string): FinderElection {
  const found = finderElections().find((e) => e.election.slug === slug);
  if (!found) throw new Error(`finder: no session data for election "${slug}"`);
  return found;
}

/** The default election of the finder: the newest with session data. */
export function defaultFinderElection(): FinderElection | undefined {
  return finderElections()[0];
}

let postcodeMemo: PostcodeCentroids | undefined;

/**
 * Postcode areas (4 digits) with the mean position of the polling places in them, over every election
 * we have: the only postcode positions the site knows. Areas without a polling place are not covered,
 * and the finder says so.
 */
export function postcodeCentroids(): PostcodeCentroids {
  if (postcodeMemo) return postcodeMemo;
  const sums = new Map<string, [number, number, number]>();
  for (const e of finderElections())
    for (const s of e.election.sessions) {
      const pc = s.address?.postcode?.slice(0, 4);
      if (!pc || s.lat === null || s.lon === null) continue;
      const t = sums.get(pc) ?? [0, 0, 0];
      sums.set(pc, [t[0] + s.lat, t[1] + s.lon, t[2] + 1]);
    }
  postcodeMemo = Object.fromEntries(
    [...sums]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([pc, [la, lo, n]]) => [pc, [round3(la / n), round3(lo / n)]]),
  );
  return postcodeMemo;
}

export function finderIndex(e: FinderElection): FinderIndex {
  return {
    election: e.election.slug,
    municipalities: e.municipalities.map((m) => [
      m.code,
      m.name,
      m.slug,
      [...m.aliases],
      m.towns,
      m.lat,
      m.lon,
      m.sessions.length,
    ]),
  };
}

const tri = (v: 'yes' | 'no' | 'unknown'): 'y' | 'n' | 'u' => (v === 'yes' ? 'y' : v === 'no' ? 'n' : 'u');

export function addressLine(s: Session): string {
  if (!s.address) return '';
  return [s.address.street, [s.address.postcode, s.address.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
}

export function clientSession(e: FinderElection, m: MunicipalityGroup, s: Session): ClientSession {
  return {
    i: s.id,
    k: s.kind,
    n: s.name,
    a: addressLine(s),
    p: s.address?.city ?? '',
    y: s.lat,
    x: s.lon,
    s: s.start,
    w: tri(s.wheelchair),
    h: tri(s.countsHere),
    t:
      s.stationType === 'mobile'
        ? 'm'
        : s.stationType === 'other-hours'
          ? 'o'
          : s.stationType === 'regular'
            ? 'r'
            : '',
    v: s.verified ? 1 : 0,
    c: s.start ? sessionIcsPath(e.election.slug, m.slug, s.id) : '',
  };
}

export function municipalityData(e: FinderElection, m: MunicipalityGroup): MunicipalityData {
  return {
    election: e.election.slug,
    code: m.code,
    name: m.name,
    page: {
      nl: municipalityPath('nl', e.election.slug, m.slug),
      en: municipalityPath('en', e.election.slug, m.slug),
    },
    sessions: m.sessions.map((s) => clientSession(e, m, s)),
  };
}
