/**
 * Counts per 32-bit key (term hashes) in two typed arrays, open addressing with linear probing.
 * A Map would box every key above 2^30 as a heap number: millions of them for a large corpus.
 */
export class U32Counter {
  private keys: Uint32Array;
  private counts: Uint32Array;
  private used = 0;

  constructor(expected = 1024) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, expected * 2)));
    this.keys = new Uint32Array(size);
    this.counts = new Uint32Array(size);
  }

  /** Adds one to the count of key. */
  increment(key: number): void {
    const slot = this.slot(key);
    if (this.counts[slot] === 0) {
      this.keys[slot] = key;
      if (++this.used * 2 > this.keys.length) { this.counts[slot] = 1; this.grow(); return; }
    }
    this.counts[slot]!++;
  }

  /** Sets the count of key (a positive number), as if incremented that many times from 0. */
  set(key: number, count: number): void {
    const slot = this.slot(key);
    if (this.counts[slot] === 0) {
      this.keys[slot] = key;
      if (++this.used * 2 > this.keys.length) { this.counts[slot] = count; this.grow(); return; }
    }
    this.counts[slot] = count;
  }

  /** The count of key (0 if never added). */
  get(key: number): number {
    return this.counts[this.slot(key)]!;
  }

  /** Where key is, or the empty slot where it would go. A count of 0 marks an empty slot. */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.counts[s] !== 0 && this.keys[s] !== key) s = (s + 1) & mask;
    return s;
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    for (let s = 0; s < keys.length; s++) {
      if (counts[s] === 0) continue;
      const t = this.slot(keys[s]!);
      this.keys[t] = keys[s]!;
      this.counts[t] = counts[s]!;
    }
  }
}
