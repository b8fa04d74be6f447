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
   * @param path - Where the key came from, for the error message.
   * @param fn - The calling function, for the error message.
   */
  idOf(key: unknown, path: string, fn: string): number {
    if (typeof key !== 'string') {
      fail('invalid_type', path, `${fn}: ${path} returned ${describe(key)}; a group key must be a string (use String(value)).`);
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
