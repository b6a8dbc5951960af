/**
 * The importer on the real published files in ../shared/data. Expected figures come from the data
 * README (verified from the files), the Kiesraad's "Opmerkingen bestanden.txt" and the other-level files,
 * never from the importer's own output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hasSharedData, sharedPath } from '../../helpers/shared-data.ts';
import { collectInputs, plainFile } from '../../../src/lib/import/input.ts';
import { importFiles } from '../../../src/lib/import/import.ts';
import type { ImportResult } from '../../../src/lib/import/import.ts';
import { buildDefaultData } from '../../../src/lib/import/default-data.ts';
import { readEml } from '../../../src/lib/eml/read-eml.ts';
import { readOsvCsv } from '../../../src/lib/csv/osv4-3.ts';
import { loadElection } from '../../../src/lib/model/load.ts';
import type { CountFile, Source } from '../../../src/lib/model/types.ts';

// Data README, "Per kieskring (Totaaltelling ReportingUnitVotes)": Cast / TotalCounted.
const KIESKRINGEN: Record<string, [number, number]> = {
  HSB1: [467390, 365627],
  HSB2: [520759, 419599],
  HSB3: [400588, 324893],
  HSB4: [915361, 745788],
  HSB5: [315742, 227609],
  HSB6: [448218, 361564],
  HSB7: [1215724, 983436],
  HSB8: [1040462, 844926],
  HSB9: [595930, 420359],
  HSB10: [714664, 563110],
  HSB11: [796546, 624166],
  HSB12: [465275, 313486],
  HSB13: [461855, 294040],
  HSB14: [973559, 746454],
  HSB15: [964169, 771057],
  HSB16: [294220, 230885],
  HSB17: [878885, 665004],
  HSB18: [1113437, 873703],
  HSB19: [873398, 653053],
  HSB20: [17568, 3967],
};
// Data README party table: list → [votes, seats].
const PARTIES: Record<string, [number, number]> = {
  '1': [1589519, 24],
  '2': [656292, 9],
  '3': [1643073, 25],
  '4': [2450878, 37],
  '5': [345822, 5],
  '6': [328225, 5],
  '7': [232963, 3],
  '8': [235148, 3],
  '9': [212532, 3],
  '10': [178802, 2],
  '11': [71345, 1],
  '12': [217270, 3],
  '13': [246765, 3],
  '14': [51043, 0],
  '15': [485551, 7],
  '16': [44253, 0],
  '17': [9117, 0],
  '18': [52913, 0],
  '19': [1343287, 20],
  '20': [12838, 0],
  '21': [4152, 0],
  '22': [5122, 0],
  '23': [5325, 0],
  '24': [5487, 0],
  '25': [3966, 0],
  '26': [1038, 0],
};

const src = (file: string, status: Source['status']): Source => ({
  id: 's',
  file,
  sha256: '',
  kind: 'osv4-3',
  status,
  issuer: null,
  created: null,
});
async function eml(file: string): Promise<CountFile> {
  const r = await readEml(await plainFile(file).open(), src(file, 'official'));
  if (r.kind !== '510b' && r.kind !== '510c' && r.kind !== '510d')
    throw new Error(`${file} is not a count file`);
  expect(r.data).toHaveLength(1);
  return r.data[0]!;
}
async function csv(file: string): Promise<CountFile> {
  return readOsvCsv(await plainFile(file).open(), src(file, 'provisional'));
}

describe.skipIf(!hasSharedData)('TK2023 EML (official files)', () => {
  let r: ImportResult;
  beforeAll(async () => {
    r = await importFiles(await collectInputs([sharedPath('kiesraad-tk2023')]));
  }, 60_000);

  const nation = () => r.counts.find((f) => f.kind === '510d')!;

  it('reads the national totals of the 510d', () => {
    const t = nation().total!;
    expect(t.cast).toBe(13_473_750);
    expect(t.totalCounted).toBe(10_432_726);
    expect(t.rejected).toEqual({ ongeldig: 22_822, blanco: 19_655 });
    expect(t.uncounted['geldige volmachtbewijzen']).toBe(996_512);
    for (const l of t.lists) expect([l.list, l.votes]).toEqual([l.list, PARTIES[l.list]![0]]);
  });

  it('national totals equal the sums over the kieskringen (510d rows and the README table)', () => {
    const rows = nation().units;
    expect(rows.map((u) => u.id).sort()).toEqual(Object.keys(KIESKRINGEN).sort());
    for (const u of rows) expect([u.id, u.cast, u.totalCounted]).toEqual([u.id, ...KIESKRINGEN[u.id]!]);
    const sum = Object.values(KIESKRINGEN).reduce((a, [c, t]) => [a[0]! + c, a[1]! + t], [0, 0]);
    expect(sum).toEqual([13_473_750, 10_432_726]);
  });

  it('each 510c file present equals its kieskring row in the 510d (lists and candidates)', async () => {
    const dir = sharedPath('kiesraad-tk2023', 'kieskring');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.xml'));
    expect(files).toHaveLength(18);
    for (const f of files) {
      const k = await eml(path.join(dir, f));
      const row = nation().units.find((u) => u.id === k.total!.id)!;
      expect([k.total!.id, k.total!.cast, k.total!.totalCounted]).toEqual([row.id, ...KIESKRINGEN[row.id]!]);
      for (const l of k.total!.lists) {
        const rl = row.lists.find((x) => x.list === l.list)!;
        expect([l.list, l.votes]).toEqual([rl.list, rl.votes]);
        // 510c candidates are keyed by position; the 510d row carries the same positions next to the ShortCode.
        l.positions.forEach((p, i) => expect(rl.candidates[rl.positions.indexOf(p)]).toBe(l.candidates[i]));
      }
    }
  });

  it('municipal 510b files equal their kieskring rows except the differences the Kiesraad documents', async () => {
    const notes = await readFile(sharedPath('kiesraad-tk2023', 'Opmerkingen bestanden.txt'), 'utf8');
    const documented = (gemeente: string) =>
      [...notes.matchAll(/^In (.+?) is (.+?) niet gelijk\. Waarde was (\d+) maar is overgenomen als (\d+)/gm)]
        .filter((m) => m[1] === gemeente && !m[2]!.startsWith('het aantal stemmen'))
        .map((m) => ({ field: `uncounted.${m[2]}`, actual: Number(m[3]), expected: Number(m[4]) }));
    const found = (unit: string) =>
      r.findings
        .filter((f) => f.kind === 'level-mismatch' && f.unit === unit)
        .map(({ field, actual, expected }) => ({ field, actual, expected }));
    expect(documented('Alblasserdam')).toHaveLength(1);
    expect(found('HSB14::0482')).toEqual(documented('Alblasserdam'));
    expect(documented('Aa en Hunze')).toEqual([]);
    expect(found('HSB3::1680')).toEqual([]);
  });

  it('records the Tilburg recount transcription differences (510d row vs 510c) as documented', async () => {
    const found = r.findings.filter((f) => f.kind === 'level-mismatch' && f.unit === 'HSB17');
    expect(found.map((f) => [f.field, f.actual, f.expected]).sort()).toEqual([
      ['uncounted.geen verklaring', 282, 353],
      ['uncounted.te veel uitgereikte stembiljetten', 11, 12],
    ]);
  });

  it('party totals equal the sums of their candidates in every official unit', () => {
    expect(r.findings.filter((f) => f.kind === 'list-not-sum-of-candidates')).toEqual([]);
    for (const l of nation().total!.lists) {
      expect(l.candidates.reduce((a, b) => a + b, 0)).toBe(PARTIES[l.list]![0]);
    }
    expect(nation().total!.lists.flatMap((l) => l.keys)).toContain('WildersG');
  });

  it('the 520 elects 150 candidates, seats per list as in the README, 36 with ranking 1', () => {
    const elected = r.result!.candidates.filter((c) => c.elected);
    expect(elected).toHaveLength(150);
    expect(elected.filter((c) => c.ranking === 1)).toHaveLength(36);
    const seats = new Map<string, number>();
    for (const c of elected) seats.set(c.list, (seats.get(c.list) ?? 0) + 1);
    for (const [list, [, s]] of Object.entries(PARTIES))
      expect([list, seats.get(list) ?? 0]).toEqual([list, s]);
  });

  it('reads the definition: 150 seats, threshold 25, 20 kieskringen, BES and NBSB', () => {
    const d = r.definition!;
    expect([d.seats, d.preferenceThreshold]).toEqual([150, 25]);
    expect(d.regions.filter((x) => x.category === 'KIESKRING')).toHaveLength(20);
    expect(d.regions.map((x) => x.id)).toEqual(expect.arrayContaining(['9001', '9002', '9003', '9010']));
    expect(d.parties).toHaveLength(26);
  });

  it('keeps NBSB as a municipality row of kieskring 12 with its postal-vote reasons', () => {
    const nbsb = r.counts.find((f) => f.total?.id === 'HSB12')!.units.find((u) => u.id === 'HSB12::9010')!;
    expect([nbsb.cast, nbsb.totalCounted, nbsb.rejected['ongeldig'], nbsb.rejected['blanco']]).toEqual([
      107_669, 69_047, 286, 63,
    ]);
    expect(Object.keys(nbsb.uncounted)).toEqual(
      expect.arrayContaining(['geen briefstembiljetten', 'te veel briefstembiljetten']),
    );
  });

  it('keeps the Bonaire file and reports its 2023-11-21 date as a finding', () => {
    expect(r.election.date).toBe('2023-11-22');
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        kind: 'election-date-differs',
        expected: '2023-11-22',
        actual: '2023-11-21',
      }),
    );
  });

  it('does not treat the HvA/UvA subset as a complete municipality: its units do not add up', async () => {
    const h = await importFiles(await collectInputs([sharedPath('hva-tk2023-subset')]));
    expect(h.counts[0]!.units).toHaveLength(3);
    expect(h.findings).toContainEqual(
      expect.objectContaining({ kind: 'total-not-sum-of-units', field: 'totalCounted', actual: 420_359 }),
    );
  });
});

describe.skipIf(!hasSharedData)('osv4-3 CSV against the matching EML (West Maas en Waal)', () => {
  const pairs: [string, string, string][] = [
    [
      'TK2025',
      'kiesraad-tk2025-sample/osv4-3_telling_tk2025_gemeente_westmaasenwaal.csv',
      'kiesraad-tk2025-sample/Telling_TK2025_gemeente_West_Maas_en_Waal.eml.xml',
    ],
    [
      'GR2022',
      'kiesraad-gr2022-sample/osv4-3_telling_gr2022_westmaasenwaal.csv',
      'kiesraad-gr2022-sample/Telling_GR2022_WestMaasenWaal.eml.xml',
    ],
  ];
  for (const [name, c, e] of pairs) {
    it(`${name}: same figures per unit, list and candidate`, async () => {
      const a = await csv(sharedPath(c));
      const b = await eml(sharedPath(e));
      expect(a.units.map((u) => u.id)).toEqual(b.units.map((u) => u.id));
      for (const [x, y] of [[a.total!, b.total!], ...a.units.map((u, i) => [u, b.units[i]!])] as const) {
        expect([x.id, x.cast, x.totalCounted, x.rejected]).toEqual([
          x.id,
          y.cast,
          y.totalCounted,
          y.rejected,
        ]);
        for (const [k, v] of Object.entries(y.uncounted))
          expect([x.id, k, x.uncounted[k]]).toEqual([x.id, k, v]);
        expect(x.postcode).toBe(y.postcode);
        expect(x.lists.map((l) => [l.list, l.votes, l.candidates])).toEqual(
          y.lists.map((l) => [l.list, l.votes, l.candidates]),
        );
      }
    });
  }

  it('TK2025: Cast is 0 per polling station, 16,290 for the municipality', async () => {
    const b = await eml(sharedPath(pairs[0]![2]));
    expect(b.units.every((u) => u.cast === 0)).toBe(true);
    expect(b.total!.cast).toBe(16_290);
  });
});

describe.skipIf(!hasSharedData)('default dataset in content/data', () => {
  it('marks provisional figures and leaves out the HvA subset', async () => {
    const tk = await loadElection('TK2023');
    const entry = (level: string, code: string) =>
      tk.election.counts.find((c) => c.level === level && c.code === code);
    expect(entry('HSB', 'HSB7')?.status).toBe('provisional');
    expect(entry('HSB', 'HSB18')?.status).toBe('provisional');
    expect(entry('HSB', 'HSB8')?.status).toBe('official');
    expect(entry('GSB', '0363')).toBeUndefined();
    const rotterdam = (await tk.counts('GSB', '0599'))!;
    expect([rotterdam.status, rotterdam.units.length, rotterdam.total!.totalCounted]).toEqual([
      'provisional',
      378,
      294_027,
    ]);
    const source = tk.election.sources.find((s) => s.id === rotterdam.source)!;
    expect(source.file).toBe('osv4-3_telling_tk2023_gemeente_rotterdam.csv');
    const places = (await tk.pollingPlaces())!;
    expect(places).toHaveLength(9140);
    const gr = await loadElection('GR2022');
    expect(gr.election.counts).toHaveLength(330);
    expect(gr.election.counts.find((c) => c.code === '0668')?.status).toBe('official');
    const tk25 = await loadElection('TK2025');
    expect(tk25.election.counts.map((c) => [c.code, c.status])).toEqual([['0668', 'official']]);
  });

  it('the committed snapshot equals a fresh import (deterministic)', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'ot-data-'));
    await buildDefaultData(sharedPath(), out);
    for (const id of ['TK2023', 'GR2022', 'TK2025']) {
      const fresh = await loadElection(id, out);
      const committed = await loadElection(id);
      expect(fresh.election.files).toEqual(committed.election.files);
      for (const f of committed.election.files) {
        const a = await readFile(path.join(out, id, f), 'utf8');
        const b = await readFile(path.join(committed.dir, f), 'utf8');
        expect(a === b, `${id}/${f} differs from a fresh import; run npm run data`).toBe(true);
      }
    }
  }, 120_000);
});
