import { bylineShaped } from './line-rules/byline';
import { YEAR } from './lexicon';
import { bodyLike, headlineShaped, words } from './shape';

/**
 * The title by its place: the headline-shaped line that the story's first paragraph follows, past
 * at most the block a page prints between them (a byline, an agency's name, a date line) — not
 * whatever headline-shaped line comes first. A line above the title (a site's promotion, a section,
 * a related link, a kicker) is no title: the lead does not follow it.
 */

/** Words of a paragraph for it to be the story's lead (as `bodyLike` counts them): a first paragraph, not a dek. */
const MIN_LEAD_WORDS = 12;
/** Words of a title at least: one or two words are a label ("WEB DESK", "World News"), a name or an agency. */
const MIN_TITLE_WORDS = 3;
/** Words of a line of the header block at most, whatever it says (an agency, a writer's name, a label). */
const MAX_HEADER_LABEL_WORDS = 3;
/** A line that dates the page: a year or a clock time in it ("Mar 16, 2023 / 10:43 PM IST", "Updated 09:12 GMT"). */
const DATE_LINE = new RegExp(`\\b${YEAR}\\b|\\b\\d{1,2}[:.]\\d{2}\\b`);
/** Words of such a date line at most: a longer line naming a year is a headline or a sentence. */
const MAX_DATE_LINE_WORDS = 10;

const headerShaped = (t: string): boolean => words(t) <= MAX_HEADER_LABEL_WORDS || bylineShaped(t) || (words(t) <= MAX_DATE_LINE_WORDS && DATE_LINE.test(t));

/**
 * The title over the page's lead, read upward from the lead past its header block, or null when the
 * page shows no lead or no headline-shaped line right above it and its header.
 */
export function titleAboveLead(lines: readonly { text: string }[]): string | null {
  const texts = lines.map((l) => l.text).filter((t) => t);
  const lead = texts.findIndex((t) => bodyLike(t, MIN_LEAD_WORDS));
  for (let i = lead - 1; i >= 0; i--) {
    const t = texts[i]!;
    if (headlineShaped(t) && words(t) >= MIN_TITLE_WORDS && !headerShaped(t)) return t;
    if (!headerShaped(t)) return null;
  }
  return null;
}
