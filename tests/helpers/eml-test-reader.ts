/**
 * TEST-ONLY EML reader for the seat-engine real-data tests. It reads just what those tests need
 * (votes per list and per candidate from a 510, the elected from a 520) with a streaming saxes
 * parser. It is NOT the project's EML importer and will be replaced by the importer's model.
 */
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';

export interface CountSelection {
  /** Affiliation (list) number. */
  list: number;
  name: string;
  votes: number;
  /** Candidates in the order of the file (= list order), by Id or ShortCode. */
  candidates: Array<{ id: string; shortCode: string; votes: number }>;
}

export interface CountUnit {
  /** ReportingUnitIdentifier Id; "TOTAL" for TotalVotes. */
  id: string;
  selections: CountSelection[];
}

async function parse(file: string, handlers: (p: SaxesParser) => void): Promise<void> {
  const parser = new SaxesParser({ xmlns: false });
  handlers(parser);
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(file, { encoding: 'utf8' });
    parser.on('error', reject);
    stream.on('data', (chunk) => parser.write(chunk as string));
    stream.on('end', () => {
      parser.close();
      resolve();
    });
    stream.on('error', reject);
  });
}

/** EML 510 (b/c/d): TotalVotes and every ReportingUnitVotes, votes per list and per candidate. */
export async function readCount(file: string): Promise<CountUnit[]> {
  const units: CountUnit[] = [];
  let unit: CountUnit | null = null;
  let current: CountSelection | null = null;
  let pendingCandidate: { id: string; shortCode: string } | null = null;
  let pendingList: { list: number; name: string } | null = null;
  let text = '';
  const stack: string[] = [];
  await parse(file, (p) => {
    p.on('opentag', (t) => {
      stack.push(t.name);
      text = '';
      if (t.name === 'TotalVotes') unit = { id: 'TOTAL', selections: [] };
      if (t.name === 'ReportingUnitVotes') unit = { id: '', selections: [] };
      if (t.name === 'ReportingUnitIdentifier' && unit !== null) unit.id = String(t.attributes['Id']);
      if (t.name === 'AffiliationIdentifier') pendingList = { list: Number(t.attributes['Id']), name: '' };
      if (t.name === 'CandidateIdentifier') {
        pendingCandidate = {
          id: String(t.attributes['Id'] ?? ''),
          shortCode: String(t.attributes['ShortCode'] ?? ''),
        };
      }
    });
    p.on('text', (t) => {
      text += t;
    });
    p.on('closetag', (t) => {
      stack.pop();
      if (t.name === 'RegisteredName' && pendingList !== null) pendingList.name = text;
      if (t.name === 'ValidVotes' && unit !== null) {
        const votes = Number(text);
        if (pendingList !== null) {
          current = { ...pendingList, votes, candidates: [] };
          unit.selections.push(current);
          pendingList = null;
        } else if (pendingCandidate !== null && current !== null) {
          current.candidates.push({ ...pendingCandidate, votes });
          pendingCandidate = null;
        }
      }
      if ((t.name === 'TotalVotes' || t.name === 'ReportingUnitVotes') && unit !== null) {
        units.push(unit);
        unit = null;
        current = null;
      }
    });
  });
  return units;
}

export interface ResultElected {
  list: number;
  id: string;
  shortCode: string;
  ranking: number;
}

/** EML 520: the elected candidates with their list and Ranking. */
export async function readResult(file: string): Promise<ResultElected[]> {
  const out: ResultElected[] = [];
  let list = 0;
  let cand: { id: string; shortCode: string } | null = null;
  let ranking = 0;
  let text = '';
  await parse(file, (p) => {
    p.on('opentag', (t) => {
      text = '';
      if (t.name === 'Selection') {
        cand = null;
        ranking = 0;
      }
      if (t.name === 'AffiliationIdentifier') list = Number(t.attributes['Id']);
      if (t.name === 'CandidateIdentifier')
        cand = { id: String(t.attributes['Id'] ?? ''), shortCode: String(t.attributes['ShortCode'] ?? '') };
    });
    p.on('text', (t) => {
      text += t;
    });
    p.on('closetag', (t) => {
      if (t.name === 'Ranking') ranking = Number(text);
      if (t.name === 'Elected' && cand !== null && text === 'yes') out.push({ list, ...cand, ranking });
    });
  });
  return out;
}
