/**
 * The next election, for the home page (issue 17): read from the small dated data file
 * content/elections/upcoming.json, so the line changes without code edits. A wrong entry fails the build
 * with the file, the entry and what to fix.
 */
import type { Locale } from '../i18n/locales.ts';
import { pathForSlug } from '../i18n/routes.ts';

export const electionKinds = ['TK', 'EK', 'EP', 'PS', 'AB', 'GR', 'ER'] as const;
export type ElectionKind = (typeof electionKinds)[number];

export interface UpcomingElection {
  date: string;
  kinds: ElectionKind[];
  confirmed: boolean;
  source: string;
}

/** Validates the parsed upcoming.json; `file` names it in errors. */
export function parseUpcoming(data: unknown, file: string): UpcomingElection[] {
  const fail = (where: string, what: string): never => {
    throw new Error(`${file}: ${where}: ${what}`);
  };
  if (
    typeof data !== 'object' ||
    data === null ||
    !Array.isArray((data as { elections?: unknown }).elections)
  )
    fail('top level', 'expected an object with an "elections" array');
  const list = (data as { elections: unknown[] }).elections;
  return list.map((raw, i) => {
    const where = `elections[${i}]`;
    if (typeof raw !== 'object' || raw === null) return fail(where, 'expected an object');
    const e = raw as Record<string, unknown>;
    const date = e['date'];
    if (typeof date !== 'string' || !isRealDate(date))
      fail(`${where}.date`, `"${String(date)}" is not a real date; write YYYY-MM-DD`);
    const kinds = e['kinds'];
    if (!Array.isArray(kinds) || kinds.length === 0)
      fail(`${where}.kinds`, `give one or more of ${electionKinds.join(', ')}`);
    for (const k of kinds as unknown[])
      if (!(electionKinds as readonly unknown[]).includes(k))
        fail(`${where}.kinds`, `"${String(k)}" is not one of ${electionKinds.join(', ')}`);
    if (typeof e['confirmed'] !== 'boolean') fail(`${where}.confirmed`, 'write true or false');
    if (typeof e['source'] !== 'string' || e['source'] === '')
      fail(`${where}.source`, 'name the source of the date');
    return {
      date: date as string,
      kinds: kinds as ElectionKind[],
      confirmed: e['confirmed'] as boolean,
      source: e['source'] as string,
    };
  });
}

function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

/** The first election on or after `today` (YYYY-MM-DD), or null. */
export function nextElection(list: readonly UpcomingElection[], today: string): UpcomingElection | null {
  return [...list].filter((e) => e.date >= today).sort((a, b) => (a.date < b.date ? -1 : 1))[0] ?? null;
}

const typePageSlug: Record<ElectionKind, Record<Locale, string>> = {
  TK: { nl: 'tellen', en: 'counting' },
  GR: { nl: 'verkiezingen/gemeenteraad', en: 'elections/municipal-council' },
  PS: { nl: 'verkiezingen/provinciale-staten', en: 'elections/provincial-council' },
  AB: { nl: 'verkiezingen/waterschap', en: 'elections/water-board' },
  EP: { nl: 'verkiezingen/europees-parlement', en: 'elections/european-parliament' },
  EK: { nl: 'verkiezingen/eerste-kamer', en: 'elections/senate' },
  ER: { nl: 'verkiezingen/caribisch-nederland', en: 'elections/caribbean-netherlands' },
};

/** The page that explains an election kind. */
export function electionTypePath(kind: ElectionKind, locale: Locale): string {
  return pathForSlug(locale, typePageSlug[kind][locale]);
}

/** What the home page shows about the next election: ready words and links. */
export interface NextElectionView {
  label: string;
  line: string;
  unconfirmed: string | null;
  links: { label: string; href: string }[];
}
