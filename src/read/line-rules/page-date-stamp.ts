import { MONTH, WEEKDAY_NC } from '../lexicon';
import type { PostTime } from '../post-time';
import { bodyLike } from '../shape';
import type { PageLine } from './rule';

/**
 * "Saturday 08 October 2022 02:30 BST" under a blog's byline, over posts timed "1665173140" or
 * "14:05": the page's own date and time, printed date first, not a post's time. A blog prints its
 * posts' times in one form; the one stamp above them all that opens on its date, with its year,
 * while none of theirs opens on a date, is the page's.
 */
const DATE_FIRST = new RegExp(`^(?:${WEEKDAY_NC},?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}\\b)`, 'i');

/** Words of a sentence that is a paragraph of story, not a header's line. */
export const MIN_PARAGRAPH_WORDS = 12;

/** Post times below it, at least, for the stamp above them to be told apart as the page's. */
const MIN_POST_STAMPS_BELOW = 2;

/** The line of the page's own date stamp among the post times, or null. */
export function pageDateStamp(stamps: ReadonlyMap<number, PostTime>, lines: ReadonlyMap<number, PageLine>): number | null {
  const order = [...stamps.keys()].sort((a, b) => a - b);
  const [top, ...rest] = order;
  if (top === undefined || rest.length < MIN_POST_STAMPS_BELOW) return null;
  const text = (no: number) => lines.get(no)?.text ?? '';
  const first = stamps.get(top)!;
  if (first.rest || !first.day || !DATE_FIRST.test(text(top))) return null;
  // In the page's header: no paragraph of story stands above it (above a blog's first post, a
  // standfirst does; the newest post may print its full date where the older ones do not).
  if ([...lines.values()].some((l) => l.no < top && bodyLike(l.text, MIN_PARAGRAPH_WORDS))) return null;
  return rest.some((no) => DATE_FIRST.test(text(no))) ? null : top;
}
