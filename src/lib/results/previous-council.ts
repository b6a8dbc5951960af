/**
 * A council compared with its own previous figures (issue 11: "lists compared with … the council's
 * previous figures where available"). The previous result of a municipality is that of the most
 * recent earlier council election in the data with the same municipality code; lists are matched by
 * their name, normalized for case, whitespace and punctuation, never by list number: list numbers
 * follow the previous council's seats and change from one election to the next (Kieswet art. I 13).
 * A list without a same-name list before is "new"; a name that occurs twice on either side is not
 * matched at all (we do not guess which one is meant); lists that did not stand again are reported by
 * name, never shown as rows of this election.
 */
import type { ListCount, MunicipalityResult, ResultsElection, UnitFigures } from './election.ts';

export interface PreviousCouncil {
  electionId: string;
  electionSlug: string;
  /** YYYY-MM-DD of the previous election. */
  date: string;
  category: string;
  name: string;
  municipalitySlug: string;
  figures: UnitFigures;
}

/**
 * Links each municipality of every council election to its previous council result in the same set
 * of elections (sets `previous`). Idempotent: the results models are memoized and shared.
 */
export function linkPreviousCouncils(elections: readonly ResultsElection[]): void {
  const councils = elections.filter((e) => e.type === 'council');
  for (const e of councils) {
    const earlier = councils
      .filter((p) => p.date < e.date)
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    for (const m of e.municipalities) {
      m.previous = null;
      for (const p of earlier) {
        const pm = p.municipalities.find((x) => x.code === m.code);
        if (pm) {
          m.previous = previousOf(p, pm);
          break;
        }
      }
    }
  }
}

function previousOf(p: ResultsElection, pm: MunicipalityResult): PreviousCouncil {
  return {
    electionId: p.id,
    electionSlug: p.slug,
    date: p.date,
    category: p.category,
    name: p.name,
    municipalitySlug: pm.slug,
    figures: pm.figures,
  };
}

/** "Partij van de Arbeid (P.v.d.A.)" → "partijvandearbeidpvda": case, whitespace, punctuation and
 *  invisible format characters (zero-width joiners) do not tell two lists apart. */
export function listNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLocaleLowerCase('nl')
    .replace(/[\p{P}\p{S}\p{Z}\p{Cf}\s]+/gu, '');
}

export interface ComparedList {
  list: ListCount;
  /** The same-name list of the previous election, or null. */
  previous: ListCount | null;
  status: 'matched' | 'new' | 'ambiguous';
}

export interface CouncilComparison {
  rows: ComparedList[];
  /** Previous lists without a same-name list now (not shown as rows: they did not stand). */
  gone: ListCount[];
}

export function compareWithPrevious(current: UnitFigures, previous: UnitFigures): CouncilComparison {
  const count = (lists: readonly ListCount[]) => {
    const n = new Map<string, number>();
    for (const l of lists) n.set(listNameKey(l.name), (n.get(listNameKey(l.name)) ?? 0) + 1);
    return n;
  };
  const nowCount = count(current.lists);
  const prevCount = count(previous.lists);
  const prevByKey = new Map(previous.lists.map((l) => [listNameKey(l.name), l]));
  const rows: ComparedList[] = current.lists.map((l) => {
    const key = listNameKey(l.name);
    if ((nowCount.get(key) ?? 0) > 1 || (prevCount.get(key) ?? 0) > 1)
      return { list: l, previous: null, status: 'ambiguous' };
    const p = prevByKey.get(key);
    return p ? { list: l, previous: p, status: 'matched' } : { list: l, previous: null, status: 'new' };
  });
  const gone = previous.lists.filter((p) => !nowCount.has(listNameKey(p.name)));
  return { rows, gone };
}
