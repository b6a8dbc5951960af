/**
 * The JSON Schema of one row of content/sessions/<election>/sessions.csv, the hand-kept file for the
 * sessions no open standard covers (central counts, public GSB sessions, hoofdstembureaus, the
 * national postal-vote office, the central electoral committee). Each `description` is the advice
 * printed when a value breaks the rule, so a volunteer's pull request fails with what to write instead.
 * Documented for people in content/sessions/README.md (a test keeps the column list the same).
 */
import { sessionKinds } from './types.ts';

const DATE = '\\d{4}-\\d{2}-\\d{2}';
const DATETIME = `${DATE}T\\d{2}:\\d{2}(:\\d{2})?`;

export const manualColumns = [
  'id',
  'kind',
  'municipality_code',
  'municipality',
  'name',
  'street',
  'postcode',
  'city',
  'lat',
  'lon',
  'start',
  'end',
  'wheelchair',
  'counts_here',
  'election_page',
  'contact',
  'note',
  'verified',
  'source',
  'updated',
] as const;

export const manualRowSchema = {
  $id: 'https://open-telling.nl/schemas/sessions-row.json',
  type: 'object',
  additionalProperties: false,
  required: [...manualColumns],
  properties: {
    id: {
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9-]{2,80}$',
      description: 'a unique id of lower-case letters, digits and hyphens, e.g. tk2023-gsb-0106',
    },
    kind: {
      enum: sessionKinds.filter((k) => k !== 'polling-station-count'),
      description: `one of ${sessionKinds.filter((k) => k !== 'polling-station-count').join(', ')} (polling stations come from the open-data lists)`,
    },
    municipality_code: {
      type: 'string',
      pattern: '^\\d{4}$',
      description:
        'the four-digit CBS code of the municipality (national sessions: where they meet, 0518 for The Hague)',
    },
    municipality: { type: 'string', minLength: 1, description: 'the official municipality name' },
    name: {
      type: 'string',
      minLength: 1,
      maxLength: 200,
      description: 'the name of the session or the building',
    },
    street: { type: 'string', maxLength: 200, description: 'street and number, or empty when not known' },
    postcode: {
      type: 'string',
      pattern: '^([1-9]\\d{3} ?[A-Z]{2})?$',
      description: 'a postcode like 9461 BH, or empty',
    },
    city: { type: 'string', minLength: 1, description: 'the town or city' },
    lat: {
      type: 'string',
      pattern: '^(-?\\d{1,2}\\.\\d+)?$',
      description: 'WGS84 latitude with a decimal point (52.07), or empty',
    },
    lon: {
      type: 'string',
      pattern: '^(-?\\d{1,3}\\.\\d+)?$',
      description: 'WGS84 longitude with a decimal point (4.30), or empty',
    },
    start: {
      type: 'string',
      pattern: `^(${DATETIME}|${DATE})$`,
      description:
        'local start time YYYY-MM-DDTHH:MM (Europe/Amsterdam), or only YYYY-MM-DD when the hour is not known',
    },
    end: {
      type: 'string',
      pattern: `^(${DATETIME})?$`,
      description: 'local end time YYYY-MM-DDTHH:MM, or empty',
    },
    wheelchair: { enum: ['yes', 'no', ''], description: 'yes, no, or empty when not known' },
    counts_here: { enum: ['yes', 'no', ''], description: 'yes, no, or empty when not known' },
    election_page: {
      type: 'string',
      pattern: '^(https://\\S+)?$',
      description: 'an https:// address, or empty',
    },
    contact: { type: 'string', maxLength: 200, description: 'an e-mail address or phone number, or empty' },
    note: { type: 'string', maxLength: 500, description: 'a short note in Dutch, or empty' },
    verified: {
      enum: ['yes', 'no'],
      description: 'yes when checked against the official announcement, no for a secondary source',
    },
    source: {
      type: 'string',
      minLength: 3,
      description: 'where the fact comes from (the announcement, with its address)',
    },
    updated: {
      type: 'string',
      pattern: `^${DATE}$`,
      description: 'the date (YYYY-MM-DD) this row was last checked',
    },
  },
} as const;
