import { describe, expect, it } from 'vitest';
import { compareNotes, parseWholeNumber } from '../../../src/lib/verify/notes.ts';

describe('check your own notes', () => {
  it('reads whole numbers as people write them, and nothing else', () => {
    expect(parseWholeNumber(' 1234 ')).toBe(1234);
    expect(parseWholeNumber('1.234')).toBe(1234);
    expect(parseWholeNumber('1,234')).toBe(1234);
    expect(parseWholeNumber('')).toBeNull();
    for (const bad of ['12.5', '-3', '1e3', 'abc', '12 3', '0x10', '1.23'])
      expect(parseWholeNumber(bad), bad).toBe('invalid');
  });

  it('compares per figure: same, differs (with the signed difference), empty, invalid', () => {
    const r = compareNotes(
      [
        { key: 'list-1', value: 120 },
        { key: 'list-2', value: 80 },
        { key: 'valid', value: 200 },
        { key: 'blank', value: 3 },
      ],
      { 'list-1': '120', 'list-2': '79', blank: 'drie' },
    );
    expect(r.map((x) => [x.key, x.status, x.difference])).toEqual([
      ['list-1', 'same', 0],
      ['list-2', 'differs', -1],
      ['valid', 'empty', null],
      ['blank', 'invalid', null],
    ]);
  });
});
