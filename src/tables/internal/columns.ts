/**
 * Finds a mapping's columns in a table's header, once per table: exact name first, then ignoring case, a byte-order
 * mark, surrounding spaces, and treating spaces, `_` and `-` alike. A column the header lacks is reported with the
 * closest existing column.
 *
 * @internal
 * @module
 */
import { editDistance } from '../../internal/validate.ts';
import type { MappingIssues } from './issues.ts';
import type { TableName } from '../types.ts';

/**
 * A column found in the header: its position (for array rows) and its key as written (for object rows).
 *
 * @internal
 */
export interface BoundColumn {
  /** The header as written, BOM and all: the key of object rows. */
  readonly key: string;
  /** The header as a person reads it (BOM and surrounding spaces removed): for problems. */
  readonly header: string;
  /** Position in the header: the index of array rows. */
  readonly index: number;
}

/**
 * Normalises a header for matching.
 *
 * @internal
 */
export function normaliseHeader(name: string): string {
  // trim() removes a byte-order mark too (U+FEFF is white space to JavaScript), and \s matches one inside a name.
  return name.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/**
 * The displayed form of a header: BOM and surrounding spaces removed.
 *
 * @internal
 */
export function displayHeader(name: string): string {
  return name.trim();
}

/**
 * The header of one table, indexed for lookups.
 *
 * @internal
 */
export class ColumnIndex {
  readonly table: TableName;
  readonly keys: readonly string[];
  private readonly exact = new Map<string, number>();
  private readonly normal = new Map<string, number[]>();
  /** Columns a field used, by index (for `otherColumns`). */
  readonly used: Set<number> = new Set();

  constructor(table: TableName, keys: readonly string[]) {
    this.table = table;
    this.keys = keys;
    keys.forEach((key, i) => {
      if (!this.exact.has(key)) this.exact.set(key, i);
      const n = normaliseHeader(key);
      const list = this.normal.get(n);
      if (list === undefined) this.normal.set(n, [i]);
      else list.push(i);
    });
  }

  /** Whether a column exists, without reporting (an exact header is also its own normalised form). */
  has(name: string): boolean {
    return this.normal.has(normaliseHeader(name));
  }

  /** Finds a column, or reports it (with the closest existing one) and returns undefined. */
  find(name: string, path: string, issues: MappingIssues): BoundColumn | undefined {
    let index = this.exact.get(name);
    if (index === undefined) {
      const candidates = this.normal.get(normaliseHeader(name)) ?? [];
      if (candidates.length > 1) {
        issues.add(
          'invalid_value',
          path,
          `names the column ${JSON.stringify(name)}, which matches ${candidates.length} columns of ${this.table} (${candidates.map((i) => JSON.stringify(displayHeader(this.keys[i] as string))).join(', ')}); write the header exactly as one of them is written.`,
        );
        return undefined;
      }
      index = candidates[0];
    }
    if (index === undefined) {
      const closest = this.closest(name);
      const shown = this.keys.slice(0, 40).map((k) => displayHeader(k));
      issues.add(
        'not_found',
        path,
        `names the column ${JSON.stringify(name)}, which ${this.table} does not have${closest === undefined ? '' : `; the closest is ${JSON.stringify(closest)}`}. ${shown.length === 0 ? `The ${this.table} table has no columns at all: check that its rows have keys, or pass its header as options.columns` : `Columns: ${shown.join(', ')}`}${this.keys.length > 40 ? ` … (${this.keys.length} in all)` : ''}.`,
        closest === undefined ? undefined : `did you mean "${closest}"?`,
      );
      return undefined;
    }
    this.used.add(index);
    const key = this.keys[index] as string;
    return { key, header: displayHeader(key), index };
  }

  /**
   * The existing column closest to a name: edit distance on normalised names relative to the longer name (so a
   * short header is not closest to everything), halved when one name contains the other (`lat` → `latitude`).
   */
  closest(name: string): string | undefined {
    const target = normaliseHeader(name);
    let best: string | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const key of this.keys) {
      const candidate = normaliseHeader(key);
      const longer = Math.max(target.length, candidate.length, 1);
      const contains = candidate.includes(target) || target.includes(candidate);
      // An empty header is in every name: it is not halved. (An empty name would halve every other header alike.)
      const score = (editDistance(target, candidate) / longer) * (contains && candidate.length > 0 ? 0.5 : 1);
      if (score < bestScore) {
        bestScore = score;
        best = displayHeader(key);
      }
    }
    return best;
  }

  /**
   * The columns a template such as `member{n}_dob` matches, with their `n`, in order of `n`; of two columns with the
   * same `n` (`member1_dob`, `member01_dob`), the first in the header.
   */
  template(template: string): { n: number; name: string }[] {
    const found: { n: number; name: string }[] = [];
    const seen = new Set<number>();
    const [before, after] = template.split('{n}') as [string, string];
    const head = normaliseHeader(before + 'X').slice(0, -1);
    const tail = normaliseHeader('X' + after).slice(1);
    for (const key of this.keys) {
      const normal = normaliseHeader(key);
      if (normal.startsWith(head) && normal.endsWith(tail)) {
        // Empty when head and tail overlap or touch, and then not a number.
        const middle = normal.slice(head.length, normal.length - tail.length);
        const n = Number(middle);
        if (/^\d{1,3}$/.test(middle) && !seen.has(n)) {
          seen.add(n);
          found.push({ n, name: displayHeader(key) });
        }
      }
    }
    return found.sort((a, b) => a.n - b.n);
  }
}
