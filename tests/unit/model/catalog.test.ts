/**
 * The snapshot catalog (issue 9): dot-folders are ignored, a broken snapshot fails with its path,
 * and a many-council election lists its councils with seats or the reason they are missing.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalog, CatalogError } from '../../../src/lib/model/catalog.ts';
import { defaultDataDir } from '../../../src/lib/model/load.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'ot-catalog-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A data folder holding a copy of the committed TK2025 snapshot (small) plus `extra` folders. */
function dataFolder(name: string, extra: (root: string) => void): string {
  const root = path.join(tmp, name);
  mkdirSync(root);
  cpSync(path.join(defaultDataDir, 'TK2025'), path.join(root, 'TK2025'), { recursive: true });
  extra(root);
  return root;
}

describe('catalog', () => {
  it('lists every snapshot of the committed data folder', async () => {
    const c = await catalog(defaultDataDir);
    expect(c.entries.map((e) => e.id)).toEqual(expect.arrayContaining(['GR2022', 'TK2023', 'TK2025']));
    expect(c.get('tk2023').id).toBe('TK2023');
    expect(() => c.get('xx1999')).toThrow(/no snapshot "xx1999"; known: .*TK2023/);
  });

  it('ignores folders whose name starts with a dot (an import left behind, an editor folder)', async () => {
    const root = dataFolder('dot', (r) => {
      cpSync(path.join(r, 'TK2025'), path.join(r, '.TK2025.old-1-2'), { recursive: true });
      mkdirSync(path.join(r, '.tmp-123'));
      writeFileSync(path.join(r, 'README.md'), 'not a folder');
    });
    const c = await catalog(root);
    expect(c.entries.map((e) => e.id)).toEqual(['TK2025']);
  });

  it('fails with the folder named when a snapshot has no readable election.json', async () => {
    const root = dataFolder('broken', (r) => {
      mkdirSync(path.join(r, 'GR2030'));
      writeFileSync(path.join(r, 'GR2030', 'election.json'), '{"format": "open-telling/snapshot@1", ');
    });
    const err = await catalog(root).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CatalogError);
    expect((err as Error).message).toContain(path.join(root, 'GR2030'));
    expect((err as Error).message).toMatch(/election\.json/);
  });

  it('fails with the folder and file named when a listed file is missing (half-written snapshot)', async () => {
    const root = dataFolder('half', (r) => {
      rmSync(path.join(r, 'TK2025', 'candidates.json'));
    });
    const err = await catalog(root).catch((e: unknown) => e);
    expect((err as Error).message).toContain(path.join(root, 'TK2025'));
    expect((err as Error).message).toContain('candidates.json');
  });

  it('gives each GR2022 council its own entry with seats null and the reason (no 110a published)', async () => {
    const c = await catalog(defaultDataDir);
    const gr = c.get('GR2022');
    const domains = c.domains(gr);
    expect(domains).toHaveLength(330);
    const wmw = domains.find((d) => d.name === 'West Maas en Waal');
    expect(wmw).toBeDefined();
    expect(domains.every((d) => d.seats === null && d.seatsMissing === 'no-election-definition')).toBe(true);
    // TK2023 is one national contest of 150 seats.
    expect(c.domains(c.get('TK2023'))).toEqual([
      expect.objectContaining({ id: null, seats: 150, seatsMissing: null }),
    ]);
  });
});
