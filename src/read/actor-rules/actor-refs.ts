import type { ActorRef } from '../../model/types';
import { type CatalogueActor, slug } from '../catalogue';
import { alternation, BODY_NOUNS, COMPANY_SUFFIXES } from '../lexicon';

/** One shared, frozen reference per actor and role: a large corpus holds millions of mentions. */
const refs = new Map<string, ActorRef>();
export const sharedRef = (a: ActorRef, role: ActorRef['role']): ActorRef => actorRef({ id: a.id, name: a.name, kind: a.kind }, role);
export function actorRef(actor: Pick<CatalogueActor, 'id' | 'name' | 'kind'>, role: ActorRef['role']): ActorRef {
  const key = `${actor.id}|${role}`;
  let ref = refs.get(key);
  if (!ref) { ref = Object.freeze({ id: actor.id, name: actor.name, kind: actor.kind, role }); refs.set(key, ref); }
  return ref;
}

/** A name ending on a body's noun or a company's form is an organisation's (the same words as ORG_END). */
export const ORGANISATION = new RegExp(`(?<![\\p{L}])(?:${alternation([...BODY_NOUNS, ...COMPANY_SUFFIXES, 'Republic'])})$`, 'u');
const newActors = new Map<string, CatalogueActor>();
/** The rule that first found an actor the catalogue does not know ("name shape: title before name"), for `found_by`. */
export const shapeRule = (id: string): string | undefined => newActors.get(id)?.source;

/** An actor the catalogue does not know, found by a name shape: one object per id, named as first seen, with its rule. */
export function newActor(name: string, kind: CatalogueActor['kind'], rule: string, id = slug(name)): CatalogueActor {
  let p = newActors.get(id);
  if (!p) {
    p = { id, name, kind, aliases: [], affiliation: null, role: null, source: `name shape: ${rule}` };
    newActors.set(id, p);
  }
  return p;
}

/**
 * "National Electoral Commission (NEC-X)": the acronym a page gives a body it found by shape, kept
 * with it (an alias) so that pages naming the body otherwise find it by that acronym
 * (src/chronology/body-identity.ts). A catalogue body keeps its own aliases.
 */
export function addDefinedAcronym(actor: CatalogueActor, acronym: string): void {
  if (newActors.get(actor.id) === actor && !actor.aliases.includes(acronym)) actor.aliases.push(acronym);
}
/** The acronyms pages gave a body found by shape ("IEC" of "… Electoral Commission (IEC)"). */
export const definedAcronyms = (id: string): readonly string[] => newActors.get(id)?.aliases ?? [];
