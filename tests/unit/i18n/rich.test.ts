/**
 * Sentences with names marked for bidi isolation (src/lib/i18n/rich.ts): the wording still comes from
 * t(), the names come back as parts of their own, and no data can forge or break the markers.
 */
import { describe, expect, it } from 'vitest';
import { joinRich, nameValue, plainText, richList, tRich } from '../../../src/lib/i18n/rich.ts';
import { t } from '../../../src/lib/i18n/t.ts';

describe('tRich', () => {
  it('the same words as t(), with each name value a part of its own', () => {
    const values = { list: 'PVV', votes: '3.031', share: '25,0%', unit: 'Alblasserdam' };
    const r = tRich('nl', 'results.chart.lists.finding', {
      ...values,
      list: nameValue('PVV'),
      unit: nameValue('Alblasserdam'),
    });
    expect(plainText(r)).toBe(t('nl', 'results.chart.lists.finding', values));
    expect(r.filter((p) => 'name' in p)).toEqual([{ name: 'PVV' }, { name: 'Alblasserdam' }]);
    expect(r[0]).toEqual({ name: 'PVV' });
  });

  it('hostile names stay whole and literal: markup, bidi overrides, private-use characters, braces', () => {
    const evil = ['<script>alert(1)</script>', 'Evil\u202Egnp.exe', '\uE0000\uE000{unit}', '\uE001\uE0001'];
    for (const name of evil) {
      const r = tRich('en', 'results.chart.lists.finding', {
        list: nameValue(name),
        unit: nameValue('\uE000'),
        votes: '1',
        share: '1%',
      });
      expect(r.filter((p) => 'name' in p)).toEqual([{ name }, { name: '\uE000' }]);
      expect(plainText(r)).toBe(`${name} won the most votes in \uE000: 1 (1%).`);
    }
  });

  it('plural messages and numbers are still t()’s business', () => {
    const r = tRich('nl', 'results.prev.gone', { count: 2, lists: richList('nl', ['GROENLINKS', 'PvdA']) });
    expect(plainText(r)).toBe(
      'Niet meer onder dezelfde naam op het stembiljet (2 lijsten): GROENLINKS en PvdA.',
    );
    expect(r.filter((p) => 'name' in p)).toEqual([{ name: 'GROENLINKS' }, { name: 'PvdA' }]);
  });

  it('richList and joinRich', () => {
    expect(richList('en', ['A', 'B', 'C'])).toEqual([
      { name: 'A' },
      { text: ', ' },
      { name: 'B' },
      { text: ' and ' },
      { name: 'C' },
    ]);
    expect(joinRich([[{ text: 'One.' }], [], [{ name: 'X' }]])).toEqual([
      { text: 'One.' },
      { text: ' ' },
      { name: 'X' },
    ]);
  });
});
