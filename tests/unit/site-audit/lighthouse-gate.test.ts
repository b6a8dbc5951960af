import { describe, expect, test } from 'vitest';
import {
  formatTable,
  passes,
  skippedAudits,
  type PageScores,
} from '../../../src/lib/site-audit/lighthouse-gate.ts';
import { formatBytes } from '../../../src/lib/site-audit/bench-table.ts';

const scores = (performance: number | null, rest: number): PageScores => ({
  urlPath: '/x/',
  type: 'content',
  scores: { performance, accessibility: rest, 'best-practices': rest, seo: rest },
  failing: [],
  skipped: [],
});

describe('the Lighthouse gate', () => {
  test('performance 95 passes, 94 fails; anything below 100 elsewhere fails; no score fails', () => {
    expect(passes(scores(95, 100))).toBe(true);
    expect(passes(scores(94, 100))).toBe(false);
    expect(passes(scores(100, 99))).toBe(false);
    expect(passes(scores(null, 100))).toBe(false);
  });

  test('only a noindex page skips is-crawlable', () => {
    expect(Object.keys(skippedAudits('<meta name="robots" content="noindex">'))).toEqual(['is-crawlable']);
    expect(skippedAudits('<meta name="description" content="noindex is a word">')).toEqual({});
  });

  test('the table marks failing pages', () => {
    const table = formatTable([scores(100, 100), { ...scores(80, 100), urlPath: '/slow/' }]);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toMatch(/\/slow\/ .*\|\s+80 \|.*FAIL/);
  });

  test('bytes are shown in decimal units', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(30_000)).toBe('30.0 KB');
    expect(formatBytes(1_500_000)).toBe('1.50 MB');
  });
});
