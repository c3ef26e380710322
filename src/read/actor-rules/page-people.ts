import type { ActorRef } from '../../model/types';
import { BUILDING_IDS, type Catalogue, catalogueFor, slug } from '../catalogue';
import { buildingAsPlace } from './catalogue-forms';
import { withoutPageStance } from './body-descriptors';
import { alternation, BODY_NOUNS, COMPANY_ROLES, COMPANY_SUFFIXES, GIVEN_NAME_TITLES, GOVERNMENT_VERB, LOCAL_SERVICES, NAME_PARTICLES, REPORTING_VERB, ROLES, STATE_SERVICES, TITLE_QUALIFIERS, TITLES } from '../lexicon';
import { isWordChar } from '../shape';
import { actorIndex, nameKey, phrasesIn } from './actor-index';
import { actorRef, newActor, shapeRule, sharedRef } from './actor-refs';
import { atSentenceStart, capitalStarts, familyName, midSentence, TOKEN, wordInLowerCase } from './name-patterns';
import { notNameWords } from './not-names';
import { OUTLETS } from './outlets';
import { joinedNameParts } from './joined-names';
import { gatheringNames, numberedNameAt } from './gatherings';
import { isSubjectOfSpeech } from './speech';
import { pageStateServices } from './state-bodies';
import { bmpLetters } from '../bmp-letters';
import { doerVerbs } from '../../chronology/doer-verb';
import { wordStem } from '../../chronology/similarity';

/**
 * Names a page gives once and uses short after (a post, or its title and standfirst: `pagePeople`),
 * found in its other posts. Adds to each post's actors, in place:
 * - a person's surname alone ("Foreign Minister Jana Horvat" once, "Horvat" after); a surname two
 *   of the page's people share is left alone;
 * - a person by the title the page puts before their name ("the foreign minister said", "the
 *   minister"), when no other person of the page has that title;
 * - a body by its last words after "the" ("Harbour Fire Department" once, "the fire department
 *   said" after, "the department"), when no other body of the page ends on them: a role the page
 *   never names is not an actor (../shared/practice/GUIDELINES.md);
 * - a company as "the company" or "the firm", when the page names one company (by its legal form
 *   or a noun saying what it is);
 * - a place's or state's service by its one word, with or without "the" ("Harbourton police" once,
 *   "police fired" after), when the page names one body of that service;
 * - one capitalised word no name of the page holds, as the subject of a reporting or government
 *   verb ("Tamberlink said"): a company, an agency or a place acting.
 */
