type Typed = Float64Array | Float32Array | Uint32Array;

/** A typed array that grows by doubling: packed numbers for a large corpus, no object per value. */
export class Growable<T extends Typed> {
  private buf: T;
  length = 0;

  constructor(private readonly make: (n: number) => T, initial = 1024) {
    this.buf = make(initial);
  }

  push(x: number): void {
    if (this.length === this.buf.length) {
      const bigger = this.make(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.length++] = x;
  }

  /** The values pushed so far (a view; copy it with slice() to keep it past further pushes). */
  view(): T {
    return this.buf.subarray(0, this.length) as T;
  }
}
