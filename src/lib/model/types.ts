/**
 * The project's own normalized election model. One model for every election type (TK, EK, EP, PS, AB,
 * GR, ER …). Levels are named after the body that determines the figures (Kieswet, chapter O/P):
 * SB (stembureau, polling station), GSB (gemeentelijk stembureau, municipality), HSB (hoofdstembureau,
 * kieskring), CSB (centraal stembureau, whole election).
 */

export type EmlKind = '110a' | '110b' | '230b' | '230c' | '510a' | '510b' | '510c' | '510d' | '520';
export type SourceKind = EmlKind | 'osv4-3' | 'polling-places';
/** official: EML published by the electoral bodies; provisional: osv4-3 CSV downloaded before the final count. */
export type Status = 'official' | 'provisional';
export type Level = 'CSB' | 'HSB' | 'GSB' | 'SB';

export interface ElectionIdentifier {
  /** ElectionIdentifier Id as published, e.g. "TK2023" or "GR2022_WestMaasenWaal". */
  id: string;
  /** The election event: the Id up to the first "_" ("GR2022"); files of one import must share it. */
  eventId: string;
  name: string;
  category: string;
  subcategory: string | null;
  date: string;
  nominationDate: string | null;
  domain: { id: string; name: string | null } | null;
}

export interface Source {
  /** Stable id within a snapshot: "s1", "s2", … in sorted file-name order. */
  id: string;
  /** File name (zip entries as "archive.zip!path"), without the local folder. */
  file: string;
  sha256: string;
  kind: SourceKind;
  status: Status;
  /** ManagingAuthority (EML) or the "Gebied" header (CSV). */
  issuer: string | null;
  /** kr:CreationDateTime (EML); CSV files carry none. */
  created: string | null;
  /** Marks a derived or partial file (e.g. the HvA/UvA teaching subset). */
  note?: string;
}

export interface Region {
  /** "STAAT", "HSB1" … (kieskring), "0518" (gemeente, CBS code without GM). */
  id: string;
  category: string;
  number: string | null;
  name: string;
  parent: string | null;
  committee: string | null;
}

export interface RegisteredParty {
  appellation: string;
}

/** One list (Affiliation) in one contest, with its candidates in list order. */
export interface ListVotes {
  /** Affiliation Id: the list number. */
  list: string;
  name: string;
  votes: number;
  /** kr:InitialValidVotes when a corrigendum changed the figure. */
  initial?: number;
  /** Candidate keys: the ShortCode when present (national 510d), else the position on the list. */
  keys: string[];
  /** Position on the list in this unit's contest (CandidateIdentifier Id), when published. */
  positions: (string | null)[];
  candidates: number[];
  /** Initial candidate votes (corrigenda), same order; null where unchanged. */
  initialCandidates?: (number | null)[];
}

export interface UnitCounts {
  /** ReportingUnitIdentifier Id as published ("HSB3::0106", "0482::SB1"), or the issuer for a file total. */
  id: string;
  name: string;
  level: Level;
  /** Municipality code, kieskring id ("HSB3") or polling station ("SB1"): the part that identifies the unit in its level. */
  code: string;
  parent: string | null;
  /** "9461 BH" when the unit name carries "(postcode: 9461BH)". */
  postcode?: string;
  cast: number;
  totalCounted: number;
  /** RejectedVotes by ReasonCode: "ongeldig", "blanco". */
  rejected: Record<string, number>;
  /** UncountedVotes by ReasonCode (stempassen, volmachtbewijzen, kiezerspassen, toegelaten kiezers, explanations…). */
  uncounted: Record<string, number>;
  /** kr:Initial* values (corrigenda), when present. */
  initial?: {
    cast?: number;
    totalCounted?: number;
    rejected?: Record<string, number>;
    uncounted?: Record<string, number>;
  };
  /** CSV rows that have no EML element (e.g. "aangetroffen stembiljetten"). */
  extra?: Record<string, number>;
  lists: ListVotes[];
  /** Where the unit was read: for error messages and findings. */
  line: number;
  column: number;
}

