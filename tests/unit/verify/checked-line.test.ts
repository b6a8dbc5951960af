/**
 * The "checked" line on results pages counts a unit's checks exactly as checkSummaryForUnit does, from
 * one index per election (TK2023, real snapshot): Alblasserdam shows its documented, explained difference.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/lib/model/catalog.ts';
import { defaultDataDir } from '../../../src/lib/model/load.ts';
import { checkedLineFor, indexChecks } from '../../../src/lib/verify/checked-line.ts';
import { checkRunFor, checkSummaryForUnit } from '../../../src/lib/verify/page-data.ts';

describe('checked line', () => {
  it(
    'agrees with checkSummaryForUnit for every municipality and station of TK2023',
    { timeout: 300_000 },
    async () => {
      const run = await checkRunFor((await catalog(defaultDataDir)).get('TK2023'));
      const index = indexChecks(run.results);
      const gsb = new Set(
        run.results.filter((r) => r.level === 'GSB').map((r) => r.unit.split('::').at(-1)!),
      );
      for (const code of gsb)
        expect(index.get(`GSB:${code}`), code).toEqual(
          checkSummaryForUnit(run.results, { level: 'GSB', code }),
        );
      const sb = run.results.filter((r) => r.level === 'SB').slice(0, 200);
      for (const r of sb) {
        const [parent, code] = [r.unit.split('::').at(-2)!, r.unit.split('::').at(-1)!];
        expect(index.get(`SB:${parent}:${code}`)).toEqual(
          checkSummaryForUnit(run.results, { level: 'SB', code, parent }),
        );
      }
      // Alblasserdam (0482): the municipal total differs from its kieskring row; the Kiesraad explained it.
      const line = await checkedLineFor('nl', 'TK2023', { level: 'GSB', code: '0482' });
      expect(line?.href).toBe('/uitslag/tk2023/controle/');
      expect(line?.summary.failed).toBeGreaterThan(0);
      expect(line?.summary.explained).toBe(line?.summary.failed);
    },
  );
});
