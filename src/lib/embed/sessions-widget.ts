/**
 * The data of the count-sessions widget: the sessions of one municipality in one election, ready to
 * render by the iframe page and, as static JSON, by the web component. Built from the finder's
 * build-time data (src/lib/finder/data.ts), so the widget and /waarnemen/tellingen/ always agree.
 */
import { addressLine, finderElections, type FinderElection, type MunicipalityGroup } from '../finder/data.ts';
import { sessionWhen } from '../finder/page-data.ts';
import { municipalityPath } from '../finder/paths.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { pathFor } from '../i18n/routes.ts';
import { t } from '../i18n/t.ts';

export interface SessionsWidgetView {
  type: 'tellingen';
  lang: Locale;
  title: string;
  subtitle: string;
  searchLabel: string;
  empty: string;
  sessions: { title: string; when: string; address: string; details: string[] }[];
  link: { label: string; href: string };
  guide: { label: string; href: string };
  source: string;
}

const COMPACT_LIMIT = 5;

export function sessionsWidgetView(
  e: FinderElection,
  m: MunicipalityGroup,
  locale: Locale,
  compact: boolean,
): SessionsWidgetView {
  // Sessions beyond the polling stations first (they are few and easy to miss), then by time and name.
  const ordered = [...m.sessions].sort(
    (a, b) =>
      Number(a.kind === 'polling-station-count') - Number(b.kind === 'polling-station-count') ||
      (a.start ?? '').localeCompare(b.start ?? '') ||
      a.name.localeCompare(b.name, 'nl'),
  );
  const shown = compact ? ordered.slice(0, COMPACT_LIMIT) : ordered;
  return {
    type: 'tellingen',
    lang: locale,
    title: t(locale, 'embed.sessions.title', { name: m.name }),
    subtitle: t(locale, 'embed.sessions.subtitle', { election: e.election.name, count: m.sessions.length }),
    searchLabel: t(locale, 'embed.sessions.search'),
    empty: t(locale, 'embed.sessions.empty'),
    sessions: shown.map((s) => ({
      title: `${s.name} — ${t(locale, `finder.kind.${s.kind}`)}`,
      when: sessionWhen(locale, s),
      address: addressLine(s),
      details: [
        s.wheelchair === 'yes'
          ? t(locale, 'embed.sessions.wheelchair.yes')
          : s.wheelchair === 'no'
            ? t(locale, 'embed.sessions.wheelchair.no')
            : t(locale, 'embed.sessions.wheelchair.unknown'),
      ],
    })),
    link: {
      label: t(locale, 'embed.sessions.link', { count: m.sessions.length }),
      href: municipalityPath(locale, e.election.slug, m.slug),
    },
    guide: { label: t(locale, 'embed.sessions.guide'), href: pathFor('observing', locale) },
    source: t(locale, 'embed.source'),
  };
}

export interface SessionsWidgetPage {
  lang: Locale;
  election: string;
  electionName: string;
  municipalityName: string;
  gemeente: string;
  compact: boolean;
  view: SessionsWidgetView;
}

let memo: SessionsWidgetPage[] | null = null;

export function sessionsWidgetPages(): SessionsWidgetPage[] {
  memo ??= finderElections().flatMap((e) =>
    e.municipalities.flatMap((m) =>
      locales.flatMap((lang) =>
        [false, true].map((compact) => ({
          lang,
          election: e.election.slug,
          electionName: e.election.name,
          municipalityName: m.name,
          gemeente: `gm${m.code}`,
          compact,
          view: sessionsWidgetView(e, m, lang, compact),
        })),
      ),
    ),
  );
  return memo;
}
