/** Streaming reader for EML 230b (CandidateList): lists per contest (kieskring), with their candidates. */
import type { SaxesAttributeNS } from 'saxes';
import type { Position, XmlStream } from './xml-stream.ts';
import { attr, checkRoot, ElectionIdentifierBuilder, HeaderBuilder } from './common.ts';
import { CandidateBuilder } from './candidates.ts';
import type { CandidateListEntry, CandidateListsFile, ElectionIdentifier, Source } from '../model/types.ts';

export function create230Reader(xml: () => XmlStream, source: Source) {
  const header = new HeaderBuilder();
  const electionId = new ElectionIdentifierBuilder();
  const cand = new CandidateBuilder();
  let election: ElectionIdentifier | null = null;
  let contestId: string | null = null;
  let contestName: string | null = null;
  const lists: CandidateListEntry[] = [];
  let list: CandidateListEntry | null = null;
  let rootAt: Position = { line: 1, column: 1 };
  let inCandidate = false;

  return {
    open(
      name: string,
      attributes: Record<string, SaxesAttributeNS>,
      path: readonly string[],
      at: Position,
    ): void {
      const x: XmlStream = xml();
      if (path.length === 1) {
        checkRoot(x, name, attributes, at, ['230b']);
        rootAt = at;
        return;
      }
      header.open(name, attributes, path);
      if (path.length >= 4 && path[3] === 'ElectionIdentifier') {
        electionId.open(name, attributes);
        return;
      }
      if (inCandidate) {
        cand.open(name, attributes);
        return;
      }
      switch (name) {
        case 'ContestIdentifier':
          contestId = attr(attributes, 'Id') ?? null;
          break;
        case 'Affiliation':
          list = { list: '', name: '', type: null, set: null, publishGender: null, candidates: [] };
          break;
        case 'AffiliationIdentifier':
          if (list) {
            list.list = attr(attributes, 'Id') ?? '';
            if (!list.list) x.fail('AffiliationIdentifier has no Id (the list number)', at);
            if (lists.some((l) => l.list === list!.list)) x.fail(`list ${list.list} appears twice`, at);
          }
          break;
        case 'kr:ListData':
          if (list) {
            list.set = attr(attributes, 'BelongsToSet') ?? null;
            const g = attr(attributes, 'PublishGender');
            list.publishGender = g === undefined ? null : g === 'true';
          }
          break;
        case 'Candidate':
          if (list) {
            inCandidate = true;
            cand.reset();
          }
          break;
      }
    },
    close(name: string, text: string, path: readonly string[], at: Position): void {
      const x: XmlStream = xml();
      if (header.close(name, text, path)) return;
      if (path.length >= 4 && path[3] === 'ElectionIdentifier') {
        electionId.close(name, text);
        if (name === 'ElectionIdentifier') election = electionId.build(xml(), at);
        return;
      }
      if (inCandidate) {
        if (name === 'Candidate') {
          inCandidate = false;
          if (!cand.c.position) x.fail('missing CandidateIdentifier Id (position on the list)', at);
          if (list!.candidates.some((c) => c.position === cand.c.position)) {
            x.fail(`candidate ${cand.c.position} appears twice on list ${list!.list}`, at);
          }
          list!.candidates.push(cand.c);
        } else cand.close(name, text);
        return;
      }
      switch (name) {
        case 'ContestName':
          contestName = text.trim() || null;
          break;
        case 'RegisteredName':
          if (list) list.name = text.trim();
          break;
        case 'Type':
          if (list) list.type = text.trim() || null;
          break;
        case 'Affiliation':
          if (list) lists.push(list);
          list = null;
          break;
      }
    },
    end(): void {},
    result(): CandidateListsFile {
      const x: XmlStream = xml();

      if (!election) x.fail('missing required element ElectionIdentifier', rootAt);
      if (contestId === null) x.fail('missing required element ContestIdentifier', rootAt);
      source.issuer = header.issuerName;
      source.created = header.created;
      return { source, election, contest: { id: contestId, name: contestName }, lists };
    },
  };
}
