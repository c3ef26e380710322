import type { ActorRef } from '../model/types';
import { type Catalogue, type CatalogueActor, catalogueFor, slug } from './catalogue';
import { ACT_VERB, alternation, BODY_NOUNS, COMPANY_SUFFIXES, GOVERNMENT_VERB, MONTH_NAMES, NAME_PARTICLES, OUTLET_NAMES, PLACE_NOUNS, PLACE_QUALIFIERS, REPORTING_VERB, ROLES, SENTENCE_OPENERS, LOCAL_SERVICES, STATE_COLLECTIVES, STATE_SERVICES, TITLES, WEEKDAY_NAMES, WIRE_AGENCIES } from './lexicon';
import { type PhraseHit, PhraseIndex } from './phrase-index';
import { isWordChar } from './shape';

/**
 * Finds the actors of one item: catalogue forms first (aliases, transliterations, capitals
 * standing for a government), then people the catalogue does not know, by the shapes news prose
 * gives them (a title before a capitalised name, "Mr X", "X said"). A surname alone after the full
 * name joins that person. Each actor is principal when it is in the headline or the subject of a
 * reporting verb in the lead; mentioned otherwise.
 */

/** A spelling key that puts transliteration variants together: Petrovsky/Petrovskyy/Petrovskiy. */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[^a-z ]/g, '').replace(/kh/g, 'h').replace(/y/g, 'i').replace(/ii+/g, 'i').replace(/ei/g, 'ei')
    .replace(/(.)\1+/g, '$1').trim();
}

/** The lookups one catalogue gives: forms filed for one-pass search, people by spelling key. */
interface ActorIndex {
  byKey: Map<string, CatalogueActor>;
  formIndex: Map<string, CatalogueActor>;
  capitals: Set<string>;
  forms: PhraseIndex<CatalogueActor>;
  /** Demonyms filed for one-pass search, with their country ("Chilean" → Chile). */
  demonyms: PhraseIndex<CatalogueActor>;
  byDemonym: Map<string, CatalogueActor>;
}
const indexes = new WeakMap<Catalogue, ActorIndex>();

function actorIndex(catalogue: Catalogue): ActorIndex {
  let ix = indexes.get(catalogue);
  if (ix) return ix;
  const byKey = new Map<string, CatalogueActor>();
  const forms: Array<{ phrase: string; value: CatalogueActor }> = [];
  const capitals = new Set<string>();
  for (const a of catalogue.actors) {
    for (const f of [a.name, ...a.aliases]) {
      forms.push({ phrase: f, value: a });
      if (a.kind === 'person') byKey.set(nameKey(f), a);
    }
    // "Ana Luisa Reyes" is "Luisa Reyes" too, when no one else goes by those two words.
    const words = a.name.split(' ');
    if (a.kind === 'person' && words.length > 2) {
      const tail = nameKey(words.slice(-2).join(' '));
      if (!byKey.has(tail)) byKey.set(tail, a);
    }
    for (const c of a.capitals ?? []) { forms.push({ phrase: c, value: a }); capitals.add(c); }
  }
  const byId = new Map(catalogue.actors.map((a) => [a.id, a]));
  const demonyms = [...catalogue.demonymOf].flatMap(([d, id]) => (byId.has(id) ? [{ phrase: d, value: byId.get(id)! }] : []));
  ix = { byKey, formIndex: new Map(forms.map((f) => [f.phrase, f.value])), capitals, forms: new PhraseIndex(forms), demonyms: new PhraseIndex(demonyms), byDemonym: new Map(demonyms.map((d) => [d.phrase, d.value])) };
  indexes.set(catalogue, ix);
  return ix;
}

/**
 * Catalogue forms in a text with their offsets: whole words, the longest at each place, never
 * overlapping.
 */
function catalogueForms(ix: ActorIndex, text: string): Array<{ form: string; at: number }> {
  const out: Array<{ form: string; at: number }> = [];
  let until = 0;
  const hits = ix.forms.find(text, (_, end) => {
    if (isWordChar(text[end])) return false;
    // "Canberra’s allies": a possessive before a capitalised noun names something else.
    return !((text[end] === '’' || text[end] === "'") && text[end + 1] === 's' && /^\s+\p{Lu}/u.test(text.slice(end + 2, end + 4)));
  });
  for (const h of hits) if (h.at >= until) { out.push({ form: h.phrase, at: h.at }); until = h.at + h.phrase.length; }
  return out;
}

