import { alternation, BODY_NOUNS, BUILDING_PREPOSITIONS, INSIDER_NOUNS, LOCAL_SERVICES, PEERAGE_TITLES, CONTINUATION_OPENERS, COUNTRY_GIVEN_NAMES, GOVERNMENT_VERB, MONTH_NAMES, NAME_PARTICLES, OUTLET_NAME_NOUNS, PLACE_ADJECTIVE_SUFFIXES, PLACE_NOUNS, PRESS_NOUNS, REPORTING_VERB, SENTENCE_OPENERS, TITLE_CASE_SMALL_WORDS, TOURNAMENT_NOUNS, WEEKDAY_NAMES, PLACE_QUALIFIER_SET } from '../lexicon';
import { atSentenceStart, isUpperAt, wordInLowerCase } from './name-patterns';
import { bodyNameAt, sentenceCased } from './name-shapes';
import { BUILDING_IDS } from '../catalogue';
import type { ActorIndex } from './actor-index';
import { LONG_OUTLETS, outletSpans } from './outlets';
import { isWordChar } from '../shape';
import { type ActorScan, mark } from './scan';
import { bmpLetters } from '../bmp-letters';

/** A verb right after a capital: it stands for its government (data/lexicon/words.json `governmentVerbs`). */
const GOVERNMENT_AFTER = new RegExp(`^\\s+${GOVERNMENT_VERB}\\b`);

/**
 * The catalogue's forms: countries, organisations, a pack's people and their aliases. A capital
 * stands for its government only as the subject of a verb ("Canberra has begun"); a country's name
 * that opens a body's name ("US Geological Survey reported") is that body's word, not the country;
 * nor is a country or capital inside an outlet's name ("Jamaica Observer", "Bangkok Post").
 */