export function addPagePeople(posts: Array<{ headline: string; paragraphs: string[]; actors: ActorRef[] }>, pagePeople: readonly ActorRef[] = [], catalogue: Catalogue = catalogueFor()): void {
  // "Pro-Vellmark Dock Workers Federation" read in a lead alone: the page's text says whether the stance is one (body-descriptors.ts).
  const wholeText = posts.map((p) => [p.headline, ...p.paragraphs].join('\n')).join('\n');
  const unstanced = (list: readonly ActorRef[]): ActorRef[] => list.map((a) => {
    const rest = a.kind === 'organisation' && a.id === slug(a.name) ? withoutPageStance(a.name, wholeText) : undefined;
    return rest ? actorRef(newActor(rest, 'organisation', 'body noun'), a.role) : a;
  }).filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i);
  pagePeople = unstanced(pagePeople);
  for (const p of posts) p.actors.splice(0, p.actors.length, ...unstanced(p.actors));
  const bySurname = new Map<string, ActorRef | null>();
  // "Ingrid Brindle" once, "Ingrid said" in another post: a given name speaking is the one person of the page it opens.
  const byGiven = new Map<string, ActorRef | null>();
  const byTail = new Map<string, ActorRef | null>();
  const byService = new Map<string, ActorRef | null>();
  const nameWords = new Set<string>();
  const file = <K>(map: Map<K, ActorRef | null>, key: K, a: ActorRef) => {
    const prev = map.get(key);
    map.set(key, prev === undefined || prev?.id === a.id ? a : null);
  };
  for (const list of [pagePeople, ...posts.map((p) => p.actors)]) {
    for (const a of list) {
      const words = a.name.split(/\s+/);
      for (const w of words) nameWords.add(w);
      // "Daro-uz-Vell" once, "Vell said" after: a joined name's parts are its short forms.
      const parts = a.kind === 'person' && words.length === 1 ? joinedNameParts(a.name) : [];
      for (const part of parts) { nameWords.add(part); file(bySurname, part, a); }
      if (words.length < 2) continue;
      if (a.kind === 'person') file(bySurname, familyName(a.name), a);
      if (a.kind === 'person') file(byGiven, words[0]!, a);
      // "Harbour County Fire Department" → "the county fire department", "the fire department",
      // "the department"; "Morocco’s interior ministry" → "the ministry".
      // A name going on after "of" or "for" ends on its field, not its noun: its tails keep the noun
      // ("Hockey Association Of Vell" → "the association of vell", never "Vell", a side of its own).
      const field = words.findIndex((w, i) => i > 0 && /^(?:of|for)$/i.test(w));
      const lastTail = field > 0 ? field - 1 : words.length - 1;
      if (a.kind === 'organisation') for (let k = 1; k <= lastTail; k++) file(byTail, `the ${words.slice(k).join(' ').toLowerCase()}`, a);
      // "Tamber Motor Corp", "the carmaker Tamber" → "the company", "the firm".
      if (a.kind === 'organisation' && (COMPANY_NAME.test(a.name) || shapeRule(a.id) === 'name shape: body descriptor')) for (const role of COMPANY_ROLES) file(byTail, role, a);
      // "Harbourton police" → "police", with or without "the".
      // "Bangladesh Army" → "the army said", "Army would": a service word capitalised in a body's name counts too.
      if (a.kind === 'organisation' && SERVICE_WORDS.has(words.at(-1)!.toLowerCase())) file(byService, words.at(-1)!.toLowerCase(), a);
    }
  }
  // "Sudanese army chief X" once, "the army said" after: a state's service the page names anywhere,
  // even in passing, is what its lone service word stands for (one state's only).
  const postTexts = posts.map((p) => [p.headline, ...p.paragraphs].join('\n'));
  const pageText = postTexts.join('\n');
  for (const a of pageStateServices(postTexts, catalogue)) {
    const word = a.name.split(/\s+/).at(-1)!;
    if (SERVICE_WORDS.has(word)) file(byService, word, a);
  }
  // "Police clear the camp …" on a page that names one country above any other: a state's service
  // word no body of the page names, opening a headline (its doer), is that country's service.
  const home = STATE_SERVICE_WORDS.some((w) => !byService.has(w)) && posts.some((p) => headlineDoerService(p) !== undefined) ? pageCountry(postTexts, catalogue) : undefined;
  const inferred = new Set<string>();
  if (home) {
    for (const word of STATE_SERVICE_WORDS) {
      if (byService.has(word)) continue;
      const a = actorRef(newActor(`${home.form} ${word}`, 'organisation', 'service of the page’s country', slug(`${home.id} ${word}`)), 'mentioned');
      byService.set(word, a);
      inferred.add(a.id);
    }
  }
  // Bodies by their whole names, of two words or more (one word is left to the rules of one word).
  const byName = new Map<string, ActorRef>();
  for (const list of [pagePeople, ...posts.map((p) => p.actors)]) {
    for (const a of list) {
      if (a.kind !== 'organisation' || byName.has(a.name) || !a.name.includes(' ')) continue;
      // Not a state's body under its bare noun ("Foreign Ministry" of `chile-foreign-ministry`), nor
      // the end of another body's name on the page ("National Guard" of "Harbour National Guard").
      if (a.id !== slug(a.name) || (byTail.has(`the ${a.name.toLowerCase()}`) && byTail.get(`the ${a.name.toLowerCase()}`)?.id !== a.id)) continue;
      // A name of common words only ("Foreign Ministry", "Municipal Government") names no one body.
      if (a.name.split(/\s+/).every((w) => BODY_NOUN_WORDS.has(w) || !/^[\p{Lu}]/u.test(w) || wordInLowerCase(pageText, w))) continue;
      byName.set(a.name, a);
    }
  }
  // "Prime Minister Ana Reyes" once, "the prime minister said" after: a title the page puts before
  // one person's name stands for that person (a title two of the page's people share stands for no one).
  const byTitle = new Map<string, ActorRef | null>();
  for (const [, person] of bySurname) {
    if (!person) continue;
    for (let i = pageText.indexOf(person.name); i >= 0; i = pageText.indexOf(person.name, i + 1)) {
      for (const title of titlesBefore(pageText, i, catalogue)) file(byTitle, title, person);
    }
    // "King Bertrand" once, "the newly crowned king" after: a title of given names is part of the person's name.
    const given = GIVEN_TITLE_OPENING.exec(person.name)?.[1];
    if (given) file(byTitle, given.toLowerCase(), person);
  }
  const titles = [...new Set([...byTitle.keys()].map((k) => k.slice(k.indexOf('|') + 1)))];
  // "Rescue Service" on a page that names the "Harbour Rescue Service" is that body.
  for (const p of posts) {
    const unified = p.actors.map((a) => {
      // Only a body known by its bare name: "Chile’s Foreign Ministry" keeps its own id.
      const body = a.kind === 'organisation' && a.id === slug(a.name) ? byTail.get(`the ${a.name.toLowerCase()}`) : undefined;
      return body && body.id !== a.id ? sharedRef(body, a.role) : a;
    }).filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i);
    p.actors.splice(0, p.actors.length, ...unified);
  }
  // "the KSF9 ocean summit" in one post, "KSF9 president X" or "at KSF9" in another: a meeting the
  // page names by a numbered name before a gathering noun is that name in every post (gatherings.ts).
  const gatheringKeys = gatheringNames(pageText);
  const gatherings = gatheringKeys.size ? [pagePeople, ...posts.map((p) => p.actors)].flat().filter((a, i, all) => a.kind === 'organisation' && gatheringKeys.has(a.name.toUpperCase()) && all.findIndex((b) => b.id === a.id) === i) : [];
  const notName = notNameWords(catalogue);
  const known = knownForms(catalogue);
  const nameKeys = new Set([...nameWords].map(nameKey));
  // "Example News’s Dana Horvat … Horvat said": the last word of a full name on the page is a surname (once per word per page).
  const surnameOnPage = new Map<string, boolean>();
  const isSurnameOnPage = (word: string) => {
    let v = surnameOnPage.get(word);
    if (v === undefined) {
      v = capitalisedBefore(pageText, word, notName);
      surnameOnPage.set(word, v);
    }
    return v;
  };
  for (const [k, p] of posts.entries()) {
    const text = postTexts[k]!;
    const lower = text.toLowerCase();
    const leadEnd = p.headline.length + 1 + (p.paragraphs[0]?.length ?? 0);
    const have = new Set(p.actors.map((a) => a.id));
    const roleAt = (at: number, form: string): ActorRef['role'] =>
      at < p.headline.length || isSubjectOfSpeech(text, at, form, at < leadEnd) ? 'principal' : 'mentioned';
    /** The actor in this post with the role, a principal mention making it principal. */
    const upgrade = (actor: ActorRef, role: ActorRef['role']) => {
      const prev = p.actors.findIndex((a) => a.id === actor.id);
      if (prev < 0) { p.actors.push(sharedRef(actor, role)); have.add(actor.id); }
      else if (role === 'principal') p.actors[prev] = sharedRef(actor, role);
    };
    const add = (actor: ActorRef, haystack: string, form: string) => {
      if (have.has(actor.id)) return;
      let role: ActorRef['role'] | null = null;
      for (let at = haystack.indexOf(form); at >= 0 && role !== 'principal'; at = haystack.indexOf(form, at + 1)) {
        if (isWordChar(haystack[at - 1]) || isWordChar(haystack[at + form.length])) continue;
        role = roleAt(at, form);
      }
      if (role) { p.actors.push(sharedRef(actor, role)); have.add(actor.id); }
    };
    for (const [surname, person] of bySurname) {
      if (!person) continue;
      add(person, text, surname);
      // "HORVAT SCORES!": a live post's headline in capitals names the page's people by their surnames in capitals.
      if (surname.length >= MIN_CAPS_SURNAME) add(person, p.headline, surname.toLocaleUpperCase());
    }
    for (const [tail, body] of byTail) if (body) add(body, lower, tail);
    // "the grid operator Harbour Energy" in one post, "Harbour Energy says" in another: a body the
    // page names is found by its whole name in every post, as mentioned there (what no rule of the
    // post itself found does not make two posts of a page one act).
    for (const [name, body] of byName) {
      if (have.has(body.id) || !hasWord(text, name)) continue;
      // "the gates of Keel House": an institution's building there is a place (catalogue-forms.ts).
      if (BUILDING_IDS.has(body.id) && onlyAsPlace(text, name)) continue;
      p.actors.push(sharedRef(body, 'mentioned')); have.add(body.id);
    }
    for (const g of gatherings) {
      if (have.has(g.id)) continue;
      const at = numberedNameAt(text, g.name.toUpperCase());
      if (!at.length) continue;
      // Principal in the headline or the lead, as where the post found it itself (`markActing`).
      upgrade(g, at.some((x) => x < leadEnd) ? 'principal' : 'mentioned');
    }
    for (const title of titles) {
      for (let at = lower.indexOf(title); at >= 0; at = lower.indexOf(title, at + 1)) {
        const end = at + title.length;
        // After "the", "the Harbourian" or "Harbour’s"; not "the president of Harbour", not "the
        // minister Jo Reed" (a name of its own follows), not "the mayor’s office".
        if (isWordChar(lower[at - 1]) || isWordChar(lower[end]) || NOT_THE_PERSON_AFTER.test(text.slice(end, end + 5))) continue;
        const det = THE_BEFORE_TITLE.exec(text.slice(Math.max(0, at - 40), at));
        if (!det) continue;
        // "the Harbourian foreign minister": that country's person of that title, when the page names one.
        const whose = det[1] ?? det[2];
        const country = whose ? catalogue.demonymOf.get(whose) ?? countryOf(catalogue, whose) : undefined;
        if (whose && !country) continue;
        const person = byTitle.get(country ? `${country}|${title}` : title);
        if (!person) continue;
        const start = at - det[0].length;
        const role = roleAt(start, text.slice(start, end));
        const prev = p.actors.findIndex((x) => x.id === person.id);
        if (prev < 0) { p.actors.push(sharedRef(person, role)); have.add(person.id); }
        else if (role === 'principal' && p.actors[prev]!.role !== 'principal') p.actors[prev] = sharedRef(person, role);
      }
    }
    for (const [service, body] of byService) {
      if (!body || have.has(body.id)) continue;
      // The page's country's service only as the doer opening a headline ("Police clear …").
      if (inferred.has(body.id)) {
        if (headlineDoerService(p) === service) { p.actors.push(sharedRef(body, 'principal')); have.add(body.id); }
        continue;
      }
      // "police said", not "a police officer said": a role after the word names a person.
      for (let at = text.indexOf(service); at >= 0; at = text.indexOf(service, at + 1)) {
        if (isWordChar(text[at - 1]) || isWordChar(text[at + service.length]) || ROLE_AFTER.test(text.slice(at + service.length, at + service.length + 30))) continue;
        const role = roleAt(at, service);
        const prev = p.actors.findIndex((a) => a.id === body.id);
        if (prev < 0) { p.actors.push(sharedRef(body, role)); have.add(body.id); }
        else if (role === 'principal') p.actors[prev] = sharedRef(body, role);
        if (role === 'principal') break;
      }
    }
    for (const m of subjectsAt(text)) {
      const word = m[1]!;
      // A given name speaking names the page's one person of that given name; of two, no one.
      if (byGiven.has(word) && !bySurname.has(word)) {
        const person = byGiven.get(word);
        if (person) upgrade(person, roleAt(m.index!, word));
        continue;
      }
      // "Democrats said": a plural names a group of people, not one body; "Pastafarianism has" an idea.
      if (word.length < 3 || word.endsWith('s') || ABSTRACT.test(word) || nameKeys.has(nameKey(word)) || known.has(word) || notName.has(word) || OUTLETS.has(word) || wordInLowerCase(text, word)) continue;
      // A proper name is capitalised inside a sentence somewhere, not only at a sentence's start ("Nothing has changed").
      if (!midSentence(text, word)) continue;
      if (isSurnameOnPage(word)) continue;
      // "Prime Minister Horvat said": a word after a capitalised one is part of a longer name.
      // (The word before may open its line: "BBC Harbour reported" at a paragraph's start.)
      const before = /(?:(\S+)[ \t\u00a0]+)?(\S+)[ \t\u00a0]+$/.exec(text.slice(Math.max(0, m.index! - 40), m.index!));
      const capital = (w: string | undefined) => w !== undefined && /^[\p{Lu}]/u.test(w) && !/[.!?:;,"“”’)]$/.test(w);
      // "… Roads, Rivers and Ports said", "da Serra said": the word ends a longer name.
      if (capital(before?.[2]) || PARTICLES.has(before?.[2] ?? '') || (LINKS.has(before?.[2] ?? '') && capital(before?.[1]))) continue;
      // "the Army would take over", "the Board has concluded": a service's or a body's noun alone,
      // capitalised, is the page's one body of that service or ending on that noun; a role the page
      // never names is no actor (../shared/practice/GUIDELINES.md).
      const lowerWord = word.toLowerCase();
      // (Not the page's country's service, which is only a headline's doer, above.)
      const service = byService.get(lowerWord);
      const body = (service && inferred.has(service.id) ? undefined : service) ?? byTail.get(`the ${lowerWord}`);
      if (body) {
        if (!have.has(body.id)) { p.actors.push(sharedRef(body, roleAt(m.index!, word))); have.add(body.id); }
        else if (roleAt(m.index!, word) === 'principal') { const i = p.actors.findIndex((a) => a.id === body.id); p.actors[i] = sharedRef(body, 'principal'); }
        continue;
      }
      if (SERVICE_WORDS.has(lowerWord) || BODY_NOUN_WORDS.has(word)) continue;
      // "the Charter from the Hearth was": a word after a preposition is that phrase's object, never
      // the subject of the verb after it; "Oren ‘Birdie’ Castell says": a nickname in quotes before it makes it a surname.
      const lead = text.slice(Math.max(0, m.index! - 40), m.index!);
      if (OBJECT_OF_PREPOSITION.test(lead) || NICKNAME_AT_END.test(lead)) continue;
      const actor = newActor(word, 'organisation', 'one word speaking');
      if (!have.has(actor.id)) { p.actors.push(actorRef(actor, roleAt(m.index!, word))); have.add(actor.id); }
    }
    p.actors.sort((a, b) => (a.role === b.role ? 0 : a.role === 'principal' ? -1 : 1));
  }
}
/** Titles and roles news writes after "the" (not abbreviations: "PM", "Sen."), lower case. */
const THE_TITLES = [...new Set([...TITLES, ...ROLES].filter((t) => !/\./.test(t) && !/^[A-Z]{2,}$/.test(t)).map((t) => t.toLowerCase()))];
/** A title or role right before a name, any case (the slice's end): "Prime Minister ", "army chief ". */
const TITLE_AT_END = bmpLetters(new RegExp(`(?<![\\p{L}])(${alternation(THE_TITLES)}),?[ \\t\\u00a0]+$`, 'iu'));
/** Every word of the titles and roles, lower case ("deputy", "chief", "foreign"). */
const TITLE_WORDS = new Set(THE_TITLES.flatMap((t) => t.split(/[\s-]+/)));
/** The word right before a title (the slice's end). */
const WORD_AT_END = bmpLetters(/([\p{L}.’'-]+)[ ]+$/u);
/**
 * The title right before a name at `at`, lower case ("Foreign Minister X", "the foreign minister,
 * X,"), and the same keyed by its country when a demonym or a country's possessive comes before it
 * ("russia|foreign minister"); none when the title is the end of a longer one ("Deputy Foreign Minister").
 */
function titlesBefore(text: string, at: number, catalogue: Catalogue): string[] {
  const out: string[] = [];
  let slice = text.slice(Math.max(0, at - 60), at);
  const m = TITLE_AT_END.exec(slice);
  if (!m) return out;
  slice = slice.slice(0, m.index);
  // "Deputy Foreign Minister X" holds another title than "foreign minister": a title right after
  // another title's word ("Deputy", "Chief") is part of a longer one, and stands for no one here.
  const prev = WORD_AT_END.exec(slice)?.[1];
  if (prev && TITLE_WORDS.has(prev.toLowerCase())) return out;
  out.push(m[1]!.toLowerCase());
  // "Harbourian Foreign Minister X", "Harbour’s foreign minister, X": whose title it is, by country.
  const whose = WHOSE_AT_END.exec(slice)?.[1];
  const country = whose ? catalogue.demonymOf.get(whose) ?? countryOf(catalogue, whose) : undefined;
  return country ? [...out, ...out.map((t) => `${country}|${t}`)] : out;
}
/** A demonym or a country's possessive right before a title (the slice's end). */
const WHOSE_AT_END = bmpLetters(/(?<![\p{L}])([\p{Lu}][\p{L}.-]+)(?:[’']s)?[ ]+$/u);
/**
 * Before a title standing for a person: "the ", "the Harbourian ", "Harbour’s ", then maybe a word
 * for the one who has just taken it ("the new ", "the newly crowned ": `titleQualifiers`) (the slice's end).
 */
const THE_BEFORE_TITLE = bmpLetters(new RegExp(`(?<![\\p{L}])(?:[Tt]he[ ]+(?:([\\p{Lu}][\\p{L}.-]+)[ ]+)?|([\\p{Lu}][\\p{L}.-]+)[’']s[ ]+)(?:(?:${alternation(TITLE_QUALIFIERS)})[ ]+)?$`, 'u'));
/** A title of given names opening a person's name ("King " of "King Bertrand"): `givenNameTitles`. */
const GIVEN_TITLE_OPENING = new RegExp(`^(${alternation(GIVEN_NAME_TITLES)})[ ][\\p{Lu}]`, 'u');
/** The country a capitalised word names, if it is a country's form. */
function countryOf(catalogue: Catalogue, word: string): string | undefined {
  let byForm = countryForms.get(catalogue);
  if (!byForm) {
    // The first country in the catalogue's order that goes by the form, as a search of the list finds it.
    byForm = new Map();
    for (const x of catalogue.actors) if (x.kind === 'country') for (const f of [x.name, ...x.aliases]) if (!byForm.has(f)) byForm.set(f, x.id);
    countryForms.set(catalogue, byForm);
  }
  return byForm.get(word);
}
/** Each catalogue's countries by their forms, built once (a search of the whole list for every title cost more). */
const countryForms = new WeakMap<Catalogue, Map<string, string>>();
/** After "the <title>": "of", a possessive or a capitalised name says it is another person or a place's office. */
const NOT_THE_PERSON_AFTER = bmpLetters(/^(?:[ ]+of\b|[’']s?\b|[ ]+[\p{Lu}])/u);
/** A surname this long or longer is looked for in capitals in a headline (shorter ones are words: "MAY", "KING"). */
const MIN_CAPS_SURNAME = 5;
/** A company's name: it ends on a company's legal form ("Tamber Motor Corp"). */
const COMPANY_NAME = new RegExp(`[ ](?:${alternation(COMPANY_SUFFIXES)})$`, 'u');
/** A place's or state's service named in one lower-case word ("police", "jury", "army"): the page's one body of that service. */
const SERVICE_WORDS = new Set([...LOCAL_SERVICES, ...STATE_SERVICES].filter((w) => /^[a-z]+$/.test(w)));
/** The nouns bodies' names end on ("Board", "Ministry"): alone, a body the page names in full, or no name. */
const BODY_NOUN_WORDS = new Set(BODY_NOUNS);
/** A role right after a service word: "police officer" is a person. */
const ROLE_AFTER = bmpLetters(new RegExp(`^[ ]+(?:${alternation(ROLES)})(?![\\p{L}])`, 'u'));
/** Every form the catalogue knows a name by, capitals included. */
const knownFormSets = new WeakMap<Catalogue, Set<string>>();
function knownForms(catalogue: Catalogue): Set<string> {
  let s = knownFormSets.get(catalogue);
  if (!s) { s = new Set(catalogue.knownNames); knownFormSets.set(catalogue, s); }
  return s;
}
/** Every whole-word mention of a building's name stands after a word of place. */
function onlyAsPlace(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + name.length]) && !buildingAsPlace(text, i, name)) return false;
  }
  return true;
}
/** Whether the text writes the name as whole words. */
function hasWord(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) if (!isWordChar(text[i - 1]) && !isWordChar(text[i + name.length])) return true;
  return false;
}
/** A capitalised word and one space at a slice's end ("Dana " of "Dana Horvat"). */
const CAPITALISED_BEFORE = bmpLetters(/([\p{Lu}][\p{Ll}]+)[ ]$/u);
/** Whether the text writes the word right after a capitalised word that is not a title's, a place's or a date's (the word is a surname). */
function capitalisedBefore(text: string, word: string, notName: ReadonlySet<string>): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (/\p{L}/u.test(text[i + word.length] ?? '')) continue;
    const m = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, i - 40), i));
    if (m && !notName.has(m[1]!)) return true;
  }
  return false;
}
/** The endings of abstract nouns ("Democracy", "Nationalism", "Regulation"): ideas, not bodies. */
const ABSTRACT = /(?:ity|ism|ness|tion|sion|ment|ship|hood|acy|ance|ence)$/;
const PARTICLES = new Set(NAME_PARTICLES);
const LINKS = new Set(['and', 'of', 'for', '&']);
/**
 * A preposition and an article right before a word (the slice's end): the word is that phrase's
 * object, a thing's name ("from the Heart"). Without the article a place's name after "from" or
 * "of" still acts through the phrase ("a team from Vellmark has arrived", "the government of Vellmark said").
 */
