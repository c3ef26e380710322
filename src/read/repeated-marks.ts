import type { PageLine, Sorted } from './boilerplate';
import { bmpLetters } from './bmp-letters';
import { type PostTime, readPostTime } from './post-time';
import { bodyLike, comparable, endsSentence, headlineShaped, MAX_GLUED_HEADLINE_WORDS, MIN_GLUED_HEADLINE_WORDS, MIN_GLUED_TEXT_WORDS, MIN_POSTS_FOR_LIVEBLOG, MIN_TEXT_WORDS, words } from './shape';

/**
 * A live page repeats its post structure: whatever marks a post on one page (a source label over
 * each post, the blog's title printed again over each, a share line under each, a headline in
 * title case run onto the post's first sentence), the page prints it at every post. This finds the
 * page's own mark, without naming any kind of mark: a line printed two or more times (its text
 * compared without case, punctuation or digits), each time with the text of a post between it and
 * the next, or one line shape most of the page's paragraphs share. The page is then cut there.
 */

/** Times, at least, a page prints its mark for it to be the page's way of marking posts. */
export const MIN_MARK_REPEATS = 2;
/** Times a page that does not say it is live must print its mark: a live blog's count of posts. */
export const MIN_MARK_REPEATS_NOT_LIVE = MIN_POSTS_FOR_LIVEBLOG;
/**
 * Longest mark, in words: a label, a share line, a rule, a writer's line. (The blog's title printed
 * again counts at any length.) A longer line is a post's own text, even when a page repeats it.
 */
const MAX_MARK_WORDS = 8;

/** A line's shape as a mark: its text without case, punctuation or digits. */
export const markKey = (t: string): string => comparable(t).replace(/\d+/g, '#');

/** Where the page's posts begin and end, as indices into the kept lines. */
export interface MarkedPosts {
  /** One block per post: kept lines [from, to). */
  blocks: Array<{ from: number; to: number }>;
  /** The marks' own lines that the page kept (furniture, not text). */
  markLines: Set<number>;
  /**
   * Posts whose first line is itself the mark, a headline run onto the text: where that headline
   * ends in the line, by line number.
   */
  heads: Map<number, number>;
  /** The mark stands under each post (a share line), not over it. */
  after: boolean;
}

/** A line of a post's text: a sentence, or the copy's last line cut off in its text. */
const ENDS_LOWER = bmpLetters(/\p{Ll}$/u);
const textLine = (l: PageLine, last: boolean): boolean => bodyLike(l.text, MIN_TEXT_WORDS) || (last && words(l.text) >= MIN_TEXT_WORDS && ENDS_LOWER.test(l.text));

/**
 * The posts of a page cut at its repeated mark, or null when it prints none (or when the mark
 * cuts nothing the page does not already show: fewer than two posts).
 */
export function repeatedMarks(lines: readonly PageLine[], sorted: Sorted, live: boolean, printedOnly = false): MarkedPosts | null {
  return lineMarks(lines, sorted, live) ?? (printedOnly ? null : shapeMarks(lines, live));
}

