import type { DroppedLine } from '../model/types';
import type { PageLine } from './boilerplate';
import { writerNameShaped } from './line-rules/byline';

/** Posts signed by their writer, for a live page to be read as signing every post. */
const MIN_SIGNED_POSTS = 2;

/**
 * A live page that signs its posts ("Jo Reed" over or under "Where things stand", then the text):
 * a headline below a signed post that carries no writer's line of its own is a sub-heading of that
 * post ("Reaction from the region", "What we know so far" over more paragraphs of the same post),
 * not a post. `heads` are the indices in `lines` of the headlines read as posts; the ones kept are
 * returned. Headlines above the first signed post stay posts.
 *
 * The page signs its posts when two or more of them are signed, or when its one signed post is
 * signed over its headline by a name alone (a writer's card: the page's own byline reads "By …").
 */
export function signedPostsJoined(lines: readonly PageLine[], heads: readonly number[], dropped: readonly DroppedLine[]): number[] {
  const bylines = dropped.filter((d) => d.reason === 'byline');
  const between = (from: number, to: number) => bylines.filter((d) => d.line > from && d.line < to);
  const above = (h: number) => between(h > 0 ? lines[h - 1]!.no : 0, lines[h]!.no);
  const under = (h: number) => (lines[h + 1] ? between(lines[h]!.no, lines[h + 1]!.no) : []);
  const signed = heads.filter((h) => above(h).length > 0 || under(h).length > 0);
  const signsPosts = signed.length >= MIN_SIGNED_POSTS || (signed.length === 1 && above(signed[0]!).some((d) => writerNameShaped(d.text)));
  if (!signsPosts) return [...heads];
  let inSigned = false;
  return heads.filter((h) => {
    if (signed.includes(h)) return (inSigned = true);
    return !inSigned;
  });
}
