import type { DateBasis } from '../model/types';
import { addDays, iso, weekdayOnOrBefore } from './calendar';
import { readFacts } from './document-facts';
import { urlYears } from './lexicon';
import type { PostAnnotator } from './page-reading';

/**
 * The day each post was written: the date printed with its time, else the day header above it,
 * else the page's date. Posts with clock times only are walked from the oldest (live blogs list
 * newest first): a clock that goes back while the posts go forward means the day turned.
 */
/**
 * How far back, in minutes, a clock must go between consecutive posts for the day to have turned.
 * Posts a few minutes out of order ("8:10 p.m." under "8:13 p.m.") stay on their day; a blog that
 * runs past midnight goes back by most of a day ("23:50" then "00:10").
 */
const MIN_DAY_TURN_MINUTES = 180;
const minutes = (clock: string): number => +clock.slice(0, 2) * 60 + +clock.slice(3, 5);

export const postDays: PostAnnotator = (posts, page) => {
  const pageDate = page.facts?.published ?? null;
  const year = [...urlYears(page.url), ...(pageDate ? [+pageDate.slice(0, 4)] : [])].at(-1) ?? null;
  const explicit = posts.map(({ post: p }): string | null => {
    if (p.stamp?.day) return p.stamp.day;
    if (p.stamp?.monthDay && year !== null) return iso(year, p.stamp.monthDay.m, p.stamp.monthDay.d);
    // "11:03 a.m. Thursday": the latest such weekday on or before the page's day.
    if (p.stamp?.weekday != null && pageDate) return weekdayOnOrBefore(pageDate, p.stamp.weekday);
    return p.dayHeader ? headerDay(p.dayHeader) : null;
  });
  posts.forEach((p, i) => { p.day = explicit[i] ?? pageDate; p.dayBasis = explicit[i] ? 'post-time' : 'page'; });
  if (!pageDate || explicit.some((d) => d)) return;
  const timed = posts.filter((p) => p.post.stamp?.clock);
  if (timed.length < 2) return;
  const clock = (p: (typeof posts)[number]) => p.post.stamp!.clock!;
  const down = timed.slice(1).filter((p, k) => clock(p) < clock(timed[k]!)).length;
  const chronological = down >= (timed.length - 1) / 2 ? [...timed].reverse() : timed;
  let day = pageDate;
  let prev: string | null = null;
  for (const p of chronological) {
    if (prev !== null && minutes(prev) - minutes(clock(p)) >= MIN_DAY_TURN_MINUTES) day = addDays(day, 1);
    p.day = day;
    p.dayBasis = day === pageDate ? 'page' : 'post-time';
    prev = clock(p);
  }
};

/** The day a header line prints ("Tuesday 3 March 2020", "March 3, 2020"), or null. */
function headerDay(text: string): string | null {
  const t = readFacts([{ no: 1, text }]);
  return t.publishedBasis === 'stated' ? t.published : null;
}

/** The basis a post's event date has when its text gives none: the post's own day, or the page's. */
export const dayBasis = (basis: DateBasis, postBasis: DateBasis): DateBasis =>
  basis === 'page' && postBasis === 'post-time' ? 'post-time' : basis;
