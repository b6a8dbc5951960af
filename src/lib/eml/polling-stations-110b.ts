/**
 * Streaming reader for EML 110b (ElectionEvent with polling stations; 110b-electionevent-kiesraad-
 * strict.xsd): per Contest the municipality (ReportingUnitIdentifier) and its PollingPlaces, each with
 * PhysicalLocation/Address/Locality (xal:LocalityName, xal:PostalCode) and PollingStation Id="<number>"
 * whose text is the number of voters assigned to the station. The station number is the one the 510b
 * uses in its ReportingUnitIdentifier ("0518::SB12" is station 12), which is how the two are joined.
 *
 * The schema allows several Elections (elections held on one day share the stations); the stations are
 * read once per station number, and a number that appears with different data is refused.
 */
import { attr, parseCount } from './common.ts';
import { createEmlReader } from './reader.ts';
import type { Position, XmlStream } from './xml-stream.ts';
import { normalizePostcode } from '../model/postcode.ts';
import type { PollingStation, PollingStationsFile, Source } from '../model/types.ts';

export function create110bReader(xml: () => XmlStream, source: Source) {
  let municipality: string | null = null;
  let municipalityName: string | null = null;
  let unitId = '';
  let unitAt: Position = { line: 1, column: 1 };
  const stations = new Map<string, PollingStation>();
  let place: PollingStation | null = null;

  return createEmlReader<PollingStationsFile>(xml, source, {
    accepted: ['110b'],
    open(name, attributes, _path, at) {
      if (name === 'PollingPlace') {
        place = {
          number: '',
          name: '',
          postcode: null,
          electorate: null,
          channel: attr(attributes, 'Channel') ?? 'polling',
          type: null,
          line: at.line,
        };
      } else if (name === 'PollingStation' && place) {
        place.number = attr(attributes, 'Id') ?? '';
      } else if (name === 'ReportingUnitIdentifier') {
        unitId = attr(attributes, 'Id') ?? '';
        unitAt = at;
      }
    },
    close(name, text, _path, at, x: XmlStream) {
      const t = text.trim();
      switch (name) {
        case 'ReportingUnitIdentifier': {
          // One municipality per file: every Contest names the same one.
          // "0518" or "HSB3::0518": the municipality code is the last four digits.
          const id = /(?:^|::)(\d{4})$/.exec(unitId)?.[1];
          if (!id)
            x.fail(
              `ReportingUnitIdentifier Id="${unitId.slice(0, 40)}" is not a municipality; a 110b names its municipality by its 4-digit CBS code`,
              unitAt,
            );
          if (municipality !== null && id !== municipality)
            x.fail(
              `this 110b names municipality ${id} after ${municipality}; a polling-station list is of one municipality — split the file`,
              at,
            );
          municipality = id;
          municipalityName = t || null;
          break;
        }
        case 'xal:LocalityName':
          if (place) place.name = t;
          break;
        case 'xal:PostalCodeNumber':
          if (place) place.postcode = normalizePostcode(t) ?? (t || null);
          break;
        case 'kr:ReportingUnitType':
          if (place) place.type = t || null;
          break;
        case 'PollingStation':
          // The electorate may be left empty; 0 is a real value (a station without assigned voters).
          if (place && t !== '') place.electorate = parseCount(x, t, 'PollingStation (voters)', at);
          break;
        case 'PollingPlace':
          if (place) {
            const p: PollingStation = place;
            const earlier = stations.get(p.number);
            if (earlier && JSON.stringify({ ...earlier, line: 0 }) !== JSON.stringify({ ...p, line: 0 }))
              x.fail(
                `polling station ${p.number} appears twice with different data (first at line ${earlier.line}); each station number is one station`,
                at,
              );
            if (!earlier) stations.set(p.number, p);
          }
          place = null;
          break;
      }
    },
    result({ election, elections, electionAt, xml, rootAt }) {
      const x: XmlStream = xml;
      const code: string | null = municipality;
      if (code === null) x.fail('the 110b names no municipality (ReportingUnitIdentifier)', rootAt);
      const list = [...stations.values()].sort((a, b) => Number(a.number) - Number(b.number));
      return {
        source,
        election,
        elections,
        electionAt,
        municipality: code,
        municipalityName,
        stations: list,
      };
    },
  });
}
