/**
 * Renders each chart component once with real data (Astro container API) and checks the markup:
 * seat dots = seats, one path per municipality, nothing outside the viewBox, cards for BES/NBSB.
 * With CHARTS_PREVIEW=<dir> it also writes <dir>/charts.html (with the site CSS) for a screenshot.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Hemicycle from '../../../src/components/charts/Hemicycle.astro';
import MunicipalityMap from '../../../src/components/charts/MunicipalityMap.astro';
import PlacesMap from '../../../src/components/charts/PlacesMap.astro';
import { listColours } from '../../../src/lib/charts/list-colours.ts';
import { largestListColouring, turnoutColouring } from '../../../src/lib/charts/map-scales.ts';
import { loadBoundaries } from '../../../src/lib/geo/load.ts';
import { tk2023 } from '../../helpers/chart-fixtures.ts';
import { loadElection } from '../../../src/lib/model/load.ts';
import { municipalityFigures } from '../../../src/lib/results/municipality-figures.ts';

const rendered: { name: string; html: string }[] = [];
let container: AstroContainer;
let data: Awaited<ReturnType<typeof tk2023>>;

beforeAll(async () => {
  container = await AstroContainer.create();
  data = await tk2023();
});

function svgOf(html: string): string {
  const m = /<svg role="img"[\s\S]*?<\/svg>/.exec(html);
  if (!m) throw new Error('no chart svg');
  return m[0];
}

/** Seat circles (the pattern tiles in <defs> left out). */
function seatDots(svg: string) {
  return [
    ...svg
      .replace(/<defs>[\s\S]*?<\/defs>/, '')
      .matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g),
  ];
}

function viewBox(svg: string): [number, number] {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  return [Number(m![1]), Number(m![2])];
}

describe('Hemicycle', () => {
  it('TK2023: 150 seat dots inside the viewBox, legend in words', async () => {
    const html = await container.renderToString(Hemicycle, {
      props: {
        locale: 'nl',
        id: 'hc-tk2023',
        lists: data.seats,
        colours: data.colours,
        title: 'Zetels in de Tweede Kamer',
        caption: 'PVV kreeg de meeste zetels: 37.',
      },
    });
    rendered.push({ name: 'Hemicycle TK2023', html });
    const svg = svgOf(html);
    const [w, h] = viewBox(svg);
    const dots = seatDots(svg);
    expect(dots).toHaveLength(150);
    for (const [, cx, cy, r] of dots) {
      expect(Number(cx) - Number(r)).toBeGreaterThanOrEqual(0);
      expect(Number(cx) + Number(r)).toBeLessThanOrEqual(w);
      expect(Number(cy) - Number(r)).toBeGreaterThanOrEqual(0);
      expect(Number(cy) + Number(r)).toBeLessThanOrEqual(h);
    }
    // the legend names the list isolated in <bdi> (WCAG 2.2 SC 1.3.2), then its seats
    expect(html).toContain('<bdi class="ot-name">PVV (Partij voor de Vrijheid)</bdi>: 37 zetels');
    expect(html).toContain('<bdi class="ot-name">JA21</bdi>: 1 zetel<');
    expect(html).not.toContain('50PLUS: 0'); // lists without seats are not in the drawing's key
    console.log(`Hemicycle TK2023 SVG: ${svg.length} bytes`);
  });

  it('a 9-seat council in English', async () => {
    const lists = [
      { list: '1', name: 'Lokaal Belang', seats: 4 },
      { list: '2', name: 'A very long local party name that must wrap in the key', seats: 3 },
      { list: '3', name: 'Groen', seats: 2 },
      { list: '4', name: 'Nobody', seats: 0 },
    ];
    const html = await container.renderToString(Hemicycle, {
      props: {
        locale: 'en',
        id: 'hc-council',
        lists,
        colours: listColours(lists.map((l) => ({ ...l, votes: l.seats * 100 }))),
        title: 'Council seats',
        caption: 'Lokaal Belang won 4 of the 9 seats.',
      },
    });
    rendered.push({ name: 'Hemicycle 9 seats (en)', html });
    const svg = svgOf(html);
    expect(seatDots(svg)).toHaveLength(9);
    expect(html).toContain('<bdi class="ot-name">Groen</bdi>: 2 seats');
    console.log(`Hemicycle 9 seats SVG: ${svg.length} bytes`);
  });
});

