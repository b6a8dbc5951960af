/**
 * View models of the finder pages: the finder itself (one per election, the newest at
 * /waarnemen/tellingen/), and one page per municipality and election listing every session with a
 * static map. Everything is computed here from the memoized finder data; .astro files only render.
 */
import { formatDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pathFor } from '../i18n/routes.ts';
import { messagesWithPrefix, t, type MessageKey } from '../i18n/t.ts';
import { routeData, type RouteData } from '../site/route-data.ts';
import { sessionMap, type MapLayout } from '../charts/session-map.ts';
import { hasTime } from '../sessions/time.ts';
import { sessionKinds, type Session } from '../sessions/types.ts';
import {
  addressLine,
  defaultFinderElection,
  finderElection,
  finderElections,
  type FinderElection,
  type MunicipalityGroup,
} from './data.ts';
import {
  electionFinderPath,
  finderPath,
  indexDataPath,
  municipalityIcsPath,
  municipalityPath,
  openDataPath,
  postcodesDataPath,
  sessionAnchor,
  sessionIcsPath,
} from './paths.ts';

export interface SessionRow {
  id: string;
  anchor: string;
  n: number;
  kind: string;
  name: string;
  when: string;
  address: string;
  access: string;
  station: string | null;
  countsHere: string;
  notes: string[];
  /** Dutch text on an English page (source notes are Dutch). */
  notesLang: Locale;
  ics: string | null;
  source: string;
}

/** "22 november 2023, vanaf 21:00" in the place's own clock (Bonaire: local time, said so). */
export function sessionWhen(locale: Locale, s: Session): string {
  if (!s.start) return t(locale, 'finder.timeUnknown');
  const date = formatDate(locale, s.start.slice(0, 10));
  if (!hasTime(s.start)) return t(locale, 'finder.dayOnly', { date });
  const time = s.start.slice(11, 16);
  const end = s.end && hasTime(s.end) ? `–${s.end.slice(11, 16)}` : '';
  const local = s.timeZone === 'Europe/Amsterdam' ? '' : ` ${t(locale, 'finder.localTime')}`;
  return end
    ? `${date}, ${time}${end}${local}`
    : `${date}, ${t(locale, 'finder.timeFrom', { time })}${local}`;
}

export function sessionRow(
  locale: Locale,
  e: FinderElection,
  m: MunicipalityGroup,
  s: Session,
  n: number,
): SessionRow {
  const notes: string[] = [];
  if (!s.verified) notes.push(t(locale, 'finder.unverified'));
  if (s.sourceIssue === 'opening-equals-closing') notes.push(t(locale, 'finder.issueSameTimes'));
  if (s.stationType === 'mobile' && s.countsHere !== 'yes')
    notes.push(
      t(locale, s.countsHere === 'no' ? 'finder.mobileCountsElsewhere' : 'finder.mobileCountsUnknown'),
    );
  else if (s.kind === 'polling-station-count' && s.countsHere === 'no')
    notes.push(t(locale, 'finder.countsElsewhere'));
  if (s.votingOpens && s.start && hasTime(s.start))
    notes.push(
      t(locale, 'finder.votingHours', { open: s.votingOpens.slice(11, 16), close: s.start.slice(11, 16) }),
    );
  const extra = s.accessibility.map(([k, v]) => `${k}: ${v}`);
  return {
    id: s.id,
    anchor: sessionAnchor(s.id),
    n,
    kind: t(locale, `finder.kind.${s.kind}` as MessageKey),
    name: s.name,
    when: sessionWhen(locale, s),
    address: addressLine(s) || t(locale, 'finder.addressUnknown'),
    access: [t(locale, `finder.wheelchair.${s.wheelchair}` as MessageKey), ...extra].join('; '),
    station: s.stationType ? t(locale, `finder.station.${s.stationType}` as MessageKey) : null,
    countsHere: t(locale, `finder.tri.${s.countsHere}` as MessageKey),
    notes: [...notes, ...(s.note ? [s.note] : [])],
    notesLang: 'nl',
    ics: s.start ? sessionIcsPath(e.election.slug, m.slug, s.id) : null,
    source: `${s.source.name}, ${s.source.updated}`,
  };
}

export interface ElectionChoice {
  slug: string;
  name: string;
  href: string;
  current: boolean;
}

export interface FinderPageData {
  route: RouteData;
  election: { slug: string; name: string; partial: boolean; updated: string };
  elections: ElectionChoice[];
  municipalities: { name: string; href: string; count: string }[];
  national: SessionRow[];
  kinds: { value: string; label: string }[];
  openData: { csv: string; json: string };
  sources: string;
  guide: string;
  /** For the island (data-* attributes): where its data is, and its strings. */
  island: { index: string; postcodes: string; election: string; messages: string; locale: Locale };
}

function electionChoices(locale: Locale, current: string): ElectionChoice[] {
  return finderElections().map((e) => ({
    slug: e.election.slug,
    name: e.election.name,
    href: electionFinderPath(locale, e.election.slug),
    current: e.election.slug === current,
  }));
}

