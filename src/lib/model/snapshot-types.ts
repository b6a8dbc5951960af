/**
 * The snapshot format (content/data/<election>/…), documented in content/data/README.md.
 * Compact (votes as arrays in the file's list/candidate order) and deterministic (stable key order,
 * units sorted), so git diffs are meaningful and golden-file tests are possible.
 */
import type { Candidate, ElectionIdentifier, Finding, Level, Region, Source, Status } from './types.ts';

export const SNAPSHOT_FORMAT = 'open-telling/snapshot@1';

export interface SnapshotCountIndexEntry {
  level: Level;
  code: string;
  name: string;
  parent: string | null;
  status: Status;
  source: string;
  /** Path relative to the election folder. */
  file: string;
  units: number;
}

export interface SnapshotElection {
  format: typeof SNAPSHOT_FORMAT;
  election: ElectionIdentifier;
  seats: number | null;
  preferenceThreshold: number | null;
  /** Region tree from the 110a (empty without one). */
  regions: Region[];
  registeredParties: string[];
  /** GR/IR: one entry per municipality (election domain) in the snapshot. */
  domains: { id: string; name: string | null; source: string }[];
  counts: SnapshotCountIndexEntry[];
  sources: Source[];
  /** Files present in this snapshot besides election.json. */
  files: string[];
  findings: Record<string, number>;
}

/** One unit in a count file: votes[i] = [list votes, candidate votes…] in the layout of `lists`. */
export interface SnapshotUnit {
  id: string;
  name: string;
  code: string;
  parent: string | null;
  postcode?: string;
  cast: number;
  totalCounted: number;
  /** In the order of SnapshotCounts.rejectedReasons / uncountedReasons; null = not reported. */
  rejected: (number | null)[];
  uncounted: (number | null)[];
  /** Per list: [list votes, candidate 1, candidate 2…]; null = list not on the ballot here; a null candidate = not on this list here. */
  votes: ((number | null)[] | null)[];
  extra?: Record<string, number>;
  initial?: Record<string, unknown>;
}

export interface SnapshotCounts {
  format: typeof SNAPSHOT_FORMAT;
  election: string;
  level: Level;
  unitLevel: Level | null;
  code: string;
  name: string;
  status: Status;
  source: string;
  contest: { id: string; name: string | null };
  countingMethod: string | null;
  phase: string | null;
  /** Candidate keys: position on the list, or the ShortCode in a 510d. */
  lists: { list: string; name: string; candidates: string[]; candidateNames?: string[] }[];
  rejectedReasons: string[];
  uncountedReasons: string[];
  total: SnapshotUnit | null;
  units: SnapshotUnit[];
}

/** A candidate in candidates.json: the model's Candidate as is (ShortCode filled in from a 510d when linked). */
export type SnapshotCandidate = Candidate;

export interface SnapshotCandidates {
  format: typeof SNAPSHOT_FORMAT;
  election: string;
  contests: {
    id: string;
    name: string | null;
    source: string;
    lists: {
      list: string;
      name: string;
      type: string | null;
      set: string | null;
      publishGender: boolean | null;
      candidates: SnapshotCandidate[];
    }[];
  }[];
}

export interface SnapshotResult {
  format: typeof SNAPSHOT_FORMAT;
  election: string;
  source: string;
  lists: { list: string; name: string; elected: boolean; seats: number }[];
  elected: {
    list: string;
    shortCode: string | null;
    position: string;
    name: string;
    ranking: number | null;
  }[];
}

export interface SnapshotFindings {
  format: typeof SNAPSHOT_FORMAT;
  election: string;
  findings: Finding[];
}

export interface PollingPlace {
  id: string;
  municipality: string;
  /** CBS code without "GM". */
  code: string;
  name: string;
  type: string;
  address: string;
  postcode: string | null;
  place: string;
  lat: number | null;
  lon: number | null;
  opens: string | null;
  closes: string | null;
  accessible: 'yes' | 'no' | 'unknown';
}

export interface PollingPlaceLink {
  unit: string;
  place: string | null;
  method: 'postcode+name' | 'postcode' | 'name' | 'none';
  confidence: 'high' | 'medium' | 'low' | 'none';
  /** Where the places come from, e.g. "TK2023/polling-places.json"; GR2022 links to TK2023 places. */
  note?: string;
}

/** polling-stations.json: the stations of EML 110b files, joined to the count units by station number. */
export interface SnapshotPollingStations {
  format: typeof SNAPSHOT_FORMAT;
  election: string;
  municipalities: {
    /** CBS code without "GM" (the 110b ReportingUnitIdentifier). */
    code: string;
    name: string | null;
    source: string;
    stations: {
      number: string;
      name: string;
      postcode: string | null;
      /** Voters assigned to the station, when the 110b gives it. */
      electorate: number | null;
      channel: string;
      type: string | null;
      /** The count unit of this station ("0668::SB3"), or null when no count file has it. */
      unit: string | null;
    }[];
  }[];
}
