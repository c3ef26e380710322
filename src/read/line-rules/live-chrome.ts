import chromeData from '../../../data/lexicon/chrome.json';
import { alternation } from '../lexicon';
import { words } from '../shape';
import type { LineRule } from './rule';

/** Longest notice that the page will change, in words: past it, the line is a story's paragraph. */
const MAX_NOTICE_WORDS = 30;
/** "This is a developing story and will be updated …" (data/lexicon/chrome.json `updateNotices`). */
const UPDATE_NOTICE = new RegExp(`\\b(?:${alternation(chromeData.updateNotices)})\\b`, 'i');

/** The outlet telling the reader the page will change: "THIS IS A DEVELOPING STORY", "We will update this page …". */
export const updateNoticeShaped = (t: string): boolean => words(t) <= MAX_NOTICE_WORDS && !/[“"]/.test(t) && UPDATE_NOTICE.test(t);

/**
 * Live-blog chrome: post counters ("26 Posts", "Posts 1-20 of 87", "13 UpdatesAuto updates"), status labels ("As it happened",
 * "Live"), status notices ("The live blog is now closed", "This liveblog coverage has ended") and notices that the page will be updated.
 */
export function liveChromeShaped(t: string): boolean {
  // (A copy may run the counter into the toggle beside it: "13 UpdatesAuto updates".)
  return /^\d+\s+(?:new\s+)?(posts?|updates?|entries)$/i.test(t)
    || /^\d+\s+(?:[Pp]osts?|[Uu]pdates?|[Ee]ntries)[A-Z][a-z]+(?: [a-z]+){0,2}$/.test(t)
    || /^posts? \d+\s*[-–]\s*\d+ of \d+$/i.test(t)
    // "As it happenedended1665192656": a blog's label and status, run into its closing time by the copy.
    || /^(?:live|as it happened)\s*(?:ended|closed)?\s*\d{0,10}$/i.test(t)
    // (Within the notice's own clause: past a label's colon, "Dam Live Updates: Police moved …", the page's story runs.)
    || (/live/i.test(t) && /\blive ?(blog|coverage|updates?|page|reporting)\b[^.:]*\b(closed|ended|over|finished|paused|moved)\b/i.test(t))
    || updateNoticeShaped(t);
}

export const liveChrome: LineRule = {
  reason: 'chrome',
  facts: true,
  test: (page, at) => liveChromeShaped(page[at]!.text),
};