/** The finder for one election; `asDefault` for the page at /waarnemen/tellingen/ itself. */
export function finderPageData(locale: Locale, slug: string | null): FinderPageData {
  const e = slug ? finderElection(slug) : defaultFinderElection();
  if (!e) throw new Error('finder: there is no session data in content/sessions');
  const es = e.election.slug;
  const title = t(locale, 'finder.title');
  const path = slug ? electionFinderPath(locale, es) : finderPath(locale);
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  const observing = { label: t(locale, 'nav.observing'), href: pathFor('observing', locale) };
  const route = routeData({
    locale,
    pageType: 'finder',
    // Short election id in the title: html-validate's long-title (≤ 70 characters with the site name).
    title: slug ? `${title} – ${e.election.id}` : title,
    description: t(locale, 'finder.description'),
    path,
    alternatePath: slug ? electionFinderPath(other, es) : finderPath(other),
    parents: slug ? [observing, { label: t(locale, 'finder.crumb'), href: finderPath(locale) }] : [observing],
    crumbLabel: slug ? e.election.name : t(locale, 'finder.crumb'),
  });
  const national = e.national.map((s, i) => {
    const m = e.municipalities.find((x) => x.code === s.municipalityCode)!;
    return sessionRow(locale, e, m, s, i + 1);
  });
  return {
    route,
    election: {
      slug: es,
      name: e.election.name,
      partial: e.partial,
      updated: e.election.sources.map((s) => formatDate(locale, s.updated)).join(', '),
    },
    elections: electionChoices(locale, es),
    municipalities: e.municipalities.map((m) => ({
      name: m.name,
      href: municipalityPath(locale, es, m.slug),
      count: t(locale, 'finder.sessions', { count: m.sessions.length }),
    })),
    national,
    // Every kind, whatever this page's election holds: the island switches elections in place.
    kinds: sessionKinds.map((k) => ({ value: k, label: t(locale, `finder.kind.${k}` as MessageKey) })),
    openData: { csv: openDataPath(es, 'csv'), json: openDataPath(es, 'json') },
    sources: [...new Set(e.election.sessions.map((s) => s.source.name))].join('; '),
    guide: pathFor('observing', locale),
    island: {
      index: indexDataPath(es),
      postcodes: postcodesDataPath(),
      election: es,
      locale,
      messages: JSON.stringify({
        ...messagesWithPrefix(locale, 'finder.client.'),
        ...messagesWithPrefix(locale, 'finder.kind.'),
        ...messagesWithPrefix(locale, 'finder.wheelchair.'),
        'finder.calendarOne': t(locale, 'finder.calendarOne'),
        'finder.guide': t(locale, 'finder.guide'),
        'finder.timeUnknown': t(locale, 'finder.timeUnknown'),
        'finder.unverified': t(locale, 'finder.unverified'),
        'finder.station.mobile': t(locale, 'finder.station.mobile'),
      }),
    },
  };
}

export interface MunicipalityPageData {
  route: RouteData;
  electionName: string;
  name: string;
  lead: string;
  rows: SessionRow[];
  map: MapLayout & { title: string; desc: string };
  ics: string;
  icsLabel: string;
  guide: string;
  finder: string;
  /** The municipality's election page and contact as published (the same on every row of a list). */
  electionPage: string | null;
  contact: string | null;
}

export function municipalityPageData(
  locale: Locale,
  slug: string,
  municipality: string,
): MunicipalityPageData {
  const e = finderElection(slug);
  const m = e.municipalities.find((x) => x.slug === municipality);
  if (!m) throw new Error(`finder: no municipality "${municipality}" in ${slug}`);
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  const stations = m.sessions.filter((s) => s.kind === 'polling-station-count').length;
  // People search for "stembureau Gieten": the page text names every polling station and its kind
  // ("Telling in het stembureau"), which Pagefind indexes; the title stays short (≤ 70 characters).
  const title = `${t(locale, 'finder.muniTitle', { name: m.name })} – ${e.election.id}`;

  const route = routeData({
    locale,
    pageType: 'finder-municipality',
    title,
    description: t(locale, 'finder.muniDescription', { name: m.name, election: e.election.name }),
    path: municipalityPath(locale, slug, m.slug),
    alternatePath: municipalityPath(other, slug, m.slug),
    parents: [
      { label: t(locale, 'nav.observing'), href: pathFor('observing', locale) },
      { label: t(locale, 'finder.crumb'), href: finderPath(locale) },
      { label: e.election.name, href: electionFinderPath(locale, slug) },
    ],
    crumbLabel: m.name,
  });
  const rows = m.sessions.map((s, i) => sessionRow(locale, e, m, s, i + 1));
  const located = m.sessions
    .map((s, i) => ({ n: i + 1, lat: s.lat, lon: s.lon }))
    .filter((p): p is { n: number; lat: number; lon: number } => p.lat !== null && p.lon !== null);
  return {
    route,
    electionName: e.election.name,
    name: m.name,
    lead: `${t(locale, 'finder.muniLead', { name: m.name, election: e.election.name })} ${stations > 0 ? t(locale, 'finder.sessions', { count: m.sessions.length }) + '.' : ''}`.trim(),
    rows,
    map: {
      ...sessionMap(located),
      title: t(locale, 'finder.mapTitle', { name: m.name }),
      desc: t(locale, 'finder.mapDesc', { located: located.length, total: m.sessions.length }),
    },
    ics: municipalityIcsPath(slug, m.slug),
    icsLabel: t(locale, 'finder.calendarAll', { name: m.name }),
    guide: pathFor('observing', locale),
    finder: finderPath(locale),
    electionPage: m.sessions.find((s) => s.electionPage)?.electionPage ?? null,
    contact: m.sessions.find((s) => s.contact)?.contact ?? null,
  };
}

/** Every [election, municipality] pair: the getStaticPaths of the municipality pages. */
export function municipalityPageKeys(): { election: string; municipality: string }[] {
  return finderElections().flatMap((e) =>
    e.municipalities.map((m) => ({ election: e.election.slug, municipality: m.slug })),
  );
}
