/**
 * Ready data for the components of the maps work (hemicycle, municipality maps, polling-place map,
 * processen-verbaal links): what each needs, worded for one language. The components themselves
 * (src/components/charts/*.astro) compute the geometry.
 */
import { largestListColouring, turnoutColouring, type MapColouring } from '../../charts/map-scales.ts';
import type { PlaceInput } from '../../charts/places-map.ts';
import { boundariesForElection } from '../../geo/load.ts';
import { formatPercent } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { nameValue as nm, tRich, type Words } from '../../i18n/rich.ts';
import type { PvLink } from '../../pv/types.ts';
import { coloursOf, type Colours } from '../colours.ts';
import type { MunicipalityResult, ResultsElection, StationResult } from '../election.ts';
import { municipalityPath, stationPath } from '../paths.ts';
import { pvLinksFor } from '../pv-links.ts';
import { largestList } from './common.ts';
import type { Section } from './types.ts';

export interface HemicycleSlot {
  name: 'hemicycle';
  id: string;
  lists: { list: string; name: string; seats: number }[];
  colours: Colours;
  title: string;
  caption: Words;
}

export interface MapSlot {
  name: 'map';
  id: string;
  boundaries: string;
  colouring: MapColouring;
  valueLabel: string;
  title: string;
  caption: Words;
}

export interface PlacesSlot {
  name: 'places';
  id: string;
  boundaries: string;
  code: string;
  municipality: string;
  places: PlaceInput[];
  title: string;
  caption: Words;
}

export interface PvSlot {
  name: 'pv';
  intro: string;
  links: { href: string; label: string }[];
  note: string | null;
}

export type SlotVM = HemicycleSlot | MapSlot | PlacesSlot | PvSlot;

export function hemicycleSection(locale: Locale, e: ResultsElection): Section | null {
  const d = e.seatData;
  if (!d) return null;
  const hasOfficial = d.parties.some((p) => p.official !== null);
  const lists = d.parties
    .map((p) => ({ list: String(p.number), name: p.name, seats: hasOfficial ? (p.official ?? 0) : p.ours }))
    .filter((l) => l.seats > 0);
  const top = [...lists].sort((a, b) => b.seats - a.seats)[0];
  if (!top) return null;
  return {
    kind: 'slot',
    heading: t(locale, 'results.seats.heading'),
    slot: {
      name: 'hemicycle',
      id: 'seats',
      lists,
      colours: coloursOf(e),
      title: t(locale, 'results.seats.title', { count: d.seats }),
      caption: tRich(locale, 'results.seats.caption', {
        list: nm(top.name),
        count: top.seats,
        total: d.seats,
      }),
    },
  };
}

