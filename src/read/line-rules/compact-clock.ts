import type { PostTime } from '../post-time';
import type { PageLine } from './rule';
import { bmpLetters } from '../bmp-letters';

/**
 * "1410 – That brings our live coverage to an end": a 24-hour time printed without its colon,
 * then a dash and the post's text. Alone, four digits and a dash may be a year ("1995 – the treaty
 * is signed"); a blog shows its clock by printing several, newest first, each a valid time.
 */
const COMPACT_CLOCK = bmpLetters(/^([01]\d|2[0-3])([0-5]\d)\s+[–—-]\s+(?=[\p{Lu}\p{Ll}“"‘'])/u);
/**
 * "21.45 We're expecting the results …": a 24-hour time with a dot run into the post's first sentence,
 * as some British blogs print it. Alone, a paragraph may open on a decimal ("21.45 Million …"); a blog
 * shows its clock by printing several, newest first, each a valid time.
 */
const DOTTED_CLOCK = bmpLetters(/^([01]\d|2[0-3])\.([0-5]\d)\s+(?=[\p{Lu}“"‘])/u);

/** Lines that open on such a time, for them to be a blog's post times (one or two may be years or figures). */
const MIN_COMPACT_CLOCK_POSTS = 3;

/**
 * The post starts a page marks with compact or dotted times: each line that opens on one, when at least
 * MIN_COMPACT_CLOCK_POSTS do and their times run newest first (a timeline of years runs oldest
 * first). Returns the lines and their times; the caller cuts the time from the line's text.
 */
export function compactClockPosts(page: readonly PageLine[]): Array<{ line: PageLine; time: PostTime }> {
  // One form per page: a blog prints all its times alike.
  const found = [COMPACT_CLOCK, DOTTED_CLOCK].map((form) => page.flatMap((line) => {
    const m = form.exec(line.text);
    return m ? [{ line, m }] : [];
  })).find((lines) => lines.length >= MIN_COMPACT_CLOCK_POSTS);
  if (!found) return [];
  const minutes = found.map(({ m }) => +m[1]! * 60 + +m[2]!);
  if (minutes.some((v, k) => k > 0 && v > minutes[k - 1]!)) return [];
  return found.map(({ line, m }) => {
    const rest = line.text.slice(m[0].length);
    return { line, time: { clock: `${m[1]}:${m[2]}`, zone: null, day: null, monthDay: null, weekday: null, rest, restAt: m[0].length } };
  });
}
