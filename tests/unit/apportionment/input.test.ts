/**
 * Input handling of the seat engine: lenient on harmless variations (category case, digit
 * strings, ISO datetimes), strict on real errors, and every error names its JSON path.
 */
import { describe, expect, it } from 'vitest';
import {
  ApportionmentInputError,
  allocateSeats,
  parseApportionmentInput,
} from '../../../src/lib/apportionment/index.ts';

const base = {
  category: 'GR',
  date: '2022-03-16',
  seats: 10,
  lists: [
    { number: 1, votes: 510 },
    { number: 2, votes: 250 },
    { number: 3, votes: 240 },
  ],
};

function errorOf(input: unknown): ApportionmentInputError {
  try {
    parseApportionmentInput(input);
  } catch (e) {
    if (e instanceof ApportionmentInputError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

describe('harmless variations are accepted', () => {
  it('category in any case', () => {
    expect(allocateSeats({ ...base, category: 'gr' } as never).category).toBe('GR');
    expect(allocateSeats({ ...base, category: ' Tk ' } as never).rules.id).toBe('TK-1989');
  });

  it('counts as strings of digits give the same result as numbers', () => {
    const asStrings = {
      ...base,
      seats: '10',
      lists: base.lists.map((l) => ({ number: String(l.number), votes: String(l.votes) })),
    };
    const a = allocateSeats(asStrings as never);
    const b = allocateSeats(base as never);
    expect(a.lists).toEqual(b.lists);
    expect(a.lists[0]?.votes).toBe(510);
    expect(typeof a.lists[0]?.number).toBe('number');
  });

  it('candidate votes as digit strings', () => {
    const r = allocateSeats({
      ...base,
      lists: [{ number: 1, votes: 30, candidates: ['20', { votes: '10' }] }],
      seats: 2,
    } as never);
    expect(r.lists[0]?.elected?.map((c) => c.votes)).toEqual([20, 10]);
  });

  it.each([
    ['2022-03-16T00:30:00+01:00', '2022-03-16'],
    ['2022-03-16T23:59:59Z', '2022-03-16'],
    ['2022-03-16T10:00', '2022-03-16'],
    ['2022-03-16T10:00:00.123-05:00', '2022-03-16'],
  ])('ISO datetime %s is the election date %s (no time-zone shift)', (date, day) => {
    expect(allocateSeats({ ...base, date } as never).date).toBe(day);
  });
});

describe('real errors are refused with the JSON path', () => {
  it.each([
    [{ ...base, lists: [{ number: 1, votes: '1.589.519' }] }, 'lists[0].votes'],
    [{ ...base, lists: [{ number: 1, votes: '1,589,519' }] }, 'lists[0].votes'],
    [{ ...base, lists: [{ number: 1, votes: '-5' }] }, 'lists[0].votes'],
    [{ ...base, lists: [{ number: 1, votes: ' 5' }] }, 'lists[0].votes'],
    [{ ...base, lists: [{ number: 1, votes: '' }] }, 'lists[0].votes'],
    [{ ...base, lists: [{ number: 1, votes: '1e3' }] }, 'lists[0].votes'],
    [{ ...base, lists: [{ number: 1, votes: 2.5 }] }, 'lists[0].votes'],
    [{ ...base, lists: [{ number: 1, votes: -1 }] }, 'lists[0].votes'],
    [{ ...base, lists: [{ number: 1, votes: null }] }, 'lists[0].votes'],
    [{ ...base, lists: [{ number: 'A', votes: 1 }] }, 'lists[0].number'],
    [{ ...base, lists: [{ number: 1, votes: 1, candidates: [5, '2.0'] }] }, 'lists[0].candidates[1]'],
    [
      { ...base, lists: [{ number: 1, votes: 1, candidates: [{ votes: 'x' }] }] },
      'lists[0].candidates[0].votes',
    ],
    [
      {
        ...base,
        lists: [
          { number: 1, votes: 9e15 },
          { number: 2, votes: 9e15 },
        ],
      },
      'lists',
    ],
    [{ ...base, lists: [{ number: 1, votes: 2 ** 60 }] }, 'lists[0].votes'],
    [{ ...base, seats: '0' }, 'seats'],
    [{ ...base, seats: 'ten' }, 'seats'],
    [{ ...base, category: 'gemeente' }, 'category'],
    [{ ...base, category: 'nr' }, 'category'],
    [{ ...base, date: '2022-02-30' }, 'date'],
    [{ ...base, date: '2022-03-16T25:00' }, 'date'],
    [{ ...base, date: '16-03-2022' }, 'date'],
    [{ ...base, date: 20220316 }, 'date'],
    [[], '$'],
    ['GR', '$'],
  ])('%j → %s', (input, path) => {
    const e = errorOf(input);
    expect(e.path).toBe(path);
    expect(e.message.startsWith(`${path}: `)).toBe(true);
  });
});

describe('extremes', () => {
  it('vote counts of 10^15 are exact (BigInt inside)', () => {
    const r = allocateSeats({
      category: 'TK',
      date: '2023-11-22',
      seats: 3,
      lists: [
        { number: 1, votes: 1e15 + 1 },
        { number: 2, votes: 2e15 - 1 },
      ],
    });
    // kiesdeler = (3·10^15)/3 = 10^15 exactly; list 1 has one vote over it, list 2 one short of 2.
    expect(r.quota.toText()).toBe('1000000000000000');
    expect(r.lists.map((l) => [l.fullSeats, l.seats])).toEqual([
      [1, 1],
      [1, 2],
    ]);
    expect(r.totalVotes).toBe(3e15);
  });

  it('lists with 0 votes never get a seat, not even when every other list is exhausted', () => {
    const r = allocateSeats({
      category: 'GR',
      date: '2022-03-16',
      seats: 9,
      lists: [
        { number: 1, votes: 100, candidates: 3 },
        { number: 2, votes: 0, candidates: 10 },
        { number: 3, votes: 0 },
      ],
    });
    expect(r.lists.map((l) => l.seats)).toEqual([3, 0, 0]);
    expect(r.unassigned).toBe(6);
    expect(r.steps.find((s) => s.type === 'emptySeats')).toMatchObject({ count: 6 });
  });

  it('0 votes in total leaves every seat unassigned with an emptySeats step', () => {
    const r = allocateSeats({ ...base, lists: [{ number: 1, votes: 0 }] } as never);
    expect(r.lists[0]?.seats).toBe(0);
    expect(r.unassigned).toBe(10);
    expect(r.steps.some((s) => s.type === 'emptySeats')).toBe(true);
  });
});
