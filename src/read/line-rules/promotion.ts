import chromeData from '../../../data/lexicon/chrome.json';
import { alternation } from '../lexicon';
import { headlineShaped, words } from '../shape';
import type { LineRule, PageLine } from './rule';

/**
 * A promotion for another page: a blurb whose last sentence runs into its button's label ("… new
 * safety training for first responders.LEARN MORE"), words in chrome.json `callsToAction`, and the
 * headline right above it in the same block. Sites print such a box above a story and again inside
 * it; it is never the title, an item or a paragraph.
 */
const CALL_TO_ACTION_END = new RegExp(`[.!?…]["”’]?\\s*(?:${alternation(chromeData.callsToAction)})\\W*$`, 'i');
/**
 * A pointer to the story the writer closes with a stop ("… on Sunday. Read more."): the paragraph's
 * own, stripped from the post, not a button's label (which stands bare, "….READ MORE", "… Watch now ›").
 * Only the reading pointers (`callsToAction` that open on "read"): "Learn more." closes a promotion.
 */
const WRITERS_POINTER_END = new RegExp(`[.!?…]["”’]?\\s*(?:${alternation(chromeData.callsToAction.filter((c) => c.startsWith('read ')))})\\.\\s*$`, 'i');
/** Longest blurb, in words: a sentence or two. */
const MAX_BLURB_WORDS = 60;

/** The blurb of a promotion, its button's label run onto its last sentence. */
export const promotionBlurbShaped = (t: string): boolean => words(t) <= MAX_BLURB_WORDS && CALL_TO_ACTION_END.test(t) && !WRITERS_POINTER_END.test(t);

/** The headline of a promotion: right above its blurb, in the same block. */
export function promotionHeadline(page: readonly PageLine[], at: number): boolean {
  const l = page[at]!;
  const next = page[at + 1];
  return !!next && next.inBlock === l.inBlock + 1 && headlineShaped(l.text) && promotionBlurbShaped(next.text);
}

export const promotion: LineRule = {
  reason: 'chrome',
  facts: false,
  test: (page, at) => promotionBlurbShaped(page[at]!.text) || promotionHeadline(page, at),
};
