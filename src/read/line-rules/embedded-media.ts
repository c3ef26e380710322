import chromeData from '../../../data/lexicon/chrome.json';
import { alternation } from '../lexicon';
import { words } from '../shape';
import type { LineRule } from './rule';

/** Longest title of an embedded player, in words. */
const MAX_MEDIA_TITLE_WORDS = 20;
/** "… – video", "… - in pictures", "… — watch" at the end of a short line (data/lexicon/chrome.json `mediaLabels`). */
const MEDIA_SUFFIX = new RegExp(`\\s[–—-]\\s(?:${alternation(chromeData.mediaLabels)})$`, 'i');

/** The title of a video, gallery or audio player embedded in a post: "Rescue at the harbour – video". */
export function embeddedMediaShaped(t: string): boolean {
  // A dash among the last words, before any regex: most lines have none.
  const dash = Math.max(t.lastIndexOf(' – '), t.lastIndexOf(' - '), t.lastIndexOf(' — '));
  return dash >= 0 && MEDIA_SUFFIX.test(t.slice(dash)) && words(t) <= MAX_MEDIA_TITLE_WORDS;
}

export const embeddedMedia: LineRule = {
  reason: 'caption',
  facts: false,
  test: (page, at) => embeddedMediaShaped(page[at]!.text),
};