/** Spaces inside one name: never a line break (a heading above a paragraph is not a first name). */
const SP = '[ \\t\\u00a0]+';
/** One capitalised word, whole: "Horvat", "McAlister", "Marsh-Lind" (never the "Horvat" of "Horvaty"). */
const TOKEN = "[\\p{Lu}][\\p{Ll}]+(?:[\\p{Lu}][\\p{Ll}]+)?(?:[-’'][\\p{Lu}\\p{Ll}][\\p{Ll}]+)?(?![\\p{L}])";
/** "de la", "van der", "al-" inside a name (data/lexicon/words.json `nameParticles`). */
// Tried only before a lower-case letter: a name's next word is capitalised far more often.
const PARTICLE = `(?:(?=[a-z])(?:${NAME_PARTICLES.map((p) => (p.endsWith('-') ? alternation([p]) : `${alternation([p])}${SP}`)).join('|')}))`;
/** A regnal number after a monarch's or pope's name ("Aldric IV"). */
const REGNAL = '(?:I{1,3}|IV|VI{0,3}|IX|X{1,2}I{0,3})(?![\\p{L}])';
// The lookahead first: a capital is cheap to test at every place, the lookbehind is not.
/** A nickname in quotes inside a name ("Ana ‘Nena’ Reyes"). */
const NICKNAME = `${SP}[‘“][\\p{Lu}][\\p{Ll}]+[’”]`;
const NAME = `(?=[\\p{Lu}])(?<![\\p{L}’'])((?:${TOKEN}|[\\p{Lu}]\\.)(?:(?:(?:${NICKNAME})?${SP}${PARTICLE}?${TOKEN}){1,2}(?:${SP}${REGNAL})?|${SP}${REGNAL}))`;
/** Titles filed for one-pass search: the name shapes after a title are tried only where one stands. */
const TITLE_INDEX = new PhraseIndex([...TITLES, ...ROLES].map((t) => ({ phrase: t, value: t })));
/** "Foreign Minister Jana Horvat": a name right after its title. */
const AFTER_TITLE = new RegExp(`${SP}${NAME}`, 'uy');
/** "Its foreign minister, Oda Lindqvist, said": the name in commas after its title. */
const AFTER_TITLE_COMMA = new RegExp(`,${SP}${NAME},`, 'uy');

/** The matches of a shape that follows a title, as `[whole, name]` with the index of the title. */
function afterTitles(text: string, titles: ReadonlyArray<PhraseHit<string>>, shape: RegExp): Array<{ 0: string; 1: string; index: number }> {
  const out: Array<{ 0: string; 1: string; index: number }> = [];
  for (const hit of titles) {
    shape.lastIndex = hit.at + hit.phrase.length;
    const m = shape.exec(text);
    if (m) out.push({ 0: text.slice(hit.at, shape.lastIndex), 1: m[1]!, index: hit.at });
  }
  return out;
}
/** An all-capital short name ("NHTSA", "U.S."), a word of a body's name. */
const ACRONYM = '(?:[\\p{Lu}]{2,6}|(?:[\\p{Lu}]\\.){2,3})(?![\\p{L}])';
/** The word a body's name ends on: an institutional noun or a company's legal form (data/lexicon/words.json). */
const ORG_END = `(?:${alternation([...BODY_NOUNS, ...COMPANY_SUFFIXES])})(?![\\p{L}])`;
/**
 * Bodies by their shape: capitalised words ending in an institutional noun ("Financial Conduct
 * Authority", "Harbour Motor Corp"). A name going on after "of" is left to the catalogue: "… of"
 * more often starts a place ("the Security Council of Norvenia") than ends a name.
 */
const ORG = `(?=[\\p{Lu}])(?<![\\p{L}’'])(?:The${SP})?((?:(?:${TOKEN}|${ACRONYM})${SP}){1,4}${ORG_END})`;
/** "Chile’s " just before a body's name: the country whose body it is. */
const COUNTRY_POSSESSIVE = /((?:[\p{Lu}][\p{L}.]*[ ])*[\p{Lu}][\p{L}.]*)(?:’s|'s)[ ]$/u;
/** A body's name ending in a company's legal form: the words before it name the company again ("Harbour Motor"). */
const COMPANY = new RegExp(`^(.+?)${SP}(?:${alternation(COMPANY_SUFFIXES)})$`, 'u');
/** "Maritime Safety Office (MSO)": the short name a body is given in brackets after its full name. */
const DEFINED_ACRONYM = /^ \(([A-Z][A-Z/&.-]{1,9})\)/;
const MR = new RegExp(`\\b(?:Mr|Mrs|Ms|Dr)\\.?\\s+([\\p{Lu}][\\p{L}-]+)`, 'gu');
// "X said", and "X, a militia commander of …, told" (an appositive between name and verb).
const SAID_BY = `${NAME},?\\s+(?:(?:a|an|the)\\s[^,.“”"]{3,90},\\s+)?${REPORTING_VERB}\\b`;

/**
 * A body ends on its institutional noun and an attribution on its verb. A scan of the whole text
 * would try both shapes at every capital; they are tried (sticky, at one place) only at capitals
 * with such a word within REACH after them. Matches start at a capital and are shorter than REACH,
 * so the matches are those of the whole scan.
 */
const ORG_AT = new RegExp(ORG, 'uy');
const SAID_AT = new RegExp(SAID_BY, 'uy');
const ORG_WORD = new RegExp(ORG_END, 'gu');
const SAID_WORD = new RegExp(`\\b${REPORTING_VERB}\\b`, 'g');
const REACH = 250;
const UPPER = /\p{Lu}/u;
const LETTER_OR_APOSTROPHE = /[\p{L}’']/u;

/** A letter by code unit (ASCII fast, else by its class; a surrogate half counts as a letter). */
function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
  return (c >= 0xd800 && c <= 0xdfff) || LETTER_OR_APOSTROPHE.test(String.fromCharCode(c));
}
/** An upper-case letter at a place of the text. */
function isUpperAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(String.fromCodePoint(text.codePointAt(at) ?? 0));
}

