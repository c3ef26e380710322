import { daysBetween } from '../read/calendar';

/**
 * Time windows: the unit the chronology is assembled in. News comes at a steady rate while an
 * archive grows, so work done per window (finding emerging topics first) costs the same at 1,000
 * pages as at 10,000, and a new page touches only its own window and its neighbours.
 *
 * A page belongs to the week of its publication day (weeks of WINDOW_DAYS, counted from a Monday);
 * a page without a publication day belongs to the one undated window, which has no neighbours.
 */
export const WINDOW_DAYS = 7;

/**
 * How many windows on each side a window's pages are read with: a story is found recurring where
 * its pages fall within a week or so of each other, across a window's edge too.
 */
export const CONTEXT_WINDOWS = 1;

/** The first day of window 0 (a Monday). */
const WINDOW_ORIGIN = '1970-01-05';

/** The undated window. */
export const UNDATED = Number.NEGATIVE_INFINITY;

/** A page's window, from its publication day (`YYYY-MM-DD…`), or UNDATED. */
export function windowOf(published: string | null): number {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return UNDATED;
  return Math.floor(daysBetween(WINDOW_ORIGIN, published.slice(0, 10)) / WINDOW_DAYS);
}

/** The windows a window is read with: itself and CONTEXT_WINDOWS on each side (the undated window alone). */
export function contextOf(window: number): number[] {
  if (window === UNDATED) return [UNDATED];
  const out: number[] = [];
  for (let w = window - CONTEXT_WINDOWS; w <= window + CONTEXT_WINDOWS; w++) out.push(w);
  return out;
}
