import type { Line } from '../model/types';
import { liveChromeShaped } from './line-rules/live-chrome';

/**
 * What tells a reader a page is a live blog, besides its posts: its URL path or title says "live"
 * ("/live/", "-live-blog", "Live updates", "as it happened"), or the page shows live-blog furniture
 * ("Key events", "Show key events only", "Live" alone on a line, "Posts 1–20 of 87", "Pinned post",
 * "This live blog is now closed").
 * With one of these, two posts make a live blog; without, it takes three.
 */
const URL_LIVE = /(?:^|[/_-])live(?:[/_-]|blog|$)|[/_-]as-it-happened\b/i;
const TITLE_LIVE = /\blive\b(?!\s+(?:in|on|with|at|near|under|off|by)\b)|\bas it happened\b|\b(?:latest|live)\b[^:.]{0,40}\bupdates\b/i;
const FURNITURE = /^(?:key events|show key events only|live|live updates|live coverage|live reporting|live blog|pinned(?: post)?|latest updates?|\d+\s+(?:new\s+)?(?:posts?|updates?)|posts? \d+[-–]\d+ of \d+)$/i;

export function liveCues(url: string | null, title: string | null, lines: readonly Line[]): boolean {
  if (url) {
    try {
      if (URL_LIVE.test(new URL(url).pathname)) return true;
    } catch { /* a bad URL was already reported by the front matter */ }
  }
  if (title && TITLE_LIVE.test(title)) return true;
  return lines.some((l) => (l.text.length <= 40 && FURNITURE.test(l.text)) || liveChromeShaped(l.text));
}
