import { type CatalogueActor, slug } from '../catalogue';
import { alternation, STATE_SERVICES } from '../lexicon';
import type { PhraseHit } from '../phrase-index';
import type { ActorIndex } from './actor-index';
import { newActor } from './actor-refs';
import { type ActorScan, isPrincipalAt, mark } from './scan';

/** A state's service in lower case ("navy", "coast guard") right after a country's name or demonym, ending there. */
const STATE_BODY = new RegExp(`^([ ](?:${alternation(STATE_SERVICES)}))(?![\\p{L}])(?![ ]+[\\p{L}]+[ ]+(?:${alternation(STATE_SERVICES)}))`, 'u');
/** "The Chilean navy said", "the US coast guard": a country's own service, named as written. */
function stateBodies(ix: ActorIndex, text: string, demonyms: ReadonlyArray<PhraseHit<CatalogueActor>>, forms: ReadonlyArray<{ form: string; at: number }>): Array<{ name: string; id: string; at: number }> {
  const out: Array<{ name: string; id: string; at: number }> = [];
  const look = (country: CatalogueActor, at: number, form: string) => {
    const m = STATE_BODY.exec(text.slice(at + form.length, at + form.length + 40));
    // "Chilean navy" keeps its words; "US navy" and "U.S. navy" are one body by their country.
    if (m) out.push({ name: form + m[1]!, id: slug(ix.byDemonym.has(form) ? form + m[1]! : `${country.id}${m[1]!}`), at });
  };
  for (const hit of demonyms) look(hit.value, hit.at, hit.phrase);
  for (const { form, at } of forms) {
    const country = ix.formIndex.get(form)!;
    if (country.kind === 'country' && text[at + form.length] === ' ') look(country, at, form);
  }
  return out;
}
/** "Chilean foreign ministry" → "Chilean Foreign Ministry": how a catalogue files a body's name. */
const titleCase = (name: string): string => name.replace(/(^|[ ])([a-z])/g, (_, sp: string, c: string) => sp + c.toUpperCase());

/**
 * A state's service named in lower case is an actor when it speaks or acts, not in passing ("… near
 * the Chilean navy's base"); a catalogue body of that name keeps its id.
 */
export function stateBodyActors(scan: ActorScan): void {
  for (const { name, id, at } of stateBodies(scan.ix, scan.text, scan.demonyms, scan.forms)) {
    if (isPrincipalAt(scan, at, name)) mark(scan, scan.ix.formIndex.get(titleCase(name)) ?? newActor(name, 'organisation', 'state service', id), at, name);
  }
}