describe('MunicipalityMap', () => {
  it('TK2023 turnout: one path per municipality, BES and NBSB as cards', async () => {
    const boundaries = loadBoundaries('gemeenten-2023');
    const colouring = turnoutColouring(
      'nl',
      data.municipalities.map((m) => ({
        code: m.code,
        name: m.name,
        voted: m.voted,
        eligible: m.eligible,
        href: `/uitslag/tk2023/gemeente/${m.code}/`,
      })),
    );
    const html = await container.renderToString(MunicipalityMap, {
      props: {
        locale: 'nl',
        id: 'map-turnout',
        boundaries,
        colouring,
        valueLabel: 'Opkomst',
        areaLinks: true,
        title: 'Opkomst per gemeente',
        caption: 'De opkomst verschilde sterk per gemeente.',
      },
    });
    rendered.push({ name: 'Map turnout TK2023', html });
    const svg = svgOf(html);
    const areas = svg.slice(svg.indexOf('ot-map__area'));
    const paths = [
      ...svg.matchAll(/<a href="\/uitslag\/tk2023\/gemeente\/(\d{4})\/" tabindex="-1"><path d="/g),
    ].map((m) => m[1]);
    expect(paths).toHaveLength(342);
    expect(new Set(paths).size).toBe(342);
    expect(paths.filter((c) => Number(c) >= 9000)).toEqual([]);
    expect(areas.length).toBeGreaterThan(0);
    const cards = html.slice(
      html.indexOf('ot-map__card-list'),
      html.indexOf('ot-legend__heading', html.indexOf('ot-map__card-list')),
    );
    for (const name of ['Bonaire', 'Sint Eustatius', 'Saba', 'NBSB']) expect(cards).toContain(name);
    console.log(`Map turnout SVG: ${svg.length} bytes`);
  });

  it('TK2023 largest list in list colours', async () => {
    const boundaries = loadBoundaries('gemeenten-2023');
    const colouring = largestListColouring(
      'en',
      data.municipalities.map((m) => ({ code: m.code, name: m.name, votes: m.lists })),
      data.colours,
    );
    const html = await container.renderToString(MunicipalityMap, {
      props: {
        locale: 'en',
        id: 'map-largest',
        boundaries,
        colouring,
        valueLabel: 'Largest list',
        title: 'Largest list per municipality',
        caption: 'PVV was the largest list in most municipalities.',
      },
    });
    rendered.push({ name: 'Map largest list TK2023 (en)', html });
    const svg = svgOf(html);
    expect([...svg.replace(/<defs>[\s\S]*?<\/defs>/, '').matchAll(/<path d="/g)].length).toBe(342);
    console.log(`Map largest SVG: ${svg.length} bytes`);
  });
});

describe('MunicipalityMap GR2022', () => {
  it('turnout per council on the 2022 boundaries: every municipality with figures is on the map', async () => {
    const snap = await loadElection('GR2022');
    const figures = await municipalityFigures(snap);
    const boundaries = loadBoundaries('gemeenten-2022');
    const colouring = turnoutColouring(
      'nl',
      figures.map((m) => ({ code: m.code, name: m.name, voted: m.voted, eligible: m.eligible })),
    );
    const html = await container.renderToString(MunicipalityMap, {
      props: {
        locale: 'nl',
        id: 'map-gr2022',
        boundaries,
        colouring,
        valueLabel: 'Opkomst',
        title: 'Opkomst per gemeente, gemeenteraadsverkiezingen 2022',
        caption: 'Opkomst per gemeente.',
      },
    });
    rendered.push({ name: 'Map turnout GR2022', html });
    const svg = svgOf(html);
    expect(figures.length).toBeGreaterThan(300);
    // No card: every council with figures has a 2022 boundary.
    expect(html).not.toContain('ot-map__card-list');
    // The 344 − figures municipalities without a CSV are drawn as "no data" and named so in the key.
    expect(html).toContain('geen gegevens');
    expect([...svg.replace(/<defs>[\s\S]*?<\/defs>/, '').matchAll(/<path d="/g)].length).toBe(344);
    console.log(`Map GR2022 SVG: ${svg.length} bytes`);
  });
});

describe('PlacesMap', () => {
  async function render(code: string, municipality: string, locale: 'nl' | 'en' = 'nl') {
    const all = (await data.snap.pollingPlaces()) ?? [];
    const places = all
      .filter((p) => p.code === code)
      .map((p) => ({ key: p.id, name: p.name, lat: p.lat, lon: p.lon, address: `${p.address}, ${p.place}` }));
    const html = await container.renderToString(PlacesMap, {
      props: {
        locale,
        id: `places-${code}`,
        boundaries: loadBoundaries('gemeenten-2023'),
        code,
        municipality,
        places,
        title: `Stembureaus in ${municipality}`,
        caption: `${municipality} had ${places.length} stembureaus.`,
      },
    });
    return { html, places };
  }

  it('Pekela: every place a numbered dot inside the viewBox, and all in the list', async () => {
    const { html, places } = await render('0765', 'Pekela');
    rendered.push({ name: 'PlacesMap Pekela', html });
    const svg = svgOf(html);
    const [w, h] = viewBox(svg);
    const circles = [
      ...svg.replace(/<defs>[\s\S]*?<\/defs>/, '').matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g),
    ];
    expect(places.length).toBeGreaterThan(3);
    // One small dot per place (r 3.5), plus a numbered bubble for each place whose number found room.
    expect(circles.filter((c) => /r="3.5"/.test(svg.slice(c.index!, c.index! + 60)))).toHaveLength(
      places.length,
    );
    for (const [, cx, cy] of circles) {
      expect(Number(cx)).toBeGreaterThanOrEqual(0);
      expect(Number(cx)).toBeLessThanOrEqual(w);
      expect(Number(cy)).toBeGreaterThanOrEqual(0);
      expect(Number(cy)).toBeLessThanOrEqual(h);
    }
    expect([...html.matchAll(/class="ot-places__item"/g)]).toHaveLength(places.length);
    console.log(`PlacesMap Pekela SVG: ${svg.length} bytes`);
  });

  it('Amsterdam: too crowded for numbers, so dots only, and every place in the list', async () => {
    const { html, places } = await render('0363', 'Amsterdam', 'en');
    rendered.push({ name: 'PlacesMap Amsterdam (en)', html });
    const svg = svgOf(html);
    expect(svg).not.toContain('<text');
    expect(svg).toContain('too close together for numbers');
    expect([...html.matchAll(/class="ot-places__item"/g)]).toHaveLength(places.length);
    console.log(`PlacesMap Amsterdam SVG: ${svg.length} bytes`);
  });

  it('renders nothing for a code without a boundary (Bonaire)', async () => {
    const { html } = await render('9001', 'Bonaire');
    expect(html).not.toContain('<svg');
  });
});

describe('preview', () => {
  it('writes a preview page when CHARTS_PREVIEW is set', () => {
    const dir = process.env['CHARTS_PREVIEW'];
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    const css = ['theme.css', 'site.css', 'charts.css']
      .map((f) => readFileSync(path.join('src/styles', f), 'utf8'))
      .join('\n');
    // Scoped component styles are not in renderToString output's <style>: inline what we render.
    const body = rendered.map((r) => `<section><h2>${r.name}</h2>${r.html}</section>`).join('\n');
    writeFileSync(
      path.join(dir, 'charts.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><style>${css}\nbody{font-family:sans-serif;margin:1rem;font-size:1.125rem}</style></head><body class="utrecht-document">${body}</body></html>`,
    );
  });
});