const OBJECT_OF_PREPOSITION = bmpLetters(/(?<![\p{L}])(?:of|from|for|with|by|to|in|on|at|into|about|against|under|over)[ \t\u00a0]+(?:the|a|an)[ \t\u00a0]+$/iu);
/** A nickname in quotes right before a word (the slice's end): "Luke 'Ming' ", "Ana ‘Nena’ ". */
const NICKNAME_AT_END = bmpLetters(/[\p{Lu}][\p{Ll}]+[ \t\u00a0]+['‘“"][\p{Lu}][\p{Ll}]+['’”"][ \t\u00a0]+$/u);
/** "Tamberlink said", "Tamberlink has begun": one capitalised word before a reporting or government verb. */
const SINGLE_SUBJECT = bmpLetters(new RegExp(`(?<![\\p{L}’'.-])(${TOKEN})(?=[ \\t\\u00a0]+(?:${REPORTING_VERB}|${GOVERNMENT_VERB})(?![\\p{L}]))`, 'uy'));
/** SINGLE_SUBJECT's matches, tried only where a capitalised word starts (the same matches as a scan of every position). */
function subjectsAt(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const at of capitalStarts(text)) {
    SINGLE_SUBJECT.lastIndex = at;
    const m = SINGLE_SUBJECT.exec(text);
    if (m) out.push(m);
  }
  return out;
}
/** A state's service in one word ("police", "army"): what a page of one country names by the word alone. */
const STATE_SERVICE_WORDS = STATE_SERVICES.filter((w) => /^[a-z]+$/.test(w));
/** A headline opening on a state's service word and a word in lower case ("Police clear …", "Army seizes …"). */
const HEADLINE_SERVICE = new RegExp(`^(?:[Tt]he[ ])?(${STATE_SERVICE_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})[ ][a-z]`);
/**
 * The state's service word a post's headline opens on, when the service alone is the doer of its act
 * (doer-verb.ts: the headline's doer and verb, or its lead's when the headline gives no verb):
 * "Police arrest two …", not "Police officer shot dead …" (a person, and the passive) nor "Army
 * veteran … wins …" (a person the service word describes).
 */
function headlineDoerService(p: { headline: string; paragraphs: readonly string[] }): string | undefined {
  const service = HEADLINE_SERVICE.exec(p.headline)?.[1]?.toLowerCase();
  if (!service) return undefined;
  const [act] = doerVerbs(p.headline, p.paragraphs[0] ?? '');
  return act && act.doer.length === 1 && act.doer[0] === wordStem(service) ? service : undefined;
}
/**
 * The country a page is about, when it is plain: the one the page names most often, by any of its
 * forms or its people ("Vestria", "Vestrian"), MIN_COUNTRY_MENTIONS times at least and COUNTRY_LEAD
 * times as often as any other; with the form to name its
 * services by (its people's word the page writes, else the form it writes most).
 */
function pageCountry(texts: readonly string[], catalogue: Catalogue): { id: string; form: string } | undefined {
  const ix = actorIndex(catalogue);
  const counts = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  const count = (id: string, form: string, weight: number) => {
    counts.set(id, (counts.get(id) ?? 0) + 1);
    const f = forms.get(id) ?? new Map<string, number>();
    f.set(form, (f.get(form) ?? 0) + weight);
    forms.set(id, f);
  };
  for (const text of texts) {
    const found = phrasesIn(ix, text);
    for (const { form } of found.forms) { const c = ix.formIndex.get(form); if (c?.kind === 'country') count(c.id, form, 1); }
    for (const hit of found.demonyms) if (hit.value.kind === 'country') count(hit.value.id, hit.phrase, DEMONYM_WEIGHT);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, next] = [ranked[0]?.[1] ?? 0, ranked[1]?.[1] ?? 0];
  if (top < MIN_COUNTRY_MENTIONS || top < COUNTRY_LEAD * next) return undefined;
  const id = ranked[0]![0];
  const form = [...forms.get(id)!].sort((a, b) => b[1] - a[1])[0]![0];
  return { id, form };
}
/** A page names its country this often at least: one mention is a place in passing ("… in southern Vestria"), not the page's country. */
const MIN_COUNTRY_MENTIONS = 2;
/** The page's country is named this many times as often as the next country at least: a plain lead, not a page of two countries. */
const COUNTRY_LEAD = 2;
/** A people's word names a service best ("Vestrian police"): where the page writes it, it outweighs any count of the country's other forms. */
const DEMONYM_WEIGHT = 1000;
