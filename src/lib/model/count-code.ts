import type { CountFile } from './types.ts';

/**
 * The code a count file is filed under (counts/<level>/<code>.json): its total's code, else (a Contest
 * with only ReportingUnitVotes, which the EML 510 schema allows) the parent of its units, else the contest.
 */
export function countFileCode(f: CountFile): string {
  return f.total?.code ?? f.units[0]?.parent ?? f.contest.id;
}
