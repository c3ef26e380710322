import { endsSentence, words } from '../shape';
import type { LineRule } from './rule';
import { bmpLetters } from '../bmp-letters';

/**
 * A link's label glued to the headline it points at: "Settlement:Deal reached before the trial",
 * "Read:Ministry warns of outbreak". The copy kept the label and the link's text without the
 * space between them; no sentence ends the line.
 */
const GLUED_LABEL = bmpLetters(/^\p{Lu}\p{Ll}+(?: \p{Ll}+)?:[\p{Lu}“"‘]/u);
/** Longest such link, in words: a headline, not a paragraph. */
const MAX_LINK_WORDS = 25;

export const labelledLinkShaped = (t: string): boolean => GLUED_LABEL.test(t) && !endsSentence(t) && words(t) <= MAX_LINK_WORDS;

export const labelledLink: LineRule = {
  reason: 'teaser',
  facts: false,
  test: (page, at) => labelledLinkShaped(page[at]!.text),
};
