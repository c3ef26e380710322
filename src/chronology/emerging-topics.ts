import type { ActorRef, Item, TopicRef } from '../model/types';
import { type Catalogue, catalogueFor, PACKS, slug } from '../read/catalogue';
import { fnv1a } from '../read/fingerprint';
import { COUNTRIES } from '../generated/gazetteer';
import { alternation, BODY_NOUNS, COUNTRY_STORY_NOUNS, LAUNCH_VERBS, COMPANY_NOUNS, COMPANY_SUFFIXES, GIVEN_NAME_TITLES, MONTH_NAMES, NAME_PARTICLES, NOT_STORY_PHRASES, NUMBER_WORDS, OUTLET_NAMES, PLACE_NOUNS, PLACE_QUALIFIERS, ROLES, SENTENCE_OPENERS, STORY_MODIFIERS, STORY_NOUNS, STORY_ADVERBS, STORY_NOUNS_BY_AGENT, STORY_NOUNS_BY_YEAR, YEAR, STORY_NOUNS_OF_COUNTRIES, STORY_NOUNS_PLACED_BY_PEOPLE, STORY_STRUCK_PLACES, STORY_THINGS, TITLE_CASE_SMALL_SET, TITLES, WEEKDAY_NAMES, WIN_VERBS, WIRE_AGENCIES } from '../read/lexicon';
import { PhraseIndex } from '../read/phrase-index';
import { addressSegments } from '../read/url-slug';
import { nameKey } from '../read/actors';
import { isWordChar } from '../read/shape';
import { oneEdit } from './typos';
import { GLUED_DATE, namesOneThing } from '../read/numbered-name';
import { bmpLetters } from '../read/bmp-letters';

/**
 * Named subjects the catalogue does not have yet, found by recurrence: a capitalised phrase of two
 * to four words ("Winter Olympics", "Allied Resolve") that names no actor, no title and no date,
 * and appears in the headline or lead of reports from at least MIN_PAGES pages. Such a phrase
 * becomes a topic of every report that leads with it.
 */
export const EMERGING = {
  /** Pages that must name the phrase. */
  minPages: 2,
  /** Reports that must name the phrase. */
  minReports: 3,
  /**
   * A single capitalised word (a town, a river, "Saint-Aubin") names a story too, but single words
   * are many: it must come from more pages and reports.
   */
  minPagesSingle: 3,
  minReportsSingle: 4,
  /**
   * A story phrase (a name and a story noun, "Varna derailment") says what happened as well as
   * where or to whom: two outlets' articles giving it tell one story, each in one report.
   */
  minPagesStory: 2,
  minReportsStory: 2,
  /** Two phrases are one story's when this share of the reports naming the rarer also name the other… */
  minOverlap: 0.5,
  /** …and at least this many reports name both. */
  minShared: 2,
  /**
   * A page of several reports (a live page) tells one story: a topic this share of its reports
   * hold is a topic of all of them, the posts that say only "the storm" or "the victims" too…
   */
  pageStoryShare: 0.5,
  /**
   * …and so is the one topic held by more of its reports than any other, from this share: a live
   * page names its story in a post or two of four. A page of the day's news, whose stories take a
   * post or two each, has no such topic.
   */
  pageLeadShare: 0.25,
  /** Reports a page must have for that: an article's one or two reports name their story themselves. */
  pageStoryReports: 3,
  /**
   * A live page of fewer posts (a copy cut short, a page just opened: posts under the page's title,
   * none of them the title) tells one story too, from this many posts, when only one topic is held
   * among them: the post that names no story is the page's story's ("the debris", "the victims").
   */
  livePageReports: 2,
  /**
   * A story no phrase names is named after whom it is about (`actorStories`): a person, body or
   * place principal in reports of this many pages that no recurring phrase names — three outlets
   * telling it, as for a single word…
   */
  minPagesActor: 3,
  /** …and this many such reports. */
  minReportsActor: 3,
} as const;

/** A capitalised phrase of two to four words on one line ("Keel Tower" — never a headline's last word and the next paragraph's first). */
const PHRASE = bmpLetters(/(?<![\p{L}\p{N}’'-])([\p{Lu}][\p{L}’'-]*(?:[^\S\n]+(?:of[^\S\n]+|the[^\S\n]+)?[\p{Lu}][\p{L}’'-]*){1,3})(?![\p{L}\p{N}])/gu);
/**
 * Words that make a phrase a title, a date, a place-holder or a sentence opening, not a subject:
 * the lexicon's sentence openers, weekdays, months and the words of titles (data/lexicon/words.json),
 * and the furniture words of live pages.
 */
const NOT_SUBJECT = new Set([...SENTENCE_OPENERS, ...WEEKDAY_NAMES, ...MONTH_NAMES, ...TITLES.flatMap((t) => t.replace(/\./g, '').split(/\s+/)),
  // A role capitalised at a sentence's start ("Analyst Jana Horvat") and a place's qualifier alone ("Eastern") name no story.
  ...ROLES.flatMap((r) => r.split(' ')).map((r) => r[0]!.toUpperCase() + r.slice(1)), ...PLACE_QUALIFIERS,
  // Who reports the news is not what it is about: wire agencies and the news hosts' outlets.
  ...WIRE_AGENCIES, ...OUTLET_NAMES,
  'the', 'of', 'Updates', 'News']);

/** What a catalogue already names: a phrase inside one of its names or topic phrases is no new subject ("Harbour Bridge"). */
interface Known { phrases: string[]; words: Set<string>; memo: Map<string, boolean> }
const knownOf = new WeakMap<Catalogue, Known>();
function known(catalogue: Catalogue): Known {
  let k = knownOf.get(catalogue);
  if (!k) {
    k = {
      phrases: [...catalogue.knownNames, ...catalogue.topics.flatMap((t) => t.phrases)].map((s) => s.toLowerCase()),
      words: new Set(catalogue.knownNames.filter((n) => !n.includes(' ') && /^[\p{Lu}]/u.test(n))),
      memo: new Map(),
    };
    knownOf.set(catalogue, k);
  }
  return k;
}
/** Whether a lower-case phrase is inside a known one; remembered, as the same phrases recur page after page. */
function isKnown(k: Known, lower: string): boolean {
  let hit = k.memo.get(lower);
  if (hit === undefined) {
    hit = k.phrases.some((p) => p.includes(lower));
    if (k.memo.size >= 50_000) k.memo.clear();
    k.memo.set(lower, hit);
  }
  return hit;
}

/** A story noun's form → the noun ("Quake" → earthquake), in lower case and capitalised (title-case headlines). */
const STORY_FORM = new Map(Object.entries(STORY_NOUNS).flatMap(([noun, forms]) => forms.flatMap((f) => [[f, noun], [f[0]!.toUpperCase() + f.slice(1), noun]] as Array<[string, string]>)));
/** The story noun a phrase ends on ("Varna derailment" → "derailment"), or '' (a capitalised phrase, a match, a single word). */
const storyNounOf = (p: string): string => {
  const at = p.lastIndexOf(' ');
  const noun = p.slice(at + 1);
  return at > 0 && Object.hasOwn(STORY_NOUNS, noun) ? noun : '';
};
/** Each story noun's forms as one test, compiled once ("quake" or "earthquake" for earthquake), in any case. */
const NOUN_TEST = new Map(Object.entries(STORY_NOUNS).map(([noun, forms]) => [noun, new RegExp(`(?<![\\p{L}])(?:${alternation(forms)})(?![\\p{L}])`, 'iu')]));
/** The kinds of place or vehicle a story happens in (`storyThings`), each with its test, singular or plural ("tunnel", "cable cars"), keyed apart from the story nouns. */
const THING_TEST = new Map(STORY_THINGS.map((t) => [`thing:${t}`, new RegExp(`(?<![\\p{L}-])${t.replace(/ /g, '[ ]+')}s?(?![\\p{L}-])`, 'iu')]));
/** A story noun's test or a thing's (`pairedNouns` gives either). */
const testOf = (n: string): RegExp => NOUN_TEST.get(n) ?? THING_TEST.get(n)!;
/**
 * A country's name from its people's ("French" → "France"; a sovereign state's first, "American" is
 * the United States'), and the names a lead may give a country by (its own and its people's, lower-cased),
 * from the gazetteer.
 */
const COUNTRY_OF_PEOPLE = new Map([...COUNTRIES].sort((a, b) => Number(a.sovereign) - Number(b.sovereign)).flatMap((c) => c.demonyms.map((d) => [d, c.name] as [string, string])));
const PEOPLE_OF_COUNTRY = new Map<string, string[]>();
for (const [people, country] of COUNTRY_OF_PEOPLE) PEOPLE_OF_COUNTRY.set(country.toLowerCase(), [...(PEOPLE_OF_COUNTRY.get(country.toLowerCase()) ?? []), people.toLowerCase()]);
const namesOfPlace = (name: string): string[] => [name.toLowerCase(), ...(PEOPLE_OF_COUNTRY.get(name.toLowerCase()) ?? []), ...(ALIASES_OF_COUNTRY.get(name) ?? []).map((a) => a.toLowerCase())];
/**
 * Every run of whole words in every country's names, lower case, and the countries whose names hold
 * it: built once, so testing an alias against every other name is one lookup (a scan of every name
 * for every alias cost ~60 ms at each isolate's start).
 */
const RUNS_IN_NAMES = new Map<string, Set<string>>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases]) {
    const words = n.toLowerCase().split(' ');
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 1; to <= words.length; to++) {
        const run = words.slice(from, to).join(' ');
        RUNS_IN_NAMES.set(run, (RUNS_IN_NAMES.get(run) ?? new Set()).add(c.name));
      }
    }
  }
}
/**
 * A country's other names, from the gazetteer ("Turkey" for "Türkiye", "Britain" for "United
 * Kingdom"): a story phrase is named by the country's name whichever its report gives, and a lead
 * tells it by any. Not a short name in capitals (below), nor one inside another country's names
 * ("Congo" of "DR Congo", "Virgin Islands"): it would name two.
 */
const COUNTRY_OF_ALIAS = new Map(COUNTRIES.flatMap((c) => c.aliases
  .filter((a) => !/^[\p{Lu}.]+$/u.test(a) && [...RUNS_IN_NAMES.get(a.toLowerCase())!].every((owner) => owner === c.name))
  .map((a) => [a, c.name] as [string, string])));
/** Each country's names in a map of name → country (several names may go to one). */
const namesBy = (of: ReadonlyMap<string, string>): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  for (const [name, country] of of) out.set(country, [...(out.get(country) ?? []), name]);
  return out;
};
const ALIASES_OF_COUNTRY = namesBy(COUNTRY_OF_ALIAS);
/** A short all-capitals name: a country's short name ("UK") or a name's initials ("NSW"). */
const ABBREVIATED = bmpLetters(/^[\p{Lu}]{2,3}$/u);
/** A country's short names in capitals, from the gazetteer ("UK" → "United Kingdom", "DRC" → "DR Congo"). */
/** A sovereign country by its capital (the gazetteer's); a capital two countries name is neither's. */
const COUNTRY_OF_CAPITAL = new Map(COUNTRIES.filter((c) => c.sovereign).flatMap((c) => c.capitals.filter((x) => COUNTRIES.filter((o) => o.capitals.includes(x)).length === 1).map((x) => [x, c.name] as [string, string])));
const COUNTRY_OF_ABBREVIATION = new Map(COUNTRIES.flatMap((c) => c.aliases.filter((a) => ABBREVIATED.test(a)).map((a) => [a, c.name] as [string, string])));
const ABBREVIATIONS_OF_COUNTRY = namesBy(COUNTRY_OF_ABBREVIATION);
/**
 * A country's every one-word form as news writes it: its name, other names, short names and
 * people's name ("Vestland", "Vestish"). Such a word is a place's, never how a story is told,
 * whichever form of it the body writes ("Vestish election: …" over a body writing "Vestland" and
 * "Vestlanders").
 */
const COUNTRY_WORDS = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]).filter((w) => !w.includes(' ')));
/**
 * The short names a lead may give a story's name by, in capitals: a country's ("UK" for "United
 * Kingdom") and, for a name of several words, its initials ("NSW" for "New South Wales").
 */