function lineMarks(lines: readonly PageLine[], sorted: Sorted, live: boolean): MarkedPosts | null {
  const title = sorted.title;
  const titleKey = title ? markKey(title.text) : null;
  const titleWords = title ? words(title.text) : -1;
  // Every line the page printed below its title, kept or dropped by the line rules: a mark is
  // often furniture (a share line, a label) that the line rules already set aside.
  const byKey = new Map<string, number[]>();
  const consider = (no: number, text: string) => {
    if ((title && no <= title.no) || sorted.stamps.has(no)) return;
    const n = words(text);
    if (n > MAX_MARK_WORDS && n !== titleWords) return;
    const key = markKey(text);
    if (!key || key === '#') return;
    if (key !== titleKey && (n > MAX_MARK_WORDS || bodyLike(text, MIN_TEXT_WORDS) || endsSentence(text))) return;
    const at = byKey.get(key);
    if (at) { if (!at.includes(no)) at.push(no); } else byKey.set(key, [no]);
  };
  for (const l of lines) consider(l.no, l.text);
  for (const d of sorted.dropped) consider(d.line, d.text);
  const needed = live ? MIN_MARK_REPEATS : MIN_MARK_REPEATS_NOT_LIVE;
  for (const [key, v] of byKey) if (v.length + (key === titleKey ? 1 : 0) < needed) byKey.delete(key);
  if (!byKey.size) return null;
  const last = lines.at(-1);
  // Counts over the kept lines, so that each question below is two look-ups: lines of text, and
  // headlines over text, before each kept line.
  const textBefore = [0];
  const headedBefore = [0];
  lines.forEach((l, i) => {
    const text = textLine(l, l === last);
    const next = lines[i + 1];
    const headed = !!next && !text && textLine(next, next === last) && headlineShaped(l.text) && !endsSentence(l.text);
    textBefore.push(textBefore[i]! + (text ? 1 : 0));
    headedBefore.push(headedBefore[i]! + (headed ? 1 : 0));
  });
  // Kept-line index of the first line after a line number (binary search: lines are in order).
  const indexAfter = (no: number): number => {
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid]!.no > no) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const textBetween = (from: number, to: number): boolean => textBefore[indexAfter(to - 0.5)]! > textBefore[indexAfter(from)]!;
  // Headlines over text between two line numbers (the text under the last one before `to`).
  const headedBetween = (from: number, to: number): number => {
    const end = indexAfter(to - 0.5);
    return headedBefore[Math.max(indexAfter(from), end - 1)]! - headedBefore[indexAfter(from)]!;
  };
  let best: { marks: number[]; after: boolean } | null = null;
  for (const [key, found] of byKey) {
    // (The blog's title printed again over a post counts its first print, the title itself.)
    const marks = [...found].sort((a, b) => a - b);
    // A post's text between every two prints: two labels one above the other mark nothing.
    if (!marks.every((m, k) => k === 0 || textBetween(marks[k - 1]!, m))) continue;
    const below = textBetween(marks.at(-1)!, Infinity);
    const above = textBetween(title?.no ?? 0, marks[0]!);
    // Over each post (text under the last print) or under each (text above the first, none under the last).
    const after = !below;
    if (after && (!above || key === titleKey)) continue;
    // One post between two prints: a block holding two headlines over text shows that the page
    // marks its posts otherwise (a writer's line printed over some of them only).
    const starts = after ? [title?.no ?? 0, ...marks.slice(0, -1)] : marks;
    const ends = after ? marks : [...marks.slice(1), Infinity];
    if (starts.some((m, k) => headedBetween(m, ends[k]!) > 1)) continue;
    // A page that does not say it is live shows each post's headline too: an article prints
    // "Advertisement" between its paragraphs as regularly as a blog prints a label over its posts.
    if (!live && starts.some((m, k) => headedBetween(m, ends[k]!) === 0)) continue;
    if (!best || marks.length > best.marks.length) best = { marks, after };
  }
  if (!best) return null;
  const { marks, after } = best;
  const markLines = new Set(marks.filter((m) => lines[indexAfter(m - 0.5)]?.no === m));
  const blocks: Array<{ from: number; to: number }> = [];
  if (after) {
    let from = 0;
    for (const m of marks) {
      blocks.push({ from, to: indexAfter(m - 0.5) });
      from = indexAfter(m);
    }
  } else {
    marks.forEach((m, k) => blocks.push({ from: indexAfter(m), to: k + 1 < marks.length ? indexAfter(marks[k + 1]! - 0.5) : lines.length }));
  }
  return { blocks, markLines, heads: new Map(), after };
}

/** Capitalised words of four or more letters a headline in title case holds, at least. */
const MIN_TITLE_CASE_WORDS = 3;
/**
 * Small words a headline in title case leaves in lower case ("of", "the", "from"): at most this
 * many letters. A capitalised word that short opens the sentence run onto it ("… in March The county …").
 */
