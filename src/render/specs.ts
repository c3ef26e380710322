import { actorOf, eventsOfActor, eventsOfTopic, membersOf, topicOf } from '../chronology/select';
import type { ChronoEvent, Chronology } from '../model/types';
import type { FeedSpec } from './views';

/** The feeds there are: the whole chronology, one per actor, one per topic. Shared by Worker and CLI. */
export function mainSpec(chron: Chronology): FeedSpec {
  return {
    base: '/',
    title: 'All events',
    description: 'Every event in the merged chronology, newest first, with every outlet’s report.',
    events: chron.events,
  };
}

/** An actor's feed, or null for an unknown id. */
export function actorSpec(chron: Chronology, id: string, mentions: boolean): FeedSpec | null {
  const actor = actorOf(chron, id);
  if (!actor) return null;
  const members = new Map(membersOf(chron, id).map((a) => [a.id, a.name]));
  return {
    base: `/actors/${encodeURIComponent(id)}/`,
    title: actor.name,
    description: `Events in which ${actor.name} acts or speaks${members.size ? ', and those of its officials and bodies' : ''}${mentions ? ', and those that mention it' : ''}.`,
    events: eventsOfActor(chron, id, mentions),
    note: (e: ChronoEvent) => {
      if (e.actors.some((a) => a.id === id && a.role === 'principal')) return null;
      const via = e.actors.find((a) => members.has(a.id) && a.role === 'principal');
      return via ? `In this feed through ${via.name} (${actor.name})` : `Mentions ${actor.name}`;
    },
  };
}

/** A topic's feed, or null for an unknown id. */
export function topicSpec(chron: Chronology, id: string): FeedSpec | null {
  const topic = topicOf(chron, id);
  if (!topic) return null;
  return { base: `/topics/${encodeURIComponent(id)}/`, title: topic.name, description: `Events on ${topic.name}.`, events: eventsOfTopic(chron, id) };
}
