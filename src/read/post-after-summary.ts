import type { DroppedLine } from '../model/types';
import type { PageLine } from './line-rules';
import { closingPost } from './closing-post';
import { liveChromeShaped } from './line-rules/live-chrome';
import { summaryHeadingShaped } from './line-rules/site-chrome';
import { bodyLike, isBullet, words } from './shape';

/** Paragraphs of story between a live blog's summary list and its first headed post, for them to be a post. */
const MIN_POST_PARAGRAPHS = 2;
/** Words a paragraph needs to count as story there. */
const MIN_PARAGRAPH_WORDS = 8;

/**
 * A live blog's lead as the copy printed it: title, standfirst, a summary heading ("What we know")
 * and its bullets, then paragraphs of story before the first headed post. Those paragraphs are a
 * post that prints no headline (the blog's newest, pinned under the summary), not the standfirst:
 * the standfirst stands above the summary. Returns the post's lines, or [] when the lead holds no
 * summary list or fewer than MIN_POST_PARAGRAPHS paragraphs of story below it.
 */
export function postAfterSummary(lead: readonly PageLine[], dropped: readonly DroppedLine[], endsCopy = false): PageLine[] {
  const lastBullet = lead.findLastIndex((l) => isBullet(l.text));
  if (lastBullet < 0) return [];
  const firstBullet = lead.findIndex((l) => isBullet(l.text));
  // The list is a summary's: its heading stands right above its first bullet.
  // (Dropped as furniture, or kept right above the list: "A summary of today's developments".)
  const heading = lead[firstBullet - 1];
  const above = heading?.no ?? -1;
  const headed = dropped.some((d) => d.line > above && d.line < lead[firstBullet]!.no && summaryHeadingShaped(d.text)) || (!!heading && summaryHeadingShaped(heading.text));
  if (!headed) return [];
  const below = lead.slice(lastBullet + 1);
  // The blog talking about itself under the list ("Welcome to our live coverage…", a recap, a
  // sign-off: closing-post.ts) is no post (GUIDELINES: intro recaps are no items).
  // (A copy that ends in the story ends on a paragraph cut off in its words: story too.)
  const paragraph = (l: PageLine) => bodyLike(l.text, MIN_PARAGRAPH_WORDS) || (endsCopy && l === lead.at(-1) && words(l.text) >= MIN_PARAGRAPH_WORDS && /\p{Ll}\s*$/u.test(l.text));
  const story = below.length >= MIN_POST_PARAGRAPHS && below.every((l) => paragraph(l) && !isBullet(l.text)
    && !closingPost(l.text, l.text) && !liveChromeShaped(l.text));
  return story ? below : [];
}
