/**
 * Exact, order-independent sums of doubles for the monitor's mergeable partial state.
 *
 * A sum is kept as a list of non-overlapping doubles (a floating-point expansion) whose exact real sum is the sum
 * of everything added: Shewchuk (1997), "Adaptive precision floating-point arithmetic and fast robust geometric
 * predicates", as Python's `math.fsum` does it (Raymond Hettinger's msum recipe). Its value is the exact sum
 * correctly rounded to a double, so it does not depend on the order of the additions or on how the records were
 * split between partitions: partial sums merge exactly.
 *
 * @internal
 * @module
 */

/** A growing exact sum. */
export class ExactSum {
  /** Non-overlapping partials, increasing in magnitude. */
  readonly partials: number[] = [];

  /** Adds a finite double exactly. */
  add(value: number): void {
    const partials = this.partials;
    let x = value;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j] as number;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }

  /** Adds every partial of another exact sum (or of an encoded one). */
  addAll(values: readonly number[]): void {
    for (const value of values) this.add(value);
  }

  /** The exact sum, correctly rounded to the nearest double (ties to even). */
  value(): number {
    return roundedSum(this.partials);
  }

  /** The exact sum as a canonical expansion: the rounded sum, then the rounded rest, and so on (a function of the exact value only). */
  canonical(): number[] {
    const out: number[] = [];
    const rest = new ExactSum();
    rest.addAll(this.partials);
    for (let guard = 0; guard < 40; guard++) {
      const head = rest.value();
      if (head === 0) break;
      out.push(head);
      rest.add(-head);
    }
    return out;
  }
}

/** The correctly rounded value of an expansion (Python's `fsum` final step, with its half-even correction). */
function roundedSum(partials: readonly number[]): number {
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n] as number;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n] as number;
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo !== 0) break;
  }
  if (n > 0 && ((lo < 0 && (partials[n - 1] as number) < 0) || (lo > 0 && (partials[n - 1] as number) > 0))) {
    const y = lo * 2;
    const x = hi + y;
    const yr = x - hi;
    if (y === yr) hi = x;
  }
  return hi;
}

/**
 * An exact sum as JSON: a plain number when one double holds it exactly (every count, most sums), else the
 * canonical expansion (the rounded sum first, then what it leaves, each rounded).
 */
export type ExactNumber = number | readonly number[];

/** Encodes an exact sum canonically. */
export function encodeExact(sum: ExactSum): ExactNumber {
  const canonical = sum.canonical();
  if (canonical.length === 0) return 0;
  return canonical.length === 1 ? (canonical[0] as number) : canonical;
}

/** The parts of an encoded exact number. */
export function exactParts(value: ExactNumber): readonly number[] {
  return typeof value === 'number' ? [value] : value;
}

/** Adds two encoded exact numbers; the result is canonical. */
export function addExact(a: ExactNumber, b: ExactNumber): ExactNumber {
  if (typeof a === 'number' && typeof b === 'number') {
    // TwoSum (Knuth): the rounding error of a + b is exactly err; none for counts below 2^53.
    const s = a + b;
    const bb = s - a;
    const err = a - (s - bb) + (b - bb);
    if (err === 0) return s;
  }
  const sum = new ExactSum();
  sum.addAll(exactParts(a));
  sum.addAll(exactParts(b));
  return encodeExact(sum);
}

/** The value of an encoded exact number, correctly rounded. */
export function exactValue(value: ExactNumber): number {
  if (typeof value === 'number') return value;
  const sum = new ExactSum();
  sum.addAll(value);
  return sum.value();
}
