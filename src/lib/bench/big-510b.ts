/**
 * Writes a synthetic EML 510b of a big city (polling stations × lists × candidates) to a file, streamed
 * so the generator itself stays small. Figures are consistent (lists = sum of candidates, total = sum of
 * stations), so the import takes the normal path and records no findings.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export interface Big510bShape {
  stations: number;
  lists: number;
  candidates: number;
}

export async function writeBig510b(file: string, shape: Big510bShape): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  const votes = (station: number, list: number, cand: number) => (station * 7 + list * 3 + cand) % 13;
  const unit = async (tag: string, station: number | null) => {
    let counted = 0;
    let body = '';
    for (let l = 1; l <= shape.lists; l++) {
      let cands = '';
      let sum = 0;
      for (let c = 1; c <= shape.candidates; c++) {
        const v =
          station === null
            ? Array.from({ length: shape.stations }, (_, s) => votes(s + 1, l, c)).reduce((a, b) => a + b, 0)
            : votes(station, l, c);
        sum += v;
        cands += `<Selection><Candidate><CandidateIdentifier Id="${c}"/></Candidate><ValidVotes>${v}</ValidVotes></Selection>`;
      }
      counted += sum;
      body += `<Selection><AffiliationIdentifier Id="${l}"><RegisteredName>Lijst ${l}</RegisteredName></AffiliationIdentifier><ValidVotes>${sum}</ValidVotes></Selection>${cands}`;
    }
    const n = station === null ? shape.stations : 1;
    const id =
      station === null
        ? ''
        : `<ReportingUnitIdentifier Id="0363::SB${station}">Stembureau ${station} (postcode: 1011 AB)</ReportingUnitIdentifier>`;
    await write(
      `<${tag}>${id}${body}<Cast>${counted * 2 + 5 * n}</Cast><TotalCounted>${counted}</TotalCounted>` +
        `<RejectedVotes ReasonCode="ongeldig">${2 * n}</RejectedVotes><RejectedVotes ReasonCode="blanco">${3 * n}</RejectedVotes>` +
        `<UncountedVotes ReasonCode="toegelaten kiezers">${counted + 5 * n}</UncountedVotes></${tag}>\n`,
    );
  };
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<EML xmlns="urn:oasis:names:tc:evs:schema:eml" xmlns:kr="http://www.kiesraad.nl/extensions" Id="510b" SchemaVersion="5">' +
      '<TransactionId>1</TransactionId><ManagingAuthority><AuthorityIdentifier Id="0363">Grootstad</AuthorityIdentifier><AuthorityAddress/></ManagingAuthority>' +
      '<kr:CreationDateTime>2025-10-30T10:00:00</kr:CreationDateTime><Count><kr:CountingMethod MethodCode="centrale stemopneming"/><EventIdentifier/><Election>' +
      '<ElectionIdentifier Id="TK2025"><ElectionName>Tweede Kamer 2025</ElectionName><ElectionCategory>TK</ElectionCategory><kr:ElectionSubcategory>TK</kr:ElectionSubcategory><kr:ElectionDate>2025-10-29</kr:ElectionDate></ElectionIdentifier>' +
      '<Contests><Contest><ContestIdentifier Id="9"/>\n',
  );
  await unit('TotalVotes', null);
  for (let s = 1; s <= shape.stations; s++) await unit('ReportingUnitVotes', s);
  await write('</Contest></Contests></Election></Count></EML>\n');
  out.end();
  await once(out, 'finish');
  return bytes;
}
