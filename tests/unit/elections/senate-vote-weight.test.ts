import { describe, expect, it } from 'vitest';
import { senateVoteWeight, weightedVotes } from '../../../src/lib/elections/senate-vote-weight.ts';

describe('senateVoteWeight (Kieswet U 2)', () => {
  it('divides the inhabitants by 100 × seats and rounds to a whole number', () => {
    // Worked by hand: 1,000,000 / (100 × 47) = 1,000,000 / 4,700 = 212.77… → 213.
    expect(senateVoteWeight(1_000_000, 47).weight).toBe(213n);
    // 390,000 / (100 × 39) = 100 exactly (Zeeland-sized province).
    expect(senateVoteWeight(390_000, 39).weight).toBe(100n);
  });

  it('rounds exactly one half upwards and anything below down', () => {
    // 2,350 / (100 × 1) = 23.5 → 24; 2,349 / 100 = 23.49 → 23.
    expect(senateVoteWeight(2_350, 1).weight).toBe(24n);
    expect(senateVoteWeight(2_349, 1).weight).toBe(23n);
  });

  it('keeps the exact fraction for display', () => {
    expect(senateVoteWeight(1_000_000, 47).exact).toEqual({ num: 1_000_000n, den: 4_700n });
  });

  it('refuses impossible inputs', () => {
    expect(() => senateVoteWeight(1000, 0)).toThrow(RangeError);
    expect(() => senateVoteWeight(-1, 5)).toThrow(RangeError);
  });

  it('adds the weighted votes of several bodies', () => {
    // 10 members of a province with weight 213 and 3 of one with weight 100: 2,130 + 300 = 2,430.
    expect(
      weightedVotes([
        { votes: 10, weight: 213n },
        { votes: 3, weight: 100n },
      ]),
    ).toBe(2_430n);
  });
});

describe('the worked example on the Eerste Kamer page', async () => {
  const { senateExampleView } = await import('../../../src/lib/elections/senate-example.ts');
  // By hand: 4,700 × 212 = 996,400, so 1,000,000 / 4,700 = 212 3600/4700 = 212.77 → 213.
  it('states its inputs and the hand-checked result in both languages', () => {
    const nl = senateExampleView('nl').lines.join(' ');
    expect(nl).toContain('1.000.000 inwoners en 47 zetels');
    // The whole number and the fraction are joined by a no-break space (format.ts), so they never split.
    expect(nl).toContain('1.000.000 / 4.700 = 212\u00a03600/4700');
    expect(nl).toContain('Afgerond is de stemwaarde 213.');
    expect(nl).toContain('10 × 213 = 2.130 gewogen stemmen');
    const en = senateExampleView('en').lines.join(' ');
    expect(en).toContain('1,000,000 / 4,700 = 212\u00a03600/4700');
    expect(en).toContain('10 × 213 = 2,130 weighted votes');
  });
});
