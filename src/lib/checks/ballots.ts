/**
 * Ballots against voters, as on the polling station's official report (proces-verbaal N 10-1, Kieswet
 * J 34/N 9):
 * - ballots-vs-admitted: ballots found (valid + blank + invalid) against admitted voters (valid
 *   stempassen + volmachtbewijzen + kiezerspassen). A difference is recorded on the report as "meer
 *   getelde" or "minder getelde stembiljetten"; when the recorded figure equals the difference it is
 *   explained by the count itself, otherwise it is a difference in the published figures.
 * - explanations-account: the explanations the report gives (ballots taken home, too many or too few
 *   handed out, lost, other, and "no explanation") add up to the recorded difference. At a polling station
 *   they must equal it; a total sums stations whose explanations can offset each other (one ballot too many
 *   handed out here, one too few there), so there they must at least cover it.
 * - turnout: ballots found ≤ the electorate. Above 100 % is explained when the kiezerspassen (voters from
 *   elsewhere, Kieswet K 1) cover the excess, as on the tourist islands. Not checked per polling station:
 *   a stempas is valid at every station of the municipality (Kieswet J 3), so a station's own electorate
 *   is no limit.
 */
import type { SnapshotCounts } from '../model/snapshot-types.ts';
import { RULE_EXPLANATIONS } from './explanations.ts';
import { makeResult, type FlatUnit } from './fields.ts';
import { flatUnits } from './sums.ts';
import type { CheckResult } from './types.ts';

const ADMITTED = ['geldige stempassen', 'geldige volmachtbewijzen', 'geldige kiezerspassen'] as const;
const EXPLANATIONS = [
  'meegenomen stembiljetten',
  'te weinig uitgereikte stembiljetten',
  'te veel uitgereikte stembiljetten',
  'kwijtgeraakte stembiljetten',
  'geen verklaring',
  'andere verklaring',
] as const;

function get(u: FlatUnit, name: string): number | undefined {
  return u.fields.get(`uncounted.${name}`);
}

/** Valid + blank + invalid: every ballot found in the box. */
export function ballotsFound(u: FlatUnit): number {
  return (
    (u.fields.get('totalCounted') ?? 0) +
    (u.fields.get('rejected.blanco') ?? 0) +
    (u.fields.get('rejected.ongeldig') ?? 0)
  );
}

function units(counts: SnapshotCounts): FlatUnit[] {
  const { total, units } = flatUnits(counts);
  return total ? [total, ...units] : units;
}

export function checkBallots(counts: SnapshotCounts): CheckResult[] {
  const out: CheckResult[] = [];
  const src = [counts.source];
  for (const u of units(counts)) {
    const meer = get(u, 'meer getelde stembiljetten');
    const minder = get(u, 'minder getelde stembiljetten');
    // Admitted voters are only in files that report stempassen (510b, osv4-3); a 510c/510d has none.
    if (ADMITTED.every((n) => get(u, n) !== undefined)) {
      const admitted = ADMITTED.reduce((a, n) => a + (get(u, n) ?? 0), 0);
      const found = ballotsFound(u);
      const recorded = (meer ?? 0) - (minder ?? 0);
      const r = makeResult('ballots-vs-admitted', u.ref, 'ballots', admitted, found, src, {
        passed: found === admitted && recorded === 0,
      });
      if (!r.passed && found - admitted === recorded && meer !== undefined && minder !== undefined) {
        r.severity = 'explained';
        r.explanation = RULE_EXPLANATIONS.recordedDifference;
      }
      out.push(r);
    }
    if (meer !== undefined && minder !== undefined && meer + minder > 0) {
      const explained = EXPLANATIONS.reduce((a, n) => a + (get(u, n) ?? 0), 0);
      const atStation = u.ref.level === 'SB';
      out.push(
        makeResult('explanations-account', u.ref, 'explanations', meer + minder, explained, src, {
          passed: atStation ? explained === meer + minder : explained >= meer + minder,
          // The control protocol treats an unexplained difference as a point to look at, not an error.
          failSeverity: 'signal',
        }),
      );
    }
  }
  return out;
}

export function checkTurnout(counts: SnapshotCounts): CheckResult[] {
  const out: CheckResult[] = [];
  for (const u of units(counts)) {
    if (u.ref.level === 'SB') continue;
    const electorate = u.fields.get('cast') ?? 0;
    // An electorate of 0 is "not reported" (TK2025 per station), not an empty municipality.
    if (electorate === 0) continue;
    const found = ballotsFound(u);
    const r = makeResult('turnout', u.ref, 'ballots', electorate, found, [counts.source], {
      passed: found <= electorate,
    });
    const kiezerspassen = get(u, 'geldige kiezerspassen');
    if (!r.passed && kiezerspassen !== undefined && found - kiezerspassen <= electorate) {
      r.severity = 'explained';
      r.explanation = RULE_EXPLANATIONS.kiezerspassen;
    }
    out.push(r);
  }
  return out;
}
