import type { PageLine, Sorted } from './boilerplate';
import { bmpLetters } from './bmp-letters';
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
