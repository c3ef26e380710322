import chromeData from '../../data/lexicon/chrome.json';
import type { Line } from '../model/types';
import { liveChromeShaped, updateNoticeShaped } from './line-rules/live-chrome';
import { pageZone } from './post-time';
import { opensOnLiveLabel } from './listed-posts';
import { bodyLike, storyLine, endsSentence, headlineShaped, words } from './shape';

/**
 * What tells a reader a page is a live blog, besides its posts: its URL path or title says "live"
 * ("/live/", "-live-blog", "Live updates", "as it happened", "Tower fire updates: …"), or the page shows live-blog furniture
 * ("Key events", "Show key events only", "Live" alone on a line, "Posts 1–20 of 87", "Pinned post", "All times are in GMT",
 * "This live blog is now closed").
 * With one of these, one post under the summary makes a live blog; without, it takes three (or two timed posts).
 */
const URL_LIVE = /(?:^|[/_-])live(?:[/_-]|blog|$)|[/_-]as-it-happened\b/i;
const TITLE_LIVE = /\blive\b(?!\s+(?:in|on|with|at|near|under|off|by)\b)|\bas it happened\b|\b(?:latest|live)\b[^:.]{0,40}\bupdates\b|\bupdates(?:\s*[:|–—]|$)/i;
/**
 * A headline above the story that calls the page a live blog, wherever the copy put it ("… – as it
 * happened"), or a line heading a day's updates ("Updates for Friday July 14", "Latest updates from Monday").
 */
const HEADLINE_LIVE = /\bas it happened\b|\blive (?:updates|blog|coverage)\b|\blatest updates\b|\blive\s*[:|]|[–—|-]\s*live$|^(?:latest\s+)?updates\s+(?:for|from|on)\s/i;
/** Shortest headline that counts: a menu entry ("Live coverage") is no headline. */
const MIN_HEADLINE_WORDS = 4;
/**
 * The page welcoming its reader to its live coverage, among its first lines: "Welcome to our live
 * coverage of …", "Join us for live updates as …", "Thank you for following our live updates", or
 * naming the copy the reader holds as a version of it ("This lite version of our live blog loads
 * quickly on phones. Tap here for the full page": a light page for phones, whose URL and title may
 * say nothing of "live"). ("Follow our live coverage here" points to another page: a link, no cue.)
 */
const LIVE_INVITE = /\b(?:welcome to|join(?:ing)?|(?:thank you|thanks) for following|you(?:['’]re| are) (?:reading|following)|this (?:[\w-]+ )?version of)\b[^.!?]{0,50}\blive (?:updates|coverage|blog|reporting)\b/i;
const POINTS_ELSEWHERE = /\b(?:here|below|click)\b\W*$/i;
/**
 * A line handing the reader to the page's own updates below it ("Keep up with the latest strike updates
 * below.", "See the live updates below"): a page of updates says so. ("Follow our live coverage here"
 * points to another page: a link, no cue.)
 */
const UPDATES_BELOW = /^(?:follow|see|read|get|scroll down for|keep up with)\b[^.!?]{0,30}\b(?:latest|live)\b[^.!?]{0,20}\b(?:updates|coverage|developments)\b[^.!?]{0,10}\bbelow\W*$/i;
/** Longest such line, in words: one sentence of hand-over, no paragraph. */
const MAX_UPDATES_BELOW_WORDS = 12;
/** Lines with text read from the top for such a welcome: it opens the page, above its posts. */
const LIVE_INVITE_LINES = 8;
/** Live-blog furniture, whole lines (data/lexicon/chrome.json `liveFurniture`); counters and notices are `liveChromeShaped`. */
const FURNITURE = new Set(chromeData.liveFurniture);

/** A title that says its page is live ("… – live", "Live updates: …", "… as it happened"): a blog's title, never a post's headline. */
export const liveTitleShaped = (t: string): boolean => TITLE_LIVE.test(t);

/**
 * Words by which a page names itself a live blog, not only "live" (a "watch live" video, "live
 * results" in an article's slug): "live updates", "live blog", "live coverage", "as it happened".
 */
const BLOG_NAMED = /\blive[\s-](?:updates?|blog|coverage)\b|\bas[\s-]it[\s-]happened\b|\blatest[\s-]updates\b/i;

/** The page names itself a live blog: in its URL (a "/live/" path segment, or the words) or its title. */
export function namesLiveBlog(url: string | null, title: string | null): boolean {
  if (url) {
    try {
      const path = new URL(url).pathname;
      if (/(?:^|\/)live(?:\/|$)/i.test(path) || BLOG_NAMED.test(path)) return true;
    } catch { /* a bad URL was already reported by the front matter */ }
  }
  return !!title && BLOG_NAMED.test(title);
}

export function liveCues(url: string | null, title: string | null, lines: readonly Line[]): boolean {
  if (url) {
    try {
      if (URL_LIVE.test(new URL(url).pathname)) return true;
    } catch { /* a bad URL was already reported by the front matter */ }
  }
  if (title && TITLE_LIVE.test(title)) return true;
  // The title may stand below a masthead, a menu or a byline: any headline above the first paragraph
  // (past a picture's caption right above the title: the one paragraph with a headline under it).
  const texts = lines.filter((l) => l.text);
  let captionPassed = false;
  for (const [i, l] of texts.entries()) {
    if (bodyLike(l.text, 12)) {
      const next = texts[i + 1]?.text;
      if (captionPassed || !next || !headlineShaped(next) || endsSentence(next) || POINTS_ELSEWHERE.test(next)) break;
      captionPassed = true;
      continue;
    }
    if (headlineShaped(l.text) && words(l.text) >= MIN_HEADLINE_WORDS && HEADLINE_LIVE.test(l.text)) return true;
    // "Harbour War LIVE: …", "LIVE Storm makes landfall": the word in capitals in a line that is not all capitals, however long.
    if (/\bLIVE\b/.test(l.text) && /\p{Ll}/u.test(l.text) && !bodyLike(l.text, 8)) return true;
  }
  // A copy that starts in its first paragraph, the page's own label run onto it ("Dam Breach Live Updates: …").
  const opening = texts.find((l) => storyLine(l.text));
  if (opening && opensOnLiveLabel(opening.text)) return true;
  if (lines.filter((l) => l.text).slice(0, LIVE_INVITE_LINES).some((l) => LIVE_INVITE.test(l.text) && !POINTS_ELSEWHERE.test(l.text))) return true;
  if (lines.some((l) => words(l.text) <= MAX_UPDATES_BELOW_WORDS && UPDATES_BELOW.test(l.text.trim()))) return true;
  // "All times are in GMT", "All times EST": only a page of timed posts states the zone of all its times.
  if (pageZone(lines) !== null) return true;
  // (A notice that the story is developing and will be updated stands on articles too: no cue.)
  return lines.some((l) => (l.text.length <= 40 && FURNITURE.has(l.text.toLowerCase())) || (liveChromeShaped(l.text) && !updateNoticeShaped(l.text)));
}