/** Where capitalised words start: a capital letter not right after a letter or apostrophe. */
function capitalStarts(text: string): number[] {
  const out: number[] = [];
  let afterLetter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let upper: boolean, letter: boolean, units = 1;
    if (c < 128) {
      upper = c >= 65 && c <= 90;
      letter = upper || (c >= 97 && c <= 122) || c === 39;
    } else {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      upper = UPPER.test(ch);
      letter = LETTER_OR_APOSTROPHE.test(ch);
      units = ch.length;
    }
    if (upper && !afterLetter) out.push(i);
    afterLetter = letter;
    i += units - 1;
  }
  return out;
}

/** The matches of a sticky shape at the capitals that have one of its end words within REACH. */
function matchesNear(text: string, capitals: number[], shape: RegExp, endWord: RegExp): RegExpExecArray[] {
  const ends = Array.from(text.matchAll(endWord), (m) => m.index);
  const out: RegExpExecArray[] = [];
  let e = 0, taken = 0;
  for (const at of capitals) {
    if (at < taken) continue;
    while (e < ends.length && ends[e]! < at) e++;
    if (e === ends.length) break;
    if (ends[e]! - at > REACH) continue;
    shape.lastIndex = at;
    const m = shape.exec(text);
    if (m) { out.push(m); taken = at + m[0].length; }
  }
  return out;
}

/**
 * Words never in a person's name: sentence openers, weekdays and months, the words of titles, wire
 * agencies (data/lexicon/words.json), the world's demonyms and the words of bodies' names (the catalogue).
 */
const notNames = new WeakMap<Catalogue, Set<string>>();
function notNameWords(catalogue: Catalogue): Set<string> {
  let s = notNames.get(catalogue);
  if (!s) {
    s = new Set([...SENTENCE_OPENERS, ...WEEKDAY_NAMES, ...MONTH_NAMES, ...WIRE_AGENCIES, ...catalogue.demonyms, ...[...catalogue.demonyms].map((d) => `${d}s`), ...catalogue.bodyWords,
      ...PLACE_NOUNS, ...ROLES.filter((r) => !r.includes(' ')).map((r) => r[0]!.toUpperCase() + r.slice(1)), ...TITLES.flatMap((t) => t.replace(/\./g, '').split(/\s+/)), 'Western', 'Eastern', 'Northern', 'Southern', 'Central', 'Foreign', 'Defence', 'Defense', 'State', 'Security']);
    notNames.set(catalogue, s);
  }
  return s;
}

/**
 * A person's name as detected, cleaned: title and body words glued before it are dropped ("Admiral
 * Jana Horvat" → "Jana Horvat", "Nations Ada Marsh-Lind" → "Ada Marsh-Lind"); null
 * when fewer than two words are left or a word left is never a name's.
 */
function personName(raw: string, notName: Set<string>): string | null {
  const words = raw.split(/\s+/);
  while (words.length > 2 && notName.has(words[0]!.replace(/\.$/, ''))) words.shift();
  if (words.some((w) => notName.has(w.replace(/\.$/, '')))) return null;
  // "West Harbourton", "Upper Vale": a place's qualifier is never a first name (it may be a surname).
  if (PLACE_QUALIFIER_WORDS.has(words[0]!)) return null;
  return words.join(' ');
}

const PLACE_QUALIFIER_WORDS = new Set(PLACE_QUALIFIERS);

/** A body's name is not a sentence opener, and does not start with one ("But Health Ministry …"). */
function bodyName(raw: string): string | null {
  const words = raw.split(/\s+/);
  while (words.length > 1 && OPENERS.has(words[0]!)) words.shift();
  return words.length > 1 ? words.join(' ') : null;
}
const OPENERS = new Set(SENTENCE_OPENERS);
/** A verb right after a capital: it stands for its government (data/lexicon/words.json `governmentVerbs`). */
const GOVERNMENT_AFTER = new RegExp(`^\\s+${GOVERNMENT_VERB}\\b`);
/** A preposition of place just before a capitalised run: its first word is a place ("in Harbourton …"). */
const LOCATIVE = /\b(?:in|at|from|near|outside|inside|into|across|to)\s+$/;

/** Outlets by name, with and without "The", and the acronym their name opens with ("NBC" of "NBC News"). */
const OUTLETS = new Set(OUTLET_NAMES.flatMap((n) => [n, n.replace(/^The /, ''), ...(/^[A-Z]{2,5}(?= )/.exec(n) ?? [])])
  .flatMap((n) => [n, n.normalize('NFD').replace(/\p{M}/gu, '')]));
