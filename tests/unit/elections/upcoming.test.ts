import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { electionTypePath, nextElection, parseUpcoming } from '../../../src/lib/elections/upcoming.ts';

const file = 'content/elections/upcoming.json';
const committed = parseUpcoming(JSON.parse(readFileSync(file, 'utf8')), file);

describe('upcoming elections', () => {
  it('reads the committed file', () => {
    expect(committed.length).toBeGreaterThan(0);
  });

  it('picks the first election on or after today', () => {
    expect(nextElection(committed, '2026-11-26')?.date).toBe('2027-03-17');
    expect(nextElection(committed, '2027-03-17')?.kinds).toEqual(['PS', 'AB', 'ER']);
    expect(nextElection(committed, '2027-03-18')?.kinds).toEqual(['EK']);
    expect(nextElection(committed, '2099-01-01')).toBeNull();
  });

  it('refuses an impossible date, an unknown kind and a missing source, naming the entry', () => {
    expect(() =>
      parseUpcoming(
        { elections: [{ date: '2027-02-30', kinds: ['PS'], confirmed: false, source: 'x' }] },
        'f.json',
      ),
    ).toThrow(/f\.json: elections\[0\]\.date: "2027-02-30" is not a real date/);
    expect(() =>
      parseUpcoming(
        { elections: [{ date: '2027-03-17', kinds: ['XX'], confirmed: false, source: 'x' }] },
        'f.json',
      ),
    ).toThrow(/elections\[0\]\.kinds: "XX"/);
    expect(() =>
      parseUpcoming({ elections: [{ date: '2027-03-17', kinds: ['PS'], confirmed: false }] }, 'f.json'),
    ).toThrow(/source/);
  });

  it('links each kind to its explainer page in both languages', () => {
    expect(electionTypePath('AB', 'nl')).toBe('/verkiezingen/waterschap/');
    expect(electionTypePath('AB', 'en')).toBe('/en/elections/water-board/');
  });
});

describe('the home page line', async () => {
  const { nextElectionView } = await import('../../../src/lib/elections/next-election-view.ts');
  it('names the date and the bodies, says the date is not yet official, and links to what to do', () => {
    const nl = nextElectionView('nl', '2026-11-26');
    expect(nl?.line).toBe(
      'Op 17 maart 2027 kiest u: de Provinciale Staten, het waterschap en de eilandsraad (Bonaire, Sint Eustatius en Saba).',
    );
    expect(nl?.unconfirmed).toMatch(/nog niet/);
    expect(nl?.links.map((l) => l.href)).toEqual([
      'https://waarismijnstemlokaal.nl/',
      '/waarnemen/',
      '/verkiezingen/provinciale-staten/',
    ]);
    const en = nextElectionView('en', '2026-11-26');
    expect(en?.line).toBe(
      'On 17 March 2027 you elect: the provincial council, the water board and the island council (Bonaire, Sint Eustatius and Saba).',
    );
  });
});
