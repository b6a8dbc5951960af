/**
 * Streaming reader for EML 110a (election definition): seats, preference threshold, the region tree
 * (kr:ElectionTree: STAAT → KIESKRING → GEMEENTE …) and the registered parties.
 */
import type { SaxesAttributeNS } from 'saxes';
import type { Position, XmlStream } from './xml-stream.ts';
import { attr, checkRoot, ElectionIdentifierBuilder, HeaderBuilder, parseCount } from './common.ts';
import type {
  ElectionDefinitionFile,
  ElectionIdentifier,
  Region,
  RegisteredParty,
  Source,
} from '../model/types.ts';

/** Region id used in the model: kieskringen as "HSB<n>", gemeenten by their 4-digit code, the state as "STAAT". */
export function regionId(category: string, number: string | null): string {
  if (category === 'STAAT') return 'STAAT';
  if (category === 'KIESKRING') return `HSB${number ?? ''}`;
  if (category === 'GEMEENTE') return (number ?? '').padStart(4, '0');
  return `${category}${number ? `:${number}` : ''}`;
}

export function create110aReader(xml: () => XmlStream, source: Source) {
  const header = new HeaderBuilder();
  const electionId = new ElectionIdentifierBuilder();
  let election: ElectionIdentifier | null = null;
  let contestId: string | null = null;
  let seats: number | null = null;
  let threshold: number | null = null;
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
  let rootAt: Position = { line: 1, column: 1 };

  return {
    open(
      name: string,
      attributes: Record<string, SaxesAttributeNS>,
      path: readonly string[],
      at: Position,
    ): void {
      const x: XmlStream = xml();
      if (path.length === 1) {
        checkRoot(x, name, attributes, at, ['110a']);
        rootAt = at;
        return;
      }
      header.open(name, attributes, path);
      if (path.length >= 4 && path[3] === 'ElectionIdentifier') {
        electionId.open(name, attributes);
        return;
      }
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
    close(name: string, text: string, path: readonly string[], at: Position): void {
      const x: XmlStream = xml();
      if (header.close(name, text, path)) return;
      if (path.length >= 4 && path[3] === 'ElectionIdentifier') {
        electionId.close(name, text);
        if (name === 'ElectionIdentifier') election = electionId.build(xml(), at);
        return;
      }
      switch (name) {
        case 'kr:NumberOfSeats':
          seats = parseCount(x, text, 'kr:NumberOfSeats', at);
          break;
        case 'kr:PreferenceThreshold':
          threshold = parseCount(x, text, 'kr:PreferenceThreshold', at);
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
    end(): void {},
    result(): ElectionDefinitionFile {
      const x: XmlStream = xml();

      if (!election) x.fail('missing required element ElectionIdentifier', rootAt);
      source.issuer = header.issuerName;
      source.created = header.created;
      return { source, election, contestId, seats, preferenceThreshold: threshold, regions, parties };
    },
  };
}
