import { slug } from '../catalogue';
import { alternation, LOCAL_SERVICES, PLACE_NOUNS, PLACE_QUALIFIERS, ROLES } from '../lexicon';
import { newActor } from './actor-refs';
import { ACRONYM, SP, TOKEN } from './name-patterns';
import { type ActorScan, isPrincipalAt, mark } from './scan';

/** Words that open places' names ("Port Elda", "North Vale"). */
const PLACE_WORDS = new Set([...PLACE_NOUNS, ...PLACE_QUALIFIERS]);
/** A service word anywhere in the text: the shape below is tried only then. */
const LOCAL_SERVICE_WORD = new RegExp(`(?:${alternation(LOCAL_SERVICES)})(?![\\p{L}])`, 'u');
/** "Harbourton police said", "a Harbourton jury found": a place's name, then its service in lower case (not "police officer"). */
const LOCAL_BODY = new RegExp(`(?<![\\p{L}’'.])((?:${TOKEN}|${ACRONYM})(?:${SP}(?:${TOKEN}|${ACRONYM})){0,2})${SP}(${alternation(LOCAL_SERVICES)})(?![\\p{L}])(?![ ]+(?:${alternation(ROLES)})(?![\\p{L}]))`, 'gu');

/** A place's own service speaking or acting ("Harbourton police said"): the place's, or a body of its own. */
export function localBodyActors(scan: ActorScan): void {
  const { text } = scan;
  for (const m of LOCAL_SERVICE_WORD.test(text) ? text.matchAll(LOCAL_BODY) : []) {
    const place = m[1]!, at = m.index! + m[0].indexOf(place), name = `${place} ${m[2]!}`;
    const first = place.split(/\s+/)[0]!;
    // "Monday police said" is no place's; "Port Elda council" is (a place's own word opens its name).
    if ((scan.notName.has(first) && !(PLACE_WORDS.has(first) && place.includes(' '))) || !isPrincipalAt(scan, at, name)) continue;
    const country = scan.ix.formIndex.get(place);
    mark(scan, country && country.kind !== 'country' ? country : newActor(name, 'organisation', 'local service', slug(country ? `${country.id} ${m[2]!}` : name)), at, name);
  }
}
