import type { CatalogueActor } from '../catalogue';
import { ACT_VERB, alternation, OFFICER_QUALIFIERS, PLACE_NOUNS, PLACE_PEOPLE, REGION_NOUNS, REGIONAL_LEADER_TITLES, REPORTING_VERB, SENTENCE_OPENERS, SITE_ATTACK_WORDS, SITE_NOUNS, TITLE_CASE_SMALL_WORDS, PLACE_QUALIFIER_SET } from '../lexicon';
import { newActor } from './actor-refs';
import { linesAt, midSentence, SP, TOKEN, wordInLowerCase } from './name-patterns';
import { type ActorScan, markActing } from './scan';
import { WordPhrases } from '../word-index';
import { bmpLetters } from '../bmp-letters';

/**
 * Places the catalogue does not know, where the page tells its story:
 * - a place named by its people ("Harbourton officials say", "Vell County residents", "residents
 *   of Harbourton", "officials in Vell"), or closing the headline after "in" ("… in Vell"); never a
 *   name opening on a qualifier ("Upper Vale": its words name people too);
 * - a place before the title of the one who leads it and a name ("Harbourton Premier Ana Vell",
 *   "Vell County Gov. Jo Reed", `regionalLeaderTitles`): the government that person speaks for;
 * - a place named after a noun of the parts a country is divided into, and "of" or in commas ("the
 *   province of Vell", "its largest state, Harbourton, will", `regionNouns`), or named after "in"
 *   before that noun speaking or acting ("in Vell, the province says"); the office of its leader
 *   ("the Harbourton Governor’s Office"); a request it made, when the item places something in
 *   it too ("approved Harbourton’s request" … "fires in Harbourton");
 * - a named building or site, capitalised words ending on a site's noun ("Keel Arena", "Vell
 *   Tower", `siteNouns`), as the subject of its clause ("the Keel Arena was evacuated", "Vell Tower
 *   collapsed"), or where a violent act happened ("opened fire at Keel Grove School"); a site
 *   reached or named as a thing ("the queen reached the Keel Tower") is none.
 * A place's name is a proper name: each word capitalised inside a sentence somewhere on the item,
 * never written in lower case there ("Health officials" is no place), never a word that is no name's
 * (titles, months, demonyms: not-names.ts) nor a word of a person's name found ("Reyes officials").
 * A place the catalogue knows (a country) is that actor. Principal in the headline or the lead.
 */

