import actorsData from '../../data/actors.json';
import topicsData from '../../data/topics.json';
import type { ActorEntry } from '../model/types';

/** A catalogue actor (data/actors.json): an actor entry without its event count, with demonyms. */
export type CatalogueActor = Omit<ActorEntry, 'events'> & { demonyms?: string[] };

export interface CatalogueTopic {
  id: string;
  name: string;
  phrases: string[];
  theme: boolean;
}

export const ACTORS: readonly CatalogueActor[] = actorsData.actors as CatalogueActor[];
export const TOPICS: readonly CatalogueTopic[] = topicsData.topics;

/** Every surface form a known actor goes by, for name repair and matching. */
export const KNOWN_NAMES: readonly string[] = ACTORS.flatMap((a) => [a.name, ...a.aliases]);
