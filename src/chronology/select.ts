import type { ActorEntry, ChronoEvent, Chronology, TopicEntry } from '../model/types';

/**
 * Slices of the chronology that feeds show. An actor's feed holds the events where it is a
 * principal participant (with mentions on request); a country's or body's feed also holds the
 * events of its officials and bodies (catalogue affiliation).
 */
export function eventsOfActor(chron: Chronology, actorId: string, includeMentions: boolean): ChronoEvent[] {
  const index = indexOf(chron);
  const at = new Set([...(index.principal.get(actorId) ?? []), ...(includeMentions ? index.mentioned.get(actorId) ?? [] : [])]);
  for (const member of index.members.get(actorId) ?? []) for (const k of index.principal.get(member.id) ?? []) at.add(k);
  return [...at].sort((x, y) => x - y).map((k) => chron.events[k]!);
}

export function eventsOfTopic(chron: Chronology, topicId: string): ChronoEvent[] {
  return (indexOf(chron).topics.get(topicId) ?? []).map((k) => chron.events[k]!);
}

/** An actor of the catalogue by id, or undefined. */
export const actorOf = (chron: Chronology, id: string): ActorEntry | undefined => indexOf(chron).actors.get(id);
/** A topic of the catalogue by id, or undefined. */
export const topicOf = (chron: Chronology, id: string): TopicEntry | undefined => indexOf(chron).topicEntries.get(id);
/** The actors whose affiliation is `id` (its officials and bodies), in catalogue order. */
export const membersOf = (chron: Chronology, id: string): readonly ActorEntry[] => indexOf(chron).members.get(id) ?? [];

/**
 * Positions of each actor's and topic's events, in the chronology's order, and the catalogues by
 * id: one pass, per chronology (never changed).
 */
interface Index {
  principal: Map<string, number[]>;
  mentioned: Map<string, number[]>;
  topics: Map<string, number[]>;
  actors: Map<string, ActorEntry>;
  topicEntries: Map<string, TopicEntry>;
  members: Map<string, ActorEntry[]>;
}
const indexes = new WeakMap<Chronology, Index>();
function indexOf(chron: Chronology): Index {
  let index = indexes.get(chron);
  if (!index) {
    index = { principal: new Map(), mentioned: new Map(), topics: new Map(), actors: new Map(), topicEntries: new Map(), members: new Map() };
    for (const a of chron.actors) {
      if (!index.actors.has(a.id)) index.actors.set(a.id, a);
      if (a.affiliation) { const l = index.members.get(a.affiliation); if (l) l.push(a); else index.members.set(a.affiliation, [a]); }
    }
    for (const t of chron.topics) if (!index.topicEntries.has(t.id)) index.topicEntries.set(t.id, t);
    const add = (m: Map<string, number[]>, id: string, k: number) => { const l = m.get(id); if (!l) m.set(id, [k]); else if (l.at(-1) !== k) l.push(k); };
    chron.events.forEach((e, k) => {
      for (const a of e.actors) add(a.role === 'principal' ? index!.principal : index!.mentioned, a.id, k);
      for (const t of e.topics) add(index!.topics, t.id, k);
    });
    indexes.set(chron, index);
  }
  return index;
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
