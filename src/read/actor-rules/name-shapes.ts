import { type CatalogueActor, slug } from '../catalogue';
import { ADJECTIVE_TITLES, alternation, BODY_NOUNS, COMPANY_SUFFIXES, GIVEN_NAME_TITLES, INVERTED_REPORTING_VERB, INVERTED_REPORTING_VERBS, NAME_PARTICLES, NEWSROOM_ROLES, OFFICE_HOLDER_POSSESSIVES, PLACE_NOUNS, REPORTING_VERB, REPORTING_VERBS, ROLES, SENTENCE_OPENERS, STATE_FIELD_WORDS, TITLE_CASE_SMALL_WORDS, TITLES, UNIT_NOUNS, PLACE_QUALIFIER_SET } from '../lexicon';
import type { PhraseHit } from '../phrase-index';
import { isWordChar } from '../shape';
import { WordPhrases } from '../word-index';
import { type ActorIndex, bodyId, nameKey } from './actor-index';
import { newActor, ORGANISATION } from './actor-refs';
import { descriptorOpening } from './body-descriptors';
import { ACRONYM, atSentenceStart, doubleSurnameAfter, familyName, isUpperAt, linesAt, matchAllAt, matchesNear, NAME, ORG_END, REGNAL, SP, TOKEN, wordInLowerCase } from './name-patterns';
import { bodyName, personName } from './not-names';
import { afterOutlet, isOutletName, OUTLETS } from './outlets';
import { type ActorScan, defineAcronym, mark } from './scan';
import { bmpLetters } from '../bmp-letters';
import { THE_BEFORE } from './teams';

/** "Foreign Minister Jana Horvat": a name right after its title. */
const AFTER_TITLE = bmpLetters(new RegExp(`${SP}${NAME}`, 'uy'));
/** "Its foreign minister, Oda Lindqvist, said": the name in commas after its title. */
const AFTER_TITLE_COMMA = bmpLetters(new RegExp(`,${SP}${NAME},`, 'uy'));
/** Spaces, then a capital: where a name after a title may start. */
function spaceThenCapital(text: string, at: number): boolean {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0') i++;
  return i > at && isUpperAt(text, i);
}
/** Spaces, then "of": where what a title is of may start. */
const spaceThenOf = (text: string, at: number): boolean => /^[ \t\u00a0]+of[ \t\u00a0]/.test(text.slice(at, at + 24));
/** What a title is of: a place or an office, one to three capitalised words ("of Brelsk", "of the Home Office"). */
const TITLE_OF = `${SP}of${SP}(?:the${SP})?(?:${TOKEN}|${ACRONYM})(?:${SP}(?:${TOKEN}|${ACRONYM})){0,2}`;
/** "Secretary of Transportation Pete Buttigieg": the name after what the title is of (the run's last words). */
const AFTER_TITLE_OF = bmpLetters(new RegExp(`${SP}of${SP}(?:the${SP})?(?:(?:${TOKEN}|${ACRONYM})${SP}){1,3}${NAME}`, 'uy'));
/** "The mayor of Brelsk, Renata Szolt, said": the name in commas after what the title is of. */
const AFTER_TITLE_OF_COMMA = bmpLetters(new RegExp(`${TITLE_OF},${SP}${NAME},`, 'uy'));

/**
 * The matches of a shape that follows a title, as `[whole, name]` with the index of the title; the
 * shape is tried only where the text after the title opens as it must (`opens`, a cheap test).
 */
function afterTitles(text: string, titles: ReadonlyArray<PhraseHit<string>>, shape: RegExp, opens: (text: string, at: number) => boolean): Array<{ 0: string; 1: string; index: number }> {
  const out: Array<{ 0: string; 1: string; index: number }> = [];
  // "Director-General Dr Ana Reyes": of two titles in a row the second introduces the name.
  const starts = new Set(titles.map((t) => t.at));
  for (const hit of titles) {
    if (!opens(text, hit.at + hit.phrase.length)) continue;
    let next = hit.at + hit.phrase.length;
    while (text[next] === ' ' || text[next] === '\u00a0') next++;
    if (starts.has(next)) continue;
    shape.lastIndex = hit.at + hit.phrase.length;
    const m = shape.exec(text);
    if (m) out.push({ 0: text.slice(hit.at, shape.lastIndex), 1: m[1]!, index: hit.at });
  }
  return out;
}
/**
 * Bodies by their shape: capitalised words ending in an institutional noun ("Financial Conduct
 * Authority", "Harbour Motor Corp"). A name going on after "of" is left to the catalogue: "… of"
 * more often starts a place ("the Security Council of Norvenia") than ends a name.
 */
