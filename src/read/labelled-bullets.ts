import type { PageLine } from './line-rules';
import { handsOver } from './listed-posts';
import { bodyLike, LIST_MARK, storyLine } from './shape';

/**
 * A bullet marking one short post: an arrow ("►", run onto its text or not) or a list mark and a
 * space (`LIST_MARK`: "• ", "- "). (An arrow is no word's first letter; a dash without a space may be a minus.)
 */
const POST_BULLET = new RegExp(`^(?:[►▶➤]\\s*|${LIST_MARK.source.slice(1)})`);
/** Bullets under the label, at least, for them to be posts: one bullet under a label is a list of one, a summary's line. */
const MIN_LABELLED_BULLETS = 2;
/** Words of the label at most ("Latest news:", "Latest developments:"): a label, no sentence introducing a quote. */
const MAX_BULLETS_LABEL_WORDS = 4;
/** Words of one bullet's text at least, for it to be a post: a sentence ("Two firefighters were hurt."). */
const MIN_BULLET_POST_WORDS = 3;

export interface LabelledBullets {
  /** The label handing over to the bullets. */
  label: PageLine;
  /** The bullets, one post each. */
  bullets: PageLine[];
}

/** A bullet's text without its mark. */
export const bulletText = (t: string): string => t.replace(POST_BULLET, '');

const labelShaped = (t: string): boolean => /:\s*$/.test(t) && t.split(/\s+/).length <= MAX_BULLETS_LABEL_WORDS && handsOver(t);
const bulletPost = (t: string): boolean => POST_BULLET.test(t) && (storyLine(bulletText(t)) || bodyLike(bulletText(t), MIN_BULLET_POST_WORDS));

/**
 * Short posts a live page prints as bullets under a label between its headed posts ("Latest news:"
 * over "► The fire has burned 12,400 acres, the agency said." / "► The governor approved emergency
 * funds on Thursday."): each bullet is a post of its own, the label is furniture, and the lines
 * above the label belong to what stands above (the post whose text ends there, or the blog's lead).
 * `lines`: one stretch of the page, up to the next headed post. Returns the label and the bullets
 * that end the stretch, or null: no such label, fewer than MIN_LABELLED_BULLETS bullets under it,
 * or any line under it no bulleted sentence (a list of a post's own, a summary).
 * (The label hands over to what is latest: "What we know so far:" over bullets sums up, no posts —
 * `handsOver` leaves out a summary's heading.)
 */
export function labelledBullets(lines: readonly PageLine[]): LabelledBullets | null {
  const at = lines.findLastIndex((l) => labelShaped(l.text));
  if (at < 0) return null;
  const bullets = lines.slice(at + 1);
  if (bullets.length < MIN_LABELLED_BULLETS || !bullets.every((l) => bulletPost(l.text))) return null;
  return { label: lines[at]!, bullets };
}