/** "<Outlet>’s Jo Reed", "<Outlet>' Jo Reed": the capitalised words of a possessive just before a name. */
const POSSESSOR = /((?:[\p{Lu}][\p{L}&.-]*[ ]){0,4}[\p{Lu}][\p{L}&.-]*)(?:’s|'s|’|')[ ]+$/u;
/** A name right after an outlet's possessive is one of its reporters ("Example News’s Jo Reed"). */
function afterOutlet(text: string, at: number, publisher: string | null | undefined): boolean {
  const words = POSSESSOR.exec(text.slice(Math.max(0, at - 50), at))?.[1]!.split(' ') ?? [];
  // "As Example News’ Jo Reed": the outlet is the possessor's last words, not its first.
  for (let i = 0; i < words.length; i++) {
    const possessor = words.slice(i).join(' ');
    if (OUTLETS.has(possessor) || possessor === publisher) return true;
  }
  return false;
}

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
/** A service word anywhere in the text: the shape below is tried only then. */
const LOCAL_SERVICE_WORD = new RegExp(`(?:${alternation(LOCAL_SERVICES)})(?![\\p{L}])`, 'u');
/** "Harbourton police said", "a Harbourton jury found": a place's name, then its service in lower case (not "police officer"). */
const LOCAL_BODY = new RegExp(`(?<![\\p{L}’'.])((?:${TOKEN}|${ACRONYM})(?:${SP}(?:${TOKEN}|${ACRONYM})){0,2})${SP}(${alternation(LOCAL_SERVICES)})(?![\\p{L}])(?![ ]+(?:${alternation(ROLES)})(?![\\p{L}]))`, 'gu');
/** "Chilean foreign ministry" → "Chilean Foreign Ministry": how a catalogue files a body's name. */
const titleCase = (name: string): string => name.replace(/(^|[ ])([a-z])/g, (_, sp: string, c: string) => sp + c.toUpperCase());

/**
 * A surname standing alone somewhere else in the text ("… Jana Horvat said. Horvat added"): not
 * inside [from, to), not after "the" or "a" ("the Courier"), not part of a longer capitalised run.
 * News names a person in full once and by surname after; places and things are not named so.
 */
function standsAlone(text: string, word: string, from: number, to: number): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (i >= from && i < to) continue;
    if (isWordChar(text[i - 1]) || isWordChar(text[i + word.length]) || text[i - 1] === '-') continue;
    const prev = /(\S+)[ \t\u00a0]+$/.exec(text.slice(Math.max(0, i - 30), i))?.[1];
    if (prev && (ARTICLES.has(prev) || (/^[\p{Lu}]/u.test(prev) && !/[.!?:;,"“”’)]$/.test(prev)))) continue;
    if (/^[ \t\u00a0]+[\p{Lu}]/u.test(text.slice(i + word.length, i + word.length + 3))) continue;
    return true;
  }
  return false;
}
const ARTICLES = new Set(['the', 'The', 'a', 'A', 'an', 'An']);
/** At the start of a line or after a sentence's end. */
const atSentenceStart = (text: string, at: number): boolean => /(?:^|\n|[.!?:"“”‘’][ \t\u00a0]*)$/.test(text.slice(Math.max(0, at - 3), at));
/** The word written in lower case somewhere in the text: a common word ("Loyal" of "a loyal ally"). */
function wordInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + lower.length])) return true;
  }
  return false;
}
/** ", 67," right after a name: its age. */
const AGE_AFTER = /^, \d{1,3},/;
/** A full name at a capital, tried where no other shape took the place. */
const FULL_NAME = new RegExp(NAME, 'uy');
/** "NHTSA said", "ACME has begun": an acronym as the subject of a reporting or government verb. */
const ACRONYM_SUBJECT = new RegExp(`(?<![\\p{L}.])([A-Z]{2,6})(?=\\s+(?:${REPORTING_VERB}|${GOVERNMENT_VERB})\\b)`, 'gu');
const NOT_ACRONYM_ACTORS = new Set([...TITLES, ...WIRE_AGENCIES, 'TV', 'AM', 'PM', 'GMT', 'UTC']);

export interface FindOptions {
  /** The page's publisher: "<publisher>’s Name" introduces one of its reporters, not an actor. */
  publisher?: string | null;
  /** What the reader knows of names (the gazetteer, organisations, chosen packs). */
  catalogue?: Catalogue;
}

