/**
 * Streaming reader for EML 110a (election definition): seats, preference threshold, the region tree
 * (kr:ElectionTree: STAAT → KIESKRING → GEMEENTE …) and the registered parties.
 */
import { attr, parseCount } from './common.ts';
import { checkDefinition } from '../model/election-law.ts';
import type { DefinitionField } from '../model/election-law.ts';
import { createEmlReader } from './reader.ts';
import type { Position, XmlStream } from './xml-stream.ts';
import type { ElectionDefinitionFile, Region, RegisteredParty, Source } from '../model/types.ts';

/** Region id used in the model: kieskringen as "HSB<n>", gemeenten by their 4-digit code, the state as "STAAT". */
export function regionId(category: string, number: string | null): string {
  if (category === 'STAAT') return 'STAAT';
  if (category === 'KIESKRING') return `HSB${number ?? ''}`;
  if (category === 'GEMEENTE') return (number ?? '').padStart(4, '0');
  return `${category}${number ? `:${number}` : ''}`;
}

export function create110aReader(xml: () => XmlStream, source: Source) {
  let contestId: string | null = null;
  let seats: number | null = null;
  let threshold: number | null = null;
  const fieldAt: Partial<Record<DefinitionField, Position>> = {};
  const regions: Region[] = [];
  const parties: RegisteredParty[] = [];
  let region: {
    category: string;
    number: string | null;
    superiorCategory: string | null;
    superiorNumber: string | null;
    name: string;
    committee: string | null;
  } | null = null;

  return createEmlReader<ElectionDefinitionFile>(xml, source, {
    accepted: ['110a'],
    open(name, attributes, _path, at, x: XmlStream) {
      if (name === 'ContestIdentifier') contestId = attr(attributes, 'Id') ?? null;
      else if (name === 'kr:Region') {
        const category = attr(attributes, 'RegionCategory');
        if (!category) x.fail('kr:Region has no RegionCategory', at);
        region = {
          category,
          number: attr(attributes, 'RegionNumber') ?? null,
          superiorCategory: attr(attributes, 'SuperiorRegionCategory') ?? null,
          superiorNumber: attr(attributes, 'SuperiorRegionNumber') ?? null,
          name: '',
          committee: null,
        };
      } else if (name === 'kr:Committee' && region)
        region.committee = attr(attributes, 'CommitteeCategory') ?? null;
    },
    close(name, text, _path, pos, x: XmlStream) {
      switch (name) {
        case 'kr:NumberOfSeats':
          seats = parseCount(x, text, 'kr:NumberOfSeats', pos);
          fieldAt.seats = pos;
          break;
        case 'kr:PreferenceThreshold':
          threshold = parseCount(x, text, 'kr:PreferenceThreshold', pos);
          fieldAt.preferenceThreshold = pos;
          break;
        case 'kr:RegionName':
          if (region) region.name = text.trim();
          break;
        case 'kr:Region':
          if (region) {
            const r = region;
            const parent = r.superiorCategory ? regionId(r.superiorCategory, r.superiorNumber) : null;
            regions.push({
              id: regionId(r.category, r.number),
              category: r.category,
              number: r.number,
              name: r.name,
              parent,
              committee: r.committee,
            });
          }
          region = null;
          break;
        case 'kr:RegisteredAppellation':
          parties.push({ appellation: text.trim() });
          break;
      }
    },
    result({ election, electionAt, xml, rootAt }) {
      const x: XmlStream = xml;
      // The structure check has already required both elements; this guards the types.
      const n: number | null = seats;
      const pct: number | null = threshold;
      if (n === null || pct === null)
        x.fail('the definition has no kr:NumberOfSeats or kr:PreferenceThreshold', rootAt);
      // EML_NL 110a: kr:NominationDate is required (the day the lists were filed, Kieswet I 1).
      if (election.nominationDate === null)
        x.fail(
          'ElectionIdentifier has no kr:NominationDate; EML_NL 110a (110a-electionevent-kiesraad-strict.xsd) requires it. Use the file as the election software exported it, or restore the kr:NominationDate element',
          electionAt,
        );
      const problems = checkDefinition({
        category: election.category,
        subcategory: election.subcategory,
        date: election.date,
        domainId: election.domain?.id ?? null,
        seats: n,
        preferenceThreshold: pct,
      });
      const first = problems[0];
      if (first) x.fail(first.message, fieldAt[first.field] ?? electionAt);
      return {
        source,
        election,
        electionAt,
        contestId,
        seats,
        preferenceThreshold: threshold,
        regions,
        parties,
      };
    },
  });
}