const abbreviationsOf = (name: string): string[] => {
  const words = name.split(' ');
  return [...(ABBREVIATIONS_OF_COUNTRY.get(name) ?? []), ...(words.length > 1 && words.length <= 3 && words.every((w) => /^[\p{Lu}]/u.test(w)) ? [words.map((w) => w[0]).join('')] : [])];
};
/** Runs of two or more capitalised words, a short name spelled out ("New South Wales"). */
const CAPITALISED_RUN = bmpLetters(/(?<![\p{L}])[\p{Lu}][\p{Ll}’'-]+(?:[ ]+[\p{Lu}][\p{Ll}’'-]+)+/gu);
/**
 * What a short name in capitals stands for: a country's ("UK"), or the name of as many capitalised
 * words the text writes whose initials it is ("NSW" in a report on "… across New South Wales");
 * undefined when neither (a body's initials, "RFS", name no story).
 */
function spelledOut(abbreviation: string, text: string): string | undefined {
  const country = COUNTRY_OF_ABBREVIATION.get(abbreviation);
  if (country) return country;
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/[ ]+/);
    for (let at = 0; at + abbreviation.length <= words.length; at++) {
      const run = words.slice(at, at + abbreviation.length);
      if (run.map((w) => w[0]).join('') === abbreviation) return run.join(' ');
    }
  }
  return undefined;
}
/**
 * A lead writes a story's name as a name: capitalised where it stands, a short name in capitals as
 * it is ("UK", never the word "uk" of a link), and never in lower case anywhere in the report
 * (`text`): a word capitalised by one outlet's habit, "Kenya’s Presidential election", is a common
 * word in a report that writes "presidential contenders" too, and tells no "Presidential election".
 * `at` is where the lower-cased name stands in the lead.
 */
const writtenAsName = (lead: string, at: number, length: number, abbreviation: boolean, text: string): boolean => {
  const written = lead.slice(at, at + length);
  return /^[\p{Lu}]/u.test(written) && (abbreviation ? written === written.toUpperCase() : !hasWord(text, written.toLowerCase()));
};
/** Whether a lead names a story's name: its lower-cased names (`namesOfPlace`) or its short names in capitals. */
function leadNames(lead: string, leadLower: string, text: string, names: readonly string[], abbreviations: readonly string[]): boolean {
  for (const n of names) {
    for (let i = leadLower.indexOf(n); i >= 0; i = leadLower.indexOf(n, i + 1)) if (!isWordChar(leadLower[i - 1]) && !isWordChar(leadLower[i + n.length]) && writtenAsName(lead, i, n.length, false, text)) return true;
  }
  return abbreviations.some((a) => hasWord(lead, a));
}
/** A story phrase of a country ("Vestland floods"), named by its name or its people's. */
const countryStory = (p: string): boolean => storyNounOf(p) !== '' && PEOPLE_OF_COUNTRY.has(p.slice(0, p.lastIndexOf(' ')).toLowerCase());
/** Story nouns a people's name places ("Spanish floods" is Spain's story; "Vestish attack" is who did it). */
const PLACED_BY_PEOPLE = new Set(STORY_NOUNS_PLACED_BY_PEOPLE);
/** A report's first paragraph, split from its body once (its lead is its headline and this). */
const firstParagraphs = new WeakMap<Item, string>();
const firstParagraph = (item: Item): string => {
  let p = firstParagraphs.get(item);
  if (p === undefined) firstParagraphs.set(item, (p = item.body.split('\n\n', 1)[0]!));
  return p;
};
const FORMS = `(?!(?:${alternation(NOT_STORY_PHRASES.flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1)]))})(?![\\p{L}]))(${alternation([...STORY_FORM.keys()])})(?![\\p{L}-])`;
/**
 * A capitalised word: a dot inside it ("U.S") or closing a short abbreviation ("St.", "J."), never
 * a sentence's end ("… Abbey. The coronation").
 */
const NAME_WORD = "[\\p{Lu}](?:[\\p{Ll}]?\\.(?![\\p{L}])|[\\p{L}’'-]*(?:\\.[\\p{L}’'-]+)*)";
/**
 * A name of up to four capitalised words ("Morocco", "Harbour Savings Bank", "Queen Aldra II"), with
 * "of", "the" or a name's particle between ("Isla de Vela", "Porto da Keel": `nameParticles`).
 */
const STORY_NAME = `(${NAME_WORD}(?:[ ]+(?:of[ ]+|the[ ]+|(?:${alternation(NAME_PARTICLES.filter((p) => !p.endsWith('-')))})[ ]+)?${NAME_WORD}){0,3}?)`;
/**
 * A story named after its place, body or person: "Morocco earthquake", "Harbour Bank collapses",
 * "Morocco’s deadliest earthquake" (a possessive and a word or two), "Varna port explosion" (what
 * kind of place, see STORY_MODIFIERS), "Aldra has died", "Marr formally resigns" (how it was done,
 * STORY_ADVERBS), "the death of Queen Aldra II". A name never
 * starts inside an abbreviation ("S." of "the deadliest U.S. wildfires").
 */
/**
 * A craft's or mission's number after its name ("Corvane 2", "Corvane-2"; "Corvane II" is a
 * regnal number's shape, REGNAL_END): part of how a launch is named, dropped from the story's name
 * (`NUMBER_END`), so the three forms are one story. Never a year (four digits).
 */
const STORY_NAME_NUMBERED = `${STORY_NAME.slice(0, -1)}(?:[ -][0-9]{1,3}(?![0-9]))?)`;
const STORY_AFTER_NAME = bmpLetters(new RegExp(`(?<![\\p{L}\\p{N}’'-])(?<![\\p{L}]\\.)${STORY_NAME_NUMBERED}(?:(?:’s|'s|(?<=s)[’'])(?:[ ]+[a-z][a-z-]+){0,2}|(?:[ ]+(?:${alternation(STORY_MODIFIERS)})){1,2}|[ ]+ha(?:s|d|ve)(?:[ ]+been)?|(?:[ ]+ha(?:s|d|ve))?[ ]+(?:${alternation(STORY_ADVERBS)}))?[ ]+${FORMS}`, 'gu'));
const STORY_OF_NAME = bmpLetters(new RegExp(`(?<![\\p{L}-])${FORMS}[ ]+of[ ]+(?:the[ ]+)?${STORY_NAME_NUMBERED.replace('{0,3}?', '{0,3}')}(?![\\p{L}\\p{N}’'])`, 'gu'));
/**
 * "the agency launched the Corvane I mission", "Agency launches Corvane 2 rocket": a craft or mission
 * named between a verb of launching and the kind of craft (`storyModifiers`) is a launch's story.
 * The verb alone launches attacks and inquiries too, so the kind after the name is needed.
 */
const LAUNCH_FORMS = alternation(LAUNCH_VERBS.flatMap((v) => [v, v[0]!.toUpperCase() + v.slice(1)]));
const LAUNCHED_NAME = bmpLetters(new RegExp(`(?<![\\p{L}-])(?:${LAUNCH_FORMS})[ ]+(?:(?:the|a|an|its|their)[ ]+)?${STORY_NAME_NUMBERED}[ ]+(?:${alternation(STORY_MODIFIERS)})s?(?![\\p{L}-])`, 'gu'));
/** "Aldra … announced her (shock) resignation": the story of the sentence's subject, named by a pronoun a few words on. */
const STORY_OF_SUBJECT = new RegExp(`(?:^|(?<=[.!?:;"“]\\s*|\\n))${STORY_NAME}(?:[ ]+[a-z][a-z-]*){1,5}[ ]+(?:his|her|its|their)[ ]+(?:[a-z]+[ ]+)?${FORMS}`, 'gu');
/**
 * A verb of two words, its first in the past or the third person ("lifted off from Pellmoor",
 * "steps down at …"): where someone was when it happened, as "died in", never a story's place.
 */
const VERB_OF_TWO_WORDS = /^[a-z]+(?:ed|s)[ ]/;
/**
 * A story noun's forms that are nouns, not verbs: a verb's past ("died") or its third person
 * ("dies": no form "die" before the "s") tells where someone was when it happened, not the story.
 * Nor is a death placed by where it happened: "eight dead at the Keel Arena show", "deaths in
 * Varna" count another story's victims (a crush's, a crash's); a death's story is its person's
 * ("Queen Aldra’s death", "the death of Queen Aldra").
 */
const NOUN_FORMS = [...STORY_FORM.keys()].filter((f) => !/ed$/.test(f) && !VERB_OF_TWO_WORDS.test(f) && !(/s$/.test(f) && !STORY_FORM.has(f.replace(/e?s$/, '')) && !STORY_FORM.has(f.slice(0, -1))) && STORY_FORM.get(f) !== 'death');
/** "the explosion in Varna", "a shooting at Keel Street School", "outages across Vestland", "a shipwreck off Vestland": where it happened names the story too. */
const STORY_IN_NAME = bmpLetters(new RegExp(`(?<![\\p{L}-])(${alternation(NOUN_FORMS)})[ ]+(?:in|at|near|across|outside|off)[ ]+(?:the[ ]+)?${STORY_NAME.replace('{0,3}?', '{0,3}')}(?![\\p{L}’'])`, 'gu'));
/**
 * "the flood-hit town of Ardmoor", "quake-stricken Vestland": a place that suffered the story names
 * it (`storyStruckPlaces`), after "the" or a kind of place and "of".
 */
