import chromeData from '../../../data/lexicon/chrome.json';
import { alternation, MONTH } from '../lexicon';
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

/** "WATCH: …", "Video | …", "PHOTOS: …": a media label opening a short line (data/lexicon/chrome.json `mediaLabels`). */
const MEDIA_PREFIX = new RegExp(`^(?:${alternation(chromeData.mediaLabels)})\\s*[:|]\\s+\\S`, 'i');

/**
 * A player's promotion: "WATCH: Waves crash over the harbour wall". Above an article's title it is
 * a teaser, never the title (inside a live blog, a post may be headed so: not read there).
 */
export const mediaPromoShaped = (t: string): boolean => MEDIA_PREFIX.test(t) && words(t) <= MAX_MEDIA_TITLE_WORDS;

export const embeddedMedia: LineRule = {
  reason: 'caption',
  facts: false,
  test: (page, at) => embeddedMediaShaped(page[at]!.text),
};

/** Longest embedded social post kept as one line with its signature, in words before it. */
const MAX_EMBED_WORDS = 25;
/** "— Jo Reed (@joreed) August 4, 2020": the signature an embedded social post ends on. */
const SIGNATURE = `[—–-]\\s*[^—–()]{1,60}\\(@[\\w ]{1,30}\\)\\s+${MONTH}\\s+\\d{1,2},\\s+\\d{4}`;
const SOCIAL_SIGNATURE = new RegExp(`${SIGNATURE}$`);
/** Every such signature in a text, wherever the copy glued it (merging leaves them out: who posted an embed, and when, is not what a report tells). */
export const SOCIAL_SIGNATURES = new RegExp(SIGNATURE, 'g');

/**
 * A social post embedded in a story, as the copy keeps it: its text (a few words, a link) and its
 * signature "— Name (@handle) Month D, YYYY". A long text before the signature is the post's own
 * paragraph glued to the embed, and stays.
 */
export function socialEmbedShaped(t: string): boolean {
  if (!t.includes('(@')) return false;
  const m = SOCIAL_SIGNATURE.exec(t);
  return !!m && words(t.slice(0, m.index)) <= MAX_EMBED_WORDS;
}

export const socialEmbed: LineRule = {
  reason: 'caption',
  facts: false,
  test: (page, at) => socialEmbedShaped(page[at]!.text),
};
