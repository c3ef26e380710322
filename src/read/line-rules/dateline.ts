import { DATELINE_LABEL, DAY_RANGE_START, MONTH, STAMP_LABEL, WEEKDAY_ANY_NC } from '../lexicon';
import type { LineRule } from './rule';
import { bmpLetters } from '../bmp-letters';

/**
 * A date standing alone: "27 January 2022, 11:54", "January 27, 2022", "Published 19 May 2022",
 * "Tuesday 3 March 2020", "12th December 2019", "Sun. Jan 24th, 2021", and with a range or a label
 * after a bar: "12-13 December 2019 | Local News", "October 2, 2019 | 4 min read".
 */
const DATELINE = new RegExp(
  `^(?:(?:Last )?Updated:? |(?:First )?Published:? (?:on )?)?(?:${WEEKDAY_ANY_NC},? )?` +
  `(?:${DAY_RANGE_START}\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})` +
  `(?:[ ,]+(?:at )?\\d{1,2}[:.]\\d{2}(?: ?[AaPp]\\.?[Mm]\\.?)?(?: [A-Z]{2,4})?)?${DATELINE_LABEL}$`, 'i');

/**
 * A writer's name run onto the page's date label: "Jo Reed Published March 13, 2023 | 05:40 PM".
 * (The label is needed: a name before a bare date is a caption's or a list's.)
 */
const NAMED_DATELINE = bmpLetters(new RegExp(
  `^(?:\\p{Lu}[\\p{L}.'’-]+ ){1,3}(?:(?:Last )?Updated|(?:First )?Published):? (?:on )?(?:\\w+day,? )?(?:\\d{1,2} ${MONTH},? \\d{4}|${MONTH} \\d{1,2},? \\d{4})` +
  `(?:\\s*[|,]?\\s*(?:at )?\\d{1,2}[:.]\\d{2}(?: ?[AaPp]\\.?[Mm]\\.?)?(?: [A-Z]{2,4})?)?$`, 'u'));

/** A day alone, without its year: "June 23", "23 June", "Saturday, June 24" — a list's or a blog's day header. */
const DAY_ALONE = new RegExp(`^(?:\\w+day,? )?(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)? ${MONTH})$`, 'i');

/**
 * A numeric date alone after a page's label: "Issued on: 04/08/2020", "Published: 2020-08-04 14:05".
 * Dropped, but read for no date: "04/08" is April in one country and August in another.
 */
const NUMERIC_DATELINE = new RegExp(`^${STAMP_LABEL}(?: on)?:? ?(?:\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})(?:[ ,T]+(?:at )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?)?$`, 'i');
/** "Posted , updated": a page's date labels whose values the copy lost. */
const EMPTY_DATELINE = new RegExp(`^(?:${STAMP_LABEL}\\s*[,:|]?\\s*){1,3}$`, 'i');

export function datelineShaped(t: string): boolean {
  return DATELINE.test(t) || NAMED_DATELINE.test(t) || DAY_ALONE.test(t) || NUMERIC_DATELINE.test(t) || EMPTY_DATELINE.test(t);
}

/** In a live blog, a dateline between posts is a day header: the day of the posts below it. */
export const dateline: LineRule = {
  reason: 'dateline',
  facts: true,
  test: (page, at) => DATELINE.test(page[at]!.text) || NAMED_DATELINE.test(page[at]!.text) || DAY_ALONE.test(page[at]!.text),
};

/** A numeric dateline, or date labels without their dates: dropped, never a page fact or a day header. */
export const numericDateline: LineRule = {
  reason: 'dateline',
  facts: false,
  test: (page, at) => NUMERIC_DATELINE.test(page[at]!.text) || EMPTY_DATELINE.test(page[at]!.text),
};

/**
 * A wire dateline alone on its line, the copy having broken its paragraph after the dash:
 * "TARNBY, Norland (Agency) —", "TARNBY (Agency) -", "TARNBY, Norland —". The city in capitals, then
 * its country or the agency in brackets (one at least), then the dash and nothing else: the
 * paragraph below is the story's, the line no menu entry (navigation) and no headline.
 */
const WIRE_DATELINE_ALONE = /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:(?:, [A-Z][A-Za-z.]+(?: [A-Za-z.]+){0,2})(?: \([A-Za-z][\w .&/-]{0,30}\))?| \([A-Za-z][\w .&/-]{0,30}\)) ?(?:—|–|--|-)$/;

export const wireDatelineAloneShaped = (t: string): boolean => WIRE_DATELINE_ALONE.test(t.trim());

export const wireDatelineAlone: LineRule = {
  reason: 'dateline',
  facts: false,
  test: (page, at) => wireDatelineAloneShaped(page[at]!.text),
};
