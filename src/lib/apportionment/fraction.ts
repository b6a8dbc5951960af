/**
 * Exact non-negative rational numbers on BigInt, for the seat allocation (Kieswet P 5 – P 19a).
 *
 * No floating point anywhere: the kiesdeler, remainders and averages are compared exactly, so a
 * tie is a real tie and not an artefact of rounding. Fractions are NOT reduced automatically, so
 * the kiesdeler keeps the form in which the law defines it (votes / seats, e.g. 10432726/150 →
 * "69551 76/150"), as the Kiesraad prints it; use `reduce()` where a reduced form reads better.
 */
export interface FractionJson {
  numerator: string;
  denominator: string;
  /** Mixed-number text, e.g. "69551 76/150", "5", "3/4". */
  text: string;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

export class Fraction {
  readonly num: bigint;
  readonly den: bigint;

  constructor(num: bigint, den: bigint = 1n) {
    if (den === 0n) throw new RangeError('Fraction with denominator 0');
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    this.num = num;
    this.den = den;
  }

  static of(n: bigint | number): Fraction {
    return new Fraction(BigInt(n), 1n);
  }

  add(o: Fraction): Fraction {
    if (this.den === o.den) return new Fraction(this.num + o.num, this.den);
    return new Fraction(this.num * o.den + o.num * this.den, this.den * o.den);
  }

  sub(o: Fraction): Fraction {
    if (this.den === o.den) return new Fraction(this.num - o.num, this.den);
    return new Fraction(this.num * o.den - o.num * this.den, this.den * o.den);
  }

  mul(o: Fraction): Fraction {
    return new Fraction(this.num * o.num, this.den * o.den);
  }

  mulInt(n: bigint): Fraction {
    return new Fraction(this.num * n, this.den);
  }

  div(o: Fraction): Fraction {
    if (o.num === 0n) throw new RangeError('Division by zero');
    return new Fraction(this.num * o.den, this.den * o.num);
  }

  /** Largest integer ≤ this value. */
  floor(): bigint {
    const q = this.num / this.den;
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }

  /** -1, 0 or 1: exact comparison by cross-multiplication. */
  compare(o: Fraction): number {
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  eq(o: Fraction): boolean {
    return this.compare(o) === 0;
  }
  gt(o: Fraction): boolean {
    return this.compare(o) > 0;
  }
  gte(o: Fraction): boolean {
    return this.compare(o) >= 0;
  }
  lt(o: Fraction): boolean {
    return this.compare(o) < 0;
  }

  isZero(): boolean {
    return this.num === 0n;
  }

  reduce(): Fraction {
    const g = gcd(this.num, this.den);
    return g <= 1n ? this : new Fraction(this.num / g, this.den / g);
  }

  /** Mixed-number text: "69551 76/150", "5", "3/4". */
  toText(): string {
    const whole = this.floor();
    const rest = this.num - whole * this.den;
    if (rest === 0n) return whole.toString();
    if (whole === 0n) return `${rest}/${this.den}`;
    return `${whole} ${rest}/${this.den}`;
  }

  toJSON(): FractionJson {
    return { numerator: this.num.toString(), denominator: this.den.toString(), text: this.toText() };
  }
}
