/** Streaming reader for EML 520 (Result): elected lists and candidates with their Ranking. */
import type { SaxesAttributeNS } from 'saxes';
import type { Position, XmlStream } from './xml-stream.ts';
import { attr, checkRoot, ElectionIdentifierBuilder, HeaderBuilder, parseCount } from './common.ts';
import { CandidateBuilder } from './candidates.ts';
import type { ElectionIdentifier, ResultFile, Source } from '../model/types.ts';

export function create520Reader(xml: () => XmlStream, source: Source) {
  const header = new HeaderBuilder();
  const electionId = new ElectionIdentifierBuilder();
  const cand = new CandidateBuilder();
  let election: ElectionIdentifier | null = null;
  let contestId: string | null = null;
  const lists: ResultFile['lists'] = [];
  const candidates: ResultFile['candidates'] = [];
  let rootAt: Position = { line: 1, column: 1 };
  let sel: {
    type: 'list' | 'candidate' | null;
    list: string;
    name: string;
    elected: boolean | null;
    ranking: number | null;
  } | null = null;
  let currentList = '';
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
        checkRoot(x, name, attributes, at, ['520']);
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
      if (name === 'ContestIdentifier') contestId = attr(attributes, 'Id') ?? null;
      else if (name === 'Selection') sel = { type: null, list: '', name: '', elected: null, ranking: null };
      else if (name === 'AffiliationIdentifier' && sel) {
        sel.type = 'list';
        sel.list = attr(attributes, 'Id') ?? '';
        currentList = sel.list;
      } else if (name === 'Candidate' && sel) {
        sel.type = 'candidate';
        inCandidate = true;
        cand.reset();
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
        if (name === 'Candidate') inCandidate = false;
        else cand.close(name, text);
        return;
      }
      if (!sel) return;
      if (name === 'RegisteredName') sel.name = text.trim();
      else if (name === 'Elected') {
        const t = text.trim();
        if (t !== 'yes' && t !== 'no') x.fail(`Elected must be "yes" or "no", found "${t}"`, at);
        sel.elected = t === 'yes';
      } else if (name === 'Ranking') sel.ranking = parseCount(x, text, 'Ranking', at);
      else if (name === 'Selection') {
        if (sel.elected === null) x.fail('missing required element Elected in Selection', at);
        if (sel.type === 'list') lists.push({ list: sel.list, name: sel.name, elected: sel.elected });
        else if (sel.type === 'candidate') {
          if (!currentList) x.fail('a candidate Selection comes before any list', at);
          candidates.push({
            list: currentList,
            candidate: cand.c,
            elected: sel.elected,
            ranking: sel.ranking,
          });
        }
        sel = null;
      }
    },
    end(): void {},
    result(): ResultFile {
      const x: XmlStream = xml();

      if (!election) x.fail('missing required element ElectionIdentifier', rootAt);
      source.issuer = header.issuerName;
      source.created = header.created;
      return { source, election, contestId, lists, candidates };
    },
  };
}
