import { MONTH_NC, WEEKDAY_ANY_NC } from '../lexicon';
import { firstSentenceEnd, gluedHeadlineEnd, headlineShaped } from '../shape';
import { bmpLetters } from '../bmp-letters';

/**
 * A header a copy flattened onto the title's line: the title, then with no line break its byline
 * ("… live updatesBy Jo Reed and Ann Lee") or the page's date stamp ("… Continues to Grow
 * August 17, 2021 02:46 PM"). The title is the line's start; what follows it is a page fact (who
 * wrote it, when it was published), never the headline's words nor a date of its story.
 */

/** A byline run onto the end of a line, glued to its last word or after a bar: "…updatesBy Jo Reed and Ann Lee". */
const GLUED_BYLINE = bmpLetters(/(?:(?<=[\p{Ll}\p{N}.!?’'"”)])|\s\|\s?)By (?:[\p{Lu}][\p{L}’'.-]+ ?){1,3}(?:(?:,| and| &) (?:[\p{Lu}][\p{L}’'.-]+ ?){1,3}){0,3}$/u);

/**
 * A date stamp ending the line, with its time: "August 17, 2021 02:46 PM", "Mon 3 March 2022, 9:05am
 * GMT". (A date alone there signs an embedded post: "— Name (@name) August 4, 2020".)
 */
const TRAILING_STAMP = new RegExp(
  `\\s(?:${WEEKDAY_ANY_NC},?\\s)?(?:${MONTH_NC}\\s\\d{1,2}(?:st|nd|rd|th)?,?|\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH_NC},?)\\s\\d{4}`
  + `,?\\s(?:at\\s)?\\d{1,2}[:.]\\d{2}\\s?(?:[ap]\\.?m\\.?)?(?:\\s[A-Z]{2,4})?$`, 'i');

export interface GluedTitle {
  /** The title: the line's start. */
  title: string;
  /** What the copy ran onto it: a byline or a date stamp. */
  tail: string;
}

/** The title and what was run onto it, or null when the line is not a title with a glued byline or date. */
export function splitGluedTitle(t: string): GluedTitle | null {
  for (const re of [GLUED_BYLINE, TRAILING_STAMP]) {
    const m = re.exec(t);
    if (!m) continue;
    const title = t.slice(0, m.index).replace(/\s*\|\s*$/, '').trim();
    if (headlineShaped(title)) return { title, tail: t.slice(m.index).replace(/^\s*\|\s*/, '').trim() };
  }
  return null;
}

/**
 * "Harbour bridge closed after ferry strike KESSEL CITY (Agency) — The bridge …": a headline run into
 * its wire dateline. The place is in capitals, the agency in brackets, then a dash.
 */
const HEAD_THEN_DATELINE = /^(.{12,170}?\S)\s+[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Za-z.]+){0,2})? \([A-Za-z][\w .&/-]{0,30}\) ?(?:—|–|--|-)\s*\S/;

/**
 * A paragraph that opens on the article's own title, run into its lede or its dateline with no
 * break ("… after ferry strikeThe bridge was closed …", "… ferry strike KESSEL CITY (Agency) — …"):
 * the copy's first paragraph holds the title, so a headline above it is a promotion or a section's.
 */
export function titleRunIntoLede(t: string): boolean {
  // (A headline is one sentence: "It was a decade in the making. The new ORB (Orbital Relay Beacon)—
  // a joint …" is a lede that spells out an acronym in brackets, no title before a dateline.)
  const dated = HEAD_THEN_DATELINE.exec(t);
  if (dated && headlineShaped(dated[1]!) && firstSentenceEnd(dated[1]!) >= dated[1]!.length) return true;
  const end = gluedHeadlineEnd(t);
  return end > 0 && !PHOTO_CREDIT.test(t.slice(0, end));
}

/**
 * A picture's credit run into its caption ("Ana Ruiz/The Daily Ledger" + "The mayor speaks …"): a
 * photographer and an outlet or agency joined by a slash. Glued to its caption it looks like a title
 * run into a lede; it is the picture's, and the headline above stays the title.
 */
const PHOTO_CREDIT = bmpLetters(/\p{Lu}[\p{L}.'’-]*\s?\/\s?(?:The\s)?\p{Lu}/u);
