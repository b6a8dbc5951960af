import { describe, expect, it } from 'vitest';
import {
  componentSnippet,
  iframePath,
  iframeSnippet,
  isResizeMessage,
  municipalityCode,
  type WidgetOptions,
} from '../../../src/lib/embed/widgets.ts';
import { municipalFigures, resultsWidgetView } from '../../../src/lib/embed/results-widget.ts';
import { catalog } from '../../../src/lib/model/catalog.ts';
import { defaultDataDir } from '../../../src/lib/model/load.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const base: WidgetOptions = {
  type: 'uitslag',
  lang: 'nl',
  gemeente: 'GM0014',
  verkiezing: 'TK2023',
  heading: 3,
  compact: false,
  search: false,
};

describe('widget paths and snippets', () => {
  it('reads municipality codes with or without GM and refuses anything else', () => {
    expect(municipalityCode('GM0014')).toBe('0014');
    expect(municipalityCode('gm14')).toBe('0014');
    expect(municipalityCode('0363')).toBe('0363');
    expect(municipalityCode('GM0014"><script>')).toBeNull();
    expect(municipalityCode('')).toBeNull();
  });

  it('puts the iframe pages under /embed/ with the language, election and code', () => {
    expect(iframePath(base)).toBe('/embed/nl/uitslag/tk2023/gm0014/');
    expect(iframePath({ ...base, compact: true, lang: 'en' })).toBe(
      '/embed/en/uitslag/tk2023/gm0014/compact/',
    );
    expect(iframePath({ ...base, type: 'uitleg' })).toBe('/embed/nl/uitleg/');
    expect(() => iframePath({ ...base, gemeente: 'Groningen' })).toThrow(/municipality/);
  });

  it('writes snippets with a titled iframe and escapes every value', () => {
    const html = iframeSnippet('https://opentelling.nl', base, 'Uitslag in "Groningen" <script>');
    expect(html).toContain('src="https://opentelling.nl/embed/nl/uitslag/tk2023/gm0014/"');
    expect(html).toContain('title="Uitslag in &quot;Groningen&quot; &lt;script&gt;"');
    expect(html).toContain('<script src="https://opentelling.nl/embed/resize.js" defer></script>');
    const wc = componentSnippet('https://opentelling.nl', { ...base, compact: true, search: true });
    expect(wc).toContain(
      '<open-telling-widget type="uitslag" gemeente="GM0014" verkiezing="tk2023" lang="nl" heading="3" compact></open-telling-widget>',
    );
  });

  it('accepts only a well-formed resize message', () => {
    expect(isResizeMessage({ type: 'open-telling:resize', height: 480 })).toBe(true);
    expect(isResizeMessage({ type: 'open-telling:resize', height: '480' })).toBe(false);
    expect(isResizeMessage({ type: 'open-telling:resize', height: 1e9 })).toBe(false);
    expect(isResizeMessage({ type: 'other', height: 480 })).toBe(false);
    expect(isResizeMessage(null)).toBe(false);
  });
});

describe('results widget figures', () => {
  it('shows Groningen (TK2023) as in the kieskring file: valid votes, turnout, lists sorted by votes', async () => {
    const c = await catalog(defaultDataDir);
    const entry = c.get('TK2023');
    const f = (await municipalFigures(entry)).get('0014')!;
    // Read the same unit straight from the committed JSON, without the model code.
    const raw = JSON.parse(
      readFileSync(path.join(defaultDataDir, 'TK2023', 'counts', 'hsb', 'HSB1.json'), 'utf8'),
    ) as {
      lists: { name: string }[];
      rejectedReasons: string[];
      units: { code: string; cast: number; totalCounted: number; rejected: number[]; votes: number[][] }[];
    };
    const u = raw.units.find((x) => x.code === '0014')!;
    expect(f.valid).toBe(u.totalCounted);
    expect(f.eligible).toBe(u.cast);
    expect(f.cast).toBe(u.totalCounted + u.rejected[0]! + u.rejected[1]!);
    const view = resultsWidgetView(entry, f, 'nl', '/x/', true);
    const expected = raw.lists
      .map((l, i) => ({ name: l.name, votes: u.votes[i]![0]! }))
      .sort((a, b) => b.votes - a.votes);
    expect(view.lists.map((l) => l.name)).toEqual(expected.slice(0, 5).map((l) => l.name));
    expect(view.lists[0]!.votes).toBe(new Intl.NumberFormat('nl-NL').format(expected[0]!.votes));
    expect(view.lists[0]!.bar).toBe(1000);
    const others = expected.slice(5).reduce((s, l) => s + l.votes, 0);
    expect(view.others?.votes).toBe(new Intl.NumberFormat('nl-NL').format(others));
    expect(view.title).toBe('Uitslag in Groningen');
  });

  it('has a widget for every TK2023 municipality in the kieskring files and every GR2022 council', async () => {
    const c = await catalog(defaultDataDir);
    const gr = await municipalFigures(c.get('GR2022'));
    expect(gr.size).toBe(330);
    expect([...gr.values()].every((f) => f.status === 'provisional' || f.code === '0668')).toBe(true);
  });
});
