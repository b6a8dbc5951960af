/**
 * The home page's "next election" line as ready data (issue 17): date, the bodies elected, whether the
 * date is official, and what to do now. Pages only render it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatDate, joinList } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pathFor } from '../i18n/routes.ts';
import { t } from '../i18n/t.ts';
import {
  electionTypePath,
  nextElection,
  parseUpcoming,
  type NextElectionView,
  type UpcomingElection,
} from './upcoming.ts';

let cache: UpcomingElection[] | null = null;

function upcoming(root: string): UpcomingElection[] {
  if (!cache) {
    const file = path.join(root, 'content', 'elections', 'upcoming.json');
    cache = parseUpcoming(JSON.parse(readFileSync(file, 'utf8')), file);
  }
  return cache;
}

/** The view of the next election after `today` (default: the build date), or null when none is listed. */
export function nextElectionView(
  locale: Locale,
  today: string = new Date().toISOString().slice(0, 10),
  root: string = process.cwd(),
): NextElectionView | null {
  const next = nextElection(upcoming(root), today);
  if (!next) return null;
  const kinds = joinList(
    locale,
    next.kinds.map((k) => t(locale, `elections.kind.${k}`)),
  );
  const first = next.kinds[0];
  return {
    label: t(locale, 'elections.next.label'),
    line: t(locale, 'elections.next.line', { date: formatDate(locale, next.date), kinds }),
    unconfirmed: next.confirmed ? null : t(locale, 'elections.next.unconfirmed'),
    links: [
      { label: t(locale, 'elections.next.polling'), href: 'https://waarismijnstemlokaal.nl/' },
      { label: t(locale, 'elections.next.observe'), href: pathFor('observing', locale) },
      ...(first
        ? [{ label: t(locale, 'elections.next.explain'), href: electionTypePath(first, locale) }]
        : []),
    ],
  };
}
