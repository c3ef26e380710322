/**
 * Capitals labels that open a live blog's posts ("FULL TIME: …", "LATEST UPDATE: …", "AFTER 120
 * MINUTES: …"), as sports and event blogs print them. Copies of such blogs often glue a post to the
 * embedded post (a tweet: "… — Name (@handle) December 18, 2022") or the sentence before it, so a
 * label counts at a paragraph's start or right after a sentence end or an embed's date.
 */

/** Paragraphs holding a label, at least, for a page to be cut at them: one or two are a quote's speaker. */
export const MIN_LABELLED_PARAGRAPHS = 3;

/**
 * Two to four words in capitals (two letters or more; a number may be one after the first) and a
 * colon, then text. One capitals word with a colon ("NATO: …") names a speaker, no label.
 */
const LABEL = String.raw`\p{Lu}[\p{Lu}’'-]+(?:\s(?:\p{Lu}[\p{Lu}’'-]+|\d+)){1,3}:\s+\S`;
/** Where a label may stand: the paragraph's start, after a sentence's end, after an embed's year. */
const LABELLED = new RegExp(String.raw`(?:^|[.!?…]["”’]?\s+|\b(?:19|20)\d\d\s+)${LABEL}`, 'u');

/** The paragraph holds a capitals label opening a post. */
export function capsLabelled(text: string): boolean {
  return LABELLED.test(text);
}
