import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { U32Counter } from '../../src/chronology/u32-counter';

describe('U32Counter', () => {
  it('counts like a Map, for any 32-bit keys, across growth', () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 3000 }), (keys) => {
      const counter = new U32Counter(4);
      const map = new Map<number, number>();
      for (const k of keys) { counter.increment(k); map.set(k, (map.get(k) ?? 0) + 1); }
      for (const [k, n] of map) expect(counter.get(k)).toBe(n);
      expect(counter.get(2 ** 32 - 1 - 7)).toBe(map.get(2 ** 32 - 1 - 7) ?? 0);
    }), { numRuns: 60 });
  });

  it('keeps 0 and large keys apart', () => {
    const c = new U32Counter();
    c.increment(0); c.increment(2 ** 32 - 1); c.increment(2 ** 32 - 1);
    expect([c.get(0), c.get(2 ** 32 - 1), c.get(5)]).toEqual([1, 2, 0]);
  });
});
