import type { ActorEntry, Chronology, TopicEntry } from '../model/types';

/**
 * The actor and topic catalogues as the feeds serve them: an actor's `events` is the number of
 * events in its feed — where it is a principal, plus, for a country or body, the events its officials
 * and bodies lead (`eventsOfActor`, the rule of `actorSpec`) — so `/actors.json` never promises a
 * count its feed does not hold. Sorted by that count, then id.
 */
export function actorCatalogue(chron: Chronology): ActorEntry[] {
  const affiliation = new Map(chron.actors.map((a) => [a.id, a.affiliation]));
  const counts = new Map<string, number>();
  for (const e of chron.events) {
    const feeds = new Set<string>();
    for (const a of e.actors) {
      if (a.role !== 'principal') continue;
      feeds.add(a.id);
      const body = affiliation.get(a.id);
      if (body) feeds.add(body);
    }
    for (const id of feeds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return chron.actors.map((a) => ({ ...a, events: counts.get(a.id) ?? 0 }))
    .sort((a, b) => b.events - a.events || a.id.localeCompare(b.id));
}

/** Topics: an event is in a topic's feed when it carries the topic, so the counts already match. */
export function topicCatalogue(chron: Chronology): TopicEntry[] {
  return chron.topics;
}

/** Memoised per chronology object: the pages and catalogues of one chronology share one count. */
const byChronology = new WeakMap<Chronology, ActorEntry[]>();
/** A view holding some of a chronology's events (the Worker's requests) is given the catalogue counted over all of them. */
export const knownActors = (chron: Chronology, entries: ActorEntry[]): void => { byChronology.set(chron, entries); };
export function actorsOf(chron: Chronology): ActorEntry[] {
  let a = byChronology.get(chron);
  if (!a) byChronology.set(chron, (a = actorCatalogue(chron)));
  return a;
}
