import type { ActorRef } from '../../model/types';
import type { CatalogueActor } from '../catalogue';
import { nameId } from './actor-index';
import { alternation, BODY_NOUNS, COMPANY_SUFFIXES } from '../lexicon';
import { bmpLetters } from '../bmp-letters';

/** One shared, frozen reference per actor and role: a large corpus holds millions of mentions. */
const refs = new Map<string, ActorRef>();
export const sharedRef = (a: ActorRef, role: ActorRef['role']): ActorRef => (a.acronyms ? withAcronyms(actorRef(a, role), a.acronyms) : actorRef({ id: a.id, name: a.name, kind: a.kind }, role));
/** A body's reference with the acronyms its page gave it: one of its own, not shared. */
export const withAcronyms = (ref: ActorRef, acronyms: readonly string[]): ActorRef => Object.freeze({ id: ref.id, name: ref.name, kind: ref.kind, role: ref.role, acronyms });
export function actorRef(actor: Pick<CatalogueActor, 'id' | 'name' | 'kind'>, role: ActorRef['role']): ActorRef {
  const key = `${actor.id}|${role}`;
  let ref = refs.get(key);
  if (!ref) { ref = Object.freeze({ id: actor.id, name: actor.name, kind: actor.kind, role }); refs.set(key, ref); }
  return ref;
}

/** A name ending on a body's noun or a company's form is an organisation's (the same words as ORG_END). */
export const ORGANISATION = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation([...BODY_NOUNS, ...COMPANY_SUFFIXES, 'Republic'])})$`, 'u'));
const newActors = new Map<string, CatalogueActor>();
/** The rule that first found an actor the catalogue does not know ("name shape: title before name"), for `found_by`. */
export const shapeRule = (id: string): string | undefined => newActors.get(id)?.source;

/** An actor the catalogue does not know, found by a name shape: one object per id, named as first seen, with its rule. */
export function newActor(name: string, kind: CatalogueActor['kind'], rule: string, id = nameId(name)): CatalogueActor {
  let p = newActors.get(id);
  if (!p) {
    p = { id, name, kind, aliases: [], affiliation: null, role: null, source: `name shape: ${rule}` };
    newActors.set(id, p);
  }
  return p;
}

/** Whether an actor was found by a name shape (not the catalogue's): a page's acronym for it is carried with it. */
export const foundByShape = (actor: CatalogueActor): boolean => newActors.get(actor.id) === actor;
