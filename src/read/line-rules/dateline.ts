import { MONTH } from '../lexicon';
import type { LineRule } from './rule';

/** A date standing alone: "27 January 2022, 11:54", "January 27, 2022", "Published 19 May 2022", "Tuesday 3 March 2020". */
const DATELINE = new RegExp(
  `^(?:(?:Last )?Updated:? |(?:First )?Published:? (?:on )?)?(?:\\w+day,? )?(?:\\d{1,2} ${MONTH},? \\d{4}|${MONTH} \\d{1,2},? \\d{4})` +
  `(?:[ ,]+(?:at )?\\d{1,2}[:.]\\d{2}(?: ?[AaPp]\\.?[Mm]\\.?)?(?: [A-Z]{2,4})?)?$`, 'i');

/** A day alone, without its year: "June 23", "23 June", "Saturday, June 24" — a list's or a blog's day header. */
const DAY_ALONE = new RegExp(`^(?:\\w+day,? )?(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)? ${MONTH})$`, 'i');

export function datelineShaped(t: string): boolean {
  return DATELINE.test(t) || DAY_ALONE.test(t);
}

/** In a live blog, a dateline between posts is a day header: the day of the posts below it. */
export const dateline: LineRule = {
  reason: 'dateline',
  facts: true,
  test: (page, at) => datelineShaped(page[at]!.text),
};
