/**
 * A page's URL often spells its headline: news sites write the headline's words, joined by
 * hyphens, into the path ("/2023/06/22/world/harbour-firm-halts-all-dives.html",
 * "/news/harbour-firm-halts-all-dives-after-loss-12345"). On a copy under heavy site chrome — a
 * related headline, a section, a byline or a caption above or below the title — the line that
 * spells the slug is the title, as the front matter's `title` would say. A URL whose path holds no
 * such words (an id, "/news/world-65967464", "?nid=3610") says nothing.
 */

/** Words a slug must hold to name a headline: fewer is a section or a short tag ("live-news"). */
export const MIN_SLUG_WORDS = 4;
/**
 * A line spells the slug when it holds this share of the slug's words (a headline edited after
 * its URL was made keeps most of them)…
 */
const SLUG_COVERAGE = 0.75;
/** …and the slug's words are this share of the line's (a paragraph that uses them is no title). */
const SLUG_SHARE = 0.5;

/**
 * The words of the URL's slug, in lower case: the path segment of most words of letters joined by
 * hyphens or underscores, its file ending dropped; numbers and ids are no words. Empty when no
 * segment holds MIN_SLUG_WORDS.
 */
export function slugWords(url: string | null | undefined): string[] {
  let best: string[] = [];
  for (const segment of addressSegments(url)) {
    if (!/[-_]/.test(segment)) continue;
    const wordsOf = segment.split(/[-_+]+/).filter((w) => /^[a-z]+$/.test(w));
    if (wordsOf.length > best.length) best = wordsOf;
  }
  return best.length >= MIN_SLUG_WORDS ? best : [];
}

/**
 * A URL's path as its segments, decoded and in lower case, the file ending of the last dropped
 * ("…/2023/harbour-firm-halts-dives.html" → 2023, harbour-firm-halts-dives); none for no URL or one
 * that does not parse. The slug here and the address words of emerging topics read it.
 */
export function addressSegments(url: string | null | undefined): string[] {
  if (!url) return [];
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return [];
  }
  return path.toLowerCase().replace(/\.[a-z0-9]{2,5}$/, '').split('/').filter(Boolean);
}

/** Whether the line spells the slug (SLUG_COVERAGE, SLUG_SHARE); a line's accents and apostrophes are read as a slug writes them. */
export function spellsSlug(line: string, slug: readonly string[]): boolean {
  if (slug.length < MIN_SLUG_WORDS) return false;
  const lineWords = new Set(asciiWords(line));
  if (lineWords.size === 0) return false;
  const wanted = new Set(slug);
  let shared = 0;
  for (const w of wanted) if (lineWords.has(w)) shared++;
  return shared >= wanted.size * SLUG_COVERAGE && shared >= lineWords.size * SLUG_SHARE;
}

/** A line's words as a slug would write them: lower case, accents and apostrophes dropped ("Zürich’s" → "zurichs"). */
const asciiWords = (line: string): string[] =>
  line.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, '').match(/[a-z]+/g) ?? [];
