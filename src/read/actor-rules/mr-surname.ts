import type { CatalogueActor } from '../catalogue';
import { BODY_NOUNS, COMPANY_NOUNS, COMPANY_SUFFIXES, GIVEN_NAME_TITLES, MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon';
import { nameKey } from './actor-index';
import { newActor } from './actor-refs';
import { matchAllAt } from './name-patterns';
import { OPENERS } from './not-names';
import { sentenceCased, titleCased } from './name-shapes';
import { OUTLETS } from './outlets';
import { type ActorScan, mark, matchBefore } from './scan';
import { WordPhrases } from '../word-index';
import { bmpLetters } from '../bmp-letters';

/** The courtesy titles, as words: MR is tried only where the item's word index finds one. */
export const COURTESY_TITLES = ['Mr', 'Mrs', 'Ms', 'Dr'];
/** "Mr Horvat", "Dr. Marsh": a courtesy title before a surname. */
const MR = bmpLetters(new RegExp(`\\b(?:${COURTESY_TITLES.join('|')})\\.?\\s+([\\p{Lu}][\\p{L}-]+)`, 'uy'));
/** A courtesy title and one space right before where a surname starts ("Mrs |June", "Mr. |August"). */
export const COURTESY_BEFORE = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${COURTESY_TITLES.join('|')})\\.?[ \u00a0]$`, 'u'));
const COURTESY_WORDS = new WordPhrases(COURTESY_TITLES);
/** One capitalised word (a surname, maybe double-barrelled or joined by a particle: "Aziz-ul-Haq") right after a title, and no capitalised word after it. */
const SURNAME_AFTER = bmpLetters(/^[ \u00a0]([\p{Lu}][\p{Ll}]+(?:[-’'][\p{Lu}][\p{Ll}]+|-[\p{Ll}]{2,3}-[\p{Lu}][\p{Ll}]+)?)(?![\p{L}\d\]?-])(?![ \u00a0]+[\p{Lu}\d?])/u);
/** Titles before a given name ("Queen Ana"): one word after one is not a surname alone. */
const GIVEN_NAME = new Set(GIVEN_NAME_TITLES);
/** Opening quotes: a title right after one is a nickname's word. */
const QUOTE = new Set(['‘', '“', '"', "'"]);
/** Days and months: a date before a title leaves it the person's ("on Wednesday Home Secretary X"). */
const DATES = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);
/** The capitalised word right before a title ("Hotel" of "Hotel President Aldor", "US" of "US President X"). */
const WORD_BEFORE = bmpLetters(/([\p{Lu}][\p{L}.’'-]*)[ \u00a0]+$/u);
/** Words that end bodies' and companies' names: never a surname after a title ("General Motors", "Justice Department"). */
const BODY_ENDS = new Set([...BODY_NOUNS, ...COMPANY_NOUNS, ...COMPANY_SUFFIXES]);

/**
 * "Mr Horvat" names the person found in full with that surname, or a catalogue person of that
 * spelling. A title or role before one surname ("President Horvat said", "Home Secretary Marsh",
 * "striker Vidal") names the person the text gives in full with it, or else a person known by that
 * surname alone (one id with the full name pages give later: `actor-identity.ts`): not a word that
 * is never a name's (a title's, a place's, a month's), a country, a demonym, a body's or an outlet's
 * name; in the headline only a surname the text repeats (a headline in title case capitalises
 * its verbs: "Minister Resigns"). A title before a given name ("Queen Ana") names a person by both.
 */
/** A given name right before a surname and one space: the slice's end ("Ana " of "Ana Vellan"). */
const GIVEN_BEFORE = bmpLetters(/(?<![\p{L}])([\p{Lu}][\p{Ll}]+)[ ]$/u);
/** How far before a surname its given name may start. */
const GIVEN_LOOK_BACK = 40;

/** The given name the text first writes right before the surname, as a whole word ("Ana" of "… Ana Vellan said"). */
const firstNameBefore = (text: string, surname: string): string | undefined => matchBefore(text, surname, GIVEN_BEFORE, GIVEN_LOOK_BACK);

/** The one person found so far whose name holds the word, if exactly one. */
function personWith(scan: ActorScan, word: string): CatalogueActor | undefined {
  const hits = [...scan.found.values()].filter(({ actor }) => actor.kind === 'person' && actor.name.split(' ').includes(word));
  return hits.length === 1 ? hits[0]!.actor : undefined;
}

export function courtesyTitleActors(scan: ActorScan): void {
  const { text, surnames, notName, taken, headline } = scan;
  const { byKey, formIndex, byDemonym } = scan.ix;
  for (const m of matchAllAt(text, scan.words.starts(COURTESY_WORDS), MR)) {
    const actor = surnames.get(m[1]!) ?? byKey.get(nameKey(m[1]!));
    if (actor) mark(scan, actor, m.index!, m[0]);
  }
  for (const hit of scan.titles) {
    // Capitalised titles only: a lower-case role is often a word of the sentence ("his official Facebook page").
    if (!/^[\p{Lu}]/u.test(hit.phrase)) continue;
    // A title inside a longer capitalised name is that name's word ("Hotel President Aldor"); after a
    // country, a demonym, an acronym, a date or a sentence's opening word it is the person's.
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, hit.at - 30), hit.at))?.[1];
    if (before && !formIndex.has(before) && !byDemonym.has(before) && !OPENERS.has(before) && !DATES.has(before) && !/^[A-Z.]{2,}$/.test(before)) continue;
    const end = hit.at + hit.phrase.length;
    const m = SURNAME_AFTER.exec(text.slice(end, end + 40));
    if (!m) continue;
    const surname = m[1]!, at = end + 1;
    if (taken.some(([s, e]) => at < e && at + surname.length > s)) continue;
    // "Dr Mekdes" of "Mekdes Alem Tarek": a person the item names in full by any word of the name.
    const known = surnames.get(surname) ?? byKey.get(nameKey(surname)) ?? personWith(scan, surname);
    if (known) { if (known.kind === 'person') mark(scan, known, at, surname); continue; }
    // "‘Captain Byte’" is a nickname in quotes.
    if (QUOTE.has(text[hit.at - 1] ?? '')) continue;
    if (notName.has(surname) || formIndex.has(surname) || byDemonym.has(surname) || BODY_ENDS.has(surname) || OUTLETS.has(surname)) continue;
    // In a headline in title case every verb is capitalised ("Minister Resigns"): there only a
    // surname the text repeats; in sentence case the word after the title is a name ("King Aldric has …").
    if (at < headline.length && !(sentenceCased(headline) && !titleCased(headline)) && text.indexOf(surname, headline.length) < 0) continue;
    // "Queen Ana" is no surname: a monarch, a prince or a pope goes by title and given name, as
    // news names them (and as "King Aldric IV" keeps its title: one id with it, `nameKey`).
    if (GIVEN_NAME.has(hit.phrase)) {
      const actor = byKey.get(nameKey(`${hit.phrase} ${surname}`)) ?? newActor(`${hit.phrase} ${surname}`, 'person', 'title before given name');
      mark(scan, actor, hit.at, `${hit.phrase} ${surname}`);
      surnames.set(surname, actor);
      taken.push([hit.at, at + surname.length]);
      continue;
    }
    // "President Vellan … Ana Vellan": the full name the text gives with that surname.
    const first = firstNameBefore(text, surname);
    const name = first && !notName.has(first) ? `${first} ${surname}` : surname;
    const actor = byKey.get(nameKey(name)) ?? newActor(name, 'person', 'title before surname');
    mark(scan, actor, at, surname);
    surnames.set(surname, actor);
    taken.push([at, at + surname.length]);
  }
}
