import { describe, expect, it } from 'vitest';
import { candidatePairs, MAX_BLOCK, PAIR } from '../../src/chronology/blocking';

const pairs = (days: number[], keys: number[][]) =>
  Array.from(candidatePairs(Float64Array.from(days), (i, put) => keys[i]!.forEach(put)), (p) => [Math.floor(p / PAIR), p % PAIR]);

describe('candidatePairs (blocking by key and day)', () => {
  it('pairs items sharing a key on the same day or on two days in a row, each pair once', () => {
    // items: 0 and 1 share keys 7 and 9 on day 100; 2 has key 7 on day 101; 3 has key 7 on day 103.
    expect(pairs([100, 100, 101, 103], [[7, 9], [9, 7], [7], [7]])).toEqual([[0, 1], [0, 2], [1, 2]]);
  });

  it('never pairs items without a shared key, or two days apart', () => {
    expect(pairs([100, 100, 102], [[1], [2], [1]])).toEqual([]);
  });

  it('lets undated items meet only each other', () => {
    expect(pairs([NaN, NaN, 100], [[5], [5], [5]])).toEqual([[0, 1]]);
  });

  it('takes keys of up to 32 bits', () => {
    expect(pairs([1, 1], [[2 ** 32 - 1], [2 ** 32 - 1]])).toEqual([[0, 1]]);
  });

  it('ignores a block larger than MAX_BLOCK on one day (a common phrase, not evidence)', () => {
    const n = MAX_BLOCK + 1;
    expect(pairs(Array(n).fill(10), Array.from({ length: n }, () => [3]))).toEqual([]);
    expect(pairs(Array(MAX_BLOCK).fill(10), Array.from({ length: MAX_BLOCK }, () => [3])).length).toBe(MAX_BLOCK * (MAX_BLOCK - 1) / 2);
  });
});
