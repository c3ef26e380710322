import { words } from '../shape';
import type { LineRule } from './rule';

/** Longest byline, in words ("By Name and Name, Foreign correspondent in City"). */
const MAX_BYLINE_WORDS = 16;
const NAME = '[\\p{Lu}][\\p{L}’\'.-]+';

/**
 * Who wrote or edited the page or post: "By Name, correspondent", "By Name and Name, Outlet",
 * "From Outlet's Name and Name", "Edited by Name", "Reporting by Name; Editing by Name",
 * "Written by", "Compiled by", "Additional reporting by". Not a sentence: no final full stop
 * after prose ("By Monday, the toll had risen." is prose).
 */
const BYLINE = new RegExp(
  `^(?:By:?\\s+${NAME}|From\\s+${NAME}(?:\\s+${NAME})?['’]s\\s+${NAME}|(?:Edited|Written|Compiled|Produced|Reported|(?:Additional\\s+)?[Rr]eporting)\\s+by\\s+${NAME})`, 'u');

export function bylineShaped(t: string): boolean {
  if (words(t) > MAX_BYLINE_WORDS || !BYLINE.test(t)) return false;
  // "By Monday, the toll had risen to 300." — prose that starts like a byline.
  return !/[.!?]["”’]?$/.test(t) || /^(?:Reporting|Additional reporting|Edited|Written) by/i.test(t);
}

export const byline: LineRule = {
  reason: 'byline',
  facts: true,
  test: (page, at) => bylineShaped(page[at]!.text),
};
