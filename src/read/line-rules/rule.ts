import type { DropReason, Line } from '../../model/types';

/** A non-blank line with the size of the block (run of non-blank lines) it stood in. */
export interface PageLine extends Line {
  /** Lines in its original block: 1 for a line standing alone between blank lines. */
  blockSize: number;
  /** Index of the line within its block. */
  inBlock: number;
}

/**
 * One kind of furniture a copied page carries, recognised by the shape of a line (and, at most,
 * its neighbours). A rule knows nothing of other rules; `LINE_RULES` orders them.
 */
export interface LineRule {
  /** What a matching line is, as the page report names it. */
  reason: DropReason;
  /** The line also carries page facts (an outlet, a date) that `readFacts` reads. */
  facts: boolean;
  /** True when the line at `at` is this kind of furniture. */
  test(page: readonly PageLine[], at: number): boolean;
}
