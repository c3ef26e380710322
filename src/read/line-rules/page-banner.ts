import chromeData from '../../../data/lexicon/chrome.json';
import { alternation, REPORTING_VERB } from '../lexicon';
import { words } from '../shape';

/** Longest banner about the page, in words: past it, the line is a story's paragraph. */
const MAX_BANNER_WORDS = 50;
/** "This article is from the source …", "It last changed …" (data/lexicon/chrome.json `pageBanners`). */
const BANNER_WORDS = new RegExp(`\\b(?:${alternation(chromeData.pageBanners)})\\b`, 'i');
/** News attributes ("…, the company said"); a banner about the page does not. */
const ATTRIBUTED = new RegExp(`\\b${REPORTING_VERB}\\b`, 'i');
/** A change tracker's switch between versions of the page: "Version 4 Version 5", "Version 2". */
const VERSION_SWITCH = /^(?:version\s+\d+\s*)+$/i;
/** The gap a change tracker prints between two versions: "(35 minutes later)", "(2 days later)". */
const VERSION_GAP = /^\(\s*(?:an?|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+later\s*\)$/i;

/**
 * A line that speaks of the page itself rather than of news: an archive's or change-tracking
 * tool's banner over its copy, its version switches and the gaps between versions. Site furniture:
 * never a title, an item or a paragraph (a live page copied through such a tool keeps its posts).
 */
export function pageBannerShaped(t: string): boolean {
  return VERSION_SWITCH.test(t) || VERSION_GAP.test(t)
    || (words(t) <= MAX_BANNER_WORDS && !/[“”"]/.test(t) && BANNER_WORDS.test(t) && !ATTRIBUTED.test(t));
}
