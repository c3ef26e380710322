import type { PageLine } from './rule';

/**
 * "Final, Vestland 94/3 after 14 overs: Okoro bowls another tight over …": posts a live page prints as
 * one paragraph each, opening on a running label (the event's name, then the state of play) and a
 * colon. One such paragraph is a quote or a list entry; the label's opening words printed again and
 * again, paragraph after paragraph, are a blog's post marks.
 */

/** Paragraphs opening on the same label words, at least, for each to start a post. */
const MIN_LABEL_POSTS = 3;
/** The label's words the paragraphs must share ("World Cup", "Day 3"): fewer say nothing. */
const SHARED_LABEL_WORDS = 2;
/** Words of the label before its colon, at most: a longer run is a sentence quoting someone. */
const MAX_LABEL_WORDS = 14;
/** Words after the colon, at least: the post's text. */
const MIN_TEXT_WORDS = 6;

/** The label (the paragraph's words before its first colon) and its first words, or null. */
function label(text: string): string | null {
  const colon = text.indexOf(': ');
  if (colon <= 0) return null;
  const head = text.slice(0, colon).split(/\s+/);
  if (head.length < SHARED_LABEL_WORDS || head.length > MAX_LABEL_WORDS) return null;
  // The label opens on a capital or a digit; quoted speech ("“We will…: …") is no label.
  if (!/^[\p{Lu}\d]/u.test(head[0]!)) return null;
  if (text.slice(colon + 2).split(/\s+/).length < MIN_TEXT_WORDS) return null;
  return head.slice(0, SHARED_LABEL_WORDS).join(' ').toLowerCase();
}

/** The lines that start posts: paragraphs whose labels open on the same words, when at least MIN_LABEL_POSTS do. */
export function labelPosts(page: readonly PageLine[]): PageLine[] {
  const keyed = page.map((line) => ({ line, key: label(line.text) }));
  const counts = new Map<string, number>();
  for (const { key } of keyed) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  if (!best || n < MIN_LABEL_POSTS) return [];
  return keyed.filter((k) => k.key === best).map((k) => k.line);
}
