/**
 * Streaming reader for EML 520 (Result): elected lists and candidates with their Ranking. The schema
 * allows several Contests; list numbers are assigned per election, so the lists of all contests are
 * merged by number (a list is elected when it is in any contest) and the candidates are concatenated.
 */
import { attr, parseCount } from './common.ts';
import { createEmlReader } from './reader.ts';
import type { XmlStream } from './xml-stream.ts';
import type { Candidate, ResultFile, Source } from '../model/types.ts';

export function create520Reader(xml: () => XmlStream, source: Source) {
  const contestIds: string[] = [];
  const lists: ResultFile['lists'] = [];
  const candidates: ResultFile['candidates'] = [];
  let sel: {
    type: 'list' | 'candidate' | null;
    list: string;
    name: string;
    line: number;
    elected: boolean | null;
    ranking: number | null;
    candidate: Candidate | null;
  } | null = null;
  let currentList = '';

  return createEmlReader<ResultFile>(xml, source, {
    accepted: ['520'],
    candidate(c) {
      if (sel) sel.candidate = c;
    },
    open(name, attributes, _path, at) {
      if (name === 'Contest') currentList = '';
      else if (name === 'ContestIdentifier') contestIds.push(attr(attributes, 'Id') ?? '');
      else if (name === 'Selection')
        sel = {
          type: null,
          list: '',
          name: '',
          line: at.line,
          elected: null,
          ranking: null,
          candidate: null,
        };
      else if (name === 'AffiliationIdentifier' && sel) {
        sel.type = 'list';
        sel.list = attr(attributes, 'Id') ?? '';
        currentList = sel.list;
      } else if (name === 'Candidate' && sel) sel.type = 'candidate';
    },
    close(name, text, _path, at, x: XmlStream) {
      if (!sel) return;
      if (name === 'RegisteredName') sel.name = text.trim();
      else if (name === 'Elected') {
        const t = text.trim();
        if (t !== 'yes' && t !== 'no') x.fail(`Elected must be "yes" or "no", found "${t}"`, at);
        sel.elected = t === 'yes';
      } else if (name === 'Ranking') sel.ranking = parseCount(x, text, 'Ranking', at);
      else if (name === 'Selection') {
        if (sel.elected === null) x.fail('missing required element Elected in Selection', at);
        if (sel.type === 'list') {
          const earlier = lists.find((l) => l.list === sel!.list);
          if (earlier) earlier.elected ||= sel.elected;
          else lists.push({ list: sel.list, name: sel.name, elected: sel.elected, line: sel.line });
        } else if (sel.type === 'candidate') {
          if (!currentList) x.fail('a candidate Selection comes before any list', at);
          candidates.push({
            list: currentList,
            candidate: sel.candidate!,
            elected: sel.elected,
            ranking: sel.ranking,
          });
        }
        sel = null;
      }
    },
    result({ election, electionAt }) {
      const contestId = contestIds.length ? [...new Set(contestIds)].join(',') : null;
      return { source, election, electionAt, contestId, lists, candidates };
    },
  });
}