/** A place's name: one or two capitalised words ("Harbourton", "Vell County"). */
const PLACE_NAME = `${TOKEN}(?:${SP}${TOKEN})?`;
/** The people of a place, lower case or a headline's capitals ("officials", "Officials"). */
const PEOPLE_FORMS = PLACE_PEOPLE.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);
const PEOPLE = alternation(PEOPLE_FORMS);
/** "Harbourton officials", "Vell County residents": the name right before its people. */
const NAME_BEFORE_PEOPLE = bmpLetters(new RegExp(`(?<![\\p{L}’'.-])(${PLACE_NAME})[ ](?:${PEOPLE})(?![\\p{L}])`, 'gu'));
/** "residents of Harbourton", "officials in Vell": its people, then "of" or "in" and the name (no more capitals after). */
const PEOPLE_OF_NAME = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${PEOPLE})[ ](?:of|in)[ ](${PLACE_NAME})(?![\\p{L}’'-])(?![ ]+[\\p{Lu}])`, 'gu'));
/** "Harbourton Premier Ana Vell": a place's name, its leader's title, then a capital (the leader's name). */
const NAME_BEFORE_LEADER = bmpLetters(new RegExp(`(?<![\\p{L}’'.-])(${PLACE_NAME})[ ](?:${alternation(REGIONAL_LEADER_TITLES)})[ ]+[\\p{Lu}]`, 'gu'));
/** A leader's title, whole: the lines NAME_BEFORE_LEADER and NAME_BEFORE_LEADER_OFFICE read (found through the item's word index). */
const LEADER_WORDS = new WordPhrases(REGIONAL_LEADER_TITLES);
/** "the Harbourton Governor’s Office": a place's name, its leader's title and the leader's office. */
const NAME_BEFORE_LEADER_OFFICE = bmpLetters(new RegExp(`(?<![\\p{L}’'.-])(${PLACE_NAME})[ ](?:${alternation(REGIONAL_LEADER_TITLES)})['’]s[ ][Oo]ffice(?![\\p{L}])`, 'gu'));
/** "in Vell, the province says": a place after "in", then a region's noun speaking or acting for it. */
const REGION_IN_SPEAKS = bmpLetters(new RegExp(`(?<![\\p{L}])in[ ](${PLACE_NAME}),[ ]the[ ](?:${alternation(REGION_NOUNS)})[ ](?:${REPORTING_VERB}|${ACT_VERB})(?![\\p{L}])`, 'gu'));
/** The noun of a request a place made: the lines REQUEST_OF_NAME reads (found through the item's word index). */
const REQUEST = 'request';
const REQUEST_WORDS = new WordPhrases([REQUEST]);
/** "Harbourton’s request", "at the request of Harbourton": a request a place made (read with `placedIn`). */
const REQUEST_OF_NAME = bmpLetters(new RegExp(`(?<![\\p{L}’'.-])(${PLACE_NAME})['’]s[ ]${REQUEST}(?![\\p{L}])|(?<![\\p{L}])${REQUEST}[ ]of[ ](${PLACE_NAME})(?![\\p{L}’'-])(?![ ]+[\\p{Lu}])`, 'gu'));
/** "… in Harbourton": the item places something in the name, so the name is a place's. */
const placedIn = (text: string, name: string) => new RegExp(`(?<![\\p{L}])in[ ](?:${alternation([name])})(?![\\p{L}’'-])(?![ ]+[\\p{Lu}])`, 'u').test(text);
/** "the province of Vell", "its largest state, Harbourton, will": a region's noun, then "of" and the name or the name in commas. */
const REGION_NAMED = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation(REGION_NOUNS)})(?:[ ]of[ ](${PLACE_NAME})(?![\\p{L}’'-])(?![ ]+[\\p{Lu}])|,[ ](${PLACE_NAME}),)`, 'gu'));
/** A region's noun, whole: the lines REGION_NAMED and REGION_IN_SPEAKS read (found through the item's word index). */
const REGION_WORDS = new WordPhrases(REGION_NOUNS);
/** "… Rescue Operation in Vell": a headline closing on "in" and a name (not "at": a place reached, "Guests arrive at Varna Abbey"). */
const HEADLINE_IN = bmpLetters(new RegExp(`[ ]in[ ](${PLACE_NAME})[.!?]?$`, 'u'));
/** "Keel Arena", "Vell Tower", "Amsel Town Hall": one to three capitalised words, then a site's noun. */
const SITE = bmpLetters(new RegExp(`(?<![\\p{L}’'.-])((?:${TOKEN}${SP}){1,3}(?:${alternation(SITE_NOUNS)}))(?![\\p{L}])`, 'gu'));
/** After a site's name, the verb of its clause: it is the subject ("… was evacuated", "… collapsed", a headline's "… Collapses"). */
const SUBJECT_VERB_AFTER = bmpLetters(new RegExp(`^,?[ ](?:(?:is|was|were|has|had|have|will|would|remains|remained|could|may|${REPORTING_VERB})(?![\\p{L}])|[\\p{Ll}]+ed(?![\\p{L}]))`, 'u'));
/**
 * Before a site's name, in its sentence: a violent act's word, then up to SITE_ATTACK_REACH
 * characters without a sentence's end, then "at", "inside", "into" or "through" (and "the") — the site is where the act
 * happened ("a gunman opened fire at Keel Grove School", "a blast tore through Vell Central
 * Market"), an actor of the report; "flowers were placed outside Keel Grove School" is none.
 */
const ATTACK_BEFORE_SITE = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation(SITE_ATTACK_WORDS)})(?![\\p{L}])[^.!?\\n]{0,80}[ ](?:at|inside|into|through)[ ](?:the[ ])?$`, 'iu'));
/** How far back a site's sentence is read for a violent act's word: one clause of a lead (ATTACK_BEFORE_SITE's 80). */
const SITE_ATTACK_REACH = 120;
/** A headline's verb in title case after a site's name ("Vell Tower Collapses"). */
const TITLE_CASE_VERB_AFTER = bmpLetters(/^[ ][\p{Lu}][\p{Ll}]+(?:es|ed)(?![\p{L}])/u);
/**
 * A place's people or a site's noun, whole: the lines the patterns above read (none runs across a
 * line's end, each holds its word whole), found through the item's word index.
 */
const PEOPLE_WORDS = new WordPhrases(PEOPLE_FORMS);
const SITE_WORDS = new WordPhrases(SITE_NOUNS);
/** Each site's noun by its words, with how many words it has ("Town Hall" → 2). */
const SITE_NOUN_WORDS = new Map(SITE_NOUNS.map((n) => [n, n.split(' ').length]));
/** Words that open a sentence or a title's line rather than a site's name ("The", "At"). */
const NOT_A_SITE_WORD = new Set([...SENTENCE_OPENERS, ...TITLE_CASE_SMALL_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1))]);

/** A word in lower case that is not a small word a title-case headline leaves so: the headline is written in sentence case. */
const LOWER_CASE_WORD = bmpLetters(new RegExp(`(?:^|[ ])(?!(?:${alternation(TITLE_CASE_SMALL_WORDS)})(?![\\p{L}]))[a-z]{2,}`, 'u'));

/** Words of places' names after their first ("Vell County", "Ostrava Bay"). */
const PLACE_NOUN_SET = new Set(PLACE_NOUNS);
/** Whether a name reads as a place's proper name on this item (see above); a place's noun may follow its first word. */
function isPlaceName(scan: ActorScan, name: string, personWords: ReadonlySet<string>): boolean {
  return !PLACE_QUALIFIER_SET.has(name.split(/\s+/, 1)[0]!) && name.split(/\s+/).every((w, i) => (i > 0 && PLACE_NOUN_SET.has(w)) || (!scan.notName.has(w) && !personWords.has(w) && midSentence(scan.text, w) && !wordInLowerCase(scan.text, w)));
}

/** A capitalised word and one space right before a name (the slice's end). */
const CAPITAL_WORD_BEFORE = bmpLetters(/(?<![\p{L}’'.-])([\p{Lu}][\p{Ll}]+)[ ]$/u);
/**
 * The word right before a place's two words that opens a longer name of the place ("Upper" of
 * "Upper Tarn Vale", "Baja" of a three-word region): a word qualifying a place (`placeQualifiers`),
 * or a name's word as `isPlaceName` reads one, that opens no sentence ("The", "In": `sentenceOpeners`).
 */
function placeWordBefore(scan: ActorScan, at: number, personWords: ReadonlySet<string>): string | undefined {
  const word = CAPITAL_WORD_BEFORE.exec(scan.text.slice(Math.max(0, at - 20), at))?.[1];
  if (!word || OPENER_SET.has(word)) return undefined;
  return PLACE_QUALIFIER_SET.has(word) || isPlaceName(scan, word, personWords) ? word : undefined;
}
const OPENER_SET = new Set(SENTENCE_OPENERS);

/** Words that qualify a title, not a place ("Interim Mayor Ana Vell"). */
const QUALIFIER_WORDS = new Set(OFFICER_QUALIFIERS.map((w) => w[0]!.toUpperCase() + w.slice(1)));
/**
 * Whether a name before a leader's title reads as the place: as `isPlaceName`, but it may stand
 * only at a sentence's start ("Harbourton Premier Ana Vell said"), the title after it making it a
 * name; never a word qualifying the title ("Interim Mayor").
 */
function isLeaderPlace(scan: ActorScan, name: string, personWords: ReadonlySet<string>): boolean {
  return !PLACE_QUALIFIER_SET.has(name.split(/\s+/, 1)[0]!) && name.split(/\s+/).every((w, i) => (i > 0 && PLACE_NOUN_SET.has(w)) || (!scan.notName.has(w) && !QUALIFIER_WORDS.has(w) && !personWords.has(w) && !wordInLowerCase(scan.text, w)));
}

/** A demonym or a country's form ending within OWNER_REACH characters before `at` ("Russian officials"). */
function ownerBefore(scan: ActorScan, at: number): boolean {
  const near = (hitAt: number, phrase: string) => hitAt + phrase.length <= at && hitAt + phrase.length >= at - OWNER_REACH;
  return scan.demonyms.some((h) => near(h.at, h.phrase)) || scan.forms.some((f) => near(f.at, f.form) && scan.ix.formIndex.get(f.form)?.kind === 'country');
}
/** How far before a place's people a demonym or a country still names whose they are: one short word between ("Russian senior officials"). */
const OWNER_REACH = 12;

/**
 * Records a place at `at`, the catalogue's actor when it knows the name: never a person, and never
 * a country by its capital ("residents of Kyiv" are the city's; a capital stands for its government
 * only before a verb, catalogue-forms.ts).
 */
function markPlace(scan: ActorScan, name: string, at: number): void {
  if (scan.taken.some(([from, to]) => at < to && at + name.length > from)) return;
  const known: CatalogueActor | undefined = scan.ix.formIndex.get(name);
  if (known?.kind === 'person' || known?.capitals?.includes(name)) return;
  const actor = known ?? newActor(name, 'place', 'place named by its people or site');
  markActing(scan, actor, at);
  scan.taken.push([at, at + name.length]);
}

export function placeActors(scan: ActorScan): void {
  const { text } = scan;
  const personWords = new Set([...scan.found.values()].filter(({ actor }) => actor.kind === 'person').flatMap(({ actor }) => actor.name.split(/\s+/)));
  const peopleLines = linesAt(text, scan.words.starts(PEOPLE_WORDS));
  for (const pattern of [NAME_BEFORE_PEOPLE, PEOPLE_OF_NAME]) {
    for (const [line, offset] of peopleLines) for (const m of line.matchAll(pattern)) {
      const index = offset + m.index, name = m[1]!, at = index + m[0].indexOf(name);
      // "Russian officials in Paris" are Russia's, where they met: a demonym or a country before the people names whose they are.
      if (pattern === PEOPLE_OF_NAME && ownerBefore(scan, index)) continue;
      // "… Ravage Forests and Send Residents Fleeing": a headline in title case capitalises every word; its name must stand in the body too.
      if (at < scan.headline.length && !LOWER_CASE_WORD.test(scan.headline) && !scan.text.includes(name, scan.headline.length)) continue;
      if (!isPlaceName(scan, name, personWords)) continue;
      // "Upper Tarn Vale officials": the two words before the people end a longer name; a word before
      // them that qualifies a place or names one is its first word, never cut off.
      const first = pattern === NAME_BEFORE_PEOPLE ? placeWordBefore(scan, at, personWords) : undefined;
      if (first) markPlace(scan, `${first} ${name}`, at - first.length - 1);
      else markPlace(scan, name, at);
    }
  }
  const leaderLines = linesAt(text, scan.words.starts(LEADER_WORDS));
  for (const [line, offset] of leaderLines) for (const m of line.matchAll(NAME_BEFORE_LEADER)) {
    if (isLeaderPlace(scan, m[1]!, personWords)) markPlace(scan, m[1]!, offset + m.index);
  }
  for (const [line, offset] of leaderLines) for (const m of line.matchAll(NAME_BEFORE_LEADER_OFFICE)) {
    if (isLeaderPlace(scan, m[1]!, personWords)) markPlace(scan, m[1]!, offset + m.index);
  }
  const regionLines = linesAt(text, scan.words.starts(REGION_WORDS));
  for (const [line, offset] of regionLines) for (const m of line.matchAll(REGION_IN_SPEAKS)) {
    if (isPlaceName(scan, m[1]!, personWords)) markPlace(scan, m[1]!, offset + m.index + m[0].indexOf(m[1]!));
  }
  for (const [line, offset] of linesAt(text, scan.words.starts(REQUEST_WORDS))) for (const m of line.matchAll(REQUEST_OF_NAME)) {
    const name = (m[1] ?? m[2])!;
    if (placedIn(text, name) && isPlaceName(scan, name, personWords)) markPlace(scan, name, offset + m.index + m[0].indexOf(name));
  }
  for (const [line, offset] of regionLines) for (const m of line.matchAll(REGION_NAMED)) {
    const name = (m[1] ?? m[2])!;
    if (isPlaceName(scan, name, personWords)) markPlace(scan, name, offset + m.index + m[0].indexOf(name));
  }
  const closing = HEADLINE_IN.exec(scan.headline);
  if (closing && isPlaceName(scan, closing[1]!, personWords)) markPlace(scan, closing[1]!, closing.index + closing[0].indexOf(closing[1]!));
  for (const [line, offset] of linesAt(text, scan.words.starts(SITE_WORDS))) for (const m of line.matchAll(SITE)) {
    const index = offset + m.index;
    const words = m[1]!.split(/\s+/);
    // the site's noun may be two words ("Town Hall"): a name needs a word of its own before it
    const own = words.length - (SITE_NOUN_WORDS.get(words.slice(-2).join(' ')) ?? 1);
    let k = 0;
    while (k < own && NOT_A_SITE_WORD.has(words[k]!)) k++;
    if (k === own) continue;
    const name = words.slice(k).join(' ');
    const end = index + m[0].length;
    const after = text.slice(end, end + 24);
    const at = index + m[0].indexOf(name);
    if (!SUBJECT_VERB_AFTER.test(after) && !(end < scan.headline.length && TITLE_CASE_VERB_AFTER.test(after)) && !ATTACK_BEFORE_SITE.test(text.slice(Math.max(0, at - SITE_ATTACK_REACH), at))) continue;
    markPlace(scan, name, at);
  }
}
