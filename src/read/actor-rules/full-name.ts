import type { CatalogueActor } from '../catalogue';
import { nameKey } from './actor-index';
import { newActor } from './actor-refs';
import { atSentenceStart, doubleSurnameAfter, familyName, isLetterCode, isUpperAt, NAME, wordInLowerCase } from './name-patterns';
import { titleCased, wordIn } from './name-shapes';
import { MONTH_WORDS, nameLabelWords, personName } from './not-names';
import { COURTESY_BEFORE, COURTESY_TITLES } from './mr-surname';
import { afterOutlet, OUTLETS } from './outlets';
import { type ActorScan, mark } from './scan';
import { alternation, COMPANY_ROLES, NAME_PARTICLES, REPORTING_VERB, PLACE_QUALIFIER_SET } from '../lexicon';
import { isWordChar } from '../shape';
import { firstWord } from '../word-index';
import { isNickname } from './teams';
import { bmpLetters } from '../bmp-letters';

/**
 * A surname standing alone somewhere else in the text ("… Jana Horvat said. Horvat added"): not
 * inside [from, to), not after "the" or "a" ("the Courier"), not part of a longer capitalised run
 * but for a courtesy title ("Ms Horvat", as British copy writes it without a stop). News names a
 * person in full once and by surname after; places and things are not named so.
 */
