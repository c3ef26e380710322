/** Small calendar arithmetic on `YYYY-MM-DD` strings, in UTC (no time zone guesses). */

import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon';

/** Month and weekday names in lower case (data/lexicon/words.json), for comparing what a page prints. */
export const MONTHS: readonly string[] = MONTH_NAMES.map((m) => m.toLowerCase());
export const WEEKDAYS: readonly string[] = WEEKDAY_NAMES.map((d) => d.toLowerCase());

/** Month index (0-11) of an English month name or its abbreviation ("Sept", "Jan."), else -1. */
export function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m === n || (n.length >= 3 && m.startsWith(n)) || (n === 'sept' && m === 'september'));
}

/** An instant as RFC 3339 in UTC, whole seconds ("2022-01-27T11:54:00Z"). */
export const instant = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function parseIso(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`);
}

export function addDays(day: string, n: number): string {
  const d = parseIso(day);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export const weekdayOf = (day: string): number => parseIso(day).getUTCDay();

export function daysBetween(a: string, b: string): number {
  return Math.round((parseIso(b).getTime() - parseIso(a).getTime()) / 86_400_000);
}

/** The most recent `weekday` on or before `day` (HeidelTime's rule for news in the past tense). */
export function weekdayOnOrBefore(day: string, weekday: number): string {
  return addDays(day, -((weekdayOf(day) - weekday + 7) % 7));
}

/** The next `weekday` after `day` (future tense: "the meeting is set to take place on Monday"). */
export function weekdayAfter(day: string, weekday: number): string {
  return addDays(day, ((weekday - weekdayOf(day) + 6) % 7) + 1);
}

/** Years, newest first and not after `latestYear` (a year the page gives, never the clock's), in which month/day falls on `weekday`. */
export function yearsForWeekday(month: number, day: number, weekday: number, latestYear: number): number[] {
  const out: number[] = [];
  for (let y = latestYear; y >= latestYear - 60; y--) {
    if (new Date(Date.UTC(y, month, day)).getUTCDay() === weekday) out.push(y);
  }
  return out;
}
