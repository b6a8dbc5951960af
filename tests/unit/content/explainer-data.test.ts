/**
 * The explainer's process visuals show figures from a small committed file
 * (content/explainer/*.json). This test recomputes every figure from the published files in
 * ../shared/data, so a wrong number cannot be published silently.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, createReadStream } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import chain from '../../../content/explainer/tk2023-chain.json';
import timeline from '../../../content/explainer/tk2023-timeline.json';
import { hasSharedData, sharedPath } from '../../helpers/shared-data.ts';
import { layoutChain } from '../../../src/lib/charts/chain.ts';
import { layoutTimeline } from '../../../src/lib/charts/timeline.ts';
import { wrapText } from '../../../src/lib/charts/wrap.ts';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  path: string[];
}

/** Streams an XML file and calls `onClose` for every element with its text and ancestor names. */
async function eachElement(file: string, onClose: (el: Element) => void): Promise<void> {
  const parser = new SaxesParser({ xmlns: false });
  const stack: Element[] = [];
  parser.on('opentag', (tag) => {
    stack.push({
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      text: '',
      path: stack.map((e) => e.name),
    });
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    const el = stack.pop();
    if (el) onClose(el);
  });
  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) parser.write(chunk as string);
  parser.close();
}

const figures = chain.figures;

describe.skipIf(!hasSharedData)('TK2023 chain figures agree with the published files', () => {
  it('polling places: one row per stemlokaal in the Centerdata list', () => {
    const rows = parse(readFileSync(sharedPath(figures.pollingPlaces.source), 'utf8'), {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    expect(rows.length).toBe(figures.pollingPlaces.value);
    expect(rows.filter((r) => r['Type stembureau'] === 'mobiel').length).toBe(
      figures.mobilePollingPlaces.value,
    );
  });

  it('municipalities, openbare lichamen and kieskringen: from the election definition (110a)', async () => {
    const regions: { category: string; number: string }[] = [];
    let firstDateChecked = { election: '', nomination: '' };
    await eachElement(sharedPath(figures.municipalities.source), (el) => {
      if (el.name === 'kr:Region') {
        regions.push({
          category: el.attributes['RegionCategory'] ?? '',
          number: el.attributes['RegionNumber'] ?? '',
        });
      }
      if (el.name === 'kr:ElectionDate') firstDateChecked = { ...firstDateChecked, election: el.text.trim() };
      if (el.name === 'kr:NominationDate')
        firstDateChecked = { ...firstDateChecked, nomination: el.text.trim() };
    });
    const gemeenten = regions.filter((r) => r.category === 'GEMEENTE');
    const special = new Set(['9001', '9002', '9003', '9010']);
    expect(gemeenten.filter((r) => !special.has(r.number)).length).toBe(figures.municipalities.value);
    expect(gemeenten.filter((r) => ['9001', '9002', '9003'].includes(r.number)).length).toBe(
      figures.openbareLichamen.value,
    );
    expect(regions.filter((r) => r.category === 'KIESKRING').length).toBe(figures.kieskringen.value);

    // The timeline's election day and nomination day are the ones in the definition.
    const dates = timeline.events.map((e) => e.date);
    expect(dates).toContain(firstDateChecked.election);
    expect(dates).toContain(firstDateChecked.nomination);
  });

  it('one centraal stembureau: the Kiesraad signs the result (520)', async () => {
    const authorities: string[] = [];
    await eachElement(sharedPath(figures.centraalStembureau.source), (el) => {
      if (el.name === 'AuthorityIdentifier') authorities.push(`${el.attributes['Id']}:${el.text.trim()}`);
    });
    expect(authorities).toEqual(['CSB:De Kiesraad']);
    expect(figures.centraalStembureau.value).toBe(authorities.length);
  });

  it('eligible voters, votes cast and valid votes: national totals of the Totaaltelling (510d)', async () => {
    const national: Record<string, number> = {};
    await eachElement(sharedPath(figures.votesCast.source), (el) => {
      // Only the national TotalVotes, not the per-kieskring ReportingUnitVotes.
      if (!el.path.includes('TotalVotes') || el.path.includes('Selection')) return;
      const key = el.name === 'RejectedVotes' ? `rejected:${el.attributes['ReasonCode']}` : el.name;
      national[key] = Number(el.text.trim());
    });
    expect(national['Cast']).toBe(figures.eligibleVoters.value);
    expect(national['TotalCounted']).toBe(figures.validVotes.value);
    const cast =
      (national['TotalCounted'] ?? 0) +
      (national['rejected:blanco'] ?? 0) +
      (national['rejected:ongeldig'] ?? 0);
    expect(cast).toBe(figures.votesCast.value);
  });

  it('postal votes from abroad: unit HSB12::9010 (NBSB) in the kieskring file of The Hague', async () => {
    let inNbsb = false;
    let total = 0;
    const parser = new SaxesParser();
    let current = '';
    let text = '';
    parser.on('opentag', (tag) => {
      current = tag.name;
      text = '';
      if (tag.name === 'ReportingUnitIdentifier') inNbsb = tag.attributes['Id'] === 'HSB12::9010';
      if (tag.name === 'ReportingUnitVotes') inNbsb = false;
    });
    parser.on('text', (t) => (text += t));
    parser.on('closetag', (tag) => {
      if (inNbsb && (tag.name === 'TotalCounted' || tag.name === 'RejectedVotes') && current === tag.name) {
        total += Number(text.trim());
      }
      if (tag.name === 'ReportingUnitVotes') inNbsb = false;
    });
    for await (const chunk of createReadStream(sharedPath(figures.nbsbVotesCast.source), {
      encoding: 'utf8',
    })) {
      parser.write(chunk as string);
    }
    parser.close();
    expect(total).toBe(figures.nbsbVotesCast.value);
  });
});

describe('chart geometry', () => {
  it('wraps text greedily at the given width', () => {
    expect(wrapText('een twee drie vier', 9)).toEqual(['een twee', 'drie vier']);
    expect(wrapText('lang', 2)).toEqual(['lang']);
  });

  it('stacks chain boxes inside a 320 px view box with an arrow between each pair', () => {
    const layout = layoutChain(
      [
        { title: 'A', figure: '1', detail: 'x' },
        { title: 'B', figure: '2', detail: 'y' },
        { title: 'C', figure: '3', detail: 'z' },
      ],
      320,
    );
    expect(layout.boxes).toHaveLength(3);
    expect(layout.arrows).toHaveLength(2);
    for (const box of layout.boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    // Boxes do not overlap and the arrow runs from one box to the next.
    const [a, b] = layout.boxes;
    expect((a?.y ?? 0) + (a?.height ?? 0)).toBeLessThan(b?.y ?? 0);
    expect(layout.arrows[0]).toMatch(/^M160,/);
    expect(layout.height).toBe((layout.boxes[2]?.y ?? 0) + (layout.boxes[2]?.height ?? 0) + 1);
  });

  it('orders timeline events by date and keeps every text line inside the view box', () => {
    const layout = layoutTimeline(
      [
        {
          date: '2023-12-01',
          dateLabel: '1 dec',
          text: 'De Kiesraad stelt de uitslag vast, in een openbare zitting.',
          key: true,
        },
        { date: '2023-11-22', dateLabel: '22 nov', text: 'Verkiezingsdag.' },
      ],
      320,
    );
    expect(layout.items.map((i) => i.date)).toEqual(['2023-11-22', '2023-12-01']);
    expect(layout.items[0]?.cy).toBeLessThan(layout.items[1]?.cy ?? 0);
    expect(layout.items[1]?.marker).not.toBe(layout.items[0]?.marker); // diamond vs circle
    for (const item of layout.items) {
      for (const line of item.textLines) expect(line.x + line.text.length * 7.4).toBeLessThanOrEqual(320);
    }
    expect(layout.height).toBeGreaterThan(layout.items[1]?.cy ?? 0);
  });
});
