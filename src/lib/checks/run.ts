/**
 * Runs every check over every count file of a snapshot. Pure over already-loaded data (`runChecks`);
 * `loadCheckInput` only reads the snapshot files. The seat recount is passed in by the caller (the
 * engine's input is built from the snapshot by src/lib/results/seat-input.ts, a view-model layer this
 * module may not import).
 */
import type { LoadedSnapshot } from '../model/load.ts';
import type {
  SnapshotCandidates,
  SnapshotCounts,
  SnapshotElection,
  SnapshotFindings,
  SnapshotResult,
} from '../model/snapshot-types.ts';
import type { ApportionmentResult } from '../apportionment/index.ts';
import { checkBallots, checkTurnout } from './ballots.ts';
import { applyExplanations, RULE_EXPLANATIONS, type KnownExplanation } from './explanations.ts';
import { checkAcrossLevels } from './levels.ts';
import { checkRecordedFindings } from './recorded.ts';
import { compareSeats, type SeatComparison } from './seats.ts';
import { checkSignals } from './signals.ts';
import { checkListSums, checkSumOfUnits, checkValidSums } from './sums.ts';
import type { CheckResult, UnitRef } from './types.ts';

export interface CheckInput {
  election: SnapshotElection;
  files: SnapshotCounts[];
  candidates: SnapshotCandidates | null;
  findings: SnapshotFindings;
  result: SnapshotResult | null;
}

export interface Recount {
  result: ApportionmentResult;
  /** The whole-area count the recount used. */
  unit: UnitRef;
  source: string;
}

export interface CheckRun {
  election: string;
  results: CheckResult[];
  seats: SeatComparison | null;
}

/** Reads every count file of the snapshot (in the order of election.json) and the files the checks use. */
export async function loadCheckInput(snap: LoadedSnapshot): Promise<CheckInput> {
  const files: SnapshotCounts[] = [];
  for (const entry of snap.election.counts) {
    const c = await snap.counts(entry.level, entry.code);
    if (!c) throw new Error(`${snap.dir}: ${entry.file} is listed in election.json but cannot be read`);
    files.push(c);
  }
  return {
    election: snap.election,
    files,
    candidates: await snap.candidates(),
    findings: await snap.findings(),
    result: await snap.result(),
  };
}

export function runChecks(
  input: CheckInput,
  options: { recount?: Recount | null; known?: readonly KnownExplanation[] } = {},
): CheckRun {
  const results: CheckResult[] = [];
  for (const f of input.files) {
    results.push(...checkSumOfUnits(f), ...checkListSums(f), ...checkValidSums(f));
    results.push(...checkBallots(f), ...checkTurnout(f), ...checkSignals(f));
  }
  results.push(...checkAcrossLevels(input.files, input.candidates, input.election));
  results.push(...checkRecordedFindings(input.findings, input.files, input.election));
  let seats: SeatComparison | null = null;
  if (options.recount) {
    seats = compareSeats(options.recount.result, input.result, options.recount.unit, {
      count: options.recount.source,
    });
    results.push(...seats.results);
  }
  applyRuleExplanations(results);
  applyExplanations(results, options.known ?? [], input.election.election.eventId);
  return { election: input.election.election.id, results, seats };
}

function applyRuleExplanations(results: CheckResult[]): void {
  for (const r of results) {
    if (r.passed) continue;
    if (r.check === 'sum-of-units' && r.field === 'cast' && r.expected === 0) {
      r.severity = 'explained';
      r.explanation = RULE_EXPLANATIONS.castNotPerUnit;
    } else if (r.check === 'provisional-vs-official' && !r.explanation) {
      r.explanation = RULE_EXPLANATIONS.provisional;
    }
  }
}
