/**
 * Streaming reader for EML 230b/230c (CandidateList): lists per contest (kieskring), with their
 * candidates. The EML_NL 230 schema allows several Contests in one file (maxOccurs="unbounded"); each
 * becomes its own CandidateListsFile.
 */
import { attr } from './common.ts';
import { createEmlReader } from './reader.ts';
import type { Position, XmlStream } from './xml-stream.ts';
import type { CandidateListEntry, CandidateListsFile, Source } from '../model/types.ts';

interface ContestLists {
  id: string | null;
  name: string | null;
  at: Position;
  lists: CandidateListEntry[];
}

export function create230Reader(xml: () => XmlStream, source: Source) {
  const contests: ContestLists[] = [];
  let contest: ContestLists | null = null;
  let list: CandidateListEntry | null = null;

  return createEmlReader<CandidateListsFile[]>(xml, source, {
    accepted: ['230b', '230c'],
    candidate(c, x: XmlStream, at) {
      if (!list) return;
      if (!c.position) x.fail('missing CandidateIdentifier Id (position on the list)', at);
      if (list.candidates.some((o) => o.position === c.position)) {
        x.fail(`candidate ${c.position} appears twice on list ${list.list}`, at);
      }
      list.candidates.push(c);
    },
    open(name, attributes, _path, at, x: XmlStream) {
      switch (name) {
        case 'Contest':
          contest = { id: null, name: null, at, lists: [] };
          contests.push(contest);
          break;
        case 'ContestIdentifier':
          if (contest) contest.id = attr(attributes, 'Id') ?? null;
          break;
        case 'Affiliation':
          list = { list: '', name: '', type: null, set: null, publishGender: null, candidates: [] };
          break;
        case 'AffiliationIdentifier':
          if (list && contest) {
            const id = attr(attributes, 'Id') ?? '';
            if (!id) x.fail('AffiliationIdentifier has no Id (the list number)', at);
            if (contest.lists.some((l) => l.list === id)) x.fail(`list ${id} appears twice`, at);
            list.list = id;
          }
          break;
        case 'kr:ListData':
          if (list) {
            list.set = attr(attributes, 'BelongsToSet') ?? null;
            const g = attr(attributes, 'PublishGender');
            list.publishGender = g === undefined ? null : g === 'true';
          }
          break;
      }
    },
    close(name, text) {
      switch (name) {
        case 'ContestName':
          if (contest) contest.name = text.trim() || null;
          break;
        case 'RegisteredName':
          if (list) list.name = text.trim();
          break;
        case 'Type':
          if (list) list.type = text.trim() || null;
          break;
        case 'Affiliation':
          if (list && contest) contest.lists.push(list);
          list = null;
          break;
        case 'Contest':
          contest = null;
          break;
      }
    },
    result({ election, electionAt, xml, rootAt }) {
      const x: XmlStream = xml;
      if (contests.length === 0) x.fail('missing required element Contest', rootAt);
      const seen = new Set<string>();
      return contests.map((c) => {
        if (c.id === null) x.fail('missing required element ContestIdentifier', c.at);
        if (seen.has(c.id)) x.fail(`contest ${c.id} appears twice in this file`, c.at);
        seen.add(c.id);
        return { source, election, electionAt, contest: { id: c.id, name: c.name }, lists: c.lists };
      });
    },
  });
}
