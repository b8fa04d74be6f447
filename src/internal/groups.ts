/**
 * Interning of string group keys. Groups live in a `Map`, never in a plain object, so a group called
 * `__proto__`, `constructor` or `toString` is just a group.
 *
 * @internal
 * @module
 */
import { describe, fail } from './errors.ts';

/**
 * Assigns each distinct string key a dense integer id (0, 1, 2, … in order of first appearance), so hot loops
 * can count into typed arrays instead of building objects per record.
 *
 * @internal
 */
export class GroupIndex {
  private readonly ids = new Map<string, number>();
  /** Keys in id order. */
  readonly keys: string[] = [];

  /**
   * The id of a key, adding it when new. Throws when the key is not a string.
   *
   * @param key - The group key.
   * @param path - Where the key came from, for the error: the field (`rows[3].group`), or the record when an
   *   accessor computed it (`rows[3]`).
   * @param fn - The calling function, for the error message.
   * @param accessor - The option that computed the key (`options.by`), when a function did: the message then
   *   says what it returned for which record instead of what the field is.
   */
  idOf(key: unknown, path: string, fn: string, accessor?: string): number {
    if (typeof key !== 'string') {
      // The accessor form is worded as retention's and tabulate's own checks of options.by.
      const message =
        accessor === undefined
          ? `${fn}: ${path} is ${describe(key)}; a group key must be a string (convert it with String(value) first).`
          : `${fn}: ${accessor} returned ${describe(key)} for ${path}; a group key must be a string (use String(value)).`;
      fail('invalid_type', path, message);
    }
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  /** The id of a key, or `undefined` when the key is unknown. */
  get(key: string): number | undefined {
    return this.ids.get(key);
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.keys.length;
  }
}