/** A unit's number right after its noun ("… Force 73", "… Company 1-8"), never a score or a vote ("Court 6-3"): `unitNouns`. */
const UNIT_NUMBER_AFTER = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation(UNIT_NOUNS)})$`, 'u'));
const UNIT_NUMBER = bmpLetters(/^[ ]\d{1,3}(?:[-.]\d{1,2})?(?![\p{L}\d-])/u);
/** A plural's possessive inside a body's name, before its next word ("Seafarers’ Guild", "National Teachers' Union"). */
const PLURAL_POSSESSIVE = `[\\p{Lu}][\\p{Ll}]+s[’'](?=${SP}[\\p{Lu}])`;
/**
 * A saint's name in the possessive opening a body's name, with or without the abbreviation's stop
 * ("St Brigid's Hospital", "St. Oswin’s Infirmary", "Saint Anne's College"): hospitals, schools and
 * churches are named so, and the possessive is no word TOKEN takes.
 */
const SAINT_POSSESSIVE = `(?:St\\.?|Saint)${SP}[\\p{Lu}][\\p{Ll}]+[’']s(?=${SP}[\\p{Lu}])`;
/**
 * An officer's title in the possessive inside a body's name ("Greyling County Sheriff’s Office",
 * "the District Attorney's Office"): county and district offices in police and court reports are
 * named so (`officeHolderPossessives`); the possessive is no word TOKEN takes.
 */
const OFFICE_POSSESSIVE = `(?:${alternation(OFFICE_HOLDER_POSSESSIVES)})[’']s(?=${SP}[\\p{Lu}])`;
/**
 * A stance glued to a name by a hyphen before a body's name ("the pro-Kessby Harbour Workers Union",
 * "the anti-Vell Dockers Alliance"): a lower-case word of three letters or more and a hyphen, where
 * no body's name opens (it opens on the next word). A name's own particle ("al-", "ul-") is shorter.
 */
const STANCE_BEFORE = '(?<![\\p{L}])[\\p{Ll}]{3,}-';
const ORG = `(?=[\\p{Lu}])(?<![\\p{L}’']|${STANCE_BEFORE})(?:The${SP})?((?:(?:${SAINT_POSSESSIVE}|${OFFICE_POSSESSIVE}|${TOKEN}|${PLURAL_POSSESSIVE}|${ACRONYM})${SP}){1,4}${ORG_END})`;
/** Runs of spaces ORG holds before its noun at most: after "The" and after each of its four words. */
const ORG_GAPS = 5;
/** "Chile’s " just before a body's name: the country whose body it is. */
const COUNTRY_POSSESSIVE = bmpLetters(/((?:[\p{Lu}][\p{L}.]*[ ])*[\p{Lu}][\p{L}.]*)(?:’s|'s)[ ]$/u);
/** A body's name ending in a company's legal form: the words before it name the company again ("Harbour Motor"). */
const COMPANY = new RegExp(`^(.+?)${SP}(?:${alternation(COMPANY_SUFFIXES)})$`, 'u');
/** "Maritime Safety Office (MSO)": the short name a body is given in brackets after its full name. */
const DEFINED_ACRONYM = /^ \(([A-Z][A-Z/&.-]{1,9})\)/;
/** "… Supervisory Authority FINMA said": an acronym of 3–6 capitals right after a body's name, then no name's word. */
const BARE_ACRONYM = bmpLetters(/^ ([A-Z]{3,6})(?![\p{L}\d])(?![ \u00a0]+[\p{Lu}\d])/u);
/**
 * The acronym a body's name is followed by without brackets ("Swiss Financial Market Supervisory
 * Authority FINMA"): its first letter opens one of the name's words, and it is no known name, no
 * outlet and no title ("… Authority CEO").
 */
function bareAcronymAfter(scan: ActorScan, name: string, after: string): string | undefined {
  const acronym = BARE_ACRONYM.exec(after)?.[1];
  if (!acronym || scan.ix.formIndex.has(acronym) || OUTLETS.has(acronym) || TITLE_WORDS.has(acronym)) return undefined;
  return name.split(/\s+/).some((w) => w[0] === acronym[0]) ? acronym : undefined;
}
/** An acronym of 3–6 capitals right before a body's name, or opening it ("the HDRA Disaster and Relief Authority"). */
const ACRONYM_BEFORE = bmpLetters(/(?<![\p{L}\d.-])([A-Z]{3,6})[ ]$/u);
const ACRONYM_FIRST = /^([A-Z]{3,6})[ ]/;
/**
 * The acronym a body's name opens on, or that stands right before it ("the HDRA Disaster and Relief
 * Authority said … HDRA said"): the body's own, in whatever language its letters come from; never a
 * known name (a country's, an organisation's: "HNA Defence College"), an outlet or a title.
 */
function acronymOpening(scan: ActorScan, name: string, before: string): string | undefined {
  const acronym = ACRONYM_FIRST.exec(name)?.[1] ?? ACRONYM_BEFORE.exec(before)?.[1];
  if (!acronym || scan.ix.formIndex.has(acronym) || OUTLETS.has(acronym) || TITLE_WORDS.has(acronym)) return undefined;
  return acronym;
}
/** An appositive without an article: a body's name or acronym and a role ("HMSA chair", "Harbour Bank chief economist", "Kessby-based criminal defense attorney"); its last word is captured. */
const BARE_APPOSITIVE = `(?:[\\p{Lu}][\\p{L}’'.&-]*\\s+){1,3}(?:[\\p{Ll}]+\\s+){0,2}([\\p{Ll}]+)`;
/** The last words of titles and roles, in lower case: what a bare appositive must end on (checked after the match, cheaper than in it). */
const ROLE_ENDS = new Set([...ROLES, ...TITLES].map((t) => t.toLowerCase().split(/\s+/).at(-1)!.replace(/\.$/, '')));
/**
 * An appositive that opens on its role, in lower case, and says where the role is held ("director of
 * research at Harbour College", "chief economist at Keel Bank"); the role's words are captured, its
 * last word checked as a bare appositive's is (ROLE_ENDS).
 */
const ROLE_FIRST_APPOSITIVE = `([\\p{Ll}]+(?:[ ][\\p{Ll}]+){0,2}?)[ ](?:of|at|for|with)[ ][^,.“”"]{3,80}`;
// "X said", "X, a militia commander of …, told", "X, HMSA chair, told", "X, director of research at
// …, said" (an appositive between name and verb) and "X, whose husband was on the boat, said" (a
// relative clause about the speaker).
const SAID_BY = `${NAME},?\\s+(?:(?:(?:a|an|the|who|whose)\\s[^,.“”"]{3,90}|${BARE_APPOSITIVE}|${ROLE_FIRST_APPOSITIVE}),\\s+)?${REPORTING_VERB}\\b`;
const ORG_AT = bmpLetters(new RegExp(ORG, 'uy'));
const SAID_AT = bmpLetters(new RegExp(SAID_BY, 'uy'));
/** The words a body's name ends on, found through the item's word index (ORG holds one whole, after a space). */
const ORG_WORDS = new WordPhrases([...BODY_NOUNS, ...COMPANY_SUFFIXES]);
/** The reporting verbs, found through the item's word index (SAID_BY holds one whole, after a space). */
const SAID_WORDS = new WordPhrases(REPORTING_VERBS);
/**
 * "“We won,” said Ana Reyes, the chair.": a name of two words or more right after a reporting verb
 * that news puts before its speaker (`invertedReportingVerbs`), ending at a comma or a stop: the
 * speaker. Never a name running on into more words ("said Ana Reyes Bank", "told Jo Reed of …").
 */
const SAID_NAME = bmpLetters(new RegExp(`${SP}${NAME}(?=[,.;]|$)`, 'muy'));
/** The verbs themselves, ASCII words: found first, so the name is tried only right after one. */
const INVERTED_VERB_AT = new RegExp(`\\b${INVERTED_REPORTING_VERB}(?=[ \\t\\u00a0])`, 'y');
/** Those verbs' words: INVERTED_VERB_AT is tried only where the item's word index finds one. */
const INVERTED_VERB_WORDS = new WordPhrases(INVERTED_REPORTING_VERBS);
/** "National Electoral Commission": a body named for its nation, without saying which. */
const NATIONAL = /^National[ ](.+)$/u;
/**
 * The country's body a "National …" name is, when the item names that country and its body of the
 * same words ("Guinea’s electoral commission declared … the National Electoral Commission
 * proclaims"): one body, one id. Two such bodies, or none, leave the name its own.
 */
function nationalBody(scan: ActorScan, name: string): CatalogueActor | undefined {
  const rest = NATIONAL.exec(name)?.[1];
  if (!rest) return undefined;
  const tail = `-${slug(rest)}`;
  const bodies = [...scan.found.values()].map((f) => f.actor)
    .filter((a) => a.kind === 'organisation' && a.id.endsWith(tail) && scan.found.get(a.id.slice(0, -tail.length))?.actor.kind === 'country');
  return bodies.length === 1 ? bodies[0] : undefined;
}
/** The word written as given, whole, somewhere in the text. */
export function wordIn(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (!isWordChar(text[i - 1]) && !isWordChar(text[i + word.length])) return true;
  return false;
}
/** Words of four letters or more, most of them capitalised: a headline written in title case ("Leader Wins Presidential Election"). */
const LONG_WORDS = bmpLetters(/[\p{L}]{4,}/gu);
export function titleCased(headline: string): boolean {
  const words = headline.match(LONG_WORDS) ?? [];
  return words.length >= 4 && words.filter((w) => isUpperAt(w, 0)).length >= words.length * TITLE_CASE_SHARE;
}
/**
 * A word in lower case that a title-case headline would capitalise: the headline is written in
 * sentence case, so a capital there says something (a name's, not the style's).
 */
const LOWER_WORD = bmpLetters(new RegExp(`(?:^|[ ])(?!(?:${alternation(TITLE_CASE_SMALL_WORDS)})(?![\\p{L}]))[a-z]{2,}`, 'u'));
export const sentenceCased = (headline: string): boolean => LOWER_WORD.test(headline);
/** The share of a headline's long words capitalised when it is written in title case. */
const TITLE_CASE_SHARE = 0.8;
/** The capitalised word right before " of" (the slice's end). */
const WORD_BEFORE_OF = bmpLetters(/(?<![\p{L}’'])([\p{Lu}][\p{Ll}]+)$/u);
const BODY_NOUN_SET = new Set(BODY_NOUNS);
const CAPITAL_BEFORE = bmpLetters(/(?:[\p{Lu}][\p{L}.]*|’s|'s)[ ]$/u);
/**
 * "the Ministry of Health said", "the University of Kessby", "the Bank of Harbouria": a body's noun
 * opening its name, its field after "of" (the field is read as for any body, fieldAfterOf). Never
 * after a capitalised word or a possessive: "Harbour Department of Fisheries" is the body noun
 * shape's, "Chile’s Ministry of Health" the state's body.
 */
function nounsOfField(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // " of " before a capital, or "the" and a capital: where a body's field may start (found by indexOf, cheap).
  for (let i = text.indexOf(' of '); i >= 0; i = text.indexOf(' of ', i + 4)) {
    const next = text.startsWith('the ', i + 4) ? i + 8 : i + 4;
    if (!isUpperAt(text, next)) continue;
    const w = WORD_BEFORE_OF.exec(text.slice(Math.max(0, i - 24), i));
    if (!w || !BODY_NOUN_SET.has(w[1]!)) continue;
    const at = i - w[1]!.length;
    const before = text.slice(Math.max(0, at - 24), at);
    if (CAPITAL_BEFORE.test(before) && !/(?:^|[^\p{L}])(?:The|A|An)[ ]$/u.test(before)) continue;
    const m = [w[1]!, w[1]!] as unknown as RegExpExecArray;
    m.index = at;
    out.push(m);
  }
  return out;
}
/**
 * "Uri Vell, a professor of economics at …,": a full name, a comma, an article and a role ending
 * the appositive (its last word a role's or a title's, ROLE_ENDS): a person, speaking or not.
 */
const BEFORE_ROLE = bmpLetters(new RegExp(`${NAME},${SP}(?:a|an|the)${SP}([^,.;:“”"()]{2,60}?)(?=,|[ ](?:of|at|for|in|from|with|who)[ ])`, 'uy'));
/** ", a ", ", the ": where an appositive opens; a name is tried only at the capitals shortly before one. */
const APPOSITIVE_OPENS = /,[ \t\u00a0]+(?:a|an|the)[ \t\u00a0]/g;
/** How far before an appositive a full name may start. */
const NAME_REACH = 64;
function namesBeforeRole(text: string, capitals: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let c = 0, taken = 0;
  for (const open of text.matchAll(APPOSITIVE_OPENS)) {
    const comma = open.index!;
    while (c < capitals.length && capitals[c]! < comma - NAME_REACH) c++;
    for (let i = c; i < capitals.length && capitals[i]! < comma; i++) {
      if (capitals[i]! < taken) continue;
      BEFORE_ROLE.lastIndex = capitals[i]!;
      const m = BEFORE_ROLE.exec(text);
      if (!m || m.index + m[0].indexOf(',', m[1]!.length) !== comma) continue;
      if (m[1]!.includes(' ') && ROLE_ENDS.has(m[2]!.split(/\s+/).at(-1)!.replace(/[’']s$/, ''))) { out.push(m); taken = BEFORE_ROLE.lastIndex; }
      break;
    }
  }
  return out;
}
/**
 * A capitalised "The" inside a body's run of capitalised words (never its first word: ORG leaves that
 * out): the run holds the end of another unit — a post's title-case headline, a link's label, a photo
 * credit — run into a sentence that opens on "The …" on one line ("Wreckage Found Near Orran Reef The
 * Harbour Salvage Board confirmed"). A body's own words are never joined by "The" without "of" before
 * it, and ORG's words hold no "of". Returns where the body's own name starts in `raw`, or 0.
 */
const INNER_THE = /[ \t\u00a0]The[ \t\u00a0]+(?=\S)/g;
function innerArticleCut(raw: string): number {
  if (!raw.includes('The')) return 0;
  let cut = 0;
  for (const m of raw.matchAll(INNER_THE)) cut = m.index + m[0].length;
  return cut;
}
/**
 * One body's name as the item gives it alone: a run of capitals whose first words are common words
 * (the item writes each in lower case too: "press conference", "first") and whose rest — two words
 * or more, ending on the body's noun — the item names elsewhere on its own, not after those words,
 * is that rest ("Press Conference U.S. Coast Guard" → "U.S. Coast Guard", "First Coast Guard" →
 * "Coast Guard"): the first words are a headline's or a title's end run into the name, or an ordinal
 * of a unit the item names whole elsewhere. A place's word before a body ("Kessby District Court")
 * is never written in lower case, and stays. Returns where the rest starts in `raw`, or 0.
 */
const RUN_WORD = /[^ \t\u00a0]+/g;
/** A word capitalised, the rest in lower case ("Press", "First"): never an acronym or a name of inner capitals. */
const CAPITALISED = bmpLetters(/^[\p{Lu}][\p{Ll}]+$/u);
function commonWordsBefore(text: string, raw: string, start: number): number {
  const words = Array.from(raw.matchAll(RUN_WORD), (m) => [m[0], m.index] as const);
  for (let k = 1; k <= words.length - 2; k++) {
    const [word] = words[k - 1]!;
    if (!CAPITALISED.test(word) || !wordInLowerCase(text, word)) return 0;
    const rest = raw.slice(words[k]![1]);
    if (namedAlone(text, rest, start + words[k]![1])) return words[k]![1];
  }
  return 0;
}
/** The name stands elsewhere in the text, whole, after no capitalised word ("the Coast Guard", "Coast Guard said" at a line's start). */
function namedAlone(text: string, name: string, here: number): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (i === here || isWordChar(text[i - 1]) || isWordChar(text[i + name.length])) continue;
    if (!CAPITALISED_WORD_END.test(text.slice(Math.max(0, i - 24), i))) return true;
  }
  return false;
}
/** A capitalised word (or an acronym) and a space at the slice's end: a name going on before. */
const CAPITALISED_WORD_END = bmpLetters(/(?:^|[^\p{L}])[\p{Lu}][\p{L}.’'-]*[ \t\u00a0]+$/u);
/** A whole title, then two capitalised words, the first no body's noun: a person's name after their title ("Prime Minister Ana Trust"). */
function titledPerson(raw: string): boolean {
  const words = raw.split(/[ \t\u00a0]+/);
  if (words.length < 3 || !CAPITALISED.test(words.at(-2)!) || BODY_NOUN_SET.has(words.at(-2)!)) return false;
  return WHOLE_TITLES.has(words.slice(0, -2).join(' '));
}
/** The shapes that find a name by its verb, not after a title: a place's word never ends the name there. */
const ATTRIBUTIONS = new Set(['name before reporting verb', 'name after reporting verb', 'name before appositive role']);
/** The names after a verb that puts the speaker after it, as matches whose group 1 is the name. */
function namesAfterSaid(scan: ActorScan): RegExpExecArray[] {
  const { text } = scan;
  const out: RegExpExecArray[] = [];
  for (const verb of matchAllAt(text, scan.words.starts(INVERTED_VERB_WORDS), INVERTED_VERB_AT)) {
    if (!isUpperAt(text, verb.index! + verb[0].length + 1)) continue;
    SAID_NAME.lastIndex = verb.index! + verb[0].length;
    const m = SAID_NAME.exec(text);
    if (m && m[1]!.includes(' ')) out.push(m);
  }
  return out;
}
/**
 * The length of the body's name by shape that starts at a place of the text ("US Geological Survey"
 * at the "US"), or 0.
 */
export function bodyNameAt(text: string, at: number): number {
  ORG_AT.lastIndex = at;
  const m = ORG_AT.exec(text);
  return m && m.index === at ? m[0].length : 0;
}
/**
 * A newsroom role just before a name, in any case, or before the name in commas ("Sports Editor",
 * "correspondent", "Our business correspondent, Jo Reed, said"): the name is a journalist's.
 */
const NEWSROOM_ROLE_BEFORE = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation(NEWSROOM_ROLES)}),?[ \\t\\u00a0]+$`, 'iu'));
/** …or glued to the name's front ("Editor Jo Reed reports"). */
const NEWSROOM_WORDS = new Set(NEWSROOM_ROLES.filter((r) => !r.includes(' ')));
/** Capitalised words and "and" right before a body's name: the name's first words ("Federal Circuit and "). */
const JOINED_BEFORE = bmpLetters(/((?:[\p{Lu}][\p{Ll}’'-]+[ ]){1,3})(and|&)[ ]$/u);
/** A capitalised word and a space at a slice's end, "of" or "for" between too: a run of capitals goes on before it ("Secretary of "), unless the word opens a sentence ("The"). */
const CAPITAL_RUN_BEFORE = bmpLetters(/(?<![\p{L}’'.-])([\p{Lu}][\p{L}’'.-]*)[ ](?:(?:of|for)[ ])?$/u);
/** A word in capitals only, as an acronym is written ("HDEA"). */
const ACRONYM_WORD = /^[A-Z]{2,6}$/;
const ORG_END_AT_END = bmpLetters(new RegExp(`${ORG_END}$`, 'u'));
const OPENER_WORDS = new Set(SENTENCE_OPENERS);
/**
 * The body's name with the words joined before it, when they are not a name of their own: no
 * catalogue form or demonym ("Chile and Harbour Health Organization"), no body ("Health Ministry
 * and Interior Ministry"), no sentence opener, and no person's title ("Finance Secretary Ilse
 * Morrow and Kessby Monetary Board said": a titled person and a body speaking together, as joint
 * statements name them).
 */
function joinedBody(scan: ActorScan, before: string, name: string): string {
  const m = JOINED_BEFORE.exec(before);
  if (!m) return name;
  // "State Counsellor Arin Sang Mey Tarra and National Harbour League …": the words joined are a whole run of
  // capitals; the tail of a longer one is the end of another name (a person's, a title's).
  const runBefore = CAPITAL_RUN_BEFORE.exec(before.slice(0, m.index))?.[1];
  // A sentence's opener, a country's name or people, or the body's acronym before them ("The U.S. Food
  // and Drug …", "the HDEA Disaster and Emergency …") is no such run.
  if (runBefore && !OPENER_WORDS.has(runBefore) && !scan.ix.formIndex.has(runBefore) && !scan.ix.byDemonym.has(runBefore) && !ACRONYM_WORD.test(runBefore)) return name;
  const words = m[1]!.trim().split(' ');
  while (words.length && OPENER_WORDS.has(words[0]!)) words.shift();
  // "Secretary of Transport Tomas Vell and …": words ending on a person's name the item gives are that person.
  if (scan.surnames.get(words.at(-1)!)?.kind === 'person') return name;
  if (!words.length || words.some((w) => scan.ix.formIndex.has(w) || scan.ix.byDemonym.has(w) || WHOLE_TITLES.has(w)) || ORG_END_AT_END.test(words.join(' '))) return name;
  return `${words.join(' ')} ${m[2]} ${name}`;
}
/**
 * " of Appeals", " of Human Rights", " for National Development": one to three capitalised words
 * after "of" ("Of" in a line in title case) that end the run (no capital after them on the line,
 * but a title and a name: "Hockey Association Of Vell Head Coach Ana Reyes").
 */
const OF_FIELD = bmpLetters(new RegExp(`^${SP}(?:of|for|Of|For)${SP}(?:the${SP})?((?:${TOKEN})(?:${SP}(?:(?:and|for|&)${SP})?${TOKEN}){0,2})(?![ \\t\\u00a0]*[\\p{Lu}\\d])`, 'u'));
/** The field a body's name goes on with after "of" (" of Appeals", " of Harbouria" with its country), or null when "of" opens a place, a known name or more. */
function fieldAfterOf(scan: ActorScan, text: string, end: number, nounFirst = false): { text: string; country?: string } | null {
  const after = text.slice(end, end + 64);
  const title = TITLE_BEFORE_NAME.exec(after);
  const m = OF_FIELD.exec(title ? after.slice(0, title.index) : after);
  if (!m) return null;
  const words = m[1]!.split(/[ \t\u00a0]+/).filter((w) => /^[\p{Lu}]/u.test(w));
  const { formIndex, byDemonym } = scan.ix;
  // "Election Commission of Harbouria": a country's whole name ends the body's, and says whose it is.
  const known = formIndex.get(m[1]!);
  if (known?.kind === 'country') return { text: m[0], country: known.id };
  // After "for" the words say what the body is for ("… Party for National Development", "… Coalition
  // for Change"), seldom a place: only a known name or a people stops it there.
  const purpose = /^[ \t\u00a0]+for[ \t\u00a0]/.test(m[0]);
  // After a body's noun that opens the name ("Ministry of Health", "Department of Justice") the
  // field may hold words of other bodies' names; a title after "the" is no field ("Office of the President").
  if (nounFirst && / the[ \t\u00a0]/.test(m[0]) && WHOLE_TITLES.has(m[1]!)) return null;
  // "Bank of Kessby Street": a field ending on a place's noun is an address.
  if (nounFirst && PLACE_NOUN_SET.has(words.at(-1)!)) return null;
  // A people's name before another word of the field is the field's ("Organization of Harbourian
  // States"); last, it says whose body it is, left to the rules of states' bodies.
  // A word of a known body's name or of a title may be a field's, when more words follow "of" or none
  // is a title whole ("Kessby Department of Health": "Health" of "World Health Organization";
  // "… of Financial Protection": "Financial" of "Chief Financial Officer").
  const fieldWord = (w: string) => (scan.catalogue.bodyWords.has(w) || TITLE_WORDS.has(w)) && !STATE_FIELDS.has(w) && !WHOLE_TITLES.has(m[1]!);
  if (words.some((w, i) => formIndex.has(w) || (byDemonym.has(w) && i === words.length - 1) || (!nounFirst && !purpose && scan.notName.has(w) && !fieldWord(w))) || known) return null;
  return { text: m[0] };
}
/** The titles and roles whole, capitalised ("President", "Prime Minister"): what a body's field never is. */
const PLACE_NOUN_SET = new Set(PLACE_NOUNS);
const WHOLE_TITLES = new Set([...TITLES, ...ROLES].map((t) => t.split(/\s+/).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')));
/** A capitalised title and a name after a body's field ("… Of Vell Head Coach Ana Reyes"): where the field ends. */
const TITLE_BEFORE_NAME = bmpLetters(new RegExp(`[ ](?:${alternation([...WHOLE_TITLES])})[ ][\\p{Lu}]`, 'u'));
/** Every word of the titles and roles, capitalised ("Former", "Deputy", "Acting"): never a body's own first word. */
const STATE_FIELDS = new Set(STATE_FIELD_WORDS);
const TITLE_WORDS = new Set([...TITLES, ...ROLES].flatMap((t) => t.split(/\s+/)).map((w) => w[0]!.toUpperCase() + w.slice(1)));
/** The capitalised word right after a name, on the same line. */
const RUN_ON = bmpLetters(/^[ ]([\p{Lu}][\p{Ll}]+)(?![\p{L}])/u);
/** "of" just before a name (the slice's end): what comes first may end an office's name ("of Staff"). */
const OF_BEFORE = bmpLetters(/(?<![\p{L}])of[ ]+$/u);
/** A preposition of place just before a capitalised run: its first word is a place ("in Harbourton …"). */
const LOCATIVE = /\b(?:in|at|from|near|outside|inside|into|across|to)\s+$/;
/** A capitalised word and one space right before a name (the slice's end). */
const WORD_RIGHT_BEFORE = bmpLetters(/(?<![\p{L}])([\p{Lu}][\p{L}]+)[ ]$/u);
/**
 * "…, officials in San Ardo de la Vera said": a person-shaped run right after a word that qualifies or
 * opens a place's name is the rest of that place's name, no person speaking.
 */
const afterPlaceQualifier = (text: string, at: number): boolean => PLACE_QUALIFIER_SET.has(WORD_RIGHT_BEFORE.exec(text.slice(Math.max(0, at - 8), at))?.[1] ?? '');
/** "King Aldric IV": a monarch's or pope's name with its number keeps its title, as news names them. */
const REGNAL_END = bmpLetters(new RegExp(`[ ]${REGNAL}$`, 'u'));
function regnalTitle(whole: string, name: string | null): string | null {
  if (!name || !REGNAL_END.test(name)) return name;
  // The word right before the name: "King" of "her father King Aldric IV". The name is found in the
  // match as written, not by its length: a middle initial dropped from it ("chief Oren J. Castell III" →
  // "Oren Castell III") or a verb after it ("… Castell III said") would cut a word in two ("Ore").
  const before = whole.includes(name) ? whole.lastIndexOf(name) : whole.lastIndexOf(`${name.split(' ', 1)[0]!} `);
  const title = whole.slice(0, Math.max(0, before)).trim().split(/\s+/).at(-1)!;
  return /^[\p{Lu}][\p{Ll}]+$/u.test(title) ? `${title} ${name}` : name;
}

const ADJECTIVE_TITLE_SET = new Set(ADJECTIVE_TITLES);
/** The capitalised word right before a title on its line ("Federal" of "Federal Major …"). */
const CAPITAL_WORD_BEFORE = bmpLetters(/([\p{Lu}][\p{L}’'-]*)[ \u00a0]+$/u);
/**
 * "a Federal Major Disaster Declaration": a title that is also an adjective (`adjectiveTitles`)
 * right after another capitalised word is that longer name's word; after a country or its people, a
 * sentence's opening word or an acronym it is still a title ("Harbourian General Ana Vell").
 */
function adjectiveInName(scan: ActorScan, hit: PhraseHit<string>): boolean {
  if (!ADJECTIVE_TITLE_SET.has(hit.phrase)) return false;
  const before = CAPITAL_WORD_BEFORE.exec(scan.text.slice(Math.max(0, hit.at - 30), hit.at))?.[1];
  if (!before || atSentenceStart(scan.text, hit.at - before.length - 1) || /^[A-Z.]{2,}$/.test(before)) return false;
  return !scan.ix.formIndex.has(before) && !scan.ix.byDemonym.has(before);
}

/**
 * Names by their shape: bodies first (their names are the longest), then titled people, then
 * attributions; a name inside a span already taken is part of that one ("Harbour Fish
 * Producers Organisation"). A person the catalogue lists under another spelling keeps its id.
 */
/** A body's capitalised noun and "of" right before a capital ("Ministry of ", "Agency of "). */
const BODY_NOUN_OF_BEFORE = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation(BODY_NOUNS)})[ \\u00a0]+of[ \\u00a0]+$`, 'u'));

/** A title of given names opening a match ("King ", "Crown Prince "): `givenNameTitles`. */
const GIVEN_NAME_TITLE_FIRST = new RegExp(`^(?:${alternation(GIVEN_NAME_TITLES)})[ \\u00a0]`, 'u');
/**
 * The name's second word is capitalised here and written in lower case elsewhere in the item, or in
 * the page's posts when the item is its title and standfirst ("Aldric Coronation" … "coronation").
 */
function labelNounAfterGivenName(scan: ActorScan, raw: string): boolean {
  const second = raw.split(/\s+/)[1];
  if (second === undefined || !isUpperAt(second, 0)) return false;
  const { pageText } = scan.options;
  return wordInLowerCase(scan.text, second) || (pageText !== undefined && wordInLowerCase(pageText, second));
}

/**
 * "The 93rd Mechanised Brigade said", "the 47th Brigade", "the 82nd Airborne Division": a unit
 * named by its number as an ordinal, up to three capitalised words, then a unit's noun
 * (`unitNouns`). The number is the unit's name: without it "Airborne Division" read as a person
 * speaking and every brigade as one body.
 */
const ORDINAL_UNIT = bmpLetters(new RegExp(`(?<![\\p{L}\\d.,])(\\d{1,3}(?:st|nd|rd|th)(?:[ ][\\p{Lu}][\\p{Ll}]+){0,3}?[ ](?:${alternation(UNIT_NOUNS)}))(?![\\p{L}\\d])`, 'gu'));
const UNIT_WORDS = new WordPhrases(UNIT_NOUNS);
/** Units named by their ordinal number, each a body of its own, its span taken before the other shapes read it. */
function ordinalUnits(scan: ActorScan): void {
  for (const [line, offset] of linesAt(scan.text, scan.words.starts(UNIT_WORDS))) {
    if (!/\d/.test(line)) continue;
    for (const m of line.matchAll(ORDINAL_UNIT)) {
      const name = m[1]!, at = offset + m.index;
      if (scan.taken.some(([s, e]) => at < e && at + name.length > s)) continue;
      scan.taken.push([at, at + name.length]);
      mark(scan, scan.ix.formIndex.get(name) ?? newActor(name, 'organisation', 'unit by its number'), at, name);
    }
  }
}

export function nameShapeActors(scan: ActorScan): void {
  const { text, ix, capitals, notName, taken, surnames, options } = scan;
  const { byKey, formIndex } = ix;
  const titles = scan.titles.filter((hit) => !adjectiveInName(scan, hit));
  let headlineTitleCased: boolean | undefined;
  /** Where the names of titled people whose surname is a body's noun end ("Prime Minister Ana Trust"): people. */
  const titledNames = new Set<number>();
  ordinalUnits(scan);
  const shapes = [
    { bodies: true, rule: 'body noun', matches: matchesNear(text, capitals, ORG_AT, scan.words.starts(ORG_WORDS), ORG_GAPS) },
    { bodies: true, rule: 'body noun of its field', matches: nounsOfField(text) },
    { bodies: false, rule: 'title before name', matches: afterTitles(text, titles, AFTER_TITLE, spaceThenCapital) },
    { bodies: false, rule: 'name in commas after title', matches: afterTitles(text, titles, AFTER_TITLE_COMMA, (t, at) => t[at] === ',') },
    { bodies: false, rule: 'title of a place or office before name', matches: afterTitles(text, titles, AFTER_TITLE_OF, spaceThenOf) },
    { bodies: false, rule: 'name in commas after title of a place', matches: afterTitles(text, titles, AFTER_TITLE_OF_COMMA, spaceThenOf) },
    { bodies: false, rule: 'name before reporting verb', matches: matchesNear(text, capitals, SAID_AT, scan.words.starts(SAID_WORDS)) },
    { bodies: false, rule: 'name after reporting verb', matches: namesAfterSaid(scan) },
    { bodies: false, rule: 'name before appositive role', matches: namesBeforeRole(text, capitals) },
  ];
  for (const { bodies, rule, matches } of shapes) {
    for (const m of matches) {
      // "X, Harbour Bank chief economist, said": a bare appositive ends on a role or a title.
      const appositive = rule === 'name before reporting verb' ? (m as RegExpExecArray)[2] : undefined;
      if (appositive !== undefined && !ROLE_ENDS.has(appositive)) continue;
      // "X, director of research at …, said": a role-first appositive's role ends on a role or a title too.
      const roleFirst = rule === 'name before reporting verb' ? (m as RegExpExecArray)[3] : undefined;
      if (roleFirst !== undefined && !ROLE_ENDS.has(roleFirst.split(' ').at(-1)!)) continue;
      let raw = m[1]!.trim();
      // "in Harbourton Horvat said": a place after a preposition, then the speaker's surname.
      let start = m.index! + m[0].indexOf(raw);
      // "the Norvel-based Harlan Institute", "Pro-Vellmark Dock Workers Federation", "the Parliamentary
      // Liberal Party": words glued on before a body's name are no part of it (body-descriptors.ts).
      const glued = bodies ? descriptorOpening(scan, raw) : 0;
      if (glued) { start += glued; raw = raw.slice(glued); }
      // "Search Called Off Copy Link The Vell Coast Guard said": a body's name opens on its own "The";
      // the capitalised words before it are another unit's end run into the sentence on one line.
      const opened = bodies ? innerArticleCut(raw) : 0;
      if (opened) {
        start += opened; raw = raw.slice(opened);
        // "… The Board said": a body's noun alone names no body.
        if (!/[ \t\u00a0]/.test(raw)) continue;
      }
      // "… at a press conference, Rear Adm. X of the First Coast Guard District … what the Coast Guard
      // is calling": a body's run whose first words the item writes in lower case, and whose rest it
      // names alone, is that rest (`commonWordsBefore`).
      // "Prime Minister Ana Trust falls": a whole title, a given name and a surname that is a body's
      // noun are a titled person (the title shapes below find them), no body.
      if (bodies && titledPerson(raw)) { titledNames.add(start + raw.length); continue; }
      const common = bodies ? commonWordsBefore(text, raw, start) : 0;
      if (common) { start += common; raw = raw.slice(common); }
      // "…, the Kessby Ledger reported": news never puts an article before a person's name; what
      // stands after one and speaks is an outlet or a body, no person, and no later rule makes it one.
      if (!bodies && THE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) { taken.push([start, start + raw.length]); continue; }
      // "Harbouria’s Ministry of Coastal Rescue Affairs said": after a body's noun and "of" come its field's words, no person.
      if (!bodies && BODY_NOUN_OF_BEFORE.test(text.slice(Math.max(0, start - 40), start))) { taken.push([start, start + raw.length]); continue; }
      if (!bodies && LOCATIVE.test(text.slice(Math.max(0, start - 12), start))) {
        raw = raw.split(/\s+/).slice(1).join(' ');
        if (!raw.includes(' ')) {
          const known = surnames.get(raw);
          if (known) mark(scan, known, start, raw);
          continue;
        }
      }
      // "Opposition Leader Reyes Wins Presidential Vote": in a headline in title case a person's name
      // ends before a word the body never writes capitalised, or writes in lower case ("wins",
      // "presidential"); one word left is a surname, for the rules that find short forms.
      if (!bodies && start < scan.headline.length && (headlineTitleCased ??= titleCased(scan.headline))) {
        const body = text.slice(scan.headline.length);
        const words = raw.split(/\s+/);
        const cut = words.findIndex((w, i) => i > 0 && (!wordIn(body, w) || wordInLowerCase(body, w)));
        if (cut > 0) {
          if (cut < 2) continue;
          raw = words.slice(0, cut).join(' ');
        }
      }
      // "King Aldric Coronation: the palace …" … "his coronation": after a title of given names the
      // word after the given name is no surname when the text writes it in lower case too (a label's
      // or an event's noun run on); the title and the given name alone are the person (mr-surname.ts).
      if (!bodies && rule === 'title before name' && GIVEN_NAME_TITLE_FIRST.test(m[0]) && labelNounAfterGivenName(scan, raw)) continue;
      // "…, Says Reyes After Winning League Shield": in a headline in title case a body's name holds only
      // the words before its noun that the body writes too, as written ("Winning" is not there); one word left is no name.
      if (bodies && rule !== 'body noun of its field' && start < scan.headline.length && (headlineTitleCased ??= titleCased(scan.headline))) {
        const body = text.slice(scan.headline.length);
        const words = raw.split(/\s+/);
        let first = words.length - 1;
        while (first > 0 && wordIn(body, words[first - 1]!)) first--;
        if (first > 0) {
          if (words.length - first < 2) continue;
          const rest = words.slice(first).join(' ');
          start += raw.length - rest.length;
          raw = rest;
        }
      }
      // A body's name inside a sentence keeps a first word that often opens sentences ("the New Harbour Court").
      const inSentence = bodies && start >= scan.headline.length && !atSentenceStart(text, start);
      // "Chairman of the Joint Chiefs of Staff Ana Reyes said": after "of", the first of three words ends the office.
      if (!bodies && OF_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && raw.split(/\s+/).length >= 3) {
        const rest = raw.slice(raw.indexOf(' ')).trimStart();
        start += raw.length - rest.length;
        raw = rest;
      }
      let name = rule === 'body noun of its field' ? raw : bodies ? bodyName(raw, inSentence ? TITLE_WORDS : undefined) : regnalTitle(m[0], personName(raw, notName, !ATTRIBUTIONS.has(rule)));
      // "Federal Circuit and Family Court": capitalised words joined by "and" to a body's name are its first words.
      if (bodies && name) name = joinedBody(scan, text.slice(Math.max(0, start - 60), start), name);
      // "Ana Luisa Reyes Vidal … Reyes Vidal said": a double surname goes with the name.
      const more = !bodies && name ? doubleSurnameAfter(text, name, start + raw.length, notName) : '';
      if (more) { name += more; raw += more; }
      if (!name || formIndex.has(name) || isOutletName(name) || OUTLETS.has(raw)) continue;
      // "Jana Horv?t": a name the copy damaged is not guessed at (a pack may restore it);
      // nor one the copy cut off (text never ends on a name without a full stop).
      const end = start + raw.length;
      if ((text[end] === '?' && isWordChar(text[end + 1])) || end === text.length) continue;
      // Where the name starts: it ends the raw run (words dropped before it, a title put before it),
      // or a middle initial was dropped inside it ("Oren J. Castell III") and it opens on the raw run's given name.
      const at = m.index! + m[0].indexOf(raw) + (raw.endsWith(name) || name.endsWith(raw) ? raw.length - name.length : Math.max(0, raw.indexOf(name.split(' ', 1)[0]!)));
      const found = name;
      if (taken.some(([s, e]) => at < e && at + found.length > s)) continue;
      if (!bodies && afterPlaceQualifier(text, at)) { taken.push([at, at + name.length]); continue; }
      // An outlet's reporters ("Example News’s Jo Reed", "Sports Editor Jo Reed") report the news; they are not in it.
      if (!bodies && (afterOutlet(text, at, options.publisher) || NEWSROOM_ROLE_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || NEWSROOM_WORDS.has(name.split(' ', 1)[0]!.toLowerCase()))) { taken.push([at, at + name.length]); continue; }
      // "Harbour Department of Fisheries": a body whose name goes on after "of" is not named by half
      // of it. It is named whole when what follows "of" is its field, capitalised words that name no
      // capital or known body and end the run ("Harbour Court of Appeals", "… Court of Human
      // Rights"), or a country's whole name ("Election Commission of Harbouria"); other known names
      // after "of" are left to the catalogue.
      let ofCountry: string | undefined, base = name;
      if (rule === 'body noun of its field' && !/^ of (?:the )?[\p{Lu}]/u.test(text.slice(end, end + 10))) continue;
      if (bodies && (rule === 'body noun of its field' || /^ (?:of|for|Of|For) [\p{Lu}]/u.test(text.slice(end, end + 6)))) {
        const field = fieldAfterOf(scan, text, end, rule === 'body noun of its field');
        if (!field) continue;
        ofCountry = field.country;
        name += field.text; raw += field.text;
      }
      // "Task Force 73", "Salvage Company 1-8": a unit's number after its noun is part of its name.
      const unit = bodies && !ofCountry && UNIT_NUMBER_AFTER.test(name) ? UNIT_NUMBER.exec(text.slice(end, end + 12)) : null;
      if (unit) { name += unit[0]; raw += unit[0]; }
      // "… Cooperation Council Mechanisms": a body's name running on into a capitalised word that is no
      // title, role or date is the start of a longer name (a headline in title case is let be).
      if (bodies && start >= scan.headline.length && !unit) {
        const next = RUN_ON.exec(text.slice(end, end + 32))?.[1];
        if (next && !notName.has(next)) continue;
      }
      taken.push([at, at + name.length]);
      if (bodies) {
        // "Chile’s Foreign Ministry" is Chile's own, whatever other foreign ministry the page names.
        const owner = COUNTRY_POSSESSIVE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
        const country = owner ? formIndex.get(owner) : undefined;
        // "National Assembly of Harbouria" is Harbouria's, one id with "Harbouria’s National Assembly".
        const id = ofCountry ? slug(`${ofCountry} ${base}`) : country?.kind === 'country' ? slug(`${country.id} ${name}`) : bodyId(ix, name);
        const actor = byKey.get(nameKey(name)) ?? ix.byBodyId.get(id) ?? nationalBody(scan, name) ?? newActor(name, 'organisation', rule, id);
        mark(scan, actor, at, name);
        // "Harbour Motor Corp" is "Harbour Motor" and "Harbour" again; "… Office (MSO)" is "MSO".
        const company = COMPANY.exec(name)?.[1];
        if (company) for (const short of new Set([company, company.split(' ')[0]!])) if (short.length > 2 && !notName.has(short) && !formIndex.has(short)) surnames.set(short, actor);
        const acronym = DEFINED_ACRONYM.exec(text.slice(end, end + 14))?.[1] ?? bareAcronymAfter(scan, name, text.slice(end, end + 10)) ?? acronymOpening(scan, name, text.slice(Math.max(0, at - 8), at));
        if (acronym) defineAcronym(scan, actor, acronym);
        continue;
      }
      // A catalogue person under another spelling; by surname alone only when the first names agree
      // (Jill and Joe share a surname, not an id).
      const bySurname = byKey.get(nameKey(name.split(/\s+/).at(-1)!));
      const sameFirst = bySurname && nameKey(bySurname.name.split(/\s+/)[0]!) === nameKey(name.split(/\s+/)[0]!);
      const person = !ORGANISATION.test(name) || titledNames.has(at + name.length);
      const actor = byKey.get(nameKey(name)) ?? (sameFirst ? bySurname : undefined) ?? particleSurnameOf(scan, name) ?? newActor(name, person ? 'person' : 'organisation', rule);
      mark(scan, actor, at, name);
      surnames.set(familyName(name), actor);
    }
  }
}

/** The first word of each name particle, in lower case ("von" of "von der"). */
const PARTICLE_OPENINGS = new Set(NAME_PARTICLES.map((p) => p.split(' ', 1)[0]!.replace(/-$/, '')));
/**
 * "Ms Van Der Molen said" after "Ilse van der Molen": a name opening on a name particle, in any
 * case (a sentence's start, a title-case line, a writer's habit), is a surname with its particles,
 * never a given name and a surname; it is the person of the item whose name ends on those words,
 * whatever their case (one such person only).
 */
function particleSurnameOf(scan: ActorScan, name: string): CatalogueActor | undefined {
  if (!PARTICLE_OPENINGS.has(name.split(' ', 1)[0]!.toLowerCase())) return undefined;
  const tail = ` ${name.toLowerCase()}`;
  let out: CatalogueActor | undefined;
  for (const { actor } of scan.found.values()) {
    if (actor.kind !== 'person' || !actor.name.toLowerCase().endsWith(tail)) continue;
    if (out && out.id !== actor.id) return undefined;
    out = actor;
  }
  return out;
}
