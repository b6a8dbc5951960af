/**
 * The small "checked" line on every results page (issue 13): how many of this unit's published figures
 * our checks recomputed, how many differ and how many of those are explained, with a link to the checks
 * page. The checks of an election run once per build; the per-unit counts are indexed once, so 30,000
 * pages cost one pass over the results, not one each.
 */
import type { Locale } from '../i18n/locales.ts';
import { checksPath } from '../checks/links.ts';
import type { CheckResult } from '../checks/types.ts';
import { catalog } from '../model/catalog.ts';
import { checkRunFor, type UnitCheckSummary } from './page-data.ts';

export type CheckedUnit =
  /** The whole election: every check of every unit (election, list and index pages). */
  | { level: 'ALL' }
  | { level: 'CSB' }
  | { level: 'HSB'; code: string }
  | { level: 'GSB'; code: string }
  | { level: 'SB'; code: string; parent: string };

export interface CheckedLineData {
  election: string;
  summary: UnitCheckSummary;
  href: string;
}

const codeOf = (id: string) => (id.includes('::') ? id.slice(id.lastIndexOf('::') + 2) : id);
const parentOf = (id: string) => (id.includes('::') ? codeOf(id.slice(0, id.lastIndexOf('::'))) : '');

function keyOf(level: string, code: string, parent = ''): string {
  return level === 'SB' ? `SB:${parent}:${code}` : `${level}:${level === 'CSB' ? '' : code}`;
}

/** Per-unit counts, the same rule as checkSummaryForUnit (signals and provisional changes not counted). */
export function indexChecks(results: readonly CheckResult[]): Map<string, UnitCheckSummary> {
  const index = new Map<string, UnitCheckSummary>();
  const add = (key: string, r: CheckResult) => {
    let s = index.get(key);
    if (!s) index.set(key, (s = { passed: 0, failed: 0, explained: 0 }));
    if (r.passed) s.passed++;
    else if (r.severity === 'signal' || r.severity === 'change') return;
    else {
      s.failed++;
      if (r.severity === 'explained') s.explained++;
    }
  };
  for (const r of results) {
    add(keyOf(r.level, codeOf(r.unit), r.level === 'SB' ? parentOf(r.unit) : ''), r);
    add('ALL', r);
  }
  return index;
}

const memo = new Map<string, Promise<Map<string, UnitCheckSummary>>>();

async function indexFor(election: string): Promise<Map<string, UnitCheckSummary>> {
  let p = memo.get(election);
  if (!p) {
    p = (async () => {
      const entry = (await catalog()).get(election);
      return indexChecks((await checkRunFor(entry)).results);
    })();
    memo.set(election, p);
  }
  return p;
}

/** The checked line of one unit, or null when no check covers it. */
export async function checkedLineFor(
  locale: Locale,
  election: string,
  unit: CheckedUnit,
): Promise<CheckedLineData | null> {
  const index = await indexFor(election);
  const summary =
    unit.level === 'ALL'
      ? index.get('ALL')
      : unit.level === 'CSB'
        ? index.get(keyOf('CSB', ''))
        : index.get(keyOf(unit.level, unit.code, unit.level === 'SB' ? unit.parent : ''));
  if (!summary || summary.passed + summary.failed === 0) return null;
  const slug = election.toLowerCase();
  return { election: slug, summary, href: checksPath(locale, slug) };
}
