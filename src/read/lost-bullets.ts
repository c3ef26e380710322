import type { PageLine } from './line-rules';
import { endsSentence, isBullet, words } from './shape';

/**
 * Lines of a run, at least, for it to be a summary list that lost its bullets: two long lines
 * without a stop may be one paragraph the copy broke; three in a row, each a sentence's length,
 * are a list.
 */
const MIN_LOST_BULLETS = 3;
/** Words of each such line: a summary bullet is a whole sentence ("About 40,000 homes … have lost power"), no label. */
const MIN_LOST_BULLET_WORDS = 12;
/** Kept lines under the title the run may start below (the standfirst may end on its stop). */
const MAX_LINES_ABOVE_RUN = 1;

/**
 * A live page's summary whose bullets the copy lost. Some live blogs print, under the title, a list of
 * whole sentences that end without a stop ("About 40,000 homes have lost power, the grid operator
 * says" / "Trains north of the city are cancelled"); a copy that drops the bullets keeps them as
 * bare lines, one under the other, no blank line between. Read as paragraphs broken by the copy
 * they are joined in twos, none ends a sentence, and the headline of the first post under them is
 * taken for a line of the lead: the page reads as an article. Returns the lines of that run (the
 * blog's summary: furniture like its bullets), or none: a run of fewer than MIN_LOST_BULLETS lines,
 * one not starting right under the title, or any line of it ending a sentence or handing over (":").
 */
export function lostBulletSummary(kept: readonly PageLine[], title: PageLine | null): Set<number> {
  const lines = kept.filter((l) => l !== title && (!title || l.no > title.no));
  // (A line that kept its bullet is a summary's already: the page's own reading of summaries stands.)
  const bullet = (l: PageLine) => !isBullet(l.text) && words(l.text) >= MIN_LOST_BULLET_WORDS && !endsSentence(l.text) && !/[:;]\s*$/.test(l.text);
  for (let from = 0; from <= MAX_LINES_ABOVE_RUN && from < lines.length; from++) {
    let to = from;
    while (to < lines.length && bullet(lines[to]!) && (to === from || lines[to]!.no === lines[to - 1]!.no + 1)) to++;
    if (to - from >= MIN_LOST_BULLETS) return new Set(lines.slice(from, to).map((l) => l.no));
  }
  return new Set();
}