export function findActors(headline: string, paragraphs: string[], options: FindOptions = {}): ActorRef[] {
  const ix = actorIndex(options.catalogue ?? catalogueFor());
  const { byKey, formIndex } = ix;
  const text = [headline, ...paragraphs].join('\n');
  const found = new Map<string, { actor: CatalogueActor; principal: boolean }>();
  const leadEnd = headline.length + 1 + (paragraphs[0]?.length ?? 0);
  const mark = (actor: CatalogueActor, at: number, form: string) => {
    const prev = found.get(actor.id);
    if (prev?.principal) return;
    const principal = at < headline.length || isSubjectOfSpeech(text, at, form, at < leadEnd);
    found.set(actor.id, { actor, principal });
  };
  const forms = catalogueForms(ix, text);
  const demonyms = ix.demonyms.find(text, (_, end) => text[end] === ' ');
  for (const { form, at } of forms) {
    const actor = formIndex.get(form)!;
    // A capital stands for its government only as the subject of a verb ("Canberra has begun").
    if (ix.capitals.has(form) && !GOVERNMENT_AFTER.test(text.slice(at + form.length, at + form.length + 16))) continue;
    mark(actor, at, form);
  }
  for (const { actor, at, form } of demonymStates(text, demonyms)) mark(actor, at, form);
  // A service named in lower case is an actor when it speaks or acts, not in passing ("… near the Chilean navy's base").
  for (const { name, id, at } of stateBodies(ix, text, demonyms, forms)) {
    if (at < headline.length || isSubjectOfSpeech(text, at, name, at < leadEnd)) mark(formIndex.get(titleCase(name)) ?? newActor(name, 'organisation', 'state service', id), at, name);
  }
  for (const m of LOCAL_SERVICE_WORD.test(text) ? text.matchAll(LOCAL_BODY) : []) {
    const place = m[1]!, at = m.index! + m[0].indexOf(place), name = `${place} ${m[2]!}`;
    if (notNameWords(options.catalogue ?? catalogueFor()).has(place.split(/\s+/)[0]!) || !(at < headline.length || isSubjectOfSpeech(text, at, name, at < leadEnd))) continue;
    const country = formIndex.get(place);
    mark(country && country.kind !== 'country' ? country : newActor(name, 'organisation', 'local service', slug(country ? `${country.id} ${m[2]!}` : name)), at, name);
  }
  // People the catalogue does not list, or lists under another spelling.
  const surnames = new Map<string, CatalogueActor>();
  for (const { actor } of found.values()) if (actor.kind === 'person') surnames.set(actor.name.split(' ').at(-1)!, actor);
  // Bodies first (their names are the longest), then titled people, then attributions; a name
  // inside a span already taken is part of that one ("West Fish Producers Organisation").
  const taken: Array<[number, number]> = [];
  const capitals = capitalStarts(text);
  const titles = TITLE_INDEX.find(text, (_, end) => !isWordChar(text[end]));
  const notName = notNameWords(options.catalogue ?? catalogueFor());
  const shapes = [
    { bodies: true, rule: 'body noun', matches: matchesNear(text, capitals, ORG_AT, ORG_WORD) },
    { bodies: false, rule: 'title before name', matches: afterTitles(text, titles, AFTER_TITLE) },
    { bodies: false, rule: 'name in commas after title', matches: afterTitles(text, titles, AFTER_TITLE_COMMA) },
    { bodies: false, rule: 'name before reporting verb', matches: matchesNear(text, capitals, SAID_AT, SAID_WORD) },
  ];
  for (const { bodies, rule, matches } of shapes) {
    for (const m of matches) {
      let raw = m[1]!.trim();
      // "in Harbourton Horvat said": a place after a preposition, then the speaker's surname.
      const start = m.index! + m[0].indexOf(raw);
      if (!bodies && LOCATIVE.test(text.slice(Math.max(0, start - 12), start))) {
        raw = raw.split(/\s+/).slice(1).join(' ');
        if (!raw.includes(' ')) {
          const known = surnames.get(raw);
          if (known) mark(known, start, raw);
          continue;
        }
      }
      const name = bodies ? bodyName(raw) : regnalTitle(m[0], personName(raw, notName));
      if (!name || formIndex.has(name) || OUTLETS.has(name) || OUTLETS.has(raw)) continue;
      // "Jana Horv?t": a name the copy damaged is not guessed at (a pack may restore it);
      // nor one the copy cut off (text never ends on a name without a full stop).
      const end = start + raw.length;
      if ((text[end] === '?' && isWordChar(text[end + 1])) || end === text.length) continue;
      const at = m.index! + m[0].indexOf(raw) + raw.length - name.length;
      if (taken.some(([s, e]) => at < e && at + name.length > s)) continue;
      // An outlet's reporters ("Example News’s Jo Reed") report the news; they are not in it.
      if (afterOutlet(text, at, options.publisher)) { taken.push([at, at + name.length]); continue; }
      // "Harbour Department of Fisheries": a body whose name goes on after "of" is not named by half of it.
      if (bodies && /^ of [\p{Lu}]/u.test(text.slice(end, end + 5))) continue;
      taken.push([at, at + name.length]);
      if (bodies) {
        // "Chile’s Foreign Ministry" is Chile's own, whatever other foreign ministry the page names.
        const owner = COUNTRY_POSSESSIVE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
        const country = owner ? formIndex.get(owner) : undefined;
        const id = country?.kind === 'country' ? slug(`${country.id} ${name}`) : bodyId(ix, name);
        const actor = byKey.get(nameKey(name)) ?? newActor(name, 'organisation', rule, id);
        mark(actor, at, name);
        // "Harbour Motor Corp" is "Harbour Motor" and "Harbour" again; "… Office (MSO)" is "MSO".
        const company = COMPANY.exec(name)?.[1];
        if (company) for (const short of new Set([company, company.split(' ')[0]!])) if (short.length > 2 && !notName.has(short) && !formIndex.has(short)) surnames.set(short, actor);
        const acronym = DEFINED_ACRONYM.exec(text.slice(end, end + 14))?.[1];
        if (acronym) surnames.set(acronym, actor);
        continue;
      }
      // A catalogue person under another spelling; by surname alone only when the first names agree
      // (Jill and Joe share a surname, not an id).
      const bySurname = byKey.get(nameKey(name.split(/\s+/).at(-1)!));
      const sameFirst = bySurname && nameKey(bySurname.name.split(/\s+/)[0]!) === nameKey(name.split(/\s+/)[0]!);
      const actor = byKey.get(nameKey(name)) ?? (sameFirst ? bySurname : undefined) ?? newActor(name, ORGANISATION.test(name) ? 'organisation' : 'person', rule);
      mark(actor, at, name);
      surnames.set(name.split(/\s+/).at(-1)!, actor);
    }
  }
  // A full name no shape took, whose surname stands alone elsewhere in the text ("Jana Horvat …
  // Horvat said"), is a person's.
  for (const at of capitals) {
    // Two capitalised words in a row at least: the first word's end is a space before a capital.
    let w = at + 1;
    while (w < text.length && isLetterCode(text.charCodeAt(w))) w++;
    const gap = text.charCodeAt(w);
    if ((gap !== 32 && gap !== 160) || !isUpperAt(text, w + 1)) continue;
    if (taken.some(([s, e]) => at >= s && at < e)) continue;
    FULL_NAME.lastIndex = at;
    const raw = FULL_NAME.exec(text)?.[1];
    if (!raw) continue;
    const name = personName(raw, notName);
    // An outlet's reporter is nobody else either: no shorter name is tried inside theirs.
    if (afterOutlet(text, at, options.publisher)) { taken.push([at, at + raw.length]); continue; }
    if (!name || formIndex.has(name) || OUTLETS.has(raw)) continue;
    // "Loyal Horvat ally …": a sentence's first word the text also writes in lower case is no first name.
    if (atSentenceStart(text, at) && wordInLowerCase(text, name.slice(0, name.indexOf(' ')))) continue;
    const surname = name.split(' ').at(-1)!;
    // "Ana Reyes, 67, said": an age in commas after a full name is a person's.
    const aged = AGE_AFTER.test(text.slice(at + raw.length, at + raw.length + 6));
    if (surname.length < 3 || !(aged || standsAlone(text, surname, at, at + raw.length))) continue;
    const end = at + raw.length;
    if ((text[end] === '?' && isWordChar(text[end + 1])) || end === text.length) continue;
    const start = end - name.length;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    taken.push([start, end]);
    const actor = byKey.get(nameKey(name)) ?? newActor(name, 'person', aged ? 'age after name' : 'surname stands alone');
    mark(actor, start, name);
    surnames.set(surname, actor);
  }
  for (const m of text.matchAll(ACRONYM_SUBJECT)) {
    const acronym = m[1]!;
    if (NOT_ACRONYM_ACTORS.has(acronym) || OUTLETS.has(acronym) || formIndex.has(acronym) || surnames.has(acronym)) continue;
    mark(newActor(acronym, 'organisation', 'acronym speaking'), m.index!, acronym);
  }
  for (const m of text.matchAll(MR)) {
    const actor = surnames.get(m[1]!) ?? byKey.get(nameKey(m[1]!));
    if (actor) mark(actor, m.index!, m[0]);
  }
  for (const [surname, actor] of surnames) {
    if (found.has(actor.id) && found.get(actor.id)!.principal) continue;
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      if (!isWordChar(text[at - 1]) && !isWordChar(text[at + surname.length])) mark(actor, at, surname);
    }
  }
  return [...found.values()]
    .map(({ actor, principal }) => actorRef(actor, principal ? 'principal' : 'mentioned'))
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'principal' ? -1 : 1));
}