/** Turnout and largest list per municipality, on the map of the municipalities as they were then. */
export function mapSections(locale: Locale, e: ResultsElection): Section[] {
  const boundaries = boundariesForElection(e.id);
  if (!boundaries || e.municipalities.length < 2) return [];
  const href = (m: MunicipalityResult) => municipalityPath(locale, e.slug, m.slug);
  const turnout = turnoutColouring(
    locale,
    e.municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      voted: m.figures.votesCast,
      eligible: m.figures.eligible,
      href: href(m),
    })),
  );
  const withTurnout = e.municipalities.filter((m) => m.figures.eligible);
  const by = (m: MunicipalityResult) => (m.figures.votesCast * 1e6) / (m.figures.eligible ?? 1);
  const high = withTurnout.reduce<MunicipalityResult | null>((a, b) => (a && by(a) >= by(b) ? a : b), null);
  const low = withTurnout.reduce<MunicipalityResult | null>((a, b) => (a && by(a) <= by(b) ? a : b), null);
  const pct = (m: MunicipalityResult) =>
    formatPercent(locale, m.figures.votesCast, m.figures.eligible ?? 0) ?? '–';
  const sections: Section[] = [];
  const council = e.type === 'council';
  sections.push({
    kind: 'slot',
    heading: t(locale, 'results.map.turnoutHeading'),
    slot: {
      name: 'map',
      id: 'map-turnout',
      boundaries,
      colouring: turnout,
      valueLabel: t(locale, 'results.col.turnout'),
      title: t(locale, council ? 'results.map.turnoutTitleCouncils' : 'results.map.turnoutTitle'),
      caption:
        high && low
          ? tRich(locale, 'results.map.turnoutCaption', {
              high: nm(high.name),
              highValue: pct(high),
              low: nm(low.name),
              lowValue: pct(low),
            })
          : t(locale, 'results.map.turnoutTitle'),
    },
  });
  if (!council) {
    const colours = coloursOf(e);
    const largest = largestListColouring(
      locale,
      e.municipalities.map((m) => ({ code: m.code, name: m.name, votes: m.figures.lists, href: href(m) })),
      colours,
    );
    const wins = new Map<string, number>();
    for (const m of e.municipalities) {
      const top = largestList(m.figures.lists);
      if (top) wins.set(top.name, (wins.get(top.name) ?? 0) + 1);
    }
    const [topName, topCount] = [...wins].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    sections.push({
      kind: 'slot',
      heading: t(locale, 'results.map.largestHeading'),
      slot: {
        name: 'map',
        id: 'map-largest',
        boundaries,
        colouring: largest,
        valueLabel: t(locale, 'results.col.largest'),
        title: t(locale, 'results.map.largestTitle'),
        caption: tRich(locale, 'results.map.largestCaption', {
          list: nm(topName),
          count: topCount,
          total: e.municipalities.length,
        }),
      },
    });
  }
  return sections;
}

/** The polling places of a municipality, where this election's own list gives coordinates. */
export function placesSection(locale: Locale, e: ResultsElection, m: MunicipalityResult): Section | null {
  const boundaries = boundariesForElection(e.id);
  const located = m.places.filter((p) => p.lat !== null && p.lon !== null);
  if (!boundaries || located.length === 0 || m.kind !== 'municipality') return null;
  return {
    kind: 'slot',
    heading: t(locale, 'results.places.heading'),
    slot: {
      name: 'places',
      id: 'places',
      boundaries,
      code: m.code,
      municipality: m.name,
      places: m.places.map((p) => ({
        key: p.key,
        name: p.name,
        lat: p.lat,
        lon: p.lon,
        address: p.address,
        ...(p.station ? { href: stationPath(locale, e.slug, m.slug, p.station) } : {}),
      })),
      title: t(locale, 'results.places.title', { name: m.name }),
      caption: t(locale, 'results.places.caption', { count: m.places.length, located: located.length }),
    },
  };
}

function fileLabel(link: PvLink): string {
  let name = link.url;
  try {
    name = decodeURIComponent(new URL(link.url).pathname.split('/').pop() ?? link.url);
  } catch {
    /* keep the address as it is */
  }
  return link.form ? `${link.form}: ${name}` : name;
}

/** The published processen-verbaal of a municipality or of one polling station (maps work's matching). */
export function pvSection(
  locale: Locale,
  e: ResultsElection,
  m: MunicipalityResult,
  s?: StationResult,
): Section | null {
  const found = pvLinksFor(e.id, m.code, s?.code);
  if (!found) return null;
  const links = s ? (found.station ?? []) : [...found.municipal, ...found.control];
  const items = links.map((l) => ({ href: l.url, label: fileLabel(l) }));
  if (s && items.length === 0 && found.files === 0) return null;
  return {
    kind: 'slot',
    heading: t(locale, s ? 'results.pv.stationHeading' : 'results.pv.heading'),
    slot: {
      name: 'pv',
      intro: t(locale, s ? 'results.pv.stationIntro' : 'results.pv.intro', { count: found.files }),
      links: items,
      note:
        items.length === 0
          ? t(locale, s ? 'results.pv.stationNone' : 'results.pv.none')
          : found.unmatched > 0 && !s
            ? t(locale, 'results.pv.unmatched', { count: found.unmatched })
            : null,
    },
  };
}