function standsAlone(text: string, word: string, from: number, to: number): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (i >= from && i < to) continue;
    if (isWordChar(text[i - 1]) || isWordChar(text[i + word.length]) || text[i - 1] === '-') continue;
    const prev = /(\S+)[ \t\u00a0]+$/.exec(text.slice(Math.max(0, i - 30), i))?.[1];
    if (prev && (ARTICLES.has(prev) || (/^[\p{Lu}]/u.test(prev) && !/[.!?:;,"“”’)]$/.test(prev) && !COURTESY.has(prev)))) continue;
    if (/^[ \t\u00a0]+[\p{Lu}]/u.test(text.slice(i + word.length, i + word.length + 3))) continue;
    return true;
  }
  return false;
}
const ARTICLES = new Set(['the', 'The', 'a', 'A', 'an', 'An']);
/** A letter (the surname goes on past this point). */
const LETTER = bmpLetters(/\p{L}/u);
/** The surname, as a whole word, right after a courtesy title somewhere in the text ("Mrs June", "Mr. August"). */
function afterCourtesy(text: string, surname: string): boolean {
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    if (!LETTER.test(text[at + surname.length] ?? '') && COURTESY_BEFORE.test(text.slice(Math.max(0, at - 6), at))) return true;
  }
  return false;
}
const COURTESY = new Set(COURTESY_TITLES);
/** Name particles as words ("da", "van"). */
const PARTICLE_WORDS = new Set(NAME_PARTICLES);
/** " 2" right after a name: a thing's number ("Harbour Link 2", "Apollo 11"), never a person's. */
const NUMBER_AFTER = /^[ \u00a0]\d/;
/** A participle opening a sentence ("Rejecting", "Following"): five letters or more before its "-ing". */
const PARTICIPLE = bmpLetters(/^[\p{Lu}][\p{Ll}]{4,}ing$/u);
/** A capitalised word and one space right before a name (the slice's end): a place's qualifier, maybe. */
const QUALIFIER_BEFORE = bmpLetters(/(?<![\p{L}])([\p{Lu}][\p{Ll}]+)[ ]$/u);
/** ", 67," right after a name: its age. */
const AGE_AFTER = /^, \d{1,3},/;
/**
 * The name stands whole in the headline and again in the body, mid-sentence there: what a report
 * names in its headline and repeats in full is its subject's name, not a phrase the headline's
 * capitals made.
 */
function inHeadlineAndBody(scan: ActorScan, name: string, at: number): boolean {
  const { text, headline } = scan;
  // In a headline in title case the capitalised word after a name may be its verb ("… Ana Vell Dies In Crash"): one the body never writes so.
  const titleVerbAfter = (i: number) => i < headline.length && titleCased(headline) && !headlineNameInBody(text.slice(headline.length), NEXT_WORD.exec(text.slice(i + name.length))?.[1] ?? '');
  const whole = (i: number) => !isWordChar(text[i - 1]) && !isWordChar(text[i + name.length]) && (!/^[ \t\u00a0][\p{Lu}]/u.test(text.slice(i + name.length, i + name.length + 2)) || titleVerbAfter(i));
  let inHeadline = false, inBody = false;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (!whole(i)) continue;
    // Not the headline's first words: its subject is found by the shapes of speech ("X says"), and a
    // side or a company opening a headline is no person ("Tarnow Rovers take the lead").
    // Nor a place reached or named as a thing: "arrives at X Y", "reaches the X Y".
    if (PLACE_BEFORE.test(text.slice(Math.max(0, i - 10), i))) continue;
    if (i < headline.length) inHeadline ||= i > 0 && !/[:|–—-][ ]*$/.test(headline.slice(0, i));
    else if (i !== at && !atSentenceStart(text, i)) inBody = true;
    else if (i === at && !atSentenceStart(text, i)) inBody = true;
  }
  return inHeadline && inBody;
}
/** The word right after a space. */
const NEXT_WORD = bmpLetters(/^[ \t\u00a0]([\p{L}]+)/u);
/** What may stand before a headline's subject: nothing, or a post's time and its mark ("10.51PM – ", "9:27 | "). */
const HEADLINE_OPENING = bmpLetters(/^(?:[^\p{L}]*[\p{L}.]{0,4}[ \t\u00a0]*[:|–—-][ \t\u00a0]*)?$/u);
/** "He" or "She" opening a sentence: a report goes on about a person so, never about a side or a company ("It", "They"). */
const PERSONAL_PRONOUN = /(?:^|[.!?:"”’][ \t\u00a0]+|\n[ \t\u00a0]*)(?:He|She)[ \t\u00a0]/u;
/**
 * "Ana Vell concedes defeat" … "Ana Vell has called her rival … She said": a full name opening a
 * headline in sentence case, after a post's time too, before a word in lower case (its verb), that
 * the body names again whole and goes on about with a sentence opening on "He" or "She", is a person; never a plural's name (a
 * side: "Tarnow Rovers take the lead").
 */
function headlineSubjectRetold(scan: ActorScan, name: string): boolean {
  const { text, headline } = scan;
  const i = headline.indexOf(name);
  if (i < 0 || !HEADLINE_OPENING.test(headline.slice(0, i)) || !/^[ \t\u00a0][\p{Ll}]/u.test(headline.slice(i + name.length, i + name.length + 2))) return false;
  if (isNickname(name.slice(name.lastIndexOf(' ') + 1))) return false;
  const body = text.slice(headline.length);
  const j = body.indexOf(name);
  return j >= 0 && !isWordChar(body[j - 1]) && !isWordChar(body[j + name.length]) && PERSONAL_PRONOUN.test(body);
}
/** How many of the body's first paragraphs may open on the headline's subject: the lead, and a standfirst before it. */
const LEAD_PARAGRAPHS = 2;
/** The word right after a space at `at`. */
const wordAfter = (text: string, at: number): string | undefined => NEXT_WORD.exec(text.slice(at, at + 40))?.[1];
/** A space and a word in lower case right after a name: its verb or an adverb before it ("… reportedly scraps"). */
const LOWER_WORD_AFTER = bmpLetters(/^[ \t\u00a0][\p{Ll}]/u);
/**
 * "Tamsin Orrell reportedly scraps …" over "Tamsin Orrell has reportedly scrapped …": a full name
 * opening the headline, after a post's time too, and one of the body's first paragraphs (a standfirst
 * may stand between), before a word in lower case both times, is the report's subject, a person,
 * though the page goes on about them by their role alone. The word after it differs between the two:
 * a report's lead tells the act in another tense or form than its headline. Never a side's plural name ("Tarnow Rovers
 * take the lead"), nor in a text naming "the company" (a company opening both is told so).
 */
function opensHeadlineAndLead(scan: ActorScan, name: string): boolean {
  const { text, headline } = scan;
  const i = headline.indexOf(name);
  if (i < 0 || titleCased(headline) || !HEADLINE_OPENING.test(headline.slice(0, i)) || !LOWER_WORD_AFTER.test(headline.slice(i + name.length, i + name.length + 2))) return false;
  if (isNickname(name.slice(name.lastIndexOf(' ') + 1))) return false;
  let start = headline.length + 1;
  for (let k = 0; k < LEAD_PARAGRAPHS && start < text.length; k++) {
    // The lead tells it anew, its word after the name another than the headline's ("reportedly scraps" over "has reportedly
    // scrapped"): one word after both is the headline's own sentence read again (a post's first line), or a noun the name
    // qualifies both times ("Lindqvist Media staff ask …", "Lindqvist Media staff asked …": a company's staff).
    if (text.startsWith(name, start) && LOWER_WORD_AFTER.test(text.slice(start + name.length, start + name.length + 2))) return wordAfter(text, start + name.length) !== wordAfter(headline, i + name.length) && !COMPANY_ROLE.test(text);
    const next = text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
  }
  return false;
}
/** Each word of a name a title-case headline gives, written by the body as given and never in lower case. */
const headlineNameInBody = (body: string, name: string): boolean => name.split(' ').every((w) => wordIn(body, w) && !wordInLowerCase(body, w));
/** A title-case headline's run of capitalised words, cut after its last word the body writes so (two words at least). */
function endInBody(body: string, raw: string): string {
  const words = raw.split(' ');
  while (words.length > 2 && !headlineNameInBody(body, words.at(-1)!)) words.pop();
  return words.join(' ');
}
/** An article or a preposition of place right before a name: a place or a thing, never a person ("at the X Y"). */
const PLACE_BEFORE = bmpLetters(/(?:^|[^\p{L}])(?:the|a|an|at|in|into|inside|outside|near)[ \t\u00a0]+$/iu);
/**
 * "Mara Quell was found … Mara said": a name of two words whose given name speaks alone elsewhere
 * (right before a reporting verb, or right after "said") when no other name of the text opens on
 * that given name (two people sharing it are never joined). Not a company's name, whose first
 * word speaks alone as well ("Harbourline Telecom … Harbourline said it would"): never a word with
 * capitals inside, nor one that speaks of itself as "it", nor in a text naming "the company".
 */
function givenNameSpeaks(scan: ActorScan, name: string, from: number, to: number): boolean {
  const { text } = scan;
  const words = name.split(' ');
  if (words.length !== 2 || /^.[\p{Ll}]*[\p{Lu}]/u.test(words[0]!) || !givenOutside(scan, words[0]!, from, to)) return false;
  const given = words[0]!, surname = words[1]!;
  // The given name's whole places: each shape below holds it whole, and is tried there only.
  const places = wholePlaces(scan, given);
  const verbAt = (at: number, pattern: RegExp) => { pattern.lastIndex = at; return pattern.exec(text)?.[0].length ?? 0; };
  if (places.some((p) => verbAt(p + given.length, VERB_IT_AFTER) > 0)) return false;
  // "Mara said" or "said Mara", not after a letter, an apostrophe, a dot or a hyphen; the places as a
  // scan of the whole text finds them (leftmost first, none overlapping), one outside the name's own span.
  const speaks: Array<[at: number, end: number]> = [];
  for (const p of places) {
    if (p >= 5 && text.startsWith('said ', p - 5) && !SPEAKER_MARK_BEFORE.test(text.slice(Math.max(0, p - 7), p - 5))) speaks.push([p - 5, p + given.length]);
    const verb = verbAt(p + given.length, VERB_AFTER);
    if (verb && !SPEAKER_MARK_BEFORE.test(text.slice(Math.max(0, p - 2), p))) speaks.push([p, p + given.length + verb]);
  }
  let after = 0, outside = false;
  for (const [at, end] of speaks.sort((a, b) => a[0] - b[0])) {
    if (at < after) continue;
    after = end;
    if (at < from || at >= to) { outside = true; break; }
  }
  if (!outside) return false;
  // Another name opening on the given name ("Mara Vell" beside "Mara Quell"): two people share it.
  if (places.some((p) => text.charCodeAt(p + given.length) === 32 && isUpperAt(text, p + given.length + 1) && !wholeAt(text, surname, p + given.length + 1))) return false;
  return !COMPANY_ROLE.test(text);
}
/** A reporting verb right after a given name, then "it" ("Tamberlink said it would"): a company speaking of itself. */
const VERB_IT_AFTER = bmpLetters(new RegExp(`[ ]${REPORTING_VERB}[ ]it(?![\\p{L}])`, 'uy'));
/** A reporting verb right after a given name ("Mara said"). */
const VERB_AFTER = bmpLetters(new RegExp(`[ ]${REPORTING_VERB}(?![\\p{L}])`, 'uy'));
/** What a speaker's word never follows: a letter, an apostrophe, a dot or a hyphen (the slice's end). */
const SPEAKER_MARK_BEFORE = bmpLetters(/[\p{L}’'.-]$/u);
/** The word stands whole at `at`: no letter right before or after it. */
function wholeAt(text: string, word: string, at: number): boolean {
  return text.startsWith(word, at) && !/\p{L}$/u.test(text.slice(Math.max(0, at - 2), at)) && !/^\p{L}/u.test(text.slice(at + word.length, at + word.length + 2));
}
/** Where a word stands whole, in text order: from the item's word index, or a search of the text for a word opening on no letter. */
function wholePlaces(scan: ActorScan, word: string): number[] {
  const { text } = scan;
  const first = firstWord(word);
  if (first) return scan.words.positions(first).filter((p) => wholeAt(text, word, p));
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (wholeAt(text, word, i)) out.push(i);
  return out;
}
/**
 * Whether the given name stands where it could speak outside the name's own span [from, to): right
 * before a space ("Mara said") or right after "said " ("said Mara"). Only the given name's places in
 * the text's word index are looked at; the speaking shapes' patterns run only when one is found.
 */
function givenOutside(scan: ActorScan, given: string, from: number, to: number): boolean {
  const { text } = scan;
  const first = firstWord(given);
  if (!first) return true;
  const outside = (m: number) => m < from || m >= to;
  return scan.words.positions(first).some((p) => text.startsWith(given, p)
    && ((outside(p) && text.charCodeAt(p + given.length) === 32) || (outside(p - 5) && text.startsWith('said ', p - 5))));
}
/** How news names a company again ("the company", `companyRoles`): a text of a company's story. */
const COMPANY_ROLE = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation(COMPANY_ROLES)})(?![\\p{L}])`, 'iu'));
/** A full name at a capital, tried where no other shape took the place. */
const FULL_NAME = new RegExp(NAME, 'uy');

/** A full name no shape took, whose surname stands alone elsewhere in the text ("Jana Horvat … Horvat said") or whose given name speaks alone ("Mara said"), or with an age after it, is a person's. */
export function fullNameActors(scan: ActorScan): void {
  const { text, capitals, notName, taken, surnames, options } = scan;
  const { byKey, formIndex } = scan.ix;
  for (const at of capitals) {
    // Two capitalised words in a row at least: the first word's end is a space before a capital.
    let w = at + 1;
    while (w < text.length && isLetterCode(text.charCodeAt(w))) w++;
    const gap = text.charCodeAt(w);
    if ((gap !== 32 && gap !== 160) || !isUpperAt(text, w + 1)) continue;
    if (taken.some(([s, e]) => at >= s && at < e)) continue;
    FULL_NAME.lastIndex = at;
    let raw = FULL_NAME.exec(text)?.[1];
    if (!raw) continue;
    // "Legend Ana Vell Dies In Crash": in a headline in title case the name ends before a word the body never writes capitalised.
    if (at < scan.headline.length && titleCased(scan.headline)) raw = endInBody(text.slice(scan.headline.length), raw);
    let name = personName(raw, notName);
    // "… in Upper Tarn Vale": a run opening on a word that qualifies a place (`placeQualifiers`) is
    // that place's longer name; the words after the qualifier are no person's.
    if (name && name !== raw && PLACE_QUALIFIER_SET.has(raw.slice(0, raw.indexOf(' ')))) continue;
    if (PLACE_QUALIFIER_SET.has(QUALIFIER_BEFORE.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '')) continue;
    // "Arin Sang Mey Tarra … Mey Tarra said": a name of four words whose last two stand together
    // elsewhere is one name (the pattern holds three), as the body-noun shapes read it too.
    const more = name && raw.endsWith(name) ? doubleSurnameAfter(text, name, at + raw.length, notName) : '';
    if (more) { name += more; raw += more; }
    // An outlet's reporter is nobody else either: no shorter name is tried inside theirs.
    if (afterOutlet(text, at, options.publisher)) { taken.push([at, at + raw.length]); continue; }
    if (!name || formIndex.has(name) || OUTLETS.has(raw)) continue;
    // "Loyal Horvat ally …": a sentence's first word the text also writes in lower case is no first name.
    if (atSentenceStart(text, at) && wordInLowerCase(text, name.slice(0, name.indexOf(' ')))) continue;
    // "Rejecting Horvat’s appeal, …": a sentence opening on a participle names no one by it.
    if (atSentenceStart(text, at) && PARTICIPLE.test(name.slice(0, name.indexOf(' ')))) continue;
    // "Vell: Anti-Graft Campaigner Reyes Leads Vote": in a headline in title case every word of a name
    // stands capitalised in the body too, never in lower case ("Campaigner" is no given name).
    if (at < scan.headline.length && titleCased(scan.headline) && !headlineNameInBody(text.slice(scan.headline.length), name)) continue;
    // "Harbourline Cloud": after the name of an organisation the item names comes its product, no person.
    if (surnames.get(name.slice(0, name.indexOf(' ')))?.kind === 'organisation') continue;
    // "Ana Reyes da Serra … Reyes said": before a particle's surname, the word before it is one too.
    const words = name.split(' ');
    const surname = words.length > 3 && PARTICLE_WORDS.has(words.at(-2)!) && standsAlone(text, words.at(-3)!, at, at + raw.length) ? words.at(-3)! : familyName(name);
    // "Ana Reyes, 67, said": an age in commas after a full name is a person's.
    const aged = AGE_AFTER.test(text.slice(at + raw.length, at + raw.length + 6));
    // "… concedes to Tomas Vellan" / "I have called Tomas Vellan": a full name the headline gives and the body gives again.
    const retold = !aged && !NUMBER_AFTER.test(text.slice(at + raw.length, at + raw.length + 3)) && !options.publisher?.includes(name) && (inHeadlineAndBody(scan, name, at) || headlineSubjectRetold(scan, name) || opensHeadlineAndLead(scan, name));
    // "Hosts England … England won": a country's name standing alone is the country, not a surname.
    const country = formIndex.get(surname)?.kind === 'country';
    const given = !aged && !retold && givenNameSpeaks(scan, name, at, at + raw.length);
    // "in May" stands alone as a date: a month is a surname alone only after a courtesy title ("Mrs May").
    const alone = MONTH_WORDS.has(surname) ? afterCourtesy(text, surname) : standsAlone(text, surname, at, at + raw.length);
    // "a Midwinter Eve Brennock agreement", "a Rural Charter": a surname standing alone is weak
    // evidence; the two words it would close are no person's when they go on a longer capitalised run
    // or follow an article.
    if (surname.length < 3 || !(aged || retold || given || (!country && alone && !insidePhrase(scan, raw.endsWith(name) ? at + raw.length - name.length : at, name)))) continue;
    const end = at + raw.length;
    if ((text[end] === '?' && isWordChar(text[end + 1])) || end === text.length) continue;
    const start = end - name.length;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    taken.push([start, end]);
    const actor = byKey.get(nameKey(name)) ?? longerNameEnding(scan, name) ?? newActor(name, 'person', aged ? 'age after name' : retold ? 'full name in headline and body' : given ? 'given name speaks' : 'surname stands alone');
    mark(scan, actor, start, name);
    surnames.set(surname, actor);
    if (given) surnames.set(name.slice(0, name.indexOf(' ')), actor);
  }
}
/**
 * "Arin Sang Mey Tarra … Mey Tarra had called": a name of two words or more that ends the longer
 * name of one person the item names is that person (the words a page links are one name's). Two
 * words suffice here, inside one item, among the names it has read so far;
 * across pages no name takes an id through the words it ends (src/chronology/actor-identity.ts):
 * which names a page ends there depends on the order pages come in.
 */
function longerNameEnding(scan: ActorScan, name: string): CatalogueActor | undefined {
  let out: CatalogueActor | undefined;
  for (const { actor } of scan.found.values()) {
    if (actor.kind !== 'person' || !actor.name.endsWith(` ${name}`)) continue;
    if (out && out.id !== actor.id) return undefined;
    out = actor;
  }
  return out;
}

const CAPITAL_FIRST = bmpLetters(/^[\p{Lu}]/u);
/** A word ending on a possessive or a stop ("Vell’s", "Dr."): what follows it is a name of its own. */
const POSSESSIVE_OR_STOP = /(?:[’'.]|[’']s)$/;
/** The words right before a place on its line, nearest last (a run of capitalised words and the word before it). */
const WORDS_BEFORE = bmpLetters(/(?:[\p{L}’'.-]+[ \u00a0])*$/u);
/**
 * Whether a full name at `at` is no name of its own but the end of a longer phrase: right after an
 * article ("an Indigenous Voice", "the Coastal Charter"), or after a capitalised word on the same
 * line that is none of the words a name may carry before it as its label (a title's or a role's word,
 * a people, a sentence opener: `nameLabelWords`) — "Midwinter Eve Harbour", "Keel Straits Islander
 * Council"; a country or a place the catalogue knows is a title's end ("ambassador to Norway Ivo
 * Marten"). A possessive or a stop ends the walk back ("Vell’s Ana Reyes", "said. Ana Reyes").
 * A headline in title case capitalises every word, so there the run says nothing: a name there is
 * one when the body writes it whole too.
 */
function insidePhrase(scan: ActorScan, at: number, name: string): boolean {
  if (at < scan.headline.length && titleCased(scan.headline)) return !scan.text.includes(name, scan.headline.length);
  const { text } = scan;
  const labels = nameLabelWords(scan.catalogue);
  const line = text.slice(Math.max(0, text.lastIndexOf('\n', at - 1) + 1, at - 120), at);
  const words = (WORDS_BEFORE.exec(line)?.[0] ?? '').split(/[ \u00a0]/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (ARTICLES.has(w)) return true;
    if (!CAPITAL_FIRST.test(w) || POSSESSIVE_OR_STOP.test(w)) return false;
    if (labels.has(w.replace(/\.$/, ''))) continue;
    // A country or a place the catalogue knows ends a title's words ("ambassador to Norway Ivo Marten").
    const known = formEndingAt(scan, words, i);
    if (known < 0) return true;
    i = known;
  }
  return false;
}

/** Where a catalogue form ending on words[i] starts (up to four words), or -1. */
function formEndingAt(scan: ActorScan, words: string[], i: number): number {
  for (let j = i; j >= Math.max(0, i - 3); j--) if (scan.ix.formIndex.has(words.slice(j, i + 1).join(' '))) return j;
  return -1;
}