/**
 * Names a page gives once and uses short after (a post, or its title and standfirst: `pagePeople`),
 * found in its other posts. Adds to each post's actors, in place:
 * - a person's surname alone ("Foreign Minister Jana Horvat" once, "Horvat" after); a surname two
 *   of the page's people share is left alone;
 * - a body by its last words after "the" ("Harbour Fire Department" once, "the fire department
 *   said" after), when no other body of the page ends on them: a role the page never names is
 *   not an actor (../shared/practice/GUIDELINES.md);
 * - one capitalised word no name of the page holds, as the subject of a reporting or government
 *   verb ("Tamberlink said"): a company, an agency or a place acting.
 */
export function addPagePeople(posts: Array<{ headline: string; paragraphs: string[]; actors: ActorRef[] }>, pagePeople: readonly ActorRef[] = []): void {
  const bySurname = new Map<string, ActorRef | null>();
  const byTail = new Map<string, ActorRef | null>();
  const nameWords = new Set<string>();
  const file = <K>(map: Map<K, ActorRef | null>, key: K, a: ActorRef) => {
    const prev = map.get(key);
    map.set(key, prev === undefined || prev?.id === a.id ? a : null);
  };
  for (const list of [pagePeople, ...posts.map((p) => p.actors)]) {
    for (const a of list) {
      const words = a.name.split(/\s+/);
      for (const w of words) nameWords.add(w);
      if (words.length < 2) continue;
      if (a.kind === 'person') file(bySurname, words.at(-1)!, a);
      // "Harbour County Fire Department" → "the county fire department", "the fire department".
      if (a.kind === 'organisation') for (let k = 1; k <= words.length - 2; k++) file(byTail, `the ${words.slice(k).join(' ').toLowerCase()}`, a);
    }
  }
  // "Rescue Service" on a page that names the "Harbour Rescue Service" is that body.
  for (const p of posts) {
    const unified = p.actors.map((a) => {
      // Only a body known by its bare name: "Chile’s Foreign Ministry" keeps its own id.
      const body = a.kind === 'organisation' && a.id === slug(a.name) ? byTail.get(`the ${a.name.toLowerCase()}`) : undefined;
      return body && body.id !== a.id ? sharedRef(body, a.role) : a;
    }).filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i);
    p.actors.splice(0, p.actors.length, ...unified);
  }
  const notName = notNameWords(catalogueFor());
  const known = knownForms(catalogueFor());
  const nameKeys = new Set([...nameWords].map(nameKey));
  const pageText = posts.map((p) => [p.headline, ...p.paragraphs].join('\n')).join('\n');
  // "Example News’s Dana Horvat … Horvat said": the last word of a full name on the page is a surname (once per word per page).
  const surnameOnPage = new Map<string, boolean>();
  const isSurnameOnPage = (word: string) => {
    let v = surnameOnPage.get(word);
    if (v === undefined) {
      v = [...pageText.matchAll(new RegExp(`([\\p{Lu}][\\p{Ll}]+)[ ]${word}(?![\\p{L}])`, 'gu'))].some((f) => !notName.has(f[1]!));
      surnameOnPage.set(word, v);
    }
    return v;
  };
  for (const p of posts) {
    const text = [p.headline, ...p.paragraphs].join('\n');
    const lower = text.toLowerCase();
    const leadEnd = p.headline.length + 1 + (p.paragraphs[0]?.length ?? 0);
    const have = new Set(p.actors.map((a) => a.id));
    const roleAt = (at: number, form: string): ActorRef['role'] =>
      at < p.headline.length || isSubjectOfSpeech(text, at, form, at < leadEnd) ? 'principal' : 'mentioned';
    const add = (actor: ActorRef, haystack: string, form: string) => {
      if (have.has(actor.id)) return;
      let role: ActorRef['role'] | null = null;
      for (let at = haystack.indexOf(form); at >= 0 && role !== 'principal'; at = haystack.indexOf(form, at + 1)) {
        if (isWordChar(haystack[at - 1]) || isWordChar(haystack[at + form.length])) continue;
        role = roleAt(at, form);
      }
      if (role) { p.actors.push(sharedRef(actor, role)); have.add(actor.id); }
    };
    for (const [surname, person] of bySurname) if (person) add(person, text, surname);
    for (const [tail, body] of byTail) if (body) add(body, lower, tail);
    for (const m of subjectsAt(text)) {
      const word = m[1]!;
      // "Democrats said": a plural names a group of people, not one body; "Pastafarianism has" an idea.
      if (word.length < 3 || word.endsWith('s') || ABSTRACT.test(word) || nameKeys.has(nameKey(word)) || known.has(word) || notName.has(word) || OUTLETS.has(word) || wordInLowerCase(text, word)) continue;
      // A proper name is capitalised inside a sentence somewhere, not only at a sentence's start ("Nothing has changed").
      if (!midSentence(text, word)) continue;
      if (isSurnameOnPage(word)) continue;
      // "Prime Minister Horvat said": a word after a capitalised one is part of a longer name.
      const before = /(\S+)[ \t\u00a0]+(\S+)[ \t\u00a0]+$/.exec(text.slice(Math.max(0, m.index! - 40), m.index!));
      const capital = (w: string | undefined) => w !== undefined && /^[\p{Lu}]/u.test(w) && !/[.!?:;,"“”’)]$/.test(w);
      // "… Roads, Rivers and Ports said", "da Serra said": the word ends a longer name.
      if (capital(before?.[2]) || PARTICLES.has(before?.[2] ?? '') || (LINKS.has(before?.[2] ?? '') && capital(before?.[1]))) continue;
      const actor = newActor(word, 'organisation', 'one word speaking');
      if (!have.has(actor.id)) { p.actors.push(actorRef(actor, roleAt(m.index!, word))); have.add(actor.id); }
    }
    p.actors.sort((a, b) => (a.role === b.role ? 0 : a.role === 'principal' ? -1 : 1));
  }
}
/** Every form the catalogue knows a name by, capitals included. */
const knownFormSets = new WeakMap<Catalogue, Set<string>>();
function knownForms(catalogue: Catalogue): Set<string> {
  let s = knownFormSets.get(catalogue);
  if (!s) { s = new Set(catalogue.knownNames); knownFormSets.set(catalogue, s); }
  return s;
}
/** The word stands, capitalised, inside a sentence somewhere in the text (not after a line start or a full stop). */
function midSentence(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (isWordChar(text[i - 1]) || isWordChar(text[i + word.length])) continue;
    if (!atSentenceStart(text, i)) return true;
  }
  return false;
}
/** The endings of abstract nouns ("Democracy", "Nationalism", "Regulation"): ideas, not bodies. */
const ABSTRACT = /(?:ity|ism|ness|tion|sion|ment|ship|hood|acy|ance|ence)$/;
const PARTICLES = new Set(NAME_PARTICLES);
const LINKS = new Set(['and', 'of', 'for', '&']);
/** "Tamberlink said", "Tamberlink has begun": one capitalised word before a reporting or government verb. */
const SINGLE_SUBJECT = new RegExp(`(?<![\\p{L}’'.-])(${TOKEN})(?=[ \\t\\u00a0]+(?:${REPORTING_VERB}|${GOVERNMENT_VERB})(?![\\p{L}]))`, 'uy');
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

