/**
 * Comparisons the importer made against files the snapshot does not keep: a provisional CSV that an
 * official EML covers is compared at import and then dropped (content/data/README.md, "Status and
 * sources"), so its differences survive only in findings.json. This turns those recorded findings into
 * check results: every recorded difference is a failed result, and every other unit of the official file
 * it was compared with is a passed one (the importer compared them all and recorded no difference).
 * Facts about the files (an election date that differs, a unit missing from a CSV, a partial file) become
 * source-files results.
 */
import type { SnapshotCounts, SnapshotElection, SnapshotFindings } from '../model/snapshot-types.ts';
import type { Finding, Level } from '../model/types.ts';
import { makeResult } from './fields.ts';
import type { CheckResult, UnitRef } from './types.ts';

/** "list 3" → {field: votes, list: 3}; "list 3 candidate 12" → {…, candidate: 12}; others as they are. */
export function parseFindingField(field: string): { field: string; list?: string; candidate?: string } {
  const m = /^list (\S+)(?: candidate (\S+))?$/.exec(field);
  if (!m) return { field };
  return m[2] !== undefined
    ? { field: 'votes', list: m[1]!, candidate: m[2] }
    : { field: 'votes', list: m[1]! };
}

function refFor(unitId: string, files: readonly SnapshotCounts[], election: SnapshotElection): UnitRef {
  for (const f of files) {
    const u = f.units.find((x) => x.id === unitId);
    if (u) return { level: f.unitLevel ?? f.level, id: u.id, code: u.code, name: u.name, parent: u.parent };
    if (f.total?.id === unitId)
      return { level: f.level, id: unitId, code: f.code, name: f.total.name, parent: f.total.parent };
  }
  const code = unitId.includes('::') ? unitId.slice(unitId.lastIndexOf('::') + 2) : unitId;
  const region = election.regions.find((r) => r.id === code);
  const level: Level = /^HSB\d+$/.test(code)
    ? 'HSB'
    : /^SB/.test(code)
      ? 'SB'
      : code === 'CSB'
        ? 'CSB'
        : 'GSB';
  return { level, id: unitId, code, name: region?.name ?? unitId, parent: region?.parent ?? null };
}

export function checkRecordedFindings(
  findings: SnapshotFindings,
  files: readonly SnapshotCounts[],
  election: SnapshotElection,
): CheckResult[] {
  const out: CheckResult[] = [];
  const keptSources = new Set(files.map((f) => f.source));
  const recorded = findings.findings.filter(
    (f) => f.kind === 'provisional-differs-from-official' && !keptSources.has(f.sources[0] ?? ''),
  );
  const differing = new Set<string>();
  for (const f of recorded) {
    differing.add(`${f.sources.join(',')}|${f.unit}`);
    const ref = refFor(f.unit, files, election);
    const { field, ...where } = parseFindingField(f.field);
    out.push(
      makeResult('provisional-vs-official', ref, field, f.expected, f.actual, f.sources, {
        ...where,
        failSeverity: 'change',
      }),
    );
  }
  // Units compared without a difference: the units of each official file a dropped CSV was compared with.
  const missing = new Set(
    findings.findings
      .filter((f) => f.kind === 'csv-missing-unit')
      .map((f) => `${f.sources.join(',')}|${f.unit}`),
  );
  const pairs = new Set(recorded.map((f) => f.sources.join(',')));
  for (const pair of pairs) {
    const official = files.find((f) => f.source === pair.split(',')[1]);
    if (!official || official.level === 'CSB') continue; // a CSV total vs one 510d row: recorded above
    for (const u of official.units) {
      const k = `${pair}|${u.id}`;
      if (differing.has(k) || missing.has(k)) continue;
      const ref: UnitRef = {
        level: official.unitLevel ?? 'GSB',
        id: u.id,
        code: u.code,
        name: u.name,
        parent: u.parent,
      };
      out.push(
        makeResult('provisional-vs-official', ref, 'all', null, null, pair.split(','), { passed: true }),
      );
    }
  }
  for (const f of findings.findings) {
    if (f.kind === 'election-date-differs' || f.kind === 'csv-missing-unit' || f.kind === 'partial-file') {
      out.push(sourceFileResult(f, files, election));
    }
  }
  return out;
}

function sourceFileResult(
  f: Finding,
  files: readonly SnapshotCounts[],
  election: SnapshotElection,
): CheckResult {
  // A fact about a whole file (its ElectionDate) names the file's issuer: file it under the file's total.
  const file = files.find((x) => x.source === f.sources[0]);
  const known = files.some((x) => x.total?.id === f.unit || x.units.some((u) => u.id === f.unit));
  const ref =
    !known && file?.total
      ? {
          level: file.level,
          id: file.total.id,
          code: file.code,
          name: file.total.name,
          parent: file.total.parent,
        }
      : refFor(f.unit, files, election);
  const field =
    f.kind === 'election-date-differs' ? 'ElectionDate' : f.kind === 'csv-missing-unit' ? 'unit' : f.field;
  return makeResult('source-files', ref, field, f.expected, f.actual, f.sources, { passed: false });
}
