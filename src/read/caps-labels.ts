/**
 * Capitals labels that open a live blog's posts ("FULL TIME: …", "LATEST UPDATE: …", "AFTER 120
 * MINUTES: …"), as sports and event blogs print them. Copies of such blogs often glue a post to the
 * embedded post (a tweet: "… — Name (@handle) December 18, 2022") or the sentence before it, so a
 * label counts at a paragraph's start or right after a sentence end or an embed's date.
 */

import { MONTH, YEAR } from './lexicon';
import { bmpLetters } from './bmp-letters';

/** Paragraphs holding a label, at least, for a page to be cut at them: one or two are a quote's speaker. */
export const MIN_LABELLED_PARAGRAPHS = 3;

/**
 * Two to four words in capitals (two letters or more; a number may be one after the first) and a
 * colon, then text. One capitals word with a colon ("NATO: …") names a speaker, no label.
 */
const LABEL = String.raw`\p{Lu}[\p{Lu}’'-]+(?:\s(?:\p{Lu}[\p{Lu}’'-]+|\d+)){1,3}:\s+\S`;
/** Where a label may stand: the paragraph's start, after a sentence's end, after an embed's year. */
const LABELLED = bmpLetters(new RegExp(String.raw`(?:^|[.!?…]["”’]?\s+|\b${YEAR}\s+)${LABEL}`, 'u'));

/** The paragraph holds a capitals label opening a post. */
export function capsLabelled(text: string): boolean {
  return LABELLED.test(text);
}

/** A label glued right after an embedded social post's signature ("— Name (@handle) June 11, 2022 HALF TIME: …"). */
const AFTER_EMBED = bmpLetters(new RegExp(String.raw`\(@[\w ]{1,30}\)\s+${MONTH}\s+\d{1,2},\s+\d{4}\s+${LABEL}`, 'u'));

/**
 * Labels glued after embedded posts, at least, for a page that does not say it is live to be cut at
 * its labels: an article's section labels ("WHY IT MATTERS: …") follow no embedded post.
 */
export const MIN_LABELS_AFTER_EMBEDS = 2;

/** The paragraph's label is glued after an embedded post: the copy ran a blog's posts together. */
export const labelAfterEmbed = (text: string): boolean => AFTER_EMBED.test(text);
