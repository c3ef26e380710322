import type { CatalogueActor } from '../catalogue';
import { alternation, REPORTING_VERB, STATE_COLLECTIVES, TITLES } from '../lexicon';
import type { PhraseHit } from '../phrase-index';
import { type ActorScan, mark } from './scan';

/** A title as news capitalises it before a name ("Prime Minister"), filed for a look after a demonym. */
const STATE_TITLE = new RegExp(`^ (?:${alternation(TITLES)})(?![\\p{L}])`, 'u');
/** A state's people speaking ("officials said", "authorities have confirmed"). */
const STATE_SPEAKS = new RegExp(`^ (?:${alternation(STATE_COLLECTIVES)})(?: [a-z]+)? ${REPORTING_VERB}\\b`);
/**
 * "Chilean President Ana Reyes", "Chilean officials said": a demonym before a title, or before a
 * state's people speaking, speaks for its country ("Chilean and Peruvian diplomats met" does not).
 * Yields the country and where its demonym stands.
 */
function demonymStates(text: string, demonyms: ReadonlyArray<PhraseHit<CatalogueActor>>): Array<{ actor: CatalogueActor; at: number; form: string }> {
  const out: Array<{ actor: CatalogueActor; at: number; form: string }> = [];
  for (const hit of demonyms) {
    const next = text.slice(hit.at + hit.phrase.length, hit.at + hit.phrase.length + 60);
    if (STATE_TITLE.test(next) || STATE_SPEAKS.test(next)) out.push({ actor: hit.value, at: hit.at, form: hit.phrase });
  }
  return out;
}

/** A demonym speaking for its country ("Chilean President Ana Reyes", "Chilean officials said"). */
export function demonymStateActors(scan: ActorScan): void {
  for (const { actor, at, form } of demonymStates(scan.text, scan.demonyms)) mark(scan, actor, at, form);
}
