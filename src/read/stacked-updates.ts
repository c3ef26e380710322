import type { PageLine } from './boilerplate';
import { alternation, CONTINUATION_OPENERS } from './lexicon';
import { endsSentence, firstSentenceEnd, words } from './shape';
import { bmpLetters } from './bmp-letters';

/**
 * One-line updates stacked under a bare time ("6:00 p.m." then "Police say the road is open.",
 * "The governor declares an emergency.", … with no blank line between): each line is a report of
 * its own, not a paragraph of one post. A post's paragraphs read on from each other; a stack's
 * lines each open on their own subject, are short, and end their sentence.
 */

/** Lines a stack holds at least: two short paragraphs are as often one post. */
const MIN_STACKED_UPDATES = 3;
/** Words of one update at most: past this a line is a paragraph of a story (a list's unmarked entry too, listed-posts.ts). */
export const MAX_UPDATE_WORDS = 45;
/** Words of one update at least ("Schools closed." is a fragment of a list, not a report). */
const MIN_UPDATE_WORDS = 4;
/**
 * Mean words of a stack's lines at most. One-line updates are as brief as headlines (8–20 words);
 * a story's paragraphs run longer (25–35), and a copy that lost its blank lines stacks them too
 * ("10pm: Minister condemns remarks" over four paragraphs of 20–35 words is one post).
 */
const MAX_MEAN_UPDATE_WORDS = 20;

/** A paragraph that carries on from the one before ("But …", "He said …"): the same story's, no update or post of its own. */
export const CONTINUES = new RegExp(`^(?:${alternation(CONTINUATION_OPENERS)})\\b`, 'u');

/** A name of two or more capitalised words ("Mayor Ada Berg", "First Lady Jo Reed"): its last word is the one a story calls that person by after. */
const FULL_NAME = bmpLetters(/\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*\s+(\p{Lu}[\p{L}’'-]+)/gu);
/** The paragraph's first word, without a possessive. */
const FIRST_WORD = bmpLetters(/^(\p{Lu}[\p{L}-]+)(?:[’']s)?\b/u);

/**
 * A paragraph that carries on the story of the one above it: it opens on a continuation word
 * ("But …", "He said …": `CONTINUES`), or on the surname of a person the paragraph above named in
 * full ("… Mayor Ada Berg said." / "Berg confirmed the deaths …"): a story calls a person by
 * surname once it has named them; a new post names them again.
 */
export function carriesOn(above: string, text: string): boolean {
  if (CONTINUES.test(text)) return true;
  const first = FIRST_WORD.exec(text)?.[1];
  if (!first) return false;
  for (const m of above.matchAll(FULL_NAME)) if (m[1] === first) return true;
  return false;
}

/**
 * A line that can stand as a one-line report: short, one subject of its own, one finished sentence
 * (a line of two sentences, "The council has opened a shelter. It said 300 people had arrived.", is
 * a story's paragraph, stacked with its post's others where a copy lost the blank lines between).
 */
const updateShaped = (t: string): boolean =>
  words(t) >= MIN_UPDATE_WORDS && words(t) <= MAX_UPDATE_WORDS && endsSentence(t) && /^[\p{Lu}\p{N}]/u.test(t) && !CONTINUES.test(t)
  && firstSentenceEnd(t) >= t.trimEnd().length;

/**
 * The lines of a post's text that are each an update, or null when the text is not such a stack.
 * `lastOfCopy` is the copy's last line: a fragment cut off there is left out of the stack.
 */
export function stackedUpdates(text: PageLine[], lastOfCopy: PageLine | undefined): { updates: PageLine[]; cut: PageLine | null } | null {
  const tail = text.at(-1);
  const cut = tail && tail === lastOfCopy && !endsSentence(tail.text) ? tail : null;
  const updates = cut ? text.slice(0, -1) : text;
  if (updates.length < MIN_STACKED_UPDATES) return null;
  // One block: no blank line between the lines (a copy's paragraphs stand apart).
  const oneBlock = updates.every((l, k) => k === 0 || l.inBlock === updates[k - 1]!.inBlock + 1);
  if (!oneBlock || !updates.every((l) => updateShaped(l.text))) return null;
  if (updates.reduce((n, l) => n + words(l.text), 0) > MAX_MEAN_UPDATE_WORDS * updates.length) return null;
  return { updates, cut };
}
