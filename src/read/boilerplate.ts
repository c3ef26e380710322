import type { DroppedLine, DropReason, Line } from '../model/types';
import { type PostTime, readPostTime } from './post-time';
import {
  attributionShaped, bodyLike, datelineShaped, hasCredit, headlineShaped, liveChromeShaped,
  widgetShaped, words,
} from './shape';

/** A non-blank line with the size of the block (run of non-blank lines) it stood in. */
export interface PageLine extends Line {
  /** Lines in its original block: 1 for a line standing alone between blank lines. */
  blockSize: number;
  /** Index of the line within its block. */
  inBlock: number;
}

export interface Sorted {
  /** Index into `kept` of the page title, or -1 when the page has no line that can be one. */
  title: PageLine | null;
  kept: PageLine[];
  dropped: DroppedLine[];
  /** Attribution and dateline lines: left out of items, read for document facts. */
  facts: PageLine[];
  /**
   * Post times by line number: a timestamp alone on its line (dropped as `timestamp`: the post
   * starts at the next kept line) or leading a kept line (whose text is then the rest of the line).
   */
  stamps: Map<number, PostTime>;
  /** Lines that print a day alone ("Tuesday 3 March 2020"): in a live blog, the day of the posts below. */
  dayHeaders: PageLine[];
}

/** Options a page's front matter gives the reader. */
export interface SortOptions {
  /** The page's title as its front matter gives it: the line that says it is the title. */
  titleHint?: string | null;
  /** The page says it is a live blog (see live-cues.ts). */
  live?: boolean;
}

/**
 * Separates the story from the page around it, by shape and position (jusText's signals for
 * plain text): header furniture before the title, photo captions and credits, datelines,
 * live-blog chrome, teasers, repeated lines, and everything after the last real paragraph
 * (related-headline lists, comment widgets, teaser briefs).
 */
export function sortLines(lines: Line[], options: SortOptions = {}): Sorted {
  const page = toPageLines(lines);
  const dropped = new Map<number, DropReason>();
  const facts: PageLine[] = [];
  const stamps = new Map<number, PostTime>();
  const dayHeaders: PageLine[] = [];
  const drop = (l: PageLine, why: DropReason) => { if (!dropped.has(l.no)) dropped.set(l.no, why); };

  // Post times first: a line that is only a time is never a title or a headline.
  for (const l of page) {
    const t = readPostTime(l.text);
    if (!t) continue;
    stamps.set(l.no, t);
    if (t.rest) l.text = t.rest;
    else { drop(l, 'timestamp'); facts.push(l); }
  }

  // Header: furniture addressed to the reader, before the first line that can be a title (the
  // line the front matter names, when it names one that is on the page).
  const hint = options.titleHint ? comparable(options.titleHint) : null;
  const hinted = hint ? page.findIndex((l) => !dropped.has(l.no) && comparable(l.text) === hint) : -1;
  const titleAt = hinted >= 0 ? hinted : page.findIndex((l) => !dropped.has(l.no) && headlineShaped(l.text) && words(l.text) >= 2
    && !widgetShaped(l.text) && !liveChromeShaped(l.text) && !datelineShaped(l.text) && !hasCredit(l.text));
  page.slice(0, titleAt < 0 ? page.length : titleAt).forEach((l) => drop(l, 'widget'));
  const title = titleAt < 0 ? null : page[titleAt]!;

  const seen = new Set<string>();
  page.forEach((l, i) => {
    if (dropped.has(l.no) || l === title) return;
    const t = l.text;
    if (hasCredit(t)) {
      drop(l, 'credit');
      // The alt text a page prints above a credited caption: a short line in the same block.
      const prev = page[i - 1];
      if (prev && l.inBlock > 0 && prev.inBlock === l.inBlock - 1 && words(prev.text) <= 25 && !bodyLike(prev.text, 30)) drop(prev, 'caption');
    } else if (datelineShaped(t)) { drop(l, 'dateline'); facts.push(l); dayHeaders.push(l); }
    else if (attributionShaped(t)) { drop(l, 'attribution'); facts.push(l); }
    else if (liveChromeShaped(t)) { drop(l, 'chrome'); facts.push(l); }
    else if (words(t) >= 6 && seen.has(t)) drop(l, 'repeat');
    seen.add(t);
  });

  // Tail: nothing after the last real paragraph is story. Headline lists, briefs cut off with
  // "…", comment widgets and "You may also like" all lack a full paragraph.
  let lastBody = -1;
  page.forEach((l, i) => { if (!dropped.has(l.no) && l !== title && bodyLike(l.text, 12)) lastBody = i; });
  // A short page (a brief) has no paragraph that long: take its last sentence-shaped line instead.
  if (lastBody < 0) page.forEach((l, i) => { if (!dropped.has(l.no) && l !== title && bodyLike(l.text, 6)) lastBody = i; });
  // A live blog copied in part ends inside a post: its headline, then a paragraph cut mid-word.
  const last = page.length - 1;
  if (options.live && last - 2 === lastBody && cutOff(page[last]!.text) && headlineShaped(page[last - 1]!.text)) lastBody = last;
  page.slice(lastBody + 1).forEach((l) => { if (l !== title) drop(l, 'trailing-list'); });
  // A line repeated in the tail marks its twin earlier on as a link too.
  const tailTexts = new Set(page.slice(lastBody + 1).map((l) => l.text));
  page.slice(0, lastBody + 1).forEach((l) => {
    if (tailTexts.has(l.text) && l !== title && !bodyLike(l.text)) drop(l, 'trailing-list');
  });

  return {
    title,
    kept: page.filter((l) => !dropped.has(l.no)),
    dropped: page.filter((l) => dropped.has(l.no)).map((l) => ({ line: l.no, reason: dropped.get(l.no)!, text: l.text })),
    facts,
    stamps,
    dayHeaders,
  };
}

/** A paragraph the copy cut off mid-word: several words, no closing punctuation, ends in a small letter. */
const cutOff = (t: string): boolean => words(t) >= 4 && /\p{Ll}$/u.test(t);

/** Text compared for equality whatever its case, punctuation and spacing. */
const comparable = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function toPageLines(lines: Line[]): PageLine[] {
  const out: PageLine[] = [];
  let block: Line[] = [];
  const flush = () => {
    block.forEach((l, i) => out.push({ ...l, blockSize: block.length, inBlock: i }));
    block = [];
  };
  for (const l of lines) {
    if (l.text === '') flush();
    else block.push(l);
  }
  flush();
  return out;
}
