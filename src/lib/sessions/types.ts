/**
 * The session model: one public moment where anyone may watch the count (Kieswet J 35, J 39: the
 * count at the polling station is public; Kieswet N 1 ff. / Na 31: the gemeentelijk stembureau meets
 * in public; O 1 ff.: the hoofdstembureau; P 1 ff.: the centraal stembureau). One record per place and
 * time, whatever source it came from (VNG Stembureaus Open Data Standaard, the Centerdata TK2023
 * list, or the hand-kept file in content/sessions/<election>/sessions.csv).
 */

/** What happens at the session. The order is the order of the counting chain. */
export const sessionKinds = [
  /** The count at the polling station, right after closing (Kieswet N 1 ff.). */
  'polling-station-count',
  /** The central count of the candidate votes by the municipality (central counting, Kieswet N 16). */
  'central-count',
  /** The public session of the gemeentelijk stembureau (GSB; PV Na 31-1 / Na 31-2). */
  'gsb-session',
  /** The public session of a hoofdstembureau (PV O 7). */
  'hsb-session',
  /** The national postal-vote office for voters abroad (nationaal briefstembureau, PV O 20). */
  'postal-vote-office',
  /** The public session of the central electoral committee (centraal stembureau, PV P 22-1/P 22-2). */
  'central-committee',
] as const;
export type SessionKind = (typeof sessionKinds)[number];

export const stationTypes = ['regular', 'mobile', 'other-hours'] as const;
/** Type stembureau in the VNG standard: regulier, mobiel, bijzonder (other opening hours). */
export type StationType = (typeof stationTypes)[number];

/** Yes, no, or the source does not say: an empty field is never read as "no". */
export const sourceIssues = ['opening-equals-closing'] as const;
export type SourceIssue = (typeof sourceIssues)[number];

export type Tri = 'yes' | 'no' | 'unknown';

export interface SessionAddress {
  street: string;
  postcode: string | null;
  city: string;
  /** Extra adresaanduiding ("hoofdingang", "bij NS-station"). */
  extra: string;
}

export interface SessionSource {
  /** A short human name of the source ("VNG Stembureaus Open Data Standaard (waarismijnstemlokaal.nl)"). */
  name: string;
  /** The file name the session was imported from (no folders: those are the importer's machine). */
  file: string;
  /** 1-based line (or record number for single-line JSON) in that file. */
  line: number;
  /** Date (YYYY-MM-DD) of the export or of the last check by hand. */
  updated: string;
}

export interface Session {
  /** Stable across imports of the same source: election, municipality and the source's own id. */
  id: string;
  /** Election id as in content/data ("TK2023"). */
  election: string;
  kind: SessionKind;
  /** CBS code without "GM" ("1680") and the official name; national sessions carry their seat's. */
  municipalityCode: string;
  municipalityName: string;
  /** The name of the place ("Gemeentehuis Gieten"). */
  name: string;
  address: SessionAddress | null;
  /** WGS84 degrees, 6 decimals; null when the source gives no position. */
  lat: number | null;
  lon: number | null;
  /**
   * ISO 8601 local date-time with its UTC offset ("2023-11-22T21:00:00+01:00"), or a date alone
   * ("2023-11-23") when the source gives the day but not the hour, or null when unknown.
   */
  start: string | null;
  end: string | null;
  /** IANA zone of the place: Europe/Amsterdam, America/Kralendijk for Bonaire, Sint Eustatius and Saba. */
  timeZone: string;
  wheelchair: Tri;
  /** Other accessibility facts from the source, as [field, value] in the source's words (Dutch). */
  accessibility: [string, string][];
  /** Polling stations only. */
  stationType: StationType | null;
  /** Polling stations only: when it opens for voting (same format as start). */
  votingOpens: string | null;
  /** Tellocatie: whether the votes are counted at this place. */
  countsHere: Tri;
  /** The municipality's election page and contact, as published. */
  electionPage: string | null;
  contact: string | null;
  /** A note from the source or the hand-kept file (Dutch). */
  note: string | null;
  /**
   * A problem in the source that made us drop a value rather than publish it wrong:
   * 'opening-equals-closing' (the export gives the same opening and closing time, so the time of the
   * count is not known).
   */
  sourceIssue: SourceIssue | null;
  /** False for facts from a secondary source not yet checked against the official announcement. */
  verified: boolean;
  source: SessionSource;
}

/** The committed snapshot of one election's sessions (content/sessions/<election>/). */
export interface SessionSnapshot {
  election: string;
  sessions: Session[];
}