const STORY_STRUCK_NAME = bmpLetters(new RegExp(`(?<![\\p{L}-])(${alternation(NOUN_FORMS)})-(?:${alternation(STORY_STRUCK_PLACES)})[ ]+(?:the[ ]+)?(?:[a-z]+[ ]+of[ ]+(?:the[ ]+)?)?${STORY_NAME.replace('{0,3}?', '{0,3}')}(?![\\p{L}’'])`, 'gu'));
/** What LAUNCHED_NAME needs: a verb of launching. */
const LAUNCH_CUE = new RegExp(LAUNCH_FORMS);
/** Whether a text writes a word inside a sentence, not only where a line or a sentence opens (after a label’s colon too). */
const writtenInside = (text: string, word: string): boolean => {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (isWordChar(text[i - 1]) || isWordChar(text[i + word.length])) continue;
    if (!/(?:^|\n|[.!?:]\s+|["“‘(]\s*)$/.test(text.slice(Math.max(0, i - 3), i))) return true;
  }
  return false;
};
/** Numbers written as words (data/lexicon/words.json `numberWords`). */
const NUMBER_WORD = new Set(NUMBER_WORDS);
/** A monarch's or pope's number at a name's end: "Queen Aldra II", "Pope Aldo XVI" and "Queen Aldra" are one story's. */
const REGNAL_END = /[ ]+(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;
/** A craft's or mission's number at a name's end (STORY_NAME_NUMBERED): "Corvane 2", "Corvane-2" and "Corvane II" are one launch's. */
const NUMBER_END = /[ -][0-9]{1,3}$/;

/**
 * The story phrases of a text: a name and a story noun, written one way ("Morocco earthquake"
 * for "Morocco Quake", "Morocco’s deadliest earthquake", "the earthquake of Morocco"). A name may be
 * an actor's: the story is what happened to it.
 */
function storyPhrases(text: string, out: Set<string>, demonyms: ReadonlySet<string>, body = ''): void {
  const reference = `${text}\n${body}`;
  // The body in lower case, made only when a phrase is found (most reports' leads give none).
  const long = partsAtLeast(body, SENTENCE_CASE_MIN_BODY);
  let lower: string | undefined;
  const bodyLower = (): string => (lower ??= body.toLowerCase());
  const add = (rawName: string, form: string, modified = false, beforeNoun = false) => {
    // "Harbour’s Keel Airport crash": the possessor places the name, the name is the story's.
    const words = rawName.replace(/(?:’s|'s|(?<=s)[’'])$/, '').replace(NUMBER_END, '').replace(REGNAL_END, '').replace(/^.*(?:’s|'s)[ ]+(?=[\p{Lu}])/u, '').split(/\s+/);
    // A name of several words in a headline runs on into the words after it in title case ("Crash
    // at Keel Airport Leaves Crew Missing"): it is as long as the body, when long enough, writes it.
    if (long && words.length > 1 && !hasWord(bodyLower(), words.join(' ').toLowerCase())) {
      // Right before its noun a name runs back into the headline's words ("Quell Wins Vestland
      // Election" → "Vestland election", not "Quell election"): it is the longest run next to the
      // noun that the body writes capitalised, when it writes one.
      const from = beforeNoun ? words.findIndex((_, k) => k > 0 && hasWord(body, words.slice(k).join(' '))) : -1;
      if (from > 0) words.splice(0, from);
      const n = words.findLastIndex((_, k) => k > 0 && hasWord(bodyLower(), words.slice(0, k).join(' ').toLowerCase()));
      if (from <= 0 && n > 0) words.splice(n);
      // …and starts where the body's name starts ("Tragic Keel Airlines crash" over "Keel Airlines").
      while (words.length > 1 && !hasWord(bodyLower(), words.join(' ').toLowerCase()) && hasWord(bodyLower(), words.slice(1).join(' ').toLowerCase())) words.shift();
    }
    // A word at a name's end or start that the report also writes in lower case (`reference`: its
    // whole text) is a common word capitalised by its place or a title's case ("Winter storm",
    // "Harbour Writers strike"), and a small word never ends a name; a place's word does ("Keel
    // Airport crash").
    const common = (w: string) => !ABBREVIATED.test(w) && (TITLE_CASE_SMALL_SET.has(w.toLowerCase()) || (w !== w.toLowerCase() && hasWord(reference, w.toLowerCase())));
    while (words.length > 1 && common(words.at(-1)!) && !PLACE_WORDS.has(words.at(-1)!)) words.pop();
    while (words.length && common(words[0]!)) words.shift();
    // A title, or a people's name and a title, before a name is not the story's ("Pope Aldo",
    // "Vestish President Ines Marr"); a people's name before another word is ("Vestish Airlines").
    while (words.length > 1 && (OPENING.has(words[0]!) || TITLE_WORDS.has(words[0]!) || (demonyms.has(words[0]!) && TITLE_WORDS.has(words[1]!)) || words[0] === 'of' || words[0] === 'the')) words.shift();
    while (words.length && (OPENING.has(words[0]!) || words[0] === 'of' || words[0] === 'the')) words.shift();
    // A count opening a headline ("Six dead in …", "Eight killed") is how many, never whose story.
    if (words.length && NUMBER_WORD.has(words[0]!.toLowerCase())) return;
    // One word that opens the headline or a sentence and that a body long enough never writes is
    // how the story is told, not whose it is ("WATCH: Dramatic rescue of six children …"); a
    // country's name or its people's is a place's, however the body writes the country.
    if (words.length === 1 && long && !COUNTRY_WORDS.has(words[0]!) && !hasWord(body, words[0]!) && !writtenInside(text, words[0]!)) return;
    // A people's name places a story that happens to a place ("Spanish floods"), and any story with a
    // kind of place or of worker between ("French rail workers strike"): it is its country's ("Spain
    // floods", "France strike"), as the country's name would write it.
    const country = words.length === 1 ? COUNTRY_OF_PEOPLE.get(words[0]!) : undefined;
    if (country && (modified || PLACED_BY_PEOPLE.has(STORY_FORM.get(form)!))) words.splice(0, 1, ...country.split(' '));
    // A short name in capitals names its story as the name it stands for ("UK election" → "United
    // Kingdom election", "NSW bushfires" over "… in New South Wales" → "New South Wales fire").
    const full = words.length === 1 && ABBREVIATED.test(words[0]!) ? spelledOut(words[0]!, reference) : undefined;
    if (full) words.splice(0, 1, ...full.split(' '));
    // …and a country's other name as the country's ("Turkey earthquake" → "Türkiye earthquake").
    const named = COUNTRY_OF_ALIAS.get(words.join(' '));
    if (named) words.splice(0, words.length, ...named.split(' '));
    // A people alone names no story ("Vestish attack"): who did it or suffered it, not where or to
    // whom; nor does a kind of place or vehicle capitalised at a line's start ("Helicopter crash").
    if (!words.length || (words.length === 1 && MODIFIERS.has(words[0]!.toLowerCase())) || words.every((w) => NOT_SUBJECT.has(w) || ABBREVIATION.test(w) || demonyms.has(w) || demonyms.has(w.replace(/s$/, '')))) return;
    // A body that rescued or alerted names no story ("the Harbour Coast Guard rescued twelve": it
    // rescues many times a year); a place before the verb does ("Vestland’s army has rescued eight",
    // "miners in Keelby rescued"): `storyNounsByAgent`, `bodyNouns`.
    if (BY_AGENT.has(STORY_FORM.get(form)!) && form.toLowerCase() !== STORY_FORM.get(form) && BODY_WORDS.has(words.at(-1)!)) return;
    out.add(`${words.join(' ')} ${STORY_FORM.get(form)!}`);
  };
  // (Each pattern below tries a name at every capital: a text without the words they all need is not scanned.)
  if (STORY_FORM_CUE.test(text)) {
    for (const m of text.matchAll(STORY_AFTER_NAME)) add(m[1]!, m[2]!, m[0].slice(m[1]!.length, m[0].length - m[2]!.length).split(/\s+/).some((w) => MODIFIERS.has(w.toLowerCase())), true);
    for (const m of text.matchAll(STORY_OF_NAME)) add(m[2]!, m[1]!);
    if (LAUNCH_CUE.test(text)) for (const m of text.matchAll(LAUNCHED_NAME)) add(m[1]!, 'launch');
    for (const m of text.matchAll(STORY_IN_NAME)) add(m[2]!, m[1]!);
    for (const m of text.matchAll(STORY_STRUCK_NAME)) add(m[2]!, m[1]!);
    // A capital as a sentence's subject is its government ("Kessby’s apology comes after its missile
    // alert", Kessby the capital of Harbouria): the story is its country's, as the capital speaking is the country.
    for (const m of text.matchAll(STORY_OF_SUBJECT)) add(COUNTRY_OF_CAPITAL.get(m[1]!.replace(/(?:’s|'s|(?<=s)[’'])$/, '')) ?? m[1]!, m[2]!);
  }
  // A match or a case: two names either side of "v", "vs" or a score ("Keel Rovers 2-1 Varna",
  // "Marr v. Tamber"), or of a verb of beating a side ("Keel Rovers beat Varna"), written one way.
  for (const m of [...(MATCH_CUE.test(text) ? text.matchAll(MATCH) : []), ...(MATCH_WIN_CUE.test(text) ? text.matchAll(MATCH_WON) : [])]) {
    const sides = [m[1]!, m[2]!].map((n) => {
      const words = n.split(/\s+/);
      // "New" opens sentences and names ("New Zealand"): only an article or a date is dropped here.
      while (words.length && (/^(?:the|The)$/.test(words[0]!) || WEEKDAY_NAMES.includes(words[0]!) || MONTH_NAMES.includes(words[0]!))) words.shift();
      // A page's furniture in capitals after the name ("… South Africa LIVE").
      while (words.length > 1 && /^[\p{Lu}]{2,}$/u.test(words.at(-1)!)) words.pop();
      return words.every((w) => NOT_SUBJECT.has(w) || ABBREVIATION.test(w)) ? '' : words.join(' ');
    });
    if (sides[0] && sides[1] && sides[0] !== sides[1]) out.add(`${sides[0]} v ${sides[1]}`);
  }
}
const YEAR_FORMS = alternation(STORY_NOUNS_BY_YEAR.flatMap((n) => STORY_NOUNS[n] ?? []));
const DATED_STORY = bmpLetters(new RegExp(`(?<![\\p{L}\\p{N}])(?:(${YEAR})[ ]+(?:(?:${alternation(STORY_MODIFIERS)})[ ]+)?(${YEAR_FORMS})|(${YEAR_FORMS})(?:[ ]+results?)?[ ]+(${YEAR}))(?![\\p{L}\\p{N}])`, 'giu'));
/**
 * A vote a headline or a page's title names by its year (`storyNounsByYear`: "Election 2026 live",
 * "the 2026 general election", "ELECTION RESULTS 2026"): the story phrase "2026 election", the
 * story of every page of that vote whatever their posts say ("Rival concedes", "Seat tracker").
 * Never from a lead or a body, where "since the 2022 election" is background.
 */
function datedStories(line: string): string[] {
  return [...line.matchAll(DATED_STORY)].map((m) => `${m[1] ?? m[4]} ${STORY_FORM.get((m[2] ?? m[3])!.toLowerCase())}`);
}
/** A dated story's name is its year: no lead tells it by naming a year and its noun apart (every date does). */
const isYear = (name: string): boolean => YEAR_ALONE.test(name);
const YEAR_ALONE = new RegExp(`^${YEAR}$`);
/** Two names either side of "v", "vs" or a score, at a line's or sentence's start or after a colon. */
const MATCH = bmpLetters(new RegExp(`(?<![\\p{L}\\p{N}’'-])${STORY_NAME.replace('{0,3}?', '{0,3}')}[ ]+(?:vs?\\.?|\\d{1,3}[-–]\\d{1,3})[ ]+${STORY_NAME.replace('{0,3}?', '{0,3}')}(?![\\p{L}’'])`, 'gu'));
/**
 * Two names either side of a verb of beating a side ("Vestland beat Norvenia 2-1", `winVerbs`), the
 * winner first, as a score line writes it; never a form of "win", whose object is what was won
 * ("wins Harbour Cup").
 */
const MATCH_WIN_VERBS = WIN_VERBS.filter((v) => !/^w[io]n/.test(v));
const MATCH_WON = bmpLetters(new RegExp(`(?<![\\p{L}\\p{N}’'-])${STORY_NAME.replace('{0,3}?', '{0,3}')}[ ]+(?:${alternation(MATCH_WIN_VERBS)})[ ]+(?:the[ ]+)?${STORY_NAME.replace('{0,3}?', '{0,3}')}(?![\\p{L}’'])`, 'gu'));
/** What MATCH and MATCH_WON hold between their names: "v", "vs" or a score; a verb of beating a side. */
const MATCH_CUE = /[ ]vs?\.?[ ]|\d[-–]\d/;
const MATCH_WIN_CUE = new RegExp(`[ ](?:${alternation(MATCH_WIN_VERBS)})[ ]`);
/** A story noun's form anywhere in a text (as a word or inside one): what every story phrase's pattern holds (FORMS, NOUN_FORMS). */
const STORY_FORM_CUE = new RegExp(alternation([...STORY_FORM.keys()]));
/** Story nouns whose verb's subject did it (`storyNounsByAgent`), and the last words of a body's name that did it (`bodyNouns`: "… Coast Guard"). */
const BY_AGENT = new Set(STORY_NOUNS_BY_AGENT);
const COUNTRY_STORY_NOUN_SET = new Set(COUNTRY_STORY_NOUNS);
const BODY_WORDS = new Set(BODY_NOUNS);
/** Kinds of places and things between a story's name and its noun ("school", "plane"). */
const MODIFIERS = new Set(STORY_MODIFIERS);
/** The words of titles ("Pope", "President"), capitalised: before a name, not part of a story's name. */
const TITLE_WORDS = new Set([...TITLES, ...GIVEN_NAME_TITLES].filter((t) => !t.includes(' ')).map((t) => t.replace(/\./g, '')));
/** Words that open a sentence or date it, never a story's name ("The", "Monday"). */
const OPENING = new Set([...SENTENCE_OPENERS, ...WEEKDAY_NAMES, ...MONTH_NAMES, ...WIRE_AGENCIES, ...OUTLET_NAMES]);

/** The words stand whole in the text ("Morocco" in "Morocco’s government", not in "Moroccan"). */
function hasWord(text: string, words: string): boolean {
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) if (!isWordChar(text[i - 1]) && !isWordChar(text[i + words.length])) return true;
  return false;
}

/** A place's or building's word alone ("Hotel", "Bridge") names no story; inside a name it does ("Harbour Bridge"). */
const PLACE_WORDS = new Set(PLACE_NOUNS);

/** The last words of a company's name ("… Bank", "… Corp"): a company of several words may name a story, an institution may not. */
const COMPANY_WORDS = new Set([...COMPANY_NOUNS, ...COMPANY_SUFFIXES]);

/** A short all-capitals word is an abbreviation of a title or body (FM, PM, UN), not a subject. */
const ABBREVIATION = bmpLetters(/^[\p{Lu}]{1,3}$/u);

/** The capitalised phrases and single capitalised words of a text that may name a subject (see `subjectPhrases`). */
function capitalisedPhrases(line: string, out: Set<string>, k: Known, catalogue: Catalogue): void {
  // A possessive ends one name and opens the next ("Jo Reed’s Keel Arena Festival"): what follows
  // it is the thing named, a phrase of its own (the possessor alone is no subject). Offsets are kept.
  const text = line.replace(/(?<=[’']s) (?=[\p{Lu}])/gu, '\n');
  for (const m of text.matchAll(PHRASE)) {
    // Whoever was "told" is a source of the story (an outlet, an agency), not its subject.
    if (/\btold\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const words = m[1]!.split(/\s+/);
    while (words.length && NOT_SUBJECT.has(words[0]!)) words.shift();
    // An abbreviation after a name places it ("Storm Vela UK tracker"); inside, it makes the run no subject.
    while (words.length > 2 && ABBREVIATION.test(words.at(-1)!)) words.pop();
    if (words.length < 2 || words.some((w) => (w !== 'of' && w !== 'the' && NOT_SUBJECT.has(w)) || k.words.has(w) || ABBREVIATION.test(w) || /[’']s$/.test(w))) continue;
    const phrase = words.join(' ');
    const lower = phrase.toLowerCase();
    if (!isKnown(k, lower)) out.add(phrase);
  }
  // A name with its number ("KSF26", "Ksf26", "K20"), written the one way whatever its case.
  for (const m of text.matchAll(NUMBERED_NAME)) {
    const name = numberedName(m[1]!, m[2]!);
    if (name && !isKnown(k, name.toLowerCase())) out.add(name);
  }
  // Single capitalised words inside a sentence (never its first word): a place or a name of a thing.
  for (const m of text.matchAll(SINGLE)) {
    const w = m[1]!;
    if (/(?:^|[.!?:;"“”‘’]\s*|\n)$/.test(text.slice(Math.max(0, m.index! - 3), m.index!))) continue;
    // A demonym, singular or plural ("Europeans"), names people, not a story.
    if (NOT_SUBJECT.has(w) || PLACE_WORDS.has(w) || k.words.has(w) || catalogue.demonyms.has(w) || catalogue.demonyms.has(w.replace(/s$/, '')) || isKnown(k, w.toLowerCase())) continue;
    // Inside a longer name it is that name's ("Harbour" of "Harbour Bridge"); a story phrase leaves
    // it a subject of its own ("Keelby" beside "Keelby riot").
    if ([...out].some((p) => p.includes(w))) continue;
    out.add(w);
  }
}

/**
 * How a topic found by recurrence was named, for `found_by` ("recurrence: story phrase"), read from
 * its name as the rules write it: a match or a case ("Keel v Varna"), a story phrase (a name and a
 * story noun, "Keelby derailment"), whom a story no phrase names is about (an actor's name,
 * `actorStories`), one word, or a capitalised phrase.
 */
export function recurrenceRule(name: string, actorNames: ReadonlySet<string>): string {
  if (name.includes(' v ')) return 'recurrence: match or case';
  if (storyNounOf(name)) return isYear(name.slice(0, name.lastIndexOf(' '))) ? 'recurrence: vote named by its year' : 'recurrence: story phrase';
  if (actorNames.has(name)) return 'recurrence: named after whom it is about';
  return name.includes(' ') ? 'recurrence: capitalised phrase' : 'recurrence: one word';
}

/**
 * Candidate subject phrases of one report, from its headline and lead (where a report names its
 * subject, and a fraction of the text to scan). Actor names are left in: which names are actors is
 * known only for the whole corpus.
 */
export function subjectPhrases(item: Item, catalogue: Catalogue = catalogueFor()): Set<string> {
  const k = known(catalogue);
  const out = new Set<string>();
  // A headline or title in title case ("Train Derailment Puts Town On Alert") is read as the body
  // writes its words: only the names stay capitalised.
  const headline = sentenceCase(item.headline, item.body);
  const pageTitle = item.pageTitle ? sentenceCase(item.pageTitle, item.body) : null;
  const lead = `${headline}\n${firstParagraph(item)}`;
  // A story is named in its reports' headlines and leads, and by the title of the page that tells it.
  const stories = new Set<string>();
  storyPhrases(pageTitle ? `${pageTitle}\n${lead}` : lead, stories, catalogue.demonyms, item.body);
  capitalisedPhrases(lead, out, k, catalogue);
  // The page's title names its subject for the page once, through its first report: a live page's
  // posts need not repeat it ("What is a red warning?" under "Storm Vela live"). Read apart, so a
  // longer name in the title does not hide a word the lead names alone.
  if (pageTitle && !item.order && pageTitle !== headline) {
    const fromTitle = new Set<string>();
    capitalisedPhrases(pageTitle, fromTitle, k, catalogue);
    for (const p of fromTitle) out.add(p);
  }
  for (const line of pageTitle ? [headline, pageTitle] : [headline]) for (const p of datedStories(line)) stories.add(p);
  for (const p of candidateStories(stories, item, lead)) {
    out.add(p);
    // A person's story is told by full name and by surname alone ("Ines Marr resignation", "Marr
    // resignation"): the surname's phrase is the one all its reports can give.
    const person = (item.actors ?? []).find((a) => a.kind === 'person' && a.name.includes(' ') && p.includes(`${a.name} `));
    if (person) out.add(`${person.name.split(' ').at(-1)!} ${p.slice(p.indexOf(person.name) + person.name.length + 1)}`);
  }
  return out;
}

const OF_COUNTRIES = new Set(STORY_NOUNS_OF_COUNTRIES);
/** Every name a lead may give a country by (its name, other names, people), to the country's name. */
const COUNTRY_BY_ANY_NAME = new Map(COUNTRIES.filter((c) => c.sovereign).flatMap((c) => [c.name, ...c.aliases, ...c.demonyms].map((n) => [n, c.name] as [string, string])));
const COUNTRY_NAMES_INDEX = new PhraseIndex([...COUNTRY_BY_ANY_NAME].map(([phrase, value]) => ({ phrase, value })));
/**
 * "Vell’s presidential election win": a story whose noun is a country's (`storyNounsOfCountries`)
 * named by a person of the item is the country's the lead names ("Vestland election"), the story of
 * every candidate; when the lead names no country or several, the person names none.
 */
function candidateStories(stories: ReadonlySet<string>, item: Item, lead: string): Set<string> {
  const people = (item.actors ?? []).filter((a) => a.kind === 'person').flatMap((a) => [a.name, a.name.split(' ').at(-1)!]);
  const out = new Set<string>();
  let country: string | null | undefined;
  for (const p of stories) {
    const noun = p.slice(p.lastIndexOf(' ') + 1);
    const name = p.slice(0, p.lastIndexOf(' '));
    if (!OF_COUNTRIES.has(noun) || !people.includes(name)) { out.add(p); continue; }
    if (country === undefined) {
      const named = new Set(COUNTRY_NAMES_INDEX.find(lead, (hit, end) => !isWordChar(lead[hit.at - 1]) && !isWordChar(lead[end])).map((h) => h.value));
      country = named.size === 1 ? [...named][0]! : null;
    }
    if (country) out.add(`${country} ${noun}`);
  }
  return out;
}

/**
 * Whether `text.split(/\s+/)` gives `n` parts or more (words, as the body's length is counted here),
 * counted only as far as `n`: every report's body is asked, and most are far longer.
 */
function partsAtLeast(text: string, n: number): boolean {
  if (n <= 1) return true;
  const runs = /\s+/g;
  let parts = 1;
  while (runs.exec(text)) if (++parts >= n) return true;
  return false;
}

/** Title case: at least `minWords` of a line's words of four letters or more after its first, and `share` of them, are capitalised. */
const TITLE_CASE = { minWords: 2, share: 0.8 } as const;
/** The body must be this long (words) to tell which of a title-case line's words are names. */
const SENTENCE_CASE_MIN_BODY = 20;
/**
 * A title-case line as the body would write it: a capitalised word (not the first, not an
 * abbreviation) that the body writes in lower case and never capitalised is lower-cased ("Vestmark
 * Train Derailment Puts Scrutiny" over "…after the train derailment…" → "Vestmark train derailment Puts
 * Scrutiny"), or in another form ("Defeats" over "defeated"), and a kind of vote or place before a
 * story's noun (`storyModifiers`: "Presidential"). Another word the body does not write stays: it
 * may be a name the excerpt leaves out. Other
 * lines, and lines over a body too short to tell, are left as they are.
 */
export function sentenceCase(line: string, body: string): string {
  const words = line.split(/[ ]+/).slice(1).filter((w) => /^[\p{L}’'-]{4,}$/u.test(w) || TITLE_CASE_SMALL_SET.has(w.toLowerCase()));
  const long = words.filter((w) => w.length >= 4);
  if (long.length < TITLE_CASE.minWords || long.filter((w) => /^[\p{Lu}]/u.test(w)).length / long.length < TITLE_CASE.share) return line;
  if (!partsAtLeast(body, SENTENCE_CASE_MIN_BODY)) return line;
  let first = true, previous = '';
  return line.replace(/[\p{L}][\p{L}’'-]*/gu, (w, at: number) => {
    const was = previous;
    previous = w;
    if (first) { first = false; return w; }
    // Small words are lower case in a sentence ("Crash At Keel Airport"); a place's word after a
    // capitalised word ends a name ("Keel Airport", "Crocus Hall"), whatever the body says.
    if (TITLE_CASE_SMALL_SET.has(w.toLowerCase())) return (previous = w.toLowerCase());
    // A kind of vote, place or thing before a story's noun is a common word too ("Vestland's
    // Presidential Election" → "presidential election"), unless the body writes it capitalised.
    if (!/^[\p{Lu}][\p{Ll}’'-]+$/u.test(w) || hasWord(body, w) || !(writtenLower(body, w) || (MODIFIERS.has(w.toLowerCase()) && STORY_FORM.has(NEXT_WORD.exec(line.slice(at + w.length))?.[1] ?? ''))) || (PLACE_WORDS.has(w) && /^[\p{Lu}]/u.test(was))) return w;
    return (previous = w.toLowerCase());
  });
}
/** The word after a word, on its line. */
const NEXT_WORD = bmpLetters(/^[ ]+([\p{L}][\p{L}’'-]*)/u);
/** A word of a name this long or longer may be spelled another way on another page ("Tomas" / "Tomaz"). */
const MIN_SPELLING_WORD = 4;
/** Endings of a word's other forms ("defeat", "defeats", "defeated", "defeating"). */
const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing'] as const;
/**
 * The body writes the word in lower case, as given or in another form, and that form never
 * capitalised ("Rival Defeats Incumbent" over "… defeated the incumbent": "Defeats" is a verb;
 * "Election" over "… the elections"): a title-case line's common word, not a name the excerpt left out.
 */
function writtenLower(body: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (hasWord(body, lower)) return true;
  const stems = [lower, ...INFLECTIONS.filter((e) => lower.endsWith(e) && lower.length - e.length >= 4).map((e) => lower.slice(0, -e.length))];
  return stems.flatMap((stem) => [stem, ...INFLECTIONS.map((e) => stem + e)]).some((form) => hasWord(body, form) && !hasWord(body, form[0]!.toUpperCase() + form.slice(1)));
}

/**
 * One capitalised word standing alone: not part of a longer name, so neither right after nor right
 * before another capitalised word ("Ilse Varga", "Tomas Brandt" are a reporter's names); a
 * possessive before it is another name ("Harbour Line’s Tamber"). (The lookahead first: a capital is
 * cheap to test at every place, the lookbehind of any length is not.)
 */
const SINGLE = bmpLetters(/(?=[\p{Lu}][\p{Ll}]{3})(?<![\p{L}\p{N}’'.-])(?<![\p{Lu}][\p{L}.-]*[ ])([\p{Lu}][\p{Ll}]{3,}(?:-[\p{Lu}][\p{Ll}]+)?)(?![\p{L}\p{N}’'-])(?![ ][\p{Lu}])/gu);
/**
 * A name with its number, glued or by a hyphen: a gathering's or a series' ("KSF26", "K20",
 * "KX370", "Corvane-2"). It names one thing of its kind, as a phrase of several words does, and
 * recurs as one (`phraseHash`: the thresholds of phrases, not of single words). Its letters are one
 * capital and up to seven more letters; digits one to three, never a year.
 */
const NUMBERED_NAME = bmpLetters(/(?<![\p{L}\p{N}’'.-])([\p{Lu}][\p{L}]{0,7}-?)([0-9]{1,3})(?![\p{L}\p{N}’'-]|[.,][0-9])/gu);
/**
 * A numbered name as all its pages write it: its letters in capitals ("Ksf26" → "KSF26"), its
 * hyphen kept; '' for one too short, a month and a day glued or a part of a year (`namesOneThing`), a month's or weekday's day ("May 5" is spaced,
 * "Sunday-5" is no name), a title or an opener.
 */
function numberedName(letters: string, digits: string): string {
  const word = letters.replace(/-$/, '');
  if (!namesOneThing(word, digits)) return '';
  if (NOT_SUBJECT.has(word) || NOT_SUBJECT.has(word[0]! + word.slice(1).toLowerCase())) return '';
  return `${word.toUpperCase()}${letters.endsWith('-') ? '-' : ''}${digits}`;
}
/** Whether a phrase is a numbered name as `numberedName` writes it. */
const NUMBERED_WHOLE = bmpLetters(/^[\p{Lu}]+-?[0-9]{1,3}$/u);
/** The numbered names a text gives, as `numberedName` writes them. */
const numberedNames = (text: string): string[] => [...text.matchAll(NUMBERED_NAME)].map((m) => numberedName(m[1]!, m[2]!)).filter((p) => p);
/**
 * Whether a text may give one of the numbered names (as `numberedName` writes them): only if it
 * holds one in capitals. Upper-casing goes letter by letter, so a name the text gives in any case
 * ("Ksf26") stands in its upper-cased text as the name is written ("KSF26"): at each place the text
 * writes the name's number, the letters before it, upper-cased (no more of them than the name's
 * letters: a letter upper-cased is one letter or more). A pre-check: the regex of numbered names
 * tries every place of a long text, the search for a few names' numbers does not.
 */
const namesAnyOf = (text: string, names: readonly string[]): boolean => names.some((n) => {
  const digits = TRAILING_DIGITS.exec(n)![0];
  const letters = n.length - digits.length;
  for (let i = text.indexOf(digits); i >= 0; i = text.indexOf(digits, i + 1)) {
    if (i >= 1 && text.slice(Math.max(0, i - letters), i + digits.length).toUpperCase().endsWith(n)) return true;
  }
  return false;
});
const TRAILING_DIGITS = /[0-9]+$/;
/** The high bit of a phrase hash marks a single word (held to the stricter thresholds), the next a story phrase (to the looser). */
const SINGLE_BIT = 0x80000000;
const STORY_BIT = 0x40000000;
/** A story phrase ends on a story noun, in lower case ("Varna derailment"), or is a match ("Keel v Varna"); a capitalised phrase is neither. */
const isStoryPhrase = (p: string): boolean => storyNounOf(p) !== '' || p.includes(' v ');
const phraseHash = (p: string): number => ((fnv1a(p) & 0x3fffffff) | (p.includes(' ') || NUMBERED_WHOLE.test(p) ? 0 : SINGLE_BIT) | (isStoryPhrase(p) ? STORY_BIT : 0)) >>> 0;

/**
 * A report's candidate phrases as hashes, two per phrase: of the phrase and of its lower-case form
 * (compared with actor names). Computed where the page is read; counting needs no strings.
 */
export function subjectHashes(item: Item, catalogue: Catalogue = catalogueFor()): number[] {
  return [...subjectPhrases(item, catalogue)].flatMap((p) => [phraseHash(p), fnv1a(p.toLowerCase())]);
}

/** Per item i, its phrase hash pairs at data[offsets[i]] .. data[offsets[i + 1]]. */
export interface PhraseStore { offsets: Uint32Array; data: Uint32Array }

/**
 * What finding emerging topics works out from one report alone (its actors' words, its candidate
 * phrases) or from the report and the list of recurring phrases (which of them its text names).
 * A caller whose items outlive one build keeps it between builds (the Worker keeps merged pages'
 * items per isolate, store/merge-state.ts): a build after one more page then reads only that page's
 * reports again, unless the list changed. The static build keeps one for a build only, and only
 * for the reports of the windows in context (`addWindowedTopics` in build.ts).
 */
export class EmergingMemo {
  readonly actors = new WeakMap<Item, ActorWords>();
  readonly phrases = new WeakMap<Item, Set<string>>();
  /** By list: a report is read with its own window's list and its neighbours' (windows.ts). */
  readonly hits = new WeakMap<Item, Array<{ list: string; found: number[]; told: number[] }>>();
  /** Lets go of what was worked out for a report (one no window read from now on will hold). */
  forget(item: Item): void {
    this.actors.delete(item);
    this.phrases.delete(item);
    this.hits.delete(item);
  }
}

/** Lists a report's hits are kept for: its window's and its neighbours' (windows.ts CONTEXT_WINDOWS). */
const HIT_LISTS = 3;

const memoised = <V>(map: WeakMap<Item, V>, item: Item, f: (item: Item) => V): V => {
  let v = map.get(item);
  if (v === undefined) { v = f(item); map.set(item, v); }
  return v;
};

/** A report's subject phrases, worked out once per report when a memo is kept. */
const phrasesOf = (item: Item, memo: EmergingMemo | undefined): Set<string> => (memo ? memoised(memo.phrases, item, (x) => subjectPhrases(x)) : subjectPhrases(item));

/** One report's part of the names that are not subjects (see `addEmergingTopics`). */
interface ActorWords { names: number[]; surnames: string[]; actorWords: string[]; otherWords: string[]; oneWord: string[] }

function actorWordsOf(item: Item): ActorWords {
  const out: ActorWords = { names: [], surnames: [], actorWords: [], otherWords: [], oneWord: [] };
  for (const a of item.actors) {
    const words = a.name.split(/\s+/);
    if (a.kind === 'person' || a.kind === 'country' || (a.kind === 'organisation' && words.length > 1 && !COMPANY_WORDS.has(words.at(-1)!))) out.names.push(fnv1a(a.name.toLowerCase()));
    if (a.kind === 'person' || a.kind === 'country') for (const w of words) out.names.push(fnv1a(w.toLowerCase()));
    if (a.kind === 'person' && words.length > 1) out.surnames.push(nameKey(words.at(-1)!));
    if (a.kind === 'person' || a.kind === 'country') for (const w of words) out.actorWords.push(nameKey(w));
    // Its first word is a company's short name ("Tamber" of "Tamber Group"), which may name a story.
    if (a.kind === 'organisation' && words.length > 1) for (const w of words.slice(1)) out.otherWords.push(w);
    if (words.length === 1) out.oneWord.push(a.name);
  }
  return out;
}

/**
 * Adds the recurring named subjects to the items' topics (in place); returns the new topics.
 * Items come in page order (all of a page's reports together), as the assembler gives them. All
 * of them count; only those `tags` picks are given topics (a window's, read with its neighbours).
 */
export function addEmergingTopics(items: Item[], phrases: PhraseStore, known: Readonly<Record<string, string>> = {}, memo?: EmergingMemo, tags: (i: number) => boolean = () => true): { topics: TopicRef[]; known: Record<string, string> } {
  // A phrase that is somebody's name (a person, a country, a body of several words the reader
  // found) is an actor, not a subject; and so is a single word of a person's or a country's name
  // ("Horvat"). A one-word body or a place may name a story as well as act in it: a vessel, a
  // company, a town ("Saint-Aubin" in every report of its fire).
  const actorNames = new Set<number>();
  // Words that name someone or something else, by spelling key: a phrase ending on a person's
  // surname is that person ("Close Horvat", "Horvat Marsh", "Analyst Jana Horvat"); one made only of
  // people's and countries' words joins actors ("Vestmark Norvenia"); a single word of a body's
  // longer name after its first or of an outlet's is that body's or outlet's ("Affairs", "Herald").
  const publishers = new Set<string>(), surnames = new Set<string>(), actorWords = new Set<string>(), otherWords = new Set<string>(), oneWordActors = new Set<string>();
  for (const item of items) {
    const w = memo ? memoised(memo.actors, item, actorWordsOf) : actorWordsOf(item);
    for (const h of w.names) actorNames.add(h);
    for (const x of w.surnames) surnames.add(x);
    for (const x of w.actorWords) actorWords.add(x);
    for (const x of w.otherWords) otherWords.add(x);
    for (const x of w.oneWord) oneWordActors.add(x);
    if (item.publisher) { publishers.add(item.publisher); for (const x of item.publisher.split(/\s+/)) otherWords.add(x); }
  }
  const nameable = (p: string): boolean => {
    if (publishers.has(p)) return false;
    const words = p.split(/[ -]/);
    if (!p.includes(' ') && otherWords.has(p) && !oneWordActors.has(p)) return false;
    return !surnames.has(nameKey(p.split(' ').at(-1)!)) && !surnames.has(nameKey(words.at(-1)!)) && !actorsWords(words);
  };
  // "Tomaz Ardell Vane" of "Tomas Ardel Vane da Costa": a name's words as another page spells them
  // are the actor's too, one letter apart, when one word at least is written as the actor's.
  const actorsWords = (words: readonly string[]): boolean => {
    const keys = words.map((w) => nameKey(w));
    if (keys.every((k) => actorWords.has(k))) return true;
    if (words.length < 2 || !keys.some((k) => actorWords.has(k))) return false;
    return keys.every((k) => actorWords.has(k) || (k.length >= MIN_SPELLING_WORD && [...actorWords].some((x) => oneEdit(x, k, true))));
  };
  const seen = new Map<number, { lastPage: string; pages: number; reports: number }>();
  const each = (i: number, f: (hash: number) => void) => {
    for (let k = phrases.offsets[i]!; k < phrases.offsets[i + 1]!; k += 2) if (!actorNames.has(phrases.data[k + 1]!)) f(phrases.data[k]!);
  };
  items.forEach((item, i) => each(i, (h) => {
    const s = seen.get(h);
    if (!s) { seen.set(h, { lastPage: item.seed, pages: 1, reports: 1 }); return; }
    if (s.lastPage !== item.seed) { s.lastPage = item.seed; s.pages++; }
    s.reports++;
  }));
  const recurring = new Set<number>();
  // Story phrases too few pages give: other pages may tell the story without the phrase (`toldStories`).
  const lone = new Set<number>();
  for (const [h, s] of seen) {
    const single = (h & SINGLE_BIT) !== 0, story = (h & STORY_BIT) !== 0;
    const [minPages, minReports] = single ? [EMERGING.minPagesSingle, EMERGING.minReportsSingle] : story ? [EMERGING.minPagesStory, EMERGING.minReportsStory] : [EMERGING.minPages, EMERGING.minReports];
    if (s.pages >= minPages && s.reports >= minReports) recurring.add(h);
    else if (story) lone.add(h);
  }
  seen.clear();
  // A story an earlier window or build found (its phrase registered, `known`) is told again by a
  // follow-up weeks on that leads with it: its headline or its page's title gives the phrase
  // ("Keel Tower Collapse: What We Know"), not a passing mention in its text.
  const followUps = followUpHashes(known, recurring);
  // The phrases themselves are read again only from the few reports that hold a recurring one.
  const phrasesFound = new Set<string>();
  // A story phrase is written one way for many forms ("Morocco Quake", "Morocco’s deadliest
  // earthquake"): the reports that gave it hold it whether or not its words stand in their text.
  const heldBy = new Map<number, string[]>();
  items.forEach((item, i) => {
    let holds = false;
    each(i, (h) => { holds ||= recurring.has(h); });
    if (!holds) return;
    for (const p of phrasesOf(item, memo)) {
      if (!recurring.has(phraseHash(p)) || actorNames.has(fnv1a(p.toLowerCase())) || !nameable(p)) continue;
      phrasesFound.add(p);
      heldBy.set(i, [...(heldBy.get(i) ?? []), p]);
    }
  });
  if (followUps.size) {
    items.forEach((item, i) => {
      let holds = false;
      each(i, (h) => { holds ||= followUps.has(h); });
      if (!holds) return;
      for (const p of headlinedPhrases(item)) {
        if (!followUps.has(phraseHash(p)) || actorNames.has(fnv1a(p.toLowerCase())) || !nameable(p)) continue;
        phrasesFound.add(p);
        heldBy.set(i, [...(heldBy.get(i) ?? []), p]);
      }
    });
  }
  // …and a registered story of a place that is no country ("Keelby collapse"), told weeks on by the
  // leads of two pages naming its name and its noun ("… the collapsed tunnel in Keelby"), as a new
  // story phrase is told in its window (`toldAgain`).
  for (const [i, ps] of toldAgain(items, known, recurring, (p) => !actorNames.has(fnv1a(p.toLowerCase())) && nameable(p))) {
    for (const p of ps) phrasesFound.add(p);
    heldBy.set(i, [...(heldBy.get(i) ?? []), ...ps]);
  }
  if (lone.size) {
    for (const [i, ps] of toldStories(items, lone, (i, f) => each(i, f), memo, (p) => !actorNames.has(fnv1a(p.toLowerCase())) && nameable(p))) {
      for (const p of ps) phrasesFound.add(p);
      heldBy.set(i, [...(heldBy.get(i) ?? []), ...ps]);
    }
  }
  const nextKnown: Record<string, string> = { ...known };
  const topicsOf: Array<Set<TopicRef>> = items.map(() => new Set());
  /** The names each story topic's phrases give ("Keel Bank" of "Keel Bank takeover"; a capitalised phrase is its own). */
  const namesOfTopic = new Map<TopicRef, Set<string>>();
  const found = new Set<TopicRef>();
  if (phrasesFound.size) {
    // Which reports name each phrase, in their lead or further down: one pass per report.
    const list = [...phrasesFound].sort();
    const index = new PhraseIndex(list.map((phrase, k) => ({ phrase, value: k })));
    const named: number[][] = list.map(() => []);
    const position = new Map(list.map((p, k) => [p, k]));
    // A report whose headline or lead names a story's name and its noun, apart ("Morocco’s government
    // reports 1,000 dead as earthquake …"), tells that story too.
    // A country's story is told by its people's name too ("Haitian President … assassinated").
    // …or by a noun the lead of a report that gives it pairs with its own ("a volcano eruption that
    // triggered a tsunami" under "Vestland tsunami": "Vestland … eruption" tells it too).
    const nounsOf = new Map<string, Set<string>>();
    heldBy.forEach((ps, i) => { for (const p of ps) { const noun = storyNounOf(p); if (noun) for (const n of [noun, ...pairedNouns(items[i]!, noun, p.slice(0, p.lastIndexOf(' ')))]) (nounsOf.get(p) ?? nounsOf.set(p, new Set()).get(p)!).add(n); } });
    const stories = list.flatMap((p, k) => {
      const noun = storyNounOf(p);
      const name = p.slice(0, p.lastIndexOf(' '));
      return noun && !isYear(name) ? [{ k, names: namesOfPlace(name), abbreviations: abbreviationsOf(name), forms: [...(nounsOf.get(p) ?? [noun])].map(testOf) }] : [];
    });
    // What the text names depends on the report, the list and the nouns its story phrases are told by.
    const signature = list.map((p) => [p, ...(nounsOf.get(p) ?? [])].join('+')).join('\n');
    const votes = list.some((p) => isYear(p.slice(0, p.lastIndexOf(' '))));
    const numbered = list.filter((p) => NUMBERED_WHOLE.test(p));
    const namedIn = (item: Item): { found: number[]; told: number[] } => {
      const text = `${item.headline}\n${item.body}`;
      const lead = `${item.headline}\n${firstParagraph(item)}`;
      const leadLower = lead.toLowerCase();
      return {
        // A recurring vote of a year is named as its pages write it ("in the 2026 general election").
        found: [...new Set([...[...index.find(text, (_, end) => !isWordChar(text[end]), true), ...titled(item)].map((h) => h.value), ...(votes ? datedStories(text).flatMap((p) => position.get(p) ?? []) : []),
          // A numbered name in any case ("Ksf26" for "KSF26"), in the text or the page's title.
          ...(namesAnyOf(`${text}\n${item.pageTitle ?? ''}`, numbered) ? numberedNames(`${text}\n${item.pageTitle ?? ''}`).flatMap((p) => position.get(p) ?? []) : [])])],
        // The name as the lead writes it or in another case ("Keel airport" for "Keel Airport").
        told: stories.filter((st) => leadNames(lead, leadLower, text, st.names, st.abbreviations) && st.forms.some((f) => f.test(lead))).map((st) => st.k),
      };
    };
    // A page is about what its title names: a recurring phrase in the title is a topic of every
    // report on the page, the posts of a live page that say "the storm" as much as those that name it.
    // Its address names it as its title does ("…/storm-vela-live-updates"), in lower case.
    let lowerIndex: PhraseIndex<number> | undefined;
    const titled = (item: Item) => {
      const hits = item.pageTitle ? index.find(item.pageTitle, (_, end) => !isWordChar(item.pageTitle![end]), true) : [];
      const address = item.url ? addressWords(item.url) : '';
      if (!address) return hits;
      lowerIndex ??= new PhraseIndex(list.flatMap((phrase, k) => addressForms(phrase).map((form) => ({ phrase: form, value: k }))));
      return [...hits, ...lowerIndex.find(address, (_, end) => !isWordChar(address[end]), true)];
    };
    // The phrases each report gives or tells in its headline and lead (not further down).
    const leads: number[][] = items.map(() => []);
    const hitsOf: number[][] = items.map((item, i) => {
      const kept = memo?.hits.get(item);
      let hit = kept?.find((h) => h.list === signature);
      if (!hit) {
        hit = { list: signature, ...namedIn(item) };
        if (memo) memo.hits.set(item, [hit, ...(kept ?? [])].slice(0, HIT_LISTS));
      }
      const held = (heldBy.get(i) ?? []).map((p) => position.get(p)!);
      const ks = [...new Set([...hit.found, ...held, ...hit.told])];
      for (const k of ks) named[k]!.push(i);
      leads[i] = [...held, ...hit.told];
      return ks;
    });
    // Phrases of one story travel together (a country, its town, its river): phrases most of whose
    // reports also name the other are one topic, named by the phrase most reports name.
    const group = list.map((_, k) => k);
    const storyName = list.map((p) => (storyNounOf(p) ? p.slice(0, p.lastIndexOf(' ')) : ''));
    const find = (k: number): number => (group[k] === k ? k : (group[k] = find(group[k]!)));
    // Of two story phrases of one noun, the one whose name a report writes after the other's and a
    // comma ("Keel, Varnshire") names the region; -1 when none does. Read from the reports that name either.
    const regions = new Set<number>();
    const townsIn = new Map<number, number[]>();
    const sameLead: Array<[number, number]> = [];
    const regionOf = (a: number, b: number): number => {
      if (!storyName[a] || !storyName[b] || storyName[a] === storyName[b] || storyNounOf(list[a]!) !== storyNounOf(list[b]!)) return -1;
      for (const i of new Set([...named[a]!, ...named[b]!])) {
        const text = `${items[i]!.headline}\n${items[i]!.body}`;
        if (hasWord(text, `${storyName[a]}, ${storyName[b]}`)) return b;
        if (hasWord(text, `${storyName[b]}, ${storyName[a]}`)) return a;
      }
      return -1;
    };
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const A = named[a]!, B = new Set(named[b]!);
        const both = A.filter((i) => B.has(i)).length;
        if (both >= EMERGING.minShared && both / Math.min(A.length, B.size) >= EMERGING.minOverlap) group[find(a)] = find(b);
        // One name's two story nouns on one page are one story told two ways ("Vestland attack",
        // "Vestland explosion"): a page tells one story of a name.
        else if (storyName[a] && storyName[a] === storyName[b] && A.some((i) => named[b]!.some((j) => items[j]!.seed === items[i]!.seed))) group[find(a)] = find(b);
        // Two names of one story noun in one report's lead are one story named where it happened
        // and by a place it is near or lies in ("… collapse near Carrow" over "collapsed in Keelby"):
        // a lead tells one story of a noun (unless a region holds two towns' stories of it, below).
        else if (storyName[a] && storyName[b] && storyNounOf(list[a]!) === storyNounOf(list[b]!) && leads.some((ks) => ks.includes(a) && ks.includes(b))) sameLead.push([a, b]);
        const region = regionOf(a, b);
        if (region >= 0) townsIn.set(region, [...(townsIn.get(region) ?? []), region === a ? b : a]);
      }
    }
    // A town's story and its region's are one ("East Keel derailment", "Varnshire derailment")
    // where its reports place the town as news writes a place, "East Keel, Varnshire" — unless the
    // region holds two towns' stories of that noun (a second derailment in "Brook, Varnshire").
    for (const [region, towns] of townsIn) {
      regions.add(region);
      if (towns.length === 1) group[find(region)] = find(towns[0]!);
    }
    for (const [a, b] of sameLead) if ((townsIn.get(a)?.length ?? 0) < 2 && (townsIn.get(b)?.length ?? 0) < 2) group[find(a)] = find(b);
    const members = new Map<number, number[]>();
    list.forEach((_, k) => members.set(find(k), [...(members.get(find(k)) ?? []), k]));
    // A group keeps the id one of its phrases had in an earlier build (the id registry), so a topic
    // feed's URL does not move as pages are added; a new group takes its most named phrase's.
    const topicOf = new Map<number, TopicRef>();
    for (const ks of members.values()) {
      // A phrase of several words names the group before a single word ("Keelby derailment", not
      // "Keelby"), and a story of a town, a body or a person before its country's ("Keelby floods",
      // not "Vestland floods": the country says where, the town which story; "East Keel derailment",
      // not "Varnshire derailment", the region of "East Keel, Varnshire").
      const lead = [...ks].sort((x, y) => Number(!list[x]!.includes(' ')) - Number(!list[y]!.includes(' ')) || Number(countryStory(list[x]!)) - Number(countryStory(list[y]!)) || Number(regions.has(x)) - Number(regions.has(y)) || named[y]!.length - named[x]!.length || list[x]!.length - list[y]!.length || list[x]!.localeCompare(list[y]!))[0]!;
      const registered = ks.map((k) => known[list[k]!]).find((id) => id);
      const id = registered ?? `subject-${slug(list[lead]!)}`;
      // A registered group is named by its lead phrase when that phrase carries its id (every phrase
      // of a group found before does), not by whichever of them sorts first.
      const name = registered && known[list[lead]!] !== registered ? (ks.map((k) => list[k]!).find((p) => known[p] === registered) ?? list[lead]!) : list[lead]!;
      const topic = Object.freeze({ id, name });
      for (const k of ks) { topicOf.set(k, topic); nextKnown[list[k]!] ??= id; }
    }
    hitsOf.forEach((ks, i) => { for (const k of ks) topicsOf[i]!.add(topicOf.get(k)!); });
    for (const t of topicOf.values()) found.add(t);
    list.forEach((p, k) => { const name = storyName[k] || (storyNounOf(p) ? '' : p); if (name) (namesOfTopic.get(topicOf.get(k)!) ?? namesOfTopic.set(topicOf.get(k)!, new Set()).get(topicOf.get(k)!)!).add(name); });
  }
  actorStories(items, topicsOf, nextKnown, known, found);
  countryStories(items, topicsOf, nextKnown, known, found);
  growByName(items, topicsOf, namesOfTopic);
  pageStories(items, topicsOf);
  items.forEach((item, i) => {
    if (!tags(i)) return;
    const extra = [...topicsOf[i]!].filter((t) => !item.topics.some((x) => x.id === t.id));
    if (extra.length) item.topics = [...item.topics, ...extra];
  });
  return { topics: [...found], known: nextKnown };
}

/**
 * The hashes of the registered phrases (an earlier window's or build's, `known`) that do not recur
 * here: a story once found, told again weeks on. A story phrase or a phrase of several words only
 * (one word names a follow-up too loosely); worked out once per registry, as windows share most of it.
 */
function followUpHashes(known: Readonly<Record<string, string>>, recurring: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  for (const p of Object.keys(known)) {
    if (!p.includes(' ')) continue;
    const h = phraseHash(p);
    if (!recurring.has(h)) out.add(h);
  }
  return out;
}

/** The phrases a report leads with: its headline's and its page's title's (read as `subjectPhrases` reads them), not its lead paragraph's. */
function headlinedPhrases(item: Item): Set<string> {
  const catalogue = catalogueFor();
  const k = known(catalogue);
  const lines = [sentenceCase(item.headline, item.body), ...(item.pageTitle ? [sentenceCase(item.pageTitle, item.body)] : [])];
  const out = new Set<string>();
  for (const line of lines) { storyPhrases(line, out, catalogue.demonyms, item.body); capitalisedPhrases(line, out, k, catalogue); for (const p of datedStories(line)) out.add(p); }
  return out;
}

/**
 * For each story phrase of `list`, the reports whose headline or lead names its name (as a name, or
 * its short name in capitals) and gives one of its `forms` (its noun's, or a noun or thing paired with it).
 */
function leadsTelling(items: Item[], list: readonly string[], forms: ReadonlyArray<readonly RegExp[]>): Array<Set<number>> {
  const names = new PhraseIndex(list.flatMap((p, k) => {
    const name = p.slice(0, p.lastIndexOf(' '));
    if (isYear(name)) return [];
    return [...namesOfPlace(name).map((phrase) => ({ phrase, value: { k, abbreviation: false } })), ...abbreviationsOf(name).map((a) => ({ phrase: a.toLowerCase(), value: { k, abbreviation: true } }))];
  }));
  const reports = list.map(() => new Set<number>());
  items.forEach((item, i) => {
    const written = `${item.headline}\n${firstParagraph(item)}`;
    const lead = written.toLowerCase();
    const text = `${item.headline}\n${item.body}`;
    const accept = (hit: { phrase: string; value: { abbreviation: boolean }; at: number }, end: number) => !isWordChar(lead[end]) && writtenAsName(written, hit.at, hit.phrase.length, hit.value.abbreviation, text);
    for (const { value: { k } } of names.find(lead, accept, true)) if (forms[k]!.some((f) => f.test(lead))) reports[k]!.add(i);
  });
  return reports;
}
/** Whether reports tell a story phrase from enough pages and reports (EMERGING.minPagesStory, minReportsStory). */
const toldEnough = (items: Item[], told: readonly number[]): boolean => told.length >= EMERGING.minReportsStory && new Set(told.map((i) => items[i]!.seed)).size >= EMERGING.minPagesStory;

/**
 * Story phrases few pages give that more pages tell: a story phrase ("East Keelby derailment") one
 * page gives recurs all the same when reports of other pages name its name and its noun apart in
 * their headline or lead ("Residents of East Keelby … after the derailment"), to EMERGING.minPagesStory
 * pages and minReportsStory reports in all. Returns the reports that gave such a phrase, with it
 * (those that tell it take it as recurring phrases' tellers do, `addEmergingTopics`).
 */
function toldStories(items: Item[], lone: ReadonlySet<number>, each: (i: number, f: (h: number) => void) => void, memo: EmergingMemo | undefined, allowed: (p: string) => boolean): Map<number, string[]> {
  const given = new Map<string, number[]>();
  items.forEach((item, i) => {
    let holds = false;
    each(i, (h) => { holds ||= lone.has(h); });
    if (!holds) return;
    for (const p of phrasesOf(item, memo)) {
      if (lone.has(phraseHash(p)) && storyNounOf(p) && allowed(p)) given.set(p, [...(given.get(p) ?? []), i]);
    }
  });
  const out = new Map<number, string[]>();
  if (!given.size) return out;
  const list = [...given.keys()].sort();
  const forms = list.map((p) => {
    const noun = storyNounOf(p);
    return [...new Set([noun, ...given.get(p)!.flatMap((i) => pairedNouns(items[i]!, noun, p.slice(0, p.lastIndexOf(' '))))])].map(testOf);
  });
  const reports = leadsTelling(items, list, forms);
  for (const [k, p] of list.entries()) for (const i of given.get(p)!) reports[k]!.add(i);
  list.forEach((p, k) => {
    const told = [...reports[k]!];
    if (!toldEnough(items, told)) return;
    for (const i of given.get(p)!) out.set(i, [...(out.get(i) ?? []), p]);
  });
  return out;
}

/**
 * Registered story phrases (an earlier window's or build's, `known`) of a name that is no country's
 * (a town, a region, a building: "Keelby collapse"; a country's name places too many stories to tell
 * one again weeks on) that reports of this window tell as a new story phrase is told: a headline or
 * lead naming its name and its noun, from EMERGING.minPagesStory pages and minReportsStory reports.
 * Returns the reports that tell one, with it.
 */
function toldAgain(items: Item[], known: Readonly<Record<string, string>>, recurring: ReadonlySet<number>, allowed: (p: string) => boolean): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const list = Object.keys(known).filter((p) => {
    const name = p.slice(0, p.lastIndexOf(' '));
    return storyNounOf(p) !== '' && !recurring.has(phraseHash(p)) && !PEOPLE_OF_COUNTRY.has(name.toLowerCase()) && !COUNTRY_OF_ALIAS.has(name) && !COUNTRY_OF_ABBREVIATION.has(name) && allowed(p);
  }).sort();
  if (!list.length) return out;
  const reports = leadsTelling(items, list, list.map((p) => [NOUN_TEST.get(storyNounOf(p))!]));
  list.forEach((p, k) => {
    const told = [...reports[k]!];
    if (!toldEnough(items, told)) return;
    for (const i of told) out.set(i, [...(out.get(i) ?? []), p]);
  });
  return out;
}

/** The story nouns, each once. */
const STORY_NOUN_NAMES = Object.keys(STORY_NOUNS);
/** The story phrases' part of a longer phrase that means something else ("death toll", "fire crews"), in any case. */
const NOT_STORY = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation(NOT_STORY_PHRASES)})(?![\\p{L}])`, 'giu'));
/**
 * The other story nouns a sentence of a report's lead gives beside `noun` ("a volcano eruption that
 * triggered a tsunami"): one story, told by either. Never a death: a toll is said of every story.
 */
function pairedNouns(item: Item, noun: string, name = ''): string[] {
  // A name of several words that is no country's (a festival, a tower, a school) has one story at a
  // time: any story noun beside it in a lead tells it ("tragedy at the Keel Arena Festival").
  if (name.includes(' ') && !PEOPLE_OF_COUNTRY.has(name.toLowerCase())) return STORY_NOUN_NAMES.filter((n) => n !== noun && n !== 'death');
  const out: string[] = [];
  const own = NOUN_TEST.get(noun)!;
  for (const sentence of `${item.headline}\n${firstParagraph(item)}`.replace(NOT_STORY, ' ').split(/(?<=[.!?])\s+|\n/)) {
    if (!own.test(sentence)) continue;
    for (const [n, test] of NOUN_TEST) if (n !== noun && n !== 'death' && !out.includes(n) && test.test(sentence)) out.push(n);
    // …and a kind of place or vehicle beside it ("rescue of eight stranded in a cable car"): a lead
    // naming the story's name and the thing tells the story where it varies every other word.
    for (const [n, test] of THING_TEST) if (!out.includes(n) && test.test(sentence)) out.push(n);
  }
  return out;
}

/** One actor's lead in a window: its name, whether a person, on how many pages it leads, in which reports. */
interface Lead { name: string; person: boolean; pages: number; reports: number[] }

/**
 * The principal actors the window's reports lead with, page by page (`leads`, an actor at most
 * once a report): a page is about an actor when EMERGING.pageStoryShare of its reports lead with it.
 * Shared by the stories of people and bodies (`actorStories`) and of countries (`countryStories`).
 */
function leadingActors(items: Item[], leads: (i: number, a: ActorRef) => boolean): Map<string, Lead> {
  const by = new Map<string, Lead>();
  for (let start = 0, end = 0; start < items.length; start = end) {
    while (end < items.length && items[end]!.seed === items[start]!.seed) end++;
    const onPage = new Map<string, number>();
    for (let i = start; i < end; i++) {
      const seen = new Set<string>();
      for (const a of items[i]!.actors) {
        if (seen.has(a.id) || !leads(i, a)) continue;
        seen.add(a.id);
        onPage.set(a.id, (onPage.get(a.id) ?? 0) + 1);
        let e = by.get(a.id);
        if (!e) by.set(a.id, (e = { name: a.name, person: a.kind === 'person', pages: 0, reports: [] }));
        e.reports.push(i);
      }
    }
    for (const [id, n] of onPage) if (n / (end - start) >= EMERGING.pageStoryShare) by.get(id)!.pages++;
  }
  return by;
}

/**
 * Stories named after whom they are about: a report no recurring phrase names ("Premier X announces
 * sudden resignation", "Bank A agrees to buy Bank B") is still about its principal actors. A person,
 * body or place (`storyActor`) principal and named in the headlines of most reports of at least
 * EMERGING.minPagesActor pages (an article is about whom it leads with; a live page about its
 * story, not about each post's speaker) becomes a topic of its reports no phrase names, named after it. Actors whose
 * reports are mostly the same (Bank A and Bank B, both ways: a minister in every report of a long
 * story is not the story of one of them) are one topic, named after the one most reports have. An id
 * once given stays (`known`, as for phrases).
 */
function actorStories(items: Item[], topicsOf: Array<Set<TopicRef>>, known: Record<string, string>, earlier: Readonly<Record<string, string>>, found: Set<TopicRef>): void {
  // Principal and headlined in a report: a page is about whom most of its reports lead with.
  const by = leadingActors(items, (i, a) => a.role === 'principal' && storyActor(a) && headlined(items[i]!.headline, a.name));
  // The story of a person is theirs (a federation's sanction of its president is the president's story).
  const anchors = [...by.values()].filter((e) => e.pages >= EMERGING.minPagesActor && e.reports.length >= EMERGING.minReportsActor)
    .sort((a, b) => b.reports.length - a.reports.length || Number(b.person) - Number(a.person) || a.name.length - b.name.length || a.name.localeCompare(b.name));
  // Each anchor joins the first larger one whose reports are mostly its own, both ways.
  const groups: Array<{ lead: typeof anchors[number]; reports: Set<number>; names: string[] }> = [];
  for (const e of anchors) {
    const g = groups.find((x) => {
      const both = e.reports.filter((i) => x.lead.reports.includes(i)).length;
      return both / Math.max(e.reports.length, x.lead.reports.length) >= EMERGING.minOverlap;
    });
    if (g) { for (const i of e.reports) g.reports.add(i); g.names.push(e.name); } else groups.push({ lead: e, reports: new Set(e.reports), names: [e.name] });
  }
  const earlierIds = new Set(Object.values(earlier));
  const phrases = [...found];
  for (const g of groups) {
    const registered = g.names.map((n) => known[n]).find((id) => id);
    // A phrase most of its reports hold names the story already ("… resignation"): the story is
    // that topic, under the id it was first given — the person's, when pages that named no phrase
    // came first — so a topic's id does not move as pages are added.
    const held = new Map<TopicRef, number>();
    for (const i of g.reports) for (const t of topicsOf[i]!) held.set(t, (held.get(t) ?? 0) + 1);
    const [most, count] = [...held].sort((x, y) => y[1] - x[1])[0] ?? [undefined, 0];
    // …or one whose phrase is its name and a story noun ("Ines Marr resignation").
    const phrase = most && count / g.reports.size >= EMERGING.minOverlap ? most
      : [...phrases].find((t) => g.names.some((n) => hasWord(t.name, n)) || (g.lead.person && g.lead.name.includes(' ') && hasWord(t.name, g.lead.name.split(' ').at(-1)!)))
      // …or the one story phrase held among them whose noun most of their leads give ("Governor X
      // faces questions over alert" beside "Vestland alert"): the story is the act, not who did it
      // or answered for it. The person links the reports only when their leads share no such act.
      ?? actOf(items, g.reports, held);
    let topic: TopicRef;
    if (phrase) {
      topic = phrase;
      if (registered && registered !== phrase.id && !earlierIds.has(phrase.id)) {
        topic = Object.freeze({ id: registered, name: g.names.find((n) => known[n] === registered)! });
        for (const ts of topicsOf) if (ts.delete(phrase)) ts.add(topic);
        found.delete(phrase);
        for (const [p, id] of Object.entries(known)) if (id === phrase.id) known[p] = registered;
      }
    } else {
      topic = Object.freeze({ id: registered ?? `subject-${slug(g.lead.name)}`, name: g.names.find((n) => known[n] === registered) ?? g.lead.name });
    }
    for (const n of g.names) known[n] ??= topic.id;
    // Its reports no other phrase names take it.
    for (const i of g.reports) if (!topicsOf[i]!.size || topicsOf[i]!.has(topic)) topicsOf[i]!.add(topic);
    found.add(topic);
  }
}

/**
 * A country's story no phrase names (`countryStories`): the story nouns of what a whole country goes
 * through once in a story (words.json `countryStoryNouns`: a quake, a vote, a war), never the acts a
 * country sees many of in a month (three attacks in one country are as often three stories).
 */
const COUNTRY_ACTS = STORY_NOUN_NAMES.filter((n) => COUNTRY_STORY_NOUN_SET.has(n));
/**
 * The topics that name a story in any data pack, not a broad theme: a report holding one tells that
 * story. Every pack's, as a report holds only the topics of the packs its deployment chose.
 */
let packStories: ReadonlySet<string> | undefined;
const CATALOGUE_STORIES = (): ReadonlySet<string> => (packStories ??= new Set(Object.values(PACKS).flatMap((p) => p.topics.map((t) => t.id))));

/**
 * Stories of a country that no phrase names: news of a disaster in a small country names the
 * country in every headline ("… shakes Vestland", "Vestland declares emergency after quake") and its
 * noun apart or not at all, so no story phrase recurs, and a country is no story's name alone
 * (`storyActor`). A country principal and headlined (as in `actorStories`) in reports of
 * EMERGING.minPagesActor pages and minReportsActor reports that no story topic holds (where other
 * stories of the window name it, their reports hold their own topic), whose leads give one story
 * noun in this share of them (EMERGING.minOverlap: the act its pages share, the most given), is a
 * story: "<country> <noun>", a topic of those reports. Countries whose such reports are mostly the
 * same (two countries of one disaster, both ways) are one story, the one most reports have. Its id,
 * once given, stays whichever noun leads later (`earlier`, by the country's name and any noun).
 */
function countryStories(items: Item[], topicsOf: Array<Set<TopicRef>>, known: Record<string, string>, earlier: Readonly<Record<string, string>>, found: Set<TopicRef>): void {
  const stories = CATALOGUE_STORIES();
  // Free of other stories: no story topic but the country's own story phrase ("Vestland tsunami").
  const free = (i: number, country: string): boolean => [...topicsOf[i]!].every((t) => t.name.startsWith(`${country} `)) && !items[i]!.topics.some((t) => stories.has(t.id));
  // A post is headlined by its page's title too ("Aid reaches Vestland – live"): its headline says only what happened next.
  const by = leadingActors(items, (i, a) => a.kind === 'country' && a.role === 'principal'
    && (headlined(items[i]!.headline, a.name) || headlined(items[i]!.pageTitle ?? '', a.name)) && free(i, a.name));
  const anchors = [...by.values()].filter((e) => e.pages >= EMERGING.minPagesActor && e.reports.length >= EMERGING.minReportsActor)
    .sort((a, b) => b.reports.length - a.reports.length || a.name.localeCompare(b.name));
  const groups: Array<{ lead: typeof anchors[number]; reports: Set<number> }> = [];
  for (const e of anchors) {
    const g = groups.find((x) => e.reports.filter((i) => x.reports.has(i)).length / Math.max(e.reports.length, x.lead.reports.length) >= EMERGING.minOverlap);
    if (g) for (const i of e.reports) g.reports.add(i); else groups.push({ lead: e, reports: new Set(e.reports) });
  }
  for (const g of groups) {
    const leads = [...g.reports].map((i) => `${items[i]!.headline}\n${firstParagraph(items[i]!)}`.replace(NOT_STORY, ' '));
    const [act, count] = COUNTRY_ACTS.map((n) => [n, leads.filter((l) => NOUN_TEST.get(n)!.test(l)).length] as const).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0] ?? ['', 0];
    if (!act || count / leads.length < EMERGING.minOverlap) continue;
    const name = `${g.lead.name} ${act}`;
    // An id an earlier build gave the country's story, by whichever act led then.
    const registered = earlier[name] ?? COUNTRY_ACTS.map((n) => earlier[`${g.lead.name} ${n}`]).find((id) => id);
    // The country's own story phrase some of them hold ("Vestland tsunami", a later page's) is this
    // story: under the id the story was first given, so a topic's id does not move as pages are added.
    const own = [...new Set([...g.reports].flatMap((i) => [...topicsOf[i]!]))].sort((x, y) => x.id.localeCompare(y.id))[0];
    let topic: TopicRef;
    if (own && (!registered || own.id === registered)) topic = own;
    else {
      topic = Object.freeze({ id: registered ?? `subject-${slug(name)}`, name: own?.name ?? name });
      if (own) {
        for (const ts of topicsOf) if (ts.delete(own)) ts.add(topic);
        found.delete(own);
        for (const [p, id] of Object.entries(known)) if (id === own.id) known[p] = topic.id;
      }
    }
    known[name] ??= topic.id;
    for (const i of g.reports) topicsOf[i]!.add(topic);
    found.add(topic);
  }
}

/**
 * The one story phrase (`storyNouns`) held among a story's reports whose noun, in any of its forms,
 * the headlines or leads of this share (EMERGING.minOverlap) of them give; none when two are.
 */
function actOf(items: Item[], reports: ReadonlySet<number>, held: ReadonlyMap<TopicRef, number>): TopicRef | undefined {
  const acts = [...held.keys()].filter((t) => {
    const noun = storyNounOf(t.name);
    if (!noun) return false;
    const test = NOUN_TEST.get(noun)!;
    let n = 0;
    for (const i of reports) if (test.test(`${items[i]!.headline}\n${firstParagraph(items[i]!)}`)) n++;
    return n / reports.size >= EMERGING.minOverlap;
  });
  return acts.length === 1 ? acts[0] : undefined;
}

/**
 * The words of a page's address, its path's ("https://x.org/news/storm-vela-live-updates-2024.html"
 * → "news storm vela live updates"), lower-cased, without numbers, ids or a file's ending; a
 * numbered name stays ("…/ksf9-talks-live" → "ksf9 talks live", `NUMBERED_WORD`). An
 * address has no apostrophe: a possessive's "s" left alone after a name ("…/ines-marr-s-resignation")
 * is dropped, so the name meets the word after it; never after one letter ("u-s-" is "U.S.").
 */
export function addressWords(url: string): string {
  const words = addressSegments(url).join('/').split(/[/\-_.+,]+/).filter((w) => w && (!/\d/.test(w) || (NUMBERED_WORD.test(w) && !GLUED_DATE.test(w))));
  return words.filter((w, k) => w !== 's' || (words[k - 1]?.length ?? 0) < 2).join(' ');
}

/** An address's word that is a name with its number ("cop26", `NUMBERED_NAME`), kept where other words with digits (ids, dates) are not. */
const NUMBERED_WORD = /^(?:[a-z]{2,8}[0-9]{1,3}|[a-z][0-9]{2,3})$/;

/**
 * How an address writes a recurring phrase: in lower case, and a story phrase's name as a
 * possessive too, its apostrophe dropped ("…/ines-marrs-death-stuns-fans" for "Marr death").
 */
function addressForms(phrase: string): string[] {
  const lower = phrase.toLowerCase();
  if (!storyNounOf(phrase)) return [lower];
  const cut = lower.lastIndexOf(' ');
  return [lower, `${lower.slice(0, cut)}s${lower.slice(cut)}`];
}

/**
 * Who may name a story: a person, a place, a body of one word or a company ("Tamber Valley Bank");
 * never a country, which alone names no story, nor an institution of several words ("Tamber
 * Affairs Council"), an actor in many stories (the same line as for phrases, `actorWordsOf`), nor
 * an international organisation or a state's institution the lexicon lists, whatever its length
 * (data/lexicon/organisations.json: an alliance, a presidency's seat): each acts in many stories.
 */
const storyActor = (a: ActorRef): boolean => a.kind === 'person' || a.kind === 'place' || (a.kind === 'organisation' && !INSTITUTIONS().has(a.id) && (!a.name.includes(' ') || COMPANY_WORDS.has(a.name.split(' ').at(-1)!)));
/** The ids of the lexicon's organisations and institutions (no pack's), read once. */
let institutions: ReadonlySet<string> | undefined;
const INSTITUTIONS = (): ReadonlySet<string> => (institutions ??= new Set(catalogueFor().actors.filter((a) => a.source === 'organisations').map((a) => a.id)));
/** A report leads with an actor its headline names, in full or by its last word (a surname). */
const headlined = (headline: string, name: string): boolean => hasWord(headline, name) || hasWord(headline, name.split(' ').at(-1)!);

/**
 * A story topic grows over the reports that lead with its name (`growByName`): a name (the name of a
 * story phrase, "Keel Bank" of "Keel Bank takeover", or a capitalised phrase, "Marrow Fields") that
 * this share of the pages leading with it hold its topic on is the story's name in this window, and
 * every other report leading with it, that no story topic holds, tells that story too — the shares
 * falling before the takeover, a post naming the bank but not the deal. Counted by pages, as a page
 * is one outlet's telling (a live page's ten posts are not ten outlets). Below it the name is in
 * other stories as much as in this one (a person in the week's politics).
 */
const GROW_PAGE_SHARE = 0.5;
/**
 * A lead, for that, is the headline and the paragraphs up to this many words: a page that opens on a
 * caption or a line of summary ("Protesters storm the palace, clash with police.") names its story's
 * person or place in the next sentence.
 */
const GROW_LEAD_WORDS = 30;
/** A report's headline and its paragraphs up to GROW_LEAD_WORDS words. */
function longLead(item: Item): string {
  const out = [item.headline];
  let words = 0;
  // Paragraph by paragraph as `split('\n\n')` cuts them, no further than needed (a live page's
  // post may be long; every window reads every report of its context).
  const body = item.body;
  for (let from = 0; words < GROW_LEAD_WORDS;) {
    const end = body.indexOf('\n\n', from);
    const p = end < 0 ? body.slice(from) : body.slice(from, end);
    out.push(p);
    words += p.split(/\s+/).length;
    if (end < 0) break;
    from = end + 2;
  }
  return out.join('\n');
}

/**
 * Reports whose lead (`longLead`) names a story topic's name (`namesOfTopic`) and that no story topic
 * holds take the topic, when GROW_PAGE_SHARE of the pages leading with the name hold it already, two
 * at least. Never a country's name, which places many stories, nor a name two topics share, nor a
 * report whose lead names two topics' names. The topics and their ids are those found: only who
 * holds them grows.
 */
function growByName(items: Item[], topicsOf: Array<Set<TopicRef>>, namesOfTopic: ReadonlyMap<TopicRef, ReadonlySet<string>>): void {
  const owners = new Map<string, TopicRef[]>();
  for (const [t, names] of namesOfTopic) for (const n of names) owners.set(n, [...(owners.get(n) ?? []), t]);
  const grown = new Map<number, Set<TopicRef>>();
  let leads: string[] | undefined;
  // A place is where many stories happen: a town's name leads its football club's news as well as its flood's.
  // A place is where many stories happen: a town's name the reading knows as a place never carries a story topic.
  const places = new Set(items.flatMap((i) => i.actors.filter((a) => a.kind === 'place' || a.kind === 'country').map((a) => a.name)));
  for (const [name, ts] of [...owners].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (ts.length !== 1 || isCountryName(name) || places.has(name)) continue;
    const t = ts[0]!;
    leads ??= items.map(longLead);
    const tellers = items.flatMap((_, i) => (hasWord(leads![i]!, name) ? [i] : []));
    const pages = new Set(tellers.map((i) => items[i]!.seed));
    const holding = new Set(tellers.filter((i) => topicsOf[i]!.has(t)).map((i) => items[i]!.seed));
    if (holding.size < 2 || holding.size / pages.size < GROW_PAGE_SHARE) continue;
    for (const i of tellers) if (!topicsOf[i]!.size) (grown.get(i) ?? grown.set(i, new Set()).get(i)!).add(t);
  }
  // A lead naming two stories' names tells neither for sure.
  for (const [i, ts] of grown) if (ts.size === 1) topicsOf[i]!.add([...ts][0]!);
}
/** Whether a name is a country's, in any of its forms (its name, other and short names, its people's, its capital). */
const isCountryName = (name: string): boolean => COUNTRY_WORDS.has(name) || PEOPLE_OF_COUNTRY.has(name.toLowerCase()) || COUNTRY_OF_PEOPLE.has(name) || COUNTRY_OF_ALIAS.has(name) || COUNTRY_OF_ABBREVIATION.has(name) || COUNTRY_OF_CAPITAL.has(name);

/** A page of posts under its title: it has a title and none of its reports is headlined by it (an article's report is). */
const isLivePage = (items: Item[], start: number, end: number): boolean => {
  const title = items[start]!.pageTitle;
  return !!title && items.slice(start, end).every((item) => item.headline !== title);
};

/**
 * A page's story (EMERGING.pageStoryShare, pageLeadShare, livePageReports): a topic half the reports of a page of
 * several reports hold, or the one most of them hold from a quarter, is given to all of them; so is
 * the one topic a live page of two posts holds. Items come in page order, a page's reports together.
 */
function pageStories(items: Item[], topicsOf: Array<Set<TopicRef>>): void {
  for (let start = 0, end = 0; start < items.length; start = end) {
    while (end < items.length && items[end]!.seed === items[start]!.seed) end++;
    const n = end - start;
    if (n < EMERGING.livePageReports) continue;
    const held = new Map<TopicRef, number>();
    for (let i = start; i < end; i++) for (const t of topicsOf[i]!) held.set(t, (held.get(t) ?? 0) + 1);
    const ranked = [...held].sort((a, b) => b[1] - a[1]);
    if (n < EMERGING.pageStoryReports) {
      if (ranked.length === 1 && isLivePage(items, start, end)) for (let i = start; i < end; i++) topicsOf[i]!.add(ranked[0]![0]);
      continue;
    }
    const spread = ranked.filter(([, count], k) => count < n && (count / n >= EMERGING.pageStoryShare || (k === 0 && count / n >= EMERGING.pageLeadShare && count > (ranked[1]?.[1] ?? 0))));
    for (const [t] of spread) for (let i = start; i < end; i++) topicsOf[i]!.add(t);
  }
}
