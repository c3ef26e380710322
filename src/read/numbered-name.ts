import { MONTH_NC } from './lexicon';

/**
 * Whether letters glued to a number can name one thing — a meeting, a series, a flight ("KSF26",
 * "K20", "KSF9", "KX370") — for the reader's gatherings (actor-rules/gatherings.ts) and the story
 * topics (chronology/emerging-topics.ts) alike: one test, so a name is a body and a story's phrase
 * by the same measure.
 */

/** A month and a day glued ("Feb20", "Sept9"): a date, no name. */
export const GLUED_DATE = new RegExp(`^${MONTH_NC}[0-9]{1,2}$`, 'i');
/**
 * Letters and digits too few to name one thing ("A1", "B6": a road, a paper size, a vitamin) name
 * none: a name needs two letters or two digits.
 */
export const NUMBERED_MIN = 2;
/** A part of a year in a company's or a budget's figures: a quarter, a half, a fiscal year ("Q3", "H1", "FY24"). */
const PERIOD_OF_YEAR = /^(?:Q[1-4]|H[12]|FY[0-9]{2,4})$/i;

/** Whether `letters` (without a hyphen) and `digits` glued name one thing: long enough, no date, no part of a year. */
export function namesOneThing(letters: string, digits: string): boolean {
  if (letters.length < NUMBERED_MIN && digits.length < NUMBERED_MIN) return false;
  return !GLUED_DATE.test(letters + digits) && !PERIOD_OF_YEAR.test(letters + digits);
}
