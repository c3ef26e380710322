/**
 * The merger's index: reports filed under 32-bit keys, in typed arrays. Each key heads a chain of
 * postings (report, next); open addressing with linear probing finds a key's head. A Map of arrays
 * would cost an entry and an array per key: millions for a large corpus, most holding one report.
 */
export class PostingIndex {
  private keys: Uint32Array;
  private heads: Int32Array; // -1: empty slot
  private reports: Int32Array = new Int32Array(1024);
  private next: Int32Array = new Int32Array(1024);
  private used = 0;
  private postings = 0;

  constructor(expectedKeys = 1024) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, expectedKeys * 2)));
    this.keys = new Uint32Array(size);
    this.heads = new Int32Array(size).fill(-1);
  }

  add(key: number, report: number): void {
    if (this.postings === this.reports.length) {
      this.reports = grow(this.reports);
      this.next = grow(this.next);
    }
    let slot = this.slot(key);
    if (this.heads[slot] === -1) {
      this.keys[slot] = key;
      if (++this.used * 2 > this.keys.length) { this.rehash(); slot = this.slot(key); this.keys[slot] = key; }
    }
    this.reports[this.postings] = report;
    this.next[this.postings] = this.heads[slot]!;
    this.heads[slot] = this.postings++;
  }

  /** Calls `f` with each report filed under key (newest first). */
  each(key: number, f: (report: number) => void): void {
    for (let p = this.heads[this.slot(key)]!; p !== -1; p = this.next[p]!) f(this.reports[p]!);
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.heads[s] !== -1 && this.keys[s] !== key) s = (s + 1) & mask;
    return s;
  }

  private rehash(): void {
    const { keys, heads } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.heads = new Int32Array(keys.length * 2).fill(-1);
    for (let s = 0; s < keys.length; s++) {
      if (heads[s] === -1) continue;
      const t = this.slot(keys[s]!);
      this.keys[t] = keys[s]!;
      this.heads[t] = heads[s]!;
    }
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
