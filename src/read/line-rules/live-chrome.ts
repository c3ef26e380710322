import type { LineRule } from './rule';

/** Live-blog chrome: post counters ("26 Posts", "Posts 1-20 of 87") and status notices ("The live blog is now closed"). */
export function liveChromeShaped(t: string): boolean {
  return /^\d+\s+(?:new\s+)?(posts?|updates?|entries)$/i.test(t)
    || /^posts? \d+\s*[-–]\s*\d+ of \d+$/i.test(t)
    || (/live/i.test(t) && /\blive (blog|coverage|updates?|page|reporting)\b[^.]*\b(closed|ended|over|finished|paused|moved)\b/i.test(t));
}

export const liveChrome: LineRule = {
  reason: 'chrome',
  facts: true,
  test: (page, at) => liveChromeShaped(page[at]!.text),
};