/** One shared, frozen reference per actor and role: a large corpus holds millions of mentions. */
const refs = new Map<string, ActorRef>();
const sharedRef = (a: ActorRef, role: ActorRef['role']): ActorRef => actorRef({ id: a.id, name: a.name, kind: a.kind }, role);
function actorRef(actor: Pick<CatalogueActor, 'id' | 'name' | 'kind'>, role: ActorRef['role']): ActorRef {
  const key = `${actor.id}|${role}`;
  let ref = refs.get(key);
  if (!ref) { ref = Object.freeze({ id: actor.id, name: actor.name, kind: actor.kind, role }); refs.set(key, ref); }
  return ref;
}

/** A name ending on a body's noun or a company's form is an organisation's (the same words as ORG_END). */
const ORGANISATION = new RegExp(`(?<![\\p{L}])(?:${alternation([...BODY_NOUNS, ...COMPANY_SUFFIXES, 'Republic'])})$`, 'u');
const newActors = new Map<string, CatalogueActor>();
/** The rule that first found an actor the catalogue does not know ("name shape: title before name"), for `found_by`. */
export const shapeRule = (id: string): string | undefined => newActors.get(id)?.source;

/**
 * A body's id: a country's form before its name is written the country's one way ("US Harbour
 * Service", "U.S. Harbour Service" and "United States Harbour Service" are one body).
 */
