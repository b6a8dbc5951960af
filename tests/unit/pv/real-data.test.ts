/**
 * The committed content/pv/<election>.json equals a fresh import of ../shared/data, and the lookup
 * finds files verified by eye in the source lists.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hasSharedData, sharedPath } from '../../helpers/shared-data.ts';
import { buildDefaultPv } from '../../../src/lib/import/default-data.ts';
import { defaultPvDir, pvLinksFor, stationKey } from '../../../src/lib/results/pv-links.ts';

describe.skipIf(!hasSharedData)('processen-verbaal links on real data', () => {
  it('committed content/pv equals a fresh import', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'pv-')), 'pv');
    const log = await buildDefaultPv(sharedPath(), out);
    expect(log.some((l) => /^pv TK2023: \d+ addresses in 342 municipalities/.test(l))).toBe(true);
    for (const e of ['TK2023', 'EP2024', 'TK2025', 'GR2026']) {
      const fresh = readFileSync(path.join(out, `${e}.json`), 'utf8');
      const committed = readFileSync(path.join(defaultPvDir, `${e}.json`), 'utf8');
      expect(fresh === committed, `content/pv/${e}.json differs from a fresh import; run npm run data`).toBe(
        true,
      );
    }
  }, 120_000);

  it('Groningen TK2025 station 100 has its file with the archive SHA-256', () => {
    const l = pvLinksFor('TK2025', '0014', 'SB100');
    expect(l?.municipality).toBe('Groningen');
    expect(l?.station?.map((x) => x.url)).toContain(
      'https://documenten.groningen.nl/TK25/1-%20Processen-verbaal%20van%20de%20stembureaus/Groningen_100_Stadhuis%20I_TK25_eerste_telling.pdf',
    );
    const f = l?.station?.find((x) => x.url.endsWith('Groningen_100_Stadhuis%20I_TK25_eerste_telling.pdf'));
    expect(f?.sha256).toBe('644628ecc3477eb6d09e33277b8830379b2c885475149e381ccafd377d91f8c6');
  });

  it('Almere TK2023 station 34 and the municipal Na 31-2', () => {
    const l = pvLinksFor('TK2023', '0034', '0034::SB34');
    expect(
      l?.station?.some((x) => x.url.endsWith('034_PVN1O__Stembureau_034_Buurtcentrum_de_Wieken_TK23.pdf')),
    ).toBe(true);
    expect(
      l?.municipal.some((x) => x.url.endsWith('Proces-Verbaal_0034_PV_NA31-2_Gemeente_Almere.pdf')),
    ).toBe(true);
    expect(l?.control.some((x) => x.url.endsWith('Verslag_controleprotocol_0034_Gemeente_Almere.pdf'))).toBe(
      true,
    );
  });

  it('Alphen aan den Rijn TK2023 publishes only opaque addresses: all unmatched, no station gets one', () => {
    const l = pvLinksFor('TK2023', '0484', 1);
    expect(l?.station).toEqual([]);
    expect(l?.unmatched).toBe(l?.files);
  });

  it('Wageningen TK2023 lists its files over http: the site links them over https, same file', () => {
    const source = readFileSync(
      sharedPath('processen-verbaal-urls', '2023-TK', '0289 Wageningen.txt'),
      'utf8',
    );
    const listed = source.split(/\r?\n/).find((l) => l.includes('0289_PV_Stembureau_1_'));
    expect(listed?.startsWith('http://')).toBe(true);
    const l = pvLinksFor('TK2023', '0289', 'SB1');
    expect(l?.station?.map((x) => x.url)).toContain(listed?.replace(/^http:/, 'https:'));
    expect(JSON.stringify(l)).not.toContain('http://');
  });

  it('unknown election, municipality or station number', () => {
    expect(pvLinksFor('XX1999', '0014')).toBeNull();
    expect(pvLinksFor('TK2023', '9999')).toBeNull();
    expect(stationKey('SB12a')).toBeNull();
    expect(stationKey('0014::SB012')).toBe('12');
  });
});
