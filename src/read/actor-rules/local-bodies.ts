import { slug } from '../catalogue';
import { alternation, LOCAL_SERVICES, PLACE_NOUNS, PLACE_QUALIFIERS, ROLES } from '../lexicon';
import { newActor } from './actor-refs';
import { ACRONYM, linesAt, matchesNear, SP, TOKEN } from './name-patterns';
import { type ActorScan, isPrincipalAt, mark } from './scan';
import { WordPhrases } from '../word-index';
import { bmpLetters } from '../bmp-letters';

/** Words that open places' names ("Port Elda", "North Vale"). */
const PLACE_WORDS = new Set([...PLACE_NOUNS, ...PLACE_QUALIFIERS]);
/**
 * A service word, in lower case or capitalised: the shapes below never run across a line's end, and
 * are tried only where the item's word index finds one whole (each shape holds its service word
 * whole): LOCAL_BODY at the capitals a few words before one, SERVICE_IN_PLACE on its lines (`linesAt`).
 */
const LOCAL_SERVICE_WORDS = new WordPhrases(LOCAL_SERVICES);
const SERVICE_WORDS_ANY_CASE = new WordPhrases(LOCAL_SERVICES.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]));
/** "Harbourton police said", "a Harbourton jury found": a place's name, then its service in lower case (not "police officer"). */
const LOCAL_BODY = bmpLetters(new RegExp(`(?<![\\p{L}’'.])((?:${TOKEN}|${ACRONYM})(?:${SP}(?:${TOKEN}|${ACRONYM})){0,2})${SP}(${alternation(LOCAL_SERVICES)})(?![\\p{L}])(?![ ]+(?:${alternation(ROLES)})(?![\\p{L}]))`, 'uy'));
/** Runs of spaces LOCAL_BODY holds before its service word at most: between the place's three words and after them. */
const LOCAL_BODY_GAPS = 3;

/** "police in Harbourton said", "the ambulance service in Port Elda": the service, then "in" and the place's name (a line's end or no capital after it). */
const SERVICE_IN_PLACE = bmpLetters(new RegExp(`(?<![\\p{L}])(${alternation(LOCAL_SERVICES.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))})${SP}in${SP}((?:${TOKEN})(?:${SP}${TOKEN}){0,2})(?![\\p{L}’'-])(?!${SP}[\\p{Lu}])`, 'gu'));

/** A place's own service speaking or acting ("Harbourton police said"): the place's, or a body of its own. */
export function localBodyActors(scan: ActorScan): void {
  const { text } = scan;
  // Tried at the capitals a few words before a service word: a place's name opens on a capital (`matchesNear`).
  for (const m of matchesNear(text, scan.capitals, LOCAL_BODY, scan.words.starts(LOCAL_SERVICE_WORDS), LOCAL_BODY_GAPS, Infinity)) {
    const place = m[1]!, at = m.index + m[0].indexOf(place), name = `${place} ${m[2]!}`;
    const first = place.split(/\s+/)[0]!;
    // "Monday police said" is no place's; "Port Elda council" is (a place's own word opens its name).
    if ((scan.notName.has(first) && !(PLACE_WORDS.has(first) && place.includes(' '))) || !isPrincipalAt(scan, at, name)) continue;
    const country = scan.ix.formIndex.get(place);
    mark(scan, country && country.kind !== 'country' ? country : newActor(name, 'organisation', 'local service', slug(country ? `${country.id} ${m[2]!}` : name)), at, name);
  }
  // "Prosecutors in Port Ambery have opened …": the same body, written the other way round (one id).
  for (const [line, offset] of linesAt(text, scan.words.starts(SERVICE_WORDS_ANY_CASE))) for (const m of line.matchAll(SERVICE_IN_PLACE)) {
    const service = m[1]!.toLowerCase(), place = m[2]!, at = offset + m.index;
    const first = place.split(/\s+/)[0]!;
    if ((scan.notName.has(first) && !(PLACE_WORDS.has(first) && place.includes(' '))) || !isPrincipalAt(scan, at, m[0])) continue;
    const country = scan.ix.formIndex.get(place);
    if (country && country.kind === 'person') continue;
    const name = `${place} ${service}`;
    mark(scan, country && country.kind !== 'country' ? country : newActor(name, 'organisation', 'local service', slug(country ? `${country.id} ${service}` : name)), at, m[0]);
  }
}
