import { MONTH } from '../lexicon';
import type { LineRule } from './rule';

/** A date standing alone: "27 January 2022, 11:54", "January 27, 2022", "Published 19 May 2022", "Tuesday 3 March 2020". */
const DATELINE = new RegExp(
  `^(?:(?:Last )?Updated:? |(?:First )?Published:? (?:on )?)?(?:\\w+day,? )?(?:\\d{1,2} ${MONTH},? \\d{4}|${MONTH} \\d{1,2},? \\d{4})` +
  `(?:[ ,]+(?:at )?\\d{1,2}[:.]\\d{2}(?: ?[AaPp]\\.?[Mm]\\.?)?(?: [A-Z]{2,4})?)?$`, 'i');

export function datelineShaped(t: string): boolean {
  return DATELINE.test(t);
}

/** In a live blog, a dateline between posts is a day header: the day of the posts below it. */
export const dateline: LineRule = {
  reason: 'dateline',
  facts: true,
  test: (page, at) => datelineShaped(page[at]!.text),
};
