import { describe, expect, test } from 'vitest';
import { searchFilter } from '../../../src/lib/site/search-filter.ts';

describe('searchFilter', () => {
  test('names the filter in the page language, value as given', () => {
    expect(searchFilter('nl', 'election', 'Tweede Kamer 2023')).toBe('Verkiezing:Tweede Kamer 2023');
    expect(searchFilter('en', 'election', 'House of Representatives 2023')).toBe(
      'Election:House of Representatives 2023',
    );
    expect(searchFilter('nl', 'type', 'Partij')).toBe('Soort:Partij');
    expect(searchFilter('en', 'type', 'Party')).toBe('Type:Party');
  });
});
