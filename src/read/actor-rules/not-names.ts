import { type Catalogue } from '../catalogue';
import { INITIAL_WORD } from './name-patterns';
import { BODY_NOUNS, COMPANY_NOUNS, COUNTRY_GIVEN_NAMES, HONORIFIC_STYLES, COUNTRY_WORDS_IN_NAMES, MONTH_NAMES, PLACE_NOUNS, RANKING_WORDS, ROLES, SENTENCE_OPENERS, STATE_FIELD_WORDS, TITLE_CASE_SMALL_WORDS, TITLES, WEEKDAY_NAMES, WIRE_AGENCIES, PLACE_QUALIFIER_SET } from '../lexicon';

/**
 * Words never in a person's name: sentence openers, weekdays and months, the words of titles, wire
 * agencies, the words of honorific styles ('His Royal Highness') (data/lexicon/words.json), the world's demonyms and the words of bodies' names (the catalogue),
 * and the small words a title-case line capitalises, of three letters or more or "Of", "On", "At"
 * ("Association Of Vell", "Ana Vell On Thursday"; never "An", "To", "Per": names' words too).
 */
const TITLE_CASE_SMALL_NOT_NAMES = TITLE_CASE_SMALL_WORDS.filter((w) => w.length > 2 || ['of', 'on', 'at'].includes(w)).map((w) => w[0]!.toUpperCase() + w.slice(1));
const SMALL_WORDS = new Set(TITLE_CASE_SMALL_NOT_NAMES);
const notNames = new WeakMap<Catalogue, Set<string>>();
export function notNameWords(catalogue: Catalogue): Set<string> {
  let s = notNames.get(catalogue);
  if (!s) {
    s = new Set([...SENTENCE_OPENERS, ...WEEKDAY_NAMES, ...MONTH_NAMES, ...WIRE_AGENCIES, ...catalogue.demonyms, ...[...catalogue.demonyms].map((d) => `${d}s`), ...catalogue.bodyWords,
      ...PLACE_NOUNS, ...ROLES.filter((r) => !r.includes(' ')).map((r) => r[0]!.toUpperCase() + r.slice(1)), ...TITLES.flatMap((t) => t.replace(/\./g, '').split(/\s+/)), 'Western', 'Eastern', 'Northern', 'Southern', 'Central', ...STATE_FIELD_WORDS, ...TITLE_CASE_SMALL_NOT_NAMES, ...HONORIFIC_STYLES]);
    // "Hashemite Kingdom of Jordan" gives "Jordan" as a body's word, yet a country's name that is a
    // given name opens people's names too ("Jordan Vell"): catalogue-forms.ts tells which it is.
    for (const w of COUNTRY_GIVEN_NAMES) s.delete(w);
    // "Costa" of "Costa Rica" is a word of a country's name and a surname ("Rui Costa said"); the
    // country's whole name is found as the country before any person's shape is tried.
    for (const w of COUNTRY_WORDS_IN_NAMES) s.delete(w);
    notNames.set(catalogue, s);
  }
  return s;
}

/**
 * The capitalised words that may stand right before a person's full name as its label, not as words
 * of a longer name: titles' and roles' words ("Admiral", "Foreign"), peoples ("Harbourian"),
 * honorific styles, sentence openers ("But", "Yesterday"), weekdays and months. Any other
 * capitalised word there makes the two words after it part of a longer phrase ("Christmas Eve …").
 */
const nameLabels = new WeakMap<Catalogue, Set<string>>();
export function nameLabelWords(catalogue: Catalogue): Set<string> {
  let s = nameLabels.get(catalogue);
  if (!s) {
    s = new Set([...SENTENCE_OPENERS, ...WEEKDAY_NAMES, ...MONTH_NAMES, ...catalogue.demonyms, ...[...catalogue.demonyms].map((d) => `${d}s`),
      ...ROLES.flatMap((r) => r.split(/\s+/)).map((r) => r[0]!.toUpperCase() + r.slice(1)), ...TITLES.flatMap((t) => t.replace(/\./g, '').split(/\s+/)), ...HONORIFIC_STYLES]);
    nameLabels.set(catalogue, s);
  }
  return s;
}

/**
 * A person's name as detected, cleaned: title and body words glued before it are dropped ("Admiral
 * Jana Horvat" → "Jana Horvat", "Nations Ada Marsh-Lind" → "Ada Marsh-Lind"); null
 * when fewer than two words are left or a word left is never a name's.
 */
export function personName(raw: string, notName: Set<string>, afterTitle = false): string | null {
  // "Kayla S. Igitol" is Kayla Igitol: a middle initial between full words is dropped (name-patterns MIDDLE_INITIAL).
  const words = raw.split(/\s+/).filter((w, i, all) => i === 0 || i === all.length - 1 || !INITIAL_WORD.test(w) || INITIAL_WORD.test(all[0]!));
  while (words.length > 2 && notName.has(words[0]!.replace(/\.$/, ''))) words.shift();
  // "Ana Vell On Thursday": a capitalised small word after two words ends the name (what follows it is none of the name).
  const small = words.findIndex((w, i) => i >= 2 && SMALL_WORDS.has(w));
  if (small > 0) words.length = small;
  // After a title a place's word ends a surname ("Union leader Petra Hall"); elsewhere it names a place ("Town Hall").
  // A month ends a name as its surname ("Ada June", "Minister Ivo May"): a date's month follows a day's
  // word or comes before its number, and neither is a name's word.
  const surnameAt = words.length - 1;
  if (words.some((w, i) => notName.has(w.replace(/\.$/, '')) && !(i === surnameAt && i > 0 && (MONTH_WORDS.has(w) || (afterTitle && PLACE_NOUN_WORDS.has(w)))))) return null;
  // "West Harbourton", "Upper Vale": a place's qualifier is never a first name (it may be a surname).
  if (PLACE_QUALIFIER_SET.has(words[0]!)) return null;
  // "Kessian Airlines Kestrel …": a body's or a company's noun ends a name and never opens a person's
  // ("Airlines Kestrel" is what is left when the demonym before it is no name's word).
  if (BODY_NOUN_WORDS.has(words[0]!)) return null;
  return words.join(' ');
}

const BODY_NOUN_WORDS = new Set([...BODY_NOUNS, ...COMPANY_NOUNS]);

const PLACE_NOUN_WORDS = new Set(PLACE_NOUNS);
export const MONTH_WORDS = new Set(MONTH_NAMES);

/**
 * A body's name is not a sentence opener, and does not start with one ("But Health Ministry …"); a
 * run opening on a word that ranks ("Biggest Bank" of "Vestmark’s Biggest Bank HDAB") describes a
 * body named elsewhere.
 */
export function bodyName(raw: string, titleWords?: ReadonlySet<string>): string | null {
  const words = raw.split(/\s+/);
  // Inside a sentence (`titleWords` given) a capitalised opener is the name's own first word ("by the
  // New Harbour Court"), unless it is a title's or a role's word ("Former", "Deputy").
  while (words.length > 1 && OPENERS.has(words[0]!) && (!titleWords || titleWords.has(words[0]!))) words.shift();
  if (RANKING.has(words[0]!.toLowerCase())) return null;
  return words.length > 1 ? words.join(' ') : null;
}
const RANKING = new Set(RANKING_WORDS);
export const OPENERS = new Set(SENTENCE_OPENERS);