/** Where the ElectionIdentifier of a file starts (for cross-file messages); CSV files have none. */
export interface ElectionAt {
  electionAt?: { line: number; column: number };
}

/** One count file (EML 510b/c/d or osv4-3 CSV) in memory. */
export interface CountFile extends ElectionAt {
  source: Source;
  kind: '510a' | '510b' | '510c' | '510d' | 'osv4-3';
  election: ElectionIdentifier;
  contest: { id: string; name: string | null };
  countingMethod: string | null;
  phase: string | null;
  /** The level of the file's total. */
  level: Level;
  total: UnitCounts | null;
  units: UnitCounts[];
}

export interface Candidate {
  /** Position on the list (CandidateIdentifier Id). */
  position: string;
  shortCode: string | null;
  initials: string | null;
  firstName: string | null;
  prefix: string | null;
  lastName: string;
  gender: string | null;
  locality: string | null;
  country: string | null;
}

export interface CandidateListEntry {
  list: string;
  name: string;
  /** "stel gelijkluidende lijsten", "lijstengroep" or "op zichzelf staande lijst". */
  type: string | null;
  /** kr:ListData BelongsToSet: lists with the same set number form one stel/groep. */
  set: string | null;
  publishGender: boolean | null;
  candidates: Candidate[];
}

export interface CandidateListsFile extends ElectionAt {
  source: Source;
  election: ElectionIdentifier;
  contest: { id: string; name: string | null };
  lists: CandidateListEntry[];
}

export interface ElectionDefinitionFile extends ElectionAt {
  source: Source;
  election: ElectionIdentifier;
  contestId: string | null;
  seats: number | null;
  preferenceThreshold: number | null;
  regions: Region[];
  parties: RegisteredParty[];
}

/** One polling station of an EML 110b (ElectionEvent/…/Contest/PollingPlace). */
export interface PollingStation {
  /** PollingStation Id: the station number, as in the 510b unit "0518::SB12". */
  number: string;
  /** xal:LocalityName: the name of the place where the station sits. */
  name: string;
  postcode: string | null;
  /** PollingStation text: the number of voters assigned to it, when given. */
  electorate: number | null;
  /** PollingPlace Channel: "polling" or "postal". */
  channel: string;
  /** kr:ReportingUnitType (FixedLocation, Mobile, Special), when given. */
  type: string | null;
  line: number;
}

/** An EML 110b: the polling stations of one municipality for one or more elections. */
export interface PollingStationsFile extends ElectionAt {
  source: Source;
  /** The first Election of the file (a 110b may list several elections held on one day). */
  election: ElectionIdentifier;
  elections: ElectionIdentifier[];
  /** ReportingUnitIdentifier Id: the municipality (CBS code without "GM"). */
  municipality: string;
  municipalityName: string | null;
  stations: PollingStation[];
}

export interface ElectedSelection {
  list: string;
  name: string | null;
  /** Only for candidates: */
  candidate?: Candidate;
  elected: boolean;
  ranking: number | null;
}

export interface ResultFile extends ElectionAt {
  source: Source;
  election: ElectionIdentifier;
  contestId: string | null;
  lists: { list: string; name: string; elected: boolean; line: number }[];
  candidates: { list: string; candidate: Candidate; elected: boolean; ranking: number | null }[];
}

export type FindingKind =
  | 'list-not-sum-of-candidates'
  | 'total-counted-not-sum-of-lists'
  | 'total-not-sum-of-units'
  | 'level-mismatch'
  | 'provisional-differs-from-official'
  | 'csv-missing-unit'
  | 'election-date-differs'
  | 'cast-not-reported-per-unit'
  | 'partial-file'
  | 'result-list-not-in-candidate-lists';

/** A well-formed but inconsistent figure: recorded, never "fixed". */
export interface Finding {
  kind: FindingKind;
  /** Unit id as published, or a file total. */
  unit: string;
  /** e.g. "cast", "uncounted.geen verklaring", "list 3", "list 9 candidate 2". */
  field: string;
  expected: number | string | null;
  actual: number | string | null;
  /** Source ids (see Source.id): the first holds `actual`, the second `expected`. */
  sources: string[];
  note?: string;
}
