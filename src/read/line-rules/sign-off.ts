import chromeData from '../../../data/lexicon/chrome.json';
import { alternation, REPORTING_VERB } from '../lexicon';
import { words } from '../shape';
import type { LineRule } from './rule';
import { bmpLetters } from '../bmp-letters';

/** Longest sign-off, in words: a note to the reader, not a post. */
const MAX_SIGN_OFF_WORDS = 45;
/** "Thank you for reading …", "Join us again tomorrow …" (data/lexicon/chrome.json `signOff.openers`). */
const OPENER = new RegExp(`^(?:${alternation(chromeData.signOff.openers)})\\b`, 'i');
/** "handing over to", "taking over from" … (`signOff.handovers`). */
const HANDOVER = new RegExp(`\\b(?:${alternation(chromeData.signOff.handovers)})\\b`, 'i');
/** The letters openers start with: checked before the regex, since most lines are no note to the reader. */
const OPENER_INITIALS = new Set(chromeData.signOff.openers.flatMap((o) => [o[0]!, o[0]!.toUpperCase()]));
/** The writer speaks of themselves: "I'm", "my colleague", "we", or "Jo Reed here", "This is Jo Reed". */
const WRITER = bmpLetters(/\b(?:I|I['’]m|I['’]ll|me|my|we|we['’]re|our|us)\b|^(?:This is\s+)?(?:[\p{Lu}][\p{L}’'.-]+\s+){1,3}here\b|^This is\s+[\p{Lu}]/u);
/** Someone else's words reported: news about a handover ("the minister said he was handing over to …"). */
const REPORTED = new RegExp(`\\b${REPORTING_VERB}\\b|[“"]`, 'i');

/**
 * The writers of a live blog talking to the reader about the blog: "Thank you for reading our
 * coverage so far.", "With that, I'm handing over to my colleague Jo Reed.", "Sam Ortiz here,
 * taking over for the evening.", "Join us again tomorrow." Never news: a post of its own would be junk.
 */
export function signOffShaped(t: string): boolean {
  if (words(t) > MAX_SIGN_OFF_WORDS) return false;
  // The cheap tests first: most lines are no note to the reader, and only those are checked for news.
  return ((OPENER_INITIALS.has(t[0]!) && OPENER.test(t)) || (HANDOVER.test(t) && WRITER.test(t))) && !REPORTED.test(t);
}

/** A note that closes the blog or the day ("Thanks for reading", "We'll be back tomorrow"), not a handover between writers. */
export function closingNoteShaped(t: string): boolean {
  return words(t) <= MAX_SIGN_OFF_WORDS && OPENER_INITIALS.has(t[0]!) && OPENER.test(t) && !REPORTED.test(t);
}

export const signOff: LineRule = {
  reason: 'chrome',
  facts: false,
  test: (page, at) => signOffShaped(page[at]!.text),
};
