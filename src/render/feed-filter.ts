import type { ChronoEvent } from '../model/types';

/**
 * Filters every feed takes, in the conventions RSSHub's users know — but never a user regex: a
 * value is one or more plain phrases separated by `|`, matched case-insensitively as substrings
 * (so no pattern can make the Worker backtrack for long).
 *
 * - `filter`: keep events whose title or text holds one of the phrases;
 * - `filterout`: drop events whose title or text holds one of them;
 * - `outlet`: keep events reported by one of the named outlets (a report's publisher, whole name);
 * - `filter_time`: keep events whose time is within N seconds of the feed's newest event — not of
 *   the clock, so a dated chronology gives the same feed whenever it is read.
 */
export interface FeedFilter {
  filter: string[] | null;
  filterout: string[] | null;
  outlet: string[] | null;
  /** Seconds before the newest event of the feed. */
  filterTime: number | null;
}

export const NO_FILTER: FeedFilter = { filter: null, filterout: null, outlet: null, filterTime: null };

/** Most alternatives in one value, and longest phrase: bounded work per event. */
export const MAX_ALTERNATIVES = 20;
export const MAX_PHRASE_CHARS = 100;

/** `a|B| b ` → ['a', 'b'] (trimmed, lower-cased, unique, sorted: the canonical form), or why not. */
export function parseAlternatives(value: string): string[] | string {
  const phrases = [...new Set(value.split('|').map((p) => p.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean))].sort();
  if (!phrases.length) return 'give one or more words, alternatives separated by "|".';
  if (phrases.length > MAX_ALTERNATIVES) return `at most ${MAX_ALTERNATIVES} alternatives.`;
  if (phrases.some((p) => p.length > MAX_PHRASE_CHARS)) return `each alternative at most ${MAX_PHRASE_CHARS} characters.`;
  return phrases;
}

export const isFiltered = (f: FeedFilter): boolean => Boolean(f.filter || f.filterout || f.outlet || f.filterTime !== null);

/** An event's time in ms: its stated time, else the start of its day; null when undated. */
export function eventMillis(e: ChronoEvent): number | null {
  if (e.time) return Date.parse(e.time);
  if (!e.event_date) return null;
  const t = Date.parse(`${e.event_date.slice(0, 10).padEnd(10, '-01')}T00:00:00Z`);
  return Number.isNaN(t) ? null : t;
}

/** Lower-cased searchable text per event, computed once per event object. */
const haystacks = new WeakMap<ChronoEvent, string>();
function haystack(e: ChronoEvent): string {
  let s = haystacks.get(e);
  if (s === undefined) {
    s = [e.title, e.summary, ...e.reports.flatMap((r) => [r.headline, r.text])].join('\n').toLowerCase().replace(/\s+/g, ' ');
    haystacks.set(e, s);
  }
  return s;
}

/** The events of a feed that pass its filters, in the feed's order. */
export function applyFilter(events: readonly ChronoEvent[], f: FeedFilter): ChronoEvent[] {
  if (!isFiltered(f)) return events as ChronoEvent[];
  let since = -Infinity;
  if (f.filterTime !== null) {
    const newest = events.reduce((m, e) => Math.max(m, eventMillis(e) ?? -Infinity), -Infinity);
    since = newest - f.filterTime * 1000;
  }
  return events.filter((e) => {
    if (f.filterTime !== null) {
      const t = eventMillis(e);
      if (t === null || t < since) return false;
    }
    if (f.outlet && !e.reports.some((r) => r.publisher && f.outlet!.includes(r.publisher.toLowerCase()))) return false;
    if (f.filter && !f.filter.some((p) => haystack(e).includes(p))) return false;
    if (f.filterout && f.filterout.some((p) => haystack(e).includes(p))) return false;
    return true;
  });
}

/** A few words that say what a filtered feed holds (its title says it, so two feeds never share one). */
export function describeFilter(f: FeedFilter): string {
  const parts: string[] = [];
  if (f.filter) parts.push(`with “${f.filter.join('” or “')}”`);
  if (f.filterout) parts.push(`without “${f.filterout.join('” or “')}”`);
  if (f.outlet) parts.push(`reported by ${f.outlet.join(' or ')}`);
  if (f.filterTime !== null) parts.push(`within ${f.filterTime} s of the newest event`);
  return parts.join(', ');
}
