import type { ActorRef } from '../../model/types';
import { countryEndsName } from './catalogue-forms';
import { type Catalogue, type CatalogueActor, slug } from '../catalogue';
import { ACT_VERB, alternation, GOVERNMENT_VERB, OUTLET_KINDS, RANKING_WORDS, REPORTING_VERB, SOURCE_BODIES, STATE_BODY_NOUNS, STATE_OUTLETS, STATE_SERVICES } from '../lexicon';
import type { PhraseHit } from '../phrase-index';
import { type ActorIndex, actorIndex, phrasesIn } from './actor-index';
import { actorRef, newActor } from './actor-refs';
import { type ActorScan, defineAcronym, isPrincipalAt, mark } from './scan';
import { bmpLetters } from '../bmp-letters';

/** A word before a state body's noun: a lower-case word of four letters or more ("interior", "disaster", not "and"), never a ranking word ("Vestria’s longest service prime minister", `rankingWords`). */
const MODIFIER = `(?!(?:${alternation(RANKING_WORDS)})[ ])[a-z][a-z-]{3,}[ ]`;
/** A plural noun right after a body's noun: the noun was its modifier ("department stores", "ministry figures"); a verb is not one ("ministry says"). */
const NOUN_AFTER = `(?![ ](?!(?:${REPORTING_VERB}|${ACT_VERB}|${GOVERNMENT_VERB})(?![\\p{L}]))[a-z]+s(?![\\p{L}]))`;
/** No outlet's kind after a body's noun: "Ireland’s public service broadcaster" is an outlet (a source), not a service. */
const OUTLET_AFTER = `(?![ ](?:${alternation(OUTLET_KINDS)})(?![\\p{L}]))`;
/** No plural noun after a service's word: "navy warships" are ships, not the navy. */
const NOT_A_MODIFIER = new RegExp(`^${NOUN_AFTER}`, 'u');
/**
 * A state's service in lower case right after a country's name (or its possessive) or demonym,
 * ending there: a service ("navy", "coast guard") or a word or two before a body's noun
 * ("interior ministry", "disaster agency"); never a state's news outlet ("state news agency").
 */
const STATE_BODY = bmpLetters(new RegExp(`^((?:’s|'s)?)[ ](?!(?:${alternation(SOURCE_BODIES)})(?![\\p{L}]))((?:${alternation(STATE_SERVICES)})|(?:${MODIFIER}){1,2}(?:${alternation(STATE_BODY_NOUNS)})(?![\\p{L}])${NOUN_AFTER}${OUTLET_AFTER})(?![\\p{L}])(?![ ]+[\\p{L}]+[ ]+(?:${alternation(STATE_SERVICES)}))`, 'u'));
/** The capitalised words right before a possessive: its owner ("Chile", "South Korea"). */
const OWNER = bmpLetters(/((?:[\p{Lu}][\p{L}.]*[ ])?[\p{Lu}][\p{L}.]*)$/u);
/**
 * "’s Ministry of Health", "’s Ministry of Coastal Rescue Affairs": a body's noun, capitalised, and its
 * field after "of" — one to three words ("and" between two of them too), no more capitals after.
 */
const STATE_BODY_OF = bmpLetters(new RegExp(`^((?:’s|'s)?)[ ](${STATE_BODY_NOUNS.map((n) => n[0]!.toUpperCase() + n.slice(1)).join('|')})[ ]of[ ]((?:[\\p{Lu}][\\p{Ll}]+)(?:[ ](?:(?:and|&)[ ])?[\\p{Lu}][\\p{Ll}]+){0,2})(?![\\p{L}])(?![ ]+(?:of[ ])?[\\p{Lu}])`, 'u'));
/**
 * "The Chilean navy said", "the US coast guard", "Morocco’s interior ministry": a country's own
 * service, named as written; one id by its country whatever form names it ("Sudan’s army",
 * "Sudanese army", "Sudan army").
 */
function stateBodies(ix: ActorIndex, text: string, demonyms: ReadonlyArray<PhraseHit<CatalogueActor>>, forms: ReadonlyArray<{ form: string; at: number }>, bodiesOf: readonly number[]): Array<{ name: string; id: string; at: number }> {
  const out: Array<{ name: string; id: string; at: number }> = [];
  const look = (country: CatalogueActor, at: number, form: string) => {
    const after = text.slice(at + form.length, at + form.length + 50);
    const m = STATE_BODY.exec(after);
    if (m) { out.push({ name: `${form}${m[1]!} ${m[2]!}`, id: slug(`${country.id} ${m[2]!}`), at }); return; }
    // "Chile’s Ministry of Health" is its health ministry: one id with "Chile’s health ministry"
    // (tried only where a capitalised body's "… of" follows: `bodiesOf`).
    if (!bodiesOf.length) return;
    const of = STATE_BODY_OF.exec(after);
    if (of) out.push({ name: `${form}${of[1]!} ${of[2]!} of ${of[3]!}`, id: slug(`${country.id} ${of[3]!} ${of[2]!}`), at });
  };
  for (const hit of demonyms) look(hit.value, hit.at, hit.phrase);
  for (const { form, at } of forms) {
    const country = ix.formIndex.get(form)!;
    const next = text[at + form.length];
    // "New Uruguay police said": a state's name ending on a country's is no country; its police are the state's (local-bodies.ts).
    if (country.kind === 'country' && (next === ' ' || next === '’' || next === "'") && !countryEndsName(text, at, ix)) look(country, at, form);
  }
  // A country's possessive before a capitalised body is no form of its own ("Chile’s Ministry of Health").
  for (const at of bodiesOf) if (text[at - 1] === ' ' && text[at - 2] === 's') possessiveBody(at - 3);
  function possessiveBody(apostrophe: number): void {
    if (text[apostrophe] !== '’' && text[apostrophe] !== "'") return;
    const owner = OWNER.exec(text.slice(Math.max(0, apostrophe - 40), apostrophe))?.[1];
    const country = owner ? ix.formIndex.get(owner) : undefined;
    if (country?.kind === 'country') look(country, apostrophe - owner!.length, owner!);
  }
  return out;
}
/** A state's broadcaster ends the service's name ("Iran’s state TV"). */
const STATE_OUTLET_END = new RegExp(`(?:${alternation(STATE_OUTLETS)})$`, 'u');
/** A reporting verb right after the name. */
const REPORTING_NEXT = bmpLetters(new RegExp(`^[ ]+${REPORTING_VERB}(?![\\p{L}])`, 'u'));
/** "Chilean foreign ministry" → "Chilean Foreign Ministry": how a catalogue files a body's name. */
const titleCase = (name: string): string => name.replace(/(^|[ ])([a-z])/g, (_, sp: string, c: string) => sp + c.toUpperCase());