const MAX_SMALL_WORD_LETTERS = 4;
/** A word printed as a title-case headline prints its words: capitalised, a number, a quote, or a small word. */
const TITLE_CASE_WORD = bmpLetters(/^[“"‘'(]?[\p{Lu}\p{N}]/u);
const SMALL_WORD = bmpLetters(/^\p{Ll}{1,4}$/u);
const CAPITALISED_SHORT = bmpLetters(/^\p{Lu}\p{Ll}{0,2}$/u);

/** A line's first `n` space-separated words, read no further (every line is asked). */
function firstWords(t: string, n: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < n) {
    const j = t.indexOf(' ', i);
    out.push(t.slice(i, j < 0 ? t.length : j));
    if (j < 0) break;
    i = j + 1;
  }
  return out;
}

/**
 * Where a headline in title case run onto the post's first sentence ends in a line ("Bridge Had
 * Failed an Inspection in March The county roads office confirmed …"), or -1. The headline is the
 * run of title-case words before the first word in lower case that is not a small word; the
 * sentence begins at the last capitalised short word of that run ("The", "In", "A": a headline in
 * title case prints them in lower case inside it), else at the run's last word (its subject).
 */
export function titleCaseHeadEnd(t: string): number {
  // (Most lines are settled by their second word, in lower case and no small word: a sentence's.)
  const space = t.indexOf(' ');
  const c = t.charCodeAt(space + 1);
  if (space < 0 || (c >= 97 && c <= 122 && !(t.indexOf(' ', space + 1) - space - 1 <= MAX_SMALL_WORD_LETTERS && t.indexOf(' ', space + 1) > space))) return -1;
  // (Only the line's first words are read: a headline is short.)
  const ws = firstWords(t, MAX_GLUED_HEADLINE_WORDS + 2);
  let run = 0;
  while (run < ws.length && (TITLE_CASE_WORD.test(ws[run]!) || SMALL_WORD.test(ws[run]!))) run++;
  if (run >= ws.length || run < MIN_GLUED_HEADLINE_WORDS + 1) return -1;
  let cut = -1;
  for (let k = run - 1; k >= MIN_GLUED_HEADLINE_WORDS; k--) if (CAPITALISED_SHORT.test(ws[k]!) && ws[k]!.length <= MAX_SMALL_WORD_LETTERS) { cut = k; break; }
  if (cut < 0) cut = run - 1;
  const head = ws.slice(0, cut).join(' ');
  const text = t.slice(head.length + 1);
  const capitalised = ws.slice(0, cut).filter((w) => TITLE_CASE_WORD.test(w) && w.replace(/\W/g, '').length >= MAX_SMALL_WORD_LETTERS).length;
  if (cut < MIN_GLUED_HEADLINE_WORDS || cut > MAX_GLUED_HEADLINE_WORDS || capitalised < MIN_TITLE_CASE_WORDS || !headlineShaped(head) || endsSentence(head)) return -1;
  return words(text) >= MIN_GLUED_TEXT_WORDS ? head.length + 1 : -1;
}

/**
 * Share of a page's paragraphs, at least, that open on a title-case headline for the page to be
 * cut so: a story opens some of its paragraphs on a name in capitals ("Tarrow Islands Election
 * Commission director …"), never two in three of them.
 */
const SHAPED_SHARE = 2 / 3;

/**
 * Posts whose mark is their first line's shape: a headline in title case run onto the text, on
 * most of the page's paragraphs (a story's paragraphs open on a name now and then; a page of such
 * posts opens every one so).
 */
function shapeMarks(lines: readonly PageLine[], live: boolean): MarkedPosts | null {
  const heads = new Map<number, number>();
  const at: number[] = [];
  let paragraphs = 0;
  lines.forEach((l, i) => {
    if (words(l.text) < MIN_TEXT_WORDS) return;
    paragraphs++;
    const end = titleCaseHeadEnd(l.text);
    if (end > 0) { heads.set(l.no, end); at.push(i); }
  });
  if (at.length < (live ? MIN_MARK_REPEATS : MIN_MARK_REPEATS_NOT_LIVE) || at.length < paragraphs * SHAPED_SHARE) return null;
  const blocks = at.map((from, k) => ({ from, to: at[k + 1] ?? lines.length }));
  return { blocks, markLines: new Set(), heads, after: false };
}

/**
 * Longest stamp line read by its repeated shape, in words: a time and what the page prints beside
 * it at every post (a writer's name, the post's age, a label). A longer line is a post's text.
 */
const MAX_STAMP_LINE_WORDS = 8;
/** Longest such line, in characters: eight words of a name, a date and a time. */
const MAX_STAMP_LINE_CHARS = 80;
/** Where a stamp line's time ends and what the page prints beside it begins: a bar, a slash, a dot, a comma, a spaced dash. */
const STAMP_PART_SEPARATOR = /\s*(?:[|/·•,]|\s[–—-](?=\s))\s*/;
/** A time that cannot be a figure: a colon clock, or am/pm. ("2.50" alone is a price.) */
const CLOCK_SHAPED = /\d[:]\d|\d\s?[ap]\.?m\b/i;
const CAPITALISED = bmpLetters(/^[\p{Lu}]/u);
const LETTERS = bmpLetters(/^\p{L}/u);
/** A word of a stamp line (letters, digits, a dot or dash inside), or one mark of punctuation. */
const STAMP_TOKEN = bmpLetters(/[\p{L}\p{N}’'.-]+|[^\s\p{L}\p{N}]/gu);

/**
 * A line's shape as a post stamp: its time replaced by T, a run of capitalised words (a name) by
 * A, a run of other words and numbers (an age, "8m ago", "an hour ago") by a, punctuation as
 * printed. "10.30pm / Ada Berg" and "9:55pm / Jo Reed" share "T / A"; "14 Oct 7:13pm, 8m ago."
 * and "14 Oct 6:31pm, an hour ago." share "T , a .".
 */
function stampShape(rest: string): string {
  const out: string[] = [];
  for (const tok of rest.match(STAMP_TOKEN) ?? []) {
    const t = tok.replace(/\.$/, '');
    const key = CAPITALISED.test(t) ? 'A' : LETTERS.test(t) || /^\d/.test(t) ? 'a' : t;
    if (!((key === 'A' || key === 'a') && out.at(-1) === key)) out.push(key);
    if (t !== tok) out.push('.');
  }
  return out.join(' ');
}

/**
 * The time a short line prints with something beside it that the line reader does not take for a
 * post stamp on its own ("10.30pm / Ada Berg", "14 Oct 7:13pm, 8m ago.", "Jo Reed | 9:40pm"): the
 * time as the first part of the line or as the part after its first separator, and the line's shape.
 */
function stampParts(line: string): { time: PostTime; shape: string } | null {
  // (Most lines of a page are paragraphs: read no further than their length.)
  if (line.length > MAX_STAMP_LINE_CHARS || words(line) > MAX_STAMP_LINE_WORDS || !CLOCK_SHAPED.test(line)) return null;
  const sep = STAMP_PART_SEPARATOR.exec(line);
  if (!sep || sep.index === 0) return null;
  const [before, after] = [line.slice(0, sep.index), line.slice(sep.index + sep[0].length)];
  for (const [part, rest] of [[before, `T ${sep[0].trim()} ${after}`], [after, `${before} ${sep[0].trim()} T`]] as const) {
    if (!CLOCK_SHAPED.test(part)) continue;
    const time = readPostTime(part);
    if (time?.clock && !time.rest && !time.mark) return { time: { ...time, rest: '', restAt: line.length }, shape: stampShape(rest) };
  }
  return null;
}

/**
 * Post stamps a page prints in a shape of its own, found by that shape's repetition: short lines
 * that each hold a time beside the same other parts (a writer's name after a slash, the post's
 * age after a comma), MIN_MARK_REPEATS times or more on a live page (MIN_MARK_REPEATS_NOT_LIVE on
 * another), with a line of text between each two. A line the reader takes for a stamp alone never
 * needs this; a shape printed once is no page's template. By index into `lines`.
 */
export function repeatedStampLines(lines: readonly string[], known: ReadonlyArray<unknown>, live: boolean): Map<number, PostTime> {
  const byShape = new Map<string, Array<{ i: number; time: PostTime }>>();
  lines.forEach((t, i) => {
    if (known[i]) return;
    const parts = stampParts(t);
    if (!parts) return;
    const at = byShape.get(parts.shape);
    if (at) at.push({ i, time: parts.time });
    else byShape.set(parts.shape, [{ i, time: parts.time }]);
  });
  const out = new Map<number, PostTime>();
  const text = (from: number, to: number) => lines.slice(from + 1, to).some((t) => bodyLike(t, MIN_TEXT_WORDS));
  for (const found of byShape.values()) {
    if (found.length < (live ? MIN_MARK_REPEATS : MIN_MARK_REPEATS_NOT_LIVE)) continue;
    // (Text between every two prints: a list of times is no page of posts. Under the last, what the
    // copy kept of its post, cut off in its first words or not.)
    if (!found.every((f, k) => (k + 1 < found.length ? text(f.i, found[k + 1]!.i) : lines.slice(f.i + 1).some((t) => t.trim())))) continue;
    for (const f of found) out.set(f.i, f.time);
  }
  return out;
}
