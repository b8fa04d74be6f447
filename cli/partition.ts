/**
 * Partitions of a city's households: household `id` belongs to partition `k` of `N` (1-based) when
 * `fnv1a32(utf8(id)) mod N = k − 1`, where `fnv1a32` is the 32-bit FNV-1a hash (offset basis 2166136261, prime
 * 16777619; http://www.isthe.com/chongo/tech/comp/fnv/) of the id's UTF-8 bytes, as the mapper reads the id (the
 * cell with surrounding white space removed). The hash is stable across machines, Node versions and runs, so
 * `summarize --partition k/N` on different machines splits the same files the same way.
 *
 * @module
 */
import { UsageError } from './errors.ts';

/** A partition `k` of `n` (1 ≤ k ≤ n). */
export interface Partition {
  readonly k: number;
  readonly n: number;
}

/** The whole city as one partition. */
export const WHOLE: Partition = { k: 1, n: 1 };

/** The most partitions a run may have. */
export const MAX_PARTITIONS = 100_000;

/** The 32-bit FNV-1a hash of a string's UTF-8 bytes (an unsigned integer). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      hash = Math.imul(hash ^ c, 0x01000193);
      continue;
    }
    if (c < 0x800) {
      hash = Math.imul(hash ^ (0xc0 | (c >> 6)), 0x01000193);
    } else {
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          i++;
          hash = Math.imul(hash ^ (0xf0 | (c >> 18)), 0x01000193);
          hash = Math.imul(hash ^ (0x80 | ((c >> 12) & 0x3f)), 0x01000193);
          hash = Math.imul(hash ^ (0x80 | ((c >> 6) & 0x3f)), 0x01000193);
          hash = Math.imul(hash ^ (0x80 | (c & 0x3f)), 0x01000193);
          continue;
        }
      }
      // A lone surrogate is written as U+FFFD, as Buffer.from(text, 'utf8') writes it.
      if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
      hash = Math.imul(hash ^ (0xe0 | (c >> 12)), 0x01000193);
      hash = Math.imul(hash ^ (0x80 | ((c >> 6) & 0x3f)), 0x01000193);
    }
    hash = Math.imul(hash ^ (0x80 | (c & 0x3f)), 0x01000193);
  }
  return hash >>> 0;
}

/** The partition (1-based) of an id among `n`. */
export function partitionOf(id: string, n: number): number {
  return n === 1 ? 1 : (fnv1a32(id) % n) + 1;
}

/** Parses `k/N` (`--partition 2/8`). */
export function parsePartition(text: string, option = '--partition'): Partition {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const k = match === null ? Number.NaN : Number(match[1]);
  const n = match === null ? Number.NaN : Number(match[2]);
  if (match === null || n < 1 || n > MAX_PARTITIONS || k < 1 || k > n) {
    const hint = match !== null && n >= 1 && k === 0 ? ` (partitions count from 1: the first of ${n} is 1/${n})` : match !== null && k > n ? ` (${k} is more than ${n})` : '';
    throw new UsageError(`${option} ${text}: write k/N, partition k of N, with 1 ≤ k ≤ N ≤ ${MAX_PARTITIONS.toLocaleString('en-US')}, e.g. ${option} 2/8${hint}.`);
  }
  return { k, n };
}

/** `2/8`. */
export function partitionText(partition: Partition): string {
  return `${partition.k}/${partition.n}`;
}