/**
 * A state's service named in lower case is an actor when it speaks or acts, not in passing ("… near
 * the Chilean navy's base"); a catalogue body of that name keeps its id.
 */
export function stateBodyActors(scan: ActorScan): void {
  const bodies = stateBodies(scan.ix, scan.text, scan.demonyms, scan.forms, scan.bodiesOf);
  // "the Chilean space agency (Cevra)", "US space agency NASA": a service the item gives its name right
  // after is that named body, at every mention of the service in the item (one id with the name alone).
  const named = new Map<string, CatalogueActor>();
  for (const { name, id, at } of bodies) {
    if (named.has(id)) continue;
    const given = nameGivenAfter(scan, scan.text.slice(at + name.length, at + name.length + 24));
    if (given) named.set(id, given);
  }
  for (const { name, id, at } of bodies) {
    // "Iran’s state TV said …": a state's broadcaster reporting is a source of the news, not in it.
    if (STATE_OUTLET_END.test(name) && REPORTING_NEXT.test(scan.text.slice(at + name.length, at + name.length + 24))) continue;
    if (!isPrincipalAt(scan, at, name)) continue;
    const actor = named.get(id) ?? scan.ix.formIndex.get(titleCase(name)) ?? scan.ix.byBodyId.get(id) ?? newActor(name, 'organisation', 'state service', id);
    mark(scan, actor, at, name);
    // "Chile’s disaster agency, HDRA, said": the acronym in commas after it is its own, here and on other pages.
    const acronym = ACRONYM_IN_COMMAS.exec(scan.text.slice(at + name.length, at + name.length + 12))?.[1];
    if (acronym && !scan.ix.formIndex.has(acronym)) defineAcronym(scan, actor, acronym);
  }
}
/**
 * A name right after a service named in lower case: in brackets, as written (" (Nasa)", " (CEVRA)"),
 * or bare in capitals, no capitalised word after it (" NASA said"; never " NASA Administrator …").
 */
const NAME_IN_BRACKETS = bmpLetters(/^[ ]\(([\p{Lu}][\p{L}.&-]{1,15})\)/u);
const BARE_CAPITALS = bmpLetters(/^[ ]([A-Z]{2,6})(?![\p{L}\d])(?![ ]+[\p{Lu}])/u);
/**
 * The body a service in lower case is given by name right after it: the catalogue's (in any case:
 * "Nasa" is NASA) or, by shape, one of its own; never a known place or people (" (Chile)").
 */
function nameGivenAfter(scan: ActorScan, after: string): CatalogueActor | undefined {
  const given = NAME_IN_BRACKETS.exec(after)?.[1] ?? BARE_CAPITALS.exec(after)?.[1];
  if (!given) return undefined;
  const known = scan.ix.formIndex.get(given) ?? scan.ix.formIndex.get(given.toUpperCase());
  if (known) return known.kind === 'organisation' ? known : undefined;
  if (scan.ix.byDemonym.has(given)) return undefined;
  const actor = newActor(given, 'organisation', 'state service named', slug(given));
  scan.surnames.set(given, actor);
  return actor;
}
/** An acronym of 3–6 capitals in commas right after a body's name ("…, HDA, said"). */
const ACRONYM_IN_COMMAS = /^, ([A-Z]{3,6}),/;

/**
 * Every state's service a page names, in any position ("Sudanese army chief X", "the heads of
 * Sudan’s army"), as mentioned actors; never a service word before a plural ("Russian navy
 * warships"): not actors of their own there, but what the page's lone
 * "the army" stands for when it speaks or acts (`addPagePeople`).
 */
export function pageStateServices(texts: readonly string[], catalogue: Catalogue): ActorRef[] {
  const ix = actorIndex(catalogue);
  // Post by post: each post's text was scanned for its own actors already (`phrasesIn` keeps it).
  return texts.flatMap((text) => {
    const { forms, demonyms, bodiesOf } = phrasesIn(ix, text);
    return stateBodies(ix, text, demonyms, forms, bodiesOf).filter(({ name, at }) => NOT_A_MODIFIER.test(text.slice(at + name.length, at + name.length + 40)));
  }).map(({ name, id }) => actorRef(ix.formIndex.get(titleCase(name)) ?? ix.byBodyId.get(id) ?? newActor(name, 'organisation', 'state service', id), 'mentioned'));
}
