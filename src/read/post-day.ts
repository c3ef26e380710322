import type { DateBasis } from '../model/types';
import { addDays, daysBetween, iso, monthIndex, weekdayOnOrBefore } from './calendar';
import { readFacts } from './document-facts';
import { MONTH, urlYears, WEEKDAY_NC } from './lexicon';
import type { PostAnnotator } from './page-reading';

/**
 * How far back, in minutes, a clock must go between consecutive posts for the day to have turned.
 * Posts a few minutes out of order ("8:10 p.m." under "8:13 p.m.") stay on their day; a blog that
 * runs past midnight goes back by most of a day ("23:50" then "00:10").
 */
const MIN_DAY_TURN_MINUTES = 180;
const minutes = (clock: string): number => +clock.slice(0, 2) * 60 + +clock.slice(3, 5);

/**
 * The day each post was written: the date printed with its time, else the day header above it,
 * else the page's date. Posts with clock times only are walked from the oldest (live blogs list
 * newest first): a clock that goes back while the posts go forward means the day turned.
 */
export const postDays: PostAnnotator = (posts, page) => {
  const pageDate = page.facts?.published ?? null;
  const year = [...urlYears(page.url), ...(pageDate ? [+pageDate.slice(0, 4)] : [])].at(-1) ?? null;
  const explicit = posts.map(({ post: p }): string | null => {
    if (p.stamp?.day) return p.stamp.day;
    if (p.stamp?.monthDay && year !== null) return stampDay(p.stamp.monthDay, year, pageDate);
    // "11:03 a.m. Thursday": the latest such weekday on or before the page's day.
    if (p.stamp?.weekday != null && pageDate) return weekdayOnOrBefore(pageDate, p.stamp.weekday);
    return p.dayHeader ? headerDay(p.dayHeader, year, pageDate) : null;
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

/** Days in half a year: a stamp's day farther than this from the page's date belongs to the neighbouring year. */
const HALF_YEAR_DAYS = 183;

/**
 * The day a post's stamp prints without its year ("Update from December 31 at 11:05 p.m.:"), in the
 * year that puts it nearest the page's date: a page of January 2 updated since December 31 reaches
 * back into the year before, and a page first dated December 31 updated "January 1" reaches into the
 * next (its date is when it was first published; updates in place come after it). Without a page
 * date, the page's (or its address's) year.
 */
function stampDay(md: { m: number; d: number }, year: number, pageDate: string | null): string {
  const day = iso(year, md.m, md.d);
  if (!pageDate) return day;
  const gap = daysBetween(pageDate, day);
  if (gap > HALF_YEAR_DAYS) return iso(year - 1, md.m, md.d);
  if (gap < -HALF_YEAR_DAYS) return iso(year + 1, md.m, md.d);
  return day;
}

/** A day header without its year: "Saturday 24 June", "June 24". */
const DAY_WITHOUT_YEAR = new RegExp(`^(?:${WEEKDAY_NC},? )?(?:${MONTH} (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)? ${MONTH})$`, 'i');

/**
 * The day a header line prints ("Tuesday 3 March 2020", "March 3, 2020"), or null. A header without
 * its year ("Saturday 24 June") takes the page's own year, the one before when that day would come
 * after the page's date.
 */
function headerDay(text: string, year: number | null, pageDate: string | null): string | null {
  const t = readFacts([{ no: 1, text }]);
  if (t.publishedBasis === 'stated') return t.published;
  const m = DAY_WITHOUT_YEAR.exec(text);
  if (!m || year === null) return null;
  const [month, d] = m[1] ? [monthIndex(m[1]), +m[2]!] : [monthIndex(m[4]!), +m[3]!];
  if (d < 1 || d > 31) return null;
  const day = iso(year, month, d);
  return pageDate && day > pageDate ? iso(year - 1, month, d) : day;
}

/** The basis a post's event date has when its text gives none: the post's own day, or the page's. */
export const dayBasis = (basis: DateBasis, postBasis: DateBasis): DateBasis =>
  basis === 'page' && postBasis === 'post-time' ? 'post-time' : basis;