export function catalogueFormActors(scan: ActorScan): void {
  const { text, ix } = scan;
  let outlets: Array<[number, number]> | undefined;
  const inOutlets = outletForms(ix);
  for (const { form, at } of scan.forms) {
    // "Jamaica" of "Jamaica Observer", "Bangkok" of "Bangkok Post": an outlet's name reports, it does not act
    // (asked only of a form some outlet's name holds).
    if (inOutlets.has(form) && (outlets ??= outletSpans(text)).some(([s, e]) => at >= s && at < e)) continue;
    const actor = ix.formIndex.get(form)!;
    if (ix.capitals.has(form) && !GOVERNMENT_AFTER.test(text.slice(at + form.length, at + form.length + 16))) continue;
    if (actor.kind === 'country' && text[at + form.length] === ' ' && isUpperAt(text, at + form.length + 1) && bodyNameAt(text, at) > form.length) continue;
    if (actor.kind === 'country' && (endsAnotherName(scan, at) || CLOCK_AFTER.test(text.slice(at + form.length, at + form.length + 6)) || (text.startsWith('of ', at - 3) || text.startsWith('the ', at - 4)) && PLACE_OF_BEFORE.test(text.slice(Math.max(0, at - 24), at)))) continue;
    // "Switzerland-based bank", "Panama-flagged ship": an adjective of place, the country not acting;
    // "Abdel-Moneim al-Haiti": a word glued to a name's particle is a surname, not a country.
    if (PLACE_ADJECTIVE_AFTER.test(text.slice(at + form.length, at + form.length + 16)) || GLUED_PARTICLE_BEFORE.test(text.slice(Math.max(0, at - 5), at))) continue;
    // "speaks outside Keel House", "arrived at 10 Keel Row": an institution's building, a place (unless it speaks: "at Keel House said").
    if (BUILDING_IDS.has(actor.id) && buildingAsPlace(text, at, form)) continue;
    // "the Prince and Princess of Vestria": a title of nobility, not the country.
    if (actor.kind === 'country' && text.startsWith('of ', at - 3) && PEERAGE_OF_BEFORE.test(text.slice(Math.max(0, at - 40), at))) continue;
    // "US media reported": the country's press is a source, the country does not act.
    if (actor.kind === 'country' && PRESS_AFTER.test(text.slice(at + form.length, at + form.length + 16))) continue;
    // "Jordan Vell scored": a country's name that is also a given name, before a surname, is a person's.
    if (actor.kind === 'country' && GIVEN_NAME_FORMS.has(form) && opensPersonName(scan, at, form)) continue;
    // "the HFF World Cup", "their Chile Cup final": a tournament's name, not its organiser or host acting.
    if (actor.kind !== 'person' && text[at + form.length] === ' ' && isUpperAt(text, at + form.length + 1) && TOURNAMENT_AFTER.test(text.slice(at + form.length, at + form.length + 40))) continue;
    // "Harbouria Evening News", "Kessby Press": a country opening an outlet's name is that outlet's word; the outlet reports.
    if (actor.kind === 'country' && text[at + form.length] === ' ' && isUpperAt(text, at + form.length + 1) && OUTLET_NAME_AFTER.test(text.slice(at + form.length, at + form.length + 40))) continue;
    mark(scan, actor, at, form);
  }
}
/** Capitalised words ending on an outlet's name noun right after a form ("… Evening News", `outletNameNouns`). */
const OUTLET_NAME_AFTER = bmpLetters(new RegExp(`^(?:[ ][\\p{Lu}][\\p{L}’'-]*){0,2}[ ](?:${alternation(OUTLET_NAME_NOUNS)})(?![\\p{L}])`, 'u'));
/** A word of place right before a building's name, "the" or a house number between ("outside No 10 Keel Row", `buildingPrepositions`). */
const BUILDING_BEFORE = bmpLetters(new RegExp(`(?:^|[^\\p{L}])(?:${alternation(BUILDING_PREPOSITIONS)})[ ](?:the[ ])?(?:(?:No\\.?|Number)[ ])?(?:\\d+[ ])?$`, 'u'));
/** "Officials at Keel House", "a source inside Keel House": the institution's people, speaking for it (`insiderNouns`). */
const INSIDERS_BEFORE = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation(INSIDER_NOUNS)})[ ](?:at|inside)[ ](?:the[ ])?(?:(?:No\\.?|Number)[ ])?(?:\\d+[ ])?$`, 'iu'));
/** Right after the building's name, the institution acting: its possessive, ", which" or ", who", a reporting verb ("Keel House's handling", "…, which said", "Keel House told"). */
const ACTS_AFTER = bmpLetters(new RegExp(`^(?:['’]s(?![\\p{L}])|,[ ](?:which|who)(?![\\p{L}])|\\s+${REPORTING_VERB}(?![\\p{L}]))`, 'u'));
/**
 * An institution's building named after a word of place, and not speaking or acting there ("outside
 * Keel House"; not "at Keel House said", "officials at Keel House", "outside Keel House, which said").
 */
export function buildingAsPlace(text: string, at: number, form: string): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  const after = text.slice(at + form.length, at + form.length + 24);
  return BUILDING_BEFORE.test(before) && !INSIDERS_BEFORE.test(before) && !GOVERNMENT_AFTER.test(after) && !ACTS_AFTER.test(after);
}
/** A title of nobility and "of" before a country ("Prince of", "Prince and Princess of", `peerageTitles`); never after "Crown". */
const PEERAGE_OF_BEFORE = bmpLetters(new RegExp(`(?<!Crown[ ])(?<![\\p{L}])(?:${alternation(PEERAGE_TITLES)})(?:[ ]and[ ](?:${alternation(PEERAGE_TITLES)}))?[ ]of[ ]$`, 'u'));
/** "-based", "-born" right after a form (`placeAdjectiveSuffixes`). */
export const PLACE_ADJECTIVE_AFTER = bmpLetters(new RegExp(`^(?:${alternation(PLACE_ADJECTIVE_SUFFIXES)})(?![\\p{L}])`, 'u'));
/** A country's news media right after its name (`pressNouns`). */
const PRESS_AFTER = bmpLetters(new RegExp(`^[ ](?:${alternation(PRESS_NOUNS)})(?![\\p{L}])`, 'u'));
/** A name's particle glued to the word after it ("al-", "el-"), right before a form, itself a word's start. */
const GLUED_PARTICLE_BEFORE = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation(NAME_PARTICLES.filter((p) => p.endsWith('-')))})$`, 'iu'));
/** Countries' names that are also given names (`countryGivenNames`). */
const GIVEN_NAME_FORMS = new Set(COUNTRY_GIVEN_NAMES);
/** One capitalised word right after a form, then no capital: a two-word name's second word. */
const SURNAME_NEXT = bmpLetters(/^[ ]([\p{Lu}][\p{Ll}]+(?:[-’'][\p{Lu}][\p{Ll}]+)?)(?![\p{L}\d-])(?![ ]+[\p{Lu}])/u);
/** Words that end or go on a country's own names ("… Police", "… Valley", "… Cup"): never a surname. */
const NOT_SURNAME = new Set([...BODY_NOUNS, ...PLACE_NOUNS, ...TOURNAMENT_NOUNS]);
/**
 * Whether a country's form opens a person's name ("Jordan Vell", "Georgia Marr"): the next word is a
 * capitalised word that is no title's, role's, date's, body's, place's or tournament's word, no
 * country or demonym, no sentence opener, nor a word the text writes in lower case; in a headline,
 * only one written in sentence case.
 */
function opensPersonName(scan: ActorScan, at: number, form: string): boolean {
  const { text, ix, notName } = scan;
  const next = SURNAME_NEXT.exec(text.slice(at + form.length, at + form.length + 40))?.[1];
  if (!next || notName.has(next) || NOT_SURNAME.has(next) || OPENING_WORDS.has(next) || ix.formIndex.has(next) || ix.byDemonym.has(next)) return false;
  if (wordInLowerCase(text, next)) return false;
  return at >= scan.headline.length || sentenceCased(scan.headline);
}
/** Capitalised words ending on a tournament's noun right after a form ("… World Cup"). */
const TOURNAMENT_AFTER = bmpLetters(new RegExp(`^(?:[ ][\\p{Lu}][\\p{L}’'-]*){0,2}[ ](?:${alternation(TOURNAMENT_NOUNS)})(?![\\p{L}])`, 'u'));

/** Words that open sentences, and dates: never the first word of a name a country's form ends. */
const OPENING_WORDS = new Set([...SENTENCE_OPENERS, ...CONTINUATION_OPENERS, ...WEEKDAY_NAMES, ...MONTH_NAMES, ...TITLE_CASE_SMALL_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1))]);
/** "Gulf of Oman", "Sea of Azov": a country's name after a place's noun and "of" is that place's word. */
const PLACE_OF_BEFORE = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation(PLACE_NOUNS)})[ ]of[ ](?:the[ ])?$`, 'u'));
/** "7am UK time": a country's clock, not the country. */
const CLOCK_AFTER = /^ [Tt]ime\b/;
/** The word before a place: capitalised, with its start. */
const WORD_BEFORE = bmpLetters(/([\p{Lu}][\p{L}’'.-]*)[ \u00a0]$/u);

/**
 * A country's form that ends another capitalised name is that name's word, not the country: "Credit
 * Suisse", "Vessby Island", "Air Norvenia", "New Chile". The word before it must not be a word that
 * opens sentences ("In Chile", "But Peru", "Visiting Peru"), nor a form of its own ("the Chile
 * Peru border"); in a headline the rule holds only when the headline is written in sentence case.
 */
function endsAnotherName(scan: ActorScan, at: number): boolean {
  return countryEndsName(scan.text, at, scan.ix) && (at >= scan.headline.length || sentenceCased(scan.headline));
}
/**
 * The words of `endsAnotherName` that need no headline: a capitalised word right before the form
 * that opens no sentence, or a word qualifying a place ("New", `placeQualifiers`) that does, when it
 * stands inside a sentence ("in New Chile") or a place's service follows the form ("New Chile police
 * said", `localServices`): a state's name ending on the country's ("New Uruguay" is no Uruguay).
 */
export function countryEndsName(text: string, at: number, ix: ActorIndex): boolean {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return false;
  const start = at - m[0].length;
  const word = m[1]!;
  if (ix.formIndex.has(word) || ix.byDemonym.has(word)) return false;
  if (OPENING_WORDS.has(word)) return PLACE_QUALIFIER_SET.has(word) && (!atSentenceStart(text, start) || SERVICE_AFTER_FORM.test(text.slice(at).replace(FORM_AT_START, '')));
  // At a sentence's start a participle or an adverb may stand before the country ("Visiting Peru, …", "Only Peru …").
  return !(atSentenceStart(text, start) && /(?:ing|ly)$/.test(word));
}
/** The form a slice opens on: capitalised words (what SERVICE_AFTER_FORM reads after). */
const FORM_AT_START = bmpLetters(/^[\p{Lu}][\p{L}’'.-]*(?:[ ][\p{Lu}][\p{L}’'.-]*)*/u);
/** A place's own service right after a name ("… police said", `localServices`). */
const SERVICE_AFTER_FORM = bmpLetters(new RegExp(`^[ ](?:${alternation(LOCAL_SERVICES)})(?![\\p{L}])`, 'u'));

/** The catalogue's forms that stand inside an outlet's name ("Jamaica" of "Jamaica Observer"): only these are checked. */
const outletFormsOf = new WeakMap<ActorIndex, Set<string>>();
function outletForms(ix: ActorIndex): Set<string> {
  let forms = outletFormsOf.get(ix);
  if (!forms) {
    forms = new Set(LONG_OUTLETS.flatMap((name) => ix.forms.find(name, (_, end) => !isWordChar(name[end])).map((h) => h.phrase)));
    outletFormsOf.set(ix, forms);
  }
  return forms;
}
