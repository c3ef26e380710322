import type { ChronoEvent } from '../model/types';
import { addDays } from '../read/calendar';
import { xmlSafe } from './escape';
import { permalink } from './feed-view';

/**
 * iCalendar (RFC 5545) of scheduled events: one VEVENT per event with a full `scheduled_date`
 * (an all-day `DTSTART;VALUE=DATE`), UID = the event's id at the service's host (stable: event ids
 * survive rebuilds), SUMMARY, DESCRIPTION, URL of the event page, DTSTAMP = the event's last change
 * (never the time of the request, so the bytes stay cacheable). Lines end in CRLF and are folded at
 * 75 octets without splitting a UTF-8 character (§3.1); text is escaped per §3.3.11. Written by hand:
 * this is all of RFC 5545 the calendar needs.
 */
export interface CalendarOptions {
  origin: string;
  /** Calendar name shown by clients (`X-WR-CALNAME`, `NAME` of RFC 7986). */
  name: string;
}

/** Events that go in a calendar: a scheduled day, given in full. */
export const isScheduled = (e: ChronoEvent): boolean => /^\d{4}-\d{2}-\d{2}$/.test(e.scheduled_date ?? '');

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return xmlSafe(s).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets; continuation lines start with one space (§3.1). */
export function fold(line: string): string {
  const enc = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    const limit = out.length ? 74 : 75; // a continuation line's leading space counts
    if (octets + n > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const basicDate = (d: string) => d.replace(/-/g, '');
const basicDateTime = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function renderCalendar(events: readonly ChronoEvent[], o: CalendarOptions): string {
  const host = new URL(o.origin).host;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//chronofeed//scheduled events//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    `NAME:${escapeText(o.name)}`, `X-WR-CALNAME:${escapeText(o.name)}`];
  const seen = new Set<string>();
  for (const e of events) {
    if (!isScheduled(e) || seen.has(e.id)) continue;
    seen.add(e.id);
    const url = permalink(o.origin, e.id);
    const outlets = [...new Set(e.reports.map((r) => r.publisher).filter(Boolean))].join(', ');
    lines.push('BEGIN:VEVENT',
      `UID:${e.id}@${host}`,
      `DTSTAMP:${basicDateTime(e.updated)}`,
      `DTSTART;VALUE=DATE:${basicDate(e.scheduled_date!)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(e.scheduled_date!, 1))}`,
      `SUMMARY:${escapeText(e.title)}`,
      `DESCRIPTION:${escapeText(`${e.summary}${outlets ? `\n\nReported by ${outlets}.` : ''}\n${url}`)}`,
      `URL:${url}`,
      ...(e.topics.length ? [`CATEGORIES:${e.topics.map((t) => escapeText(t.name)).join(',')}`] : []),
      'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
