import type { ChronoEvent, Chronology } from '../model/types';

/**
 * Slices of the chronology that feeds show. An actor's feed holds the events where it is a
 * principal participant (with mentions on request); a country's or body's feed also holds the
 * events of its officials and bodies (catalogue affiliation).
 */
export function eventsOfActor(chron: Chronology, actorId: string, includeMentions: boolean): ChronoEvent[] {
  const members = new Set(chron.actors.filter((a) => a.affiliation === actorId).map((a) => a.id));
  return chron.events.filter((e) => e.actors.some((a) =>
    (a.id === actorId && (includeMentions || a.role === 'principal')) || (members.has(a.id) && a.role === 'principal')));
}

export function eventsOfTopic(chron: Chronology, topicId: string): ChronoEvent[] {
  return chron.events.filter((e) => e.topics.some((t) => t.id === topicId));
}

/**
 * One page of a feed: up to `limit` events after the cursor (the id of the last event of the
 * previous page). Returns null when the cursor is not in the list.
 */
export function page(events: ChronoEvent[], limit: number, before: string | null): { events: ChronoEvent[]; next: string | null } | null {
  let start = 0;
  if (before !== null) {
    const at = events.findIndex((e) => e.id === before);
    if (at < 0) return null;
    start = at + 1;
  }
  const slice = events.slice(start, start + limit);
  const more = start + limit < events.length;
  return { events: slice, next: more && slice.length ? slice[slice.length - 1]!.id : null };
}