function bodyId(ix: ActorIndex, name: string): string {
  const words = name.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const country = ix.formIndex.get(words.slice(0, n).join(' '));
    if (country?.kind === 'country') return slug(`${country.id} ${words.slice(n).join(' ')}`);
  }
  return slug(name);
}

/** An actor the catalogue does not know, found by a name shape: one object per id, named as first seen, with its rule. */
function newActor(name: string, kind: CatalogueActor['kind'], rule: string, id = slug(name)): CatalogueActor {
  let p = newActors.get(id);
  if (!p) {
    p = { id, name, kind, aliases: [], affiliation: null, role: null, source: `name shape: ${rule}` };
    newActors.set(id, p);
  }
  return p;
}

/** "King Aldric IV": a monarch's or pope's name with its number keeps its title, as news names them. */
const REGNAL_END = new RegExp(`[ ]${REGNAL}$`, 'u');
function regnalTitle(whole: string, name: string | null): string | null {
  if (!name || !REGNAL_END.test(name)) return name;
  const title = whole.slice(0, whole.length - name.length).trim();
  return /^[\p{Lu}][\p{Ll}]+$/u.test(title) ? `${title} ${name}` : name;
}

/** The actor speaks or acts in the lead: followed by a reporting verb, or after "said"/"according to". */
function isSubjectOfSpeech(text: string, at: number, form: string, inLead: boolean): boolean {
  const after = text.slice(at + form.length, at + form.length + 80);
  const before = text.slice(Math.max(0, at - 70), at);
  const speaks = SPEAKS_AFTER.test(after) || SPOKEN_BEFORE.test(before);
  // In the lead, acting counts too ("Harbourton has no objections", "Horvat met Marsh").
  return speaks || (inLead && ACTS_AFTER.test(after));
}
/** A reporting verb after the actor within its clause (data/lexicon/words.json `reportingVerbs`). */
const SPEAKS_AFTER = new RegExp(`^[^.;“”"]{0,60}?\\b${REPORTING_VERB}\\b`);
/** "said X", "according to X" just before the actor. */
const SPOKEN_BEFORE = new RegExp(`\\b(?:${REPORTING_VERB}|according to|told by)\\s+[^.“”"]{0,60}$`);
/** A verb of acting after the actor within its clause (`actVerbs`). */
const ACTS_AFTER = new RegExp(`^[^.;“”"]{0,40}?\\b${ACT_VERB}\\b`);

