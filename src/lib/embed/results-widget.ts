/**
 * The data of the results widget: one municipality's figures for one election, ready to render by the
 * iframe page and, as static JSON, by the web component (which ships no dictionary: every word it shows
 * is in the JSON). Municipal figures are the units at the municipal level (GSB) of the snapshot: the
 * rows of a kieskring file (510c) or the total of a municipal file (510b / osv4-3). An official figure
 * wins over a provisional one for the same municipality.
 */
import { formatDate, formatInteger, formatPercent, percentUnits } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import type { CatalogEntry } from '../model/catalog.ts';
import { reasons } from '../model/load.ts';
import type { SnapshotCounts, SnapshotUnit } from '../model/snapshot-types.ts';
import type { Status } from '../model/types.ts';

export interface MunicipalFigures {
  code: string;
  name: string;
  status: Status;
  eligible: number;
  cast: number;
  valid: number;
  lists: { list: string; name: string; votes: number }[];
  source: string;
}

function figuresOf(counts: SnapshotCounts, unit: SnapshotUnit, code: string): MunicipalFigures {
  const r = reasons(counts, unit);
  const blank = r.rejected['blanco'] ?? 0;
  const invalid = r.rejected['ongeldig'] ?? 0;
  const lists = counts.lists
    .map((l, i) => ({ list: l.list, name: l.name, votes: unit.votes[i]?.[0] ?? null }))
    .filter((l): l is { list: string; name: string; votes: number } => l.votes !== null);
  return {
    code,
    name: unit.name.replace(/^Gemeente /, ''),
    status: counts.status,
    eligible: unit.cast,
    cast: unit.totalCounted + blank + invalid,
    valid: unit.totalCounted,
    lists,
    source: counts.source,
  };
}

const memo = new Map<string, Promise<Map<string, MunicipalFigures>>>();

/** Every municipality with figures in an election, by 4-digit CBS code (computed once per build). */
export function municipalFigures(entry: CatalogEntry): Promise<Map<string, MunicipalFigures>> {
  let p = memo.get(entry.dir);
  if (!p) {
    p = collect(entry);
    memo.set(entry.dir, p);
  }
  return p;
}

async function collect(entry: CatalogEntry): Promise<Map<string, MunicipalFigures>> {
  const out = new Map<string, MunicipalFigures>();
  const put = (f: MunicipalFigures) => {
    const had = out.get(f.code);
    if (!had || (had.status === 'provisional' && f.status === 'official')) out.set(f.code, f);
  };
  for (const c of entry.election.counts) {
    if (c.level !== 'HSB' && c.level !== 'GSB') continue;
    const counts = await entry.snapshot.counts(c.level, c.code);
    if (!counts) continue;
    if (c.level === 'HSB' && counts.unitLevel === 'GSB')
      for (const u of counts.units) if (/^\d{4}$/.test(u.code)) put(figuresOf(counts, u, u.code));
    if (c.level === 'GSB' && counts.total && /^\d{4}$/.test(c.code))
      put(figuresOf(counts, counts.total, c.code));
  }
  return out;
}

/** What the results widget shows, in one language. */
export interface ResultsWidgetView {
  type: 'uitslag';
  lang: Locale;
  title: string;
  subtitle: string;
  status: string;
  turnout: string | null;
  tableCaption: string;
  columns: [string, string, string];
  lists: {
    name: string;
    votes: string;
    share: string;
    /** bar length in 1/1000 of the largest list */ bar: number;
  }[];
  /** In compact mode the lists beyond the first five are summed here. */
  others: { label: string; votes: string; share: string } | null;
  link: { label: string; href: string };
  source: string;
}

export function resultsWidgetView(
  entry: CatalogEntry,
  f: MunicipalFigures,
  locale: Locale,
  fullPageHref: string,
  compact: boolean,
): ResultsWidgetView {
  const sorted = [...f.lists].sort((a, b) => b.votes - a.votes || Number(a.list) - Number(b.list));
  const top = sorted[0]?.votes ?? 0;
  const shown = compact ? sorted.slice(0, 5) : sorted;
  const rest = compact ? sorted.slice(5) : [];
  const restVotes = rest.reduce((s, l) => s + l.votes, 0);
  const share = (v: number) => formatPercent(locale, v, f.valid) ?? '–';
  return {
    type: 'uitslag',
    lang: locale,
    title: t(locale, 'embed.results.title', { name: f.name }),
    subtitle: t(locale, 'embed.results.subtitle', {
      election: entry.election.election.name,
      date: formatDate(locale, entry.election.election.date),
    }),
    status: t(locale, f.status === 'official' ? 'embed.status.official' : 'embed.status.provisional'),
    turnout:
      f.eligible > 0
        ? t(locale, 'embed.results.turnout', {
            turnout: formatPercent(locale, f.cast, f.eligible) ?? '–',
            cast: f.cast,
            eligible: f.eligible,
          })
        : null,
    tableCaption: t(locale, 'embed.results.caption', { name: f.name }),
    columns: [
      t(locale, 'embed.results.col.list'),
      t(locale, 'embed.results.col.votes'),
      t(locale, 'embed.results.col.share'),
    ],
    lists: shown.map((l) => ({
      name: l.name,
      votes: formatInteger(locale, l.votes),
      share: share(l.votes),
      bar: top > 0 ? Number(percentUnits(l.votes * 10, top, 0) ?? 0n) : 0,
    })),
    others:
      rest.length > 0
        ? {
            label: t(locale, 'embed.results.others', { count: rest.length }),
            votes: formatInteger(locale, restVotes),
            share: share(restVotes),
          }
        : null,
    link: { label: t(locale, 'embed.results.link', { name: f.name }), href: fullPageHref },
    source: t(locale, 'embed.source'),
  };
}
