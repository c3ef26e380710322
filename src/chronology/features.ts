import type { Item } from '../model/types';
import wordsData from '../../data/lexicon/words.json';
import { type Catalogue, catalogueFor } from '../read/catalogue';
import { COUNTRIES } from '../generated/gazetteer';
import { ACT_CLASSES, alternation, APPOINTMENT_VERBS, HEADLINE_BACKGROUND, MONTH, MONTH_NAMES, ROLES, SCENE_NOUNS, TITLES, WEEKDAY_NAMES } from '../read/lexicon';
import { subjectHashes } from './emerging-topics';
import { termWeight } from './term-weights';
import { fnv1a } from '../read/fingerprint';
import { distinctSorted, leadShingles, leadText, quoteFeatures, statedNumbers, termCounts, tokenHashes, wordStem } from './similarity';
import { bmpLetters } from '../read/bmp-letters';

/**
 * What merging needs of each report's text, computed where the page is read (in the Node CLI, on
 * every core) so the merger only scores:
 *  - its lead's terms and counts (the words it is compared by),
 *  - its quote shingles (index keys and the strongest evidence) and how many short quotes it has,
 *  - its candidate subject phrases (for recurring named subjects),
 *  - its lead shingles (word 3-grams of headline and first paragraph: near-duplicate wire copy),
 *  - which of its terms only name someone or somewhere (`nameTerms`): what is left tells the act,
 *  - its headline's act words (`headlineActTerms`): the act the report leads with,
 *  - its headline's name words (`headlineNameTerms`): who the headline names doing it.
 * One page's features are packed into one array. Per item, in page order: a header of HEADER
 * numbers, then its sections:
 *   header: nTerms, nShortQuotes, then where each section after the counts starts and where the
 *           last ends (offsets from the item's first number): quotes, phrases, lead, names, heads,
 *           headNames, end;
 *   terms[nTerms], their weights before the neighbourhood's part (`termWeight`, 32-bit floats),
 *   quotes, phrases (two hashes each), lead, names, heads, headNames.
 * The weights are computed here, on the reading threads, once per report.
 */
export function pageFeatures(items: Item[], catalogue?: Catalogue): Uint32Array {
  const parts = items.map((item) => {
    // An article is attached to the event it leads with: it is compared by its first paragraphs only.
    const counted = termCounts(leadText(item, 3));
    return {
      ...counted,
      ...quoteFeatures(item),
      phrases: subjectHashes(item, catalogue),
      lead: leadShingles(item),
      names: nameTerms(item, counted.terms, catalogue),
      heads: headlineActTerms(item, catalogue),
      headNames: headlineNameTerms(item, catalogue),
    };
  });
  const size = parts.reduce((n, p) => n + HEADER + 2 * p.terms.length + p.shingles.length + p.phrases.length
    + p.lead.length + p.names.length + p.heads.length + p.headNames.length, 0);
  const out = new Uint32Array(size);
  const floats = new Float32Array(out.buffer);
  let at = 0;
  for (const { terms, counts, shingles, shorts, phrases, lead, names, heads, headNames } of parts) {
    out[at] = terms.length; out[at + 1] = shorts;
    out.set(terms, at + HEADER);
    for (let k = 0; k < counts.length; k++) floats[at + HEADER + terms.length + k] = termWeight(terms[k]!, counts[k]!);
    let rel = HEADER + 2 * terms.length;
    [shingles, phrases, lead, names, heads, headNames].forEach((part, i) => {
      out[at + 2 + i] = rel;
      out.set(part, at + rel);
      rel += part.length;
    });
    out[at + HEADER - 1] = rel;
    at += rel;
  }
  return out;
}

/** Numbers before each item's features (see `pageFeatures`). */
const HEADER = 9;

/**
 * The words of a headline that tell the act (hashed, ascending, distinct): its content words
 * without names (`nameTerms`, `namesByCase`) and reporting verbs ("says", "warns": every statement
 * has one), and its figures (`statedNumbers`), without its background clause (`actClause`).
 * "Ruritania declares national emergency" → declares is a reporting verb; national, emergency.
 * Each is hashed by its stem (`wordStem`).
 */
export function headlineActTerms(item: Item, catalogue: Catalogue = catalogueFor()): Uint32Array {
  const isName = nameTest(item, catalogue);
  const headline = mergeHeadline(item);
  const capitalised = namesByCase(headline);
  const out: number[] = [];
  const words = actClause(headline).toLowerCase().match(WORD) ?? [];
  const people = personWords(item);
  // The one person the act clause names, if one ("Vell wins Senate approval": the approval is Vell's).
  const named = new Set(words.flatMap((w) => people.get(w) ?? []));
  const sole = named.size === 1 ? [...named][0] : undefined;
  words.forEach((word, i) => {
    let h = -1;
    tokenHashes(word, (x) => { h = x; }); // none for a stop word or a word of one or two letters
    // Hashed by its stem, and a word of a class of one act's words as its class (`actClasses`):
    // two outlets tell one act in other forms of a verb ("indicts", "indicted") and in other verbs
    // ("raises", "hikes"; "confirms", "OKs").
    // (A class's word is no name though a sentence-case headline capitalises it: "Assembly OKs Vell".)
    const stem = actStem(word), ofClass = ACT_CLASS.has(wordStem(word));
    if ((h < 0 && !ofClass) || (h >= 0 && isName(h)) || (capitalised.has(word) && !ofClass)) return;
    const appointment = APPOINTMENT.has(word) || APPOINTMENT_STEMS.has(stem);
    // A reporting verb next to a person's name may be the act done to them (`appointmentVerbs`:
    // "Senate confirms X", "votes to confirm X", "X Confirmed as Secretary"), with the person's
    // surname: two nominees' confirmations are two acts. So are the words of its class ("Senate OKs
    // X", "X wins Senate approval", of the one person its clause names).
    const person = appointment ? people.get(words[i + 1] ?? '') ?? people.get(words[i - 1] ?? '') ?? (REPORTING.has(h) ? undefined : sole) : undefined;
    if (person !== undefined) out.push(fnv1a(`${stem}:${person}`));
    else if (!REPORTING.has(h)) out.push(fnv1a(stem));
  });
  // And its figures, whole: "$48.5 billion", "0.25 point", "50 days" (words of one or two digits are
  // no words above; a figure both headlines give is the act's own, a price, a rate, a toll).
  for (const n of statedNumbers(actClause(headline))) out.push(fnv1a(`#${n}`));
  return distinctSorted(out);
}

/**
 * Every word of a headline's act clause, names and places included, each by its stem (`actStem`):
 * `words` all of them, `acts` those that name no one (not a word of one of its actors' names, of a
 * country, capital or demonym, nor one a sentence-case headline capitalises inside it; titles are
 * left in, as "Fire Chief" would take "fire" with it), both
 * hashed, ascending, distinct; reporting verbs and stop words left out. "Fire at Harbourton
 * cathedral" → words: fire, harbourton, cathedral; acts: fire, cathedral. An act nobody does (a
 * fire, a crash, a quake) is named by what happened and where, and a title-case headline's names
 * are not known by their case: these keep both (`sameScene` in merge-rule.ts). `sites`: the kinds of
 * site it names (`sceneNouns`: cathedral, warehouse), wherever they stand in it.
 */
export function headlineWords(item: Item): { words: Uint32Array; acts: Uint32Array; sites: Uint32Array } {
  const headline = mergeHeadline(item);
  const capitalised = namesByCase(headline);
  const own = new Set<string>();
  for (const a of item.actors) for (const w of a.name.toLowerCase().match(WORD) ?? []) own.add(w);
  const words: number[] = [], acts: number[] = [], sites: number[] = [];
  for (const word of actClause(headline).toLowerCase().match(WORD) ?? []) {
    let h = -1;
    tokenHashes(word, (x) => { h = x; });
    if (h < 0 || REPORTING.has(h)) continue;
    const stem = fnv1a(actStem(word));
    words.push(stem);
    // A kind of site is where the act happened, never the act: two acts at one hospital share it.
    const site = SCENES.has(wordStem(word));
    if (!own.has(word) && !capitalised.has(word) && !countryWords().has(h) && !site) acts.push(stem);
    if (site) sites.push(stem);
  }
  return { words: distinctSorted(words), acts: distinctSorted(acts), sites: distinctSorted(sites) };
}

/**
 * The words a headline written in sentence case capitalises inside it, lower case: names, whether
 * reading found their bearer or not ("Ivo Marsh reacts to Edda Norum's resignation" → ivo, marsh,
 * edda, norum). They say who, not what was done: two headlines naming one person and one word
 * more are not one act. A word that opens the headline or a clause too when a capitalised word
 * follows it ("Edda Norum quits") or it has a capital inside (`INNER_CAPITAL`), not when it opens
 * a sentence ("Blanket guarantee ruled out"). A headline in title case (no lower-case word of
 * `SENTENCE_CASE_MIN` letters or more) capitalises every word, and gives none.
 */
export function namesByCase(headline: string): ReadonlySet<string> {
  const words = [...headline.matchAll(CASED_WORD)];
  if (!words.some(([w]) => w.length >= SENTENCE_CASE_MIN && /^\p{Ll}/u.test(w))) return NO_WORDS;
  const out = new Set<string>();
  words.forEach(([w], i) => {
    if (!/^\p{Lu}/u.test(w)) return;
    const opens = CLAUSE_OPENER.test(headline.slice(0, words[i]!.index).trimEnd());
    if (opens && !INNER_CAPITAL.test(w) && !/^\p{Lu}/u.test(words[i + 1]?.[0] ?? '')) return;
    for (const part of w.toLowerCase().match(WORD) ?? []) out.add(part);
  });
  return out;
}
/**
 * The names a report's lead is about, known to reading or not: the words its headline capitalises
 * inside it (`namesByCase`) and those its first sentence capitalises after its first word, lower
 * case, without the words that name nobody in particular (`genericWord`: countries, titles) or a
 * day or month. Two plain articles telling one scene name its place or subject somewhere in each
 * ("Harbourton"); "the Corvane-2 launch from Pellmoor" and "the Tamsin lander … from Kell Point",
 * neither naming the other's, are two.
 */
export function leadNameWords(headline: string, firstSentence: string): ReadonlySet<string> {
  const out = new Set(namesByCase(headline));
  const words = [...firstSentence.matchAll(CASED_WORD)];
  words.forEach(([w], i) => {
    if (i > 0 && /^\p{Lu}/u.test(w)) for (const part of w.toLowerCase().match(WORD) ?? []) out.add(part);
  });
  const generic = genericWord();
  for (const w of out) if (generic(w) || CALENDAR_WORDS.has(w)) out.delete(w);
  return out;
}
/** Every word a text capitalises, lower case: where a name another report's lead gives would stand. */
export function capitalisedWords(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [w] of text.matchAll(CASED_WORD)) if (/^\p{Lu}/u.test(w)) for (const part of w.toLowerCase().match(WORD) ?? []) out.add(part);
  return out;
}
/** Days and months, lower case: capitalised, but no one's name. */
const CALENDAR_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((w) => w.toLowerCase()));

/** A brand's or a name's capital inside a word ("DirecTV", "McAllister"): a name wherever it stands. */
const INNER_CAPITAL = bmpLetters(/^\p{Lu}[\p{L}’'-]*\p{Ll}[\p{L}’'-]*\p{Lu}/u);
/** A lower-case word this long says a headline is written in sentence case (title case capitalises it). */
const SENTENCE_CASE_MIN = 4;
/** A headline's word with its inner apostrophes and hyphens ("Norum’s", "anti-monarchy"). */
const CASED_WORD = bmpLetters(/[\p{L}\p{N}][\p{L}\p{N}’'&.-]*/gu);
/** What a clause's first word stands after: the headline's start, a kicker's colon, a dash. */
const CLAUSE_OPENER = /(?:^|[:;!?|–—]|\s-)$/u;
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * The headline the merger reads for the act and its speaker: the item's own, unless it is the
 * caption of an older photo, a headline naming a day more than `CAPTION_MIN_DAYS` before the
 * report's ("President X and Vice President Y stand on stage at the party's winter meeting, Feb. 3,
 * 2023, in Vessby." over an article of July 2024: a page copied from its picture down). Then
 * the body's first paragraph of `LEAD_MIN_WORDS` words or more that is not such a caption, where the
 * article's lead is (the caption again, "Caption", a credit, stand between).
 */
export function mergeHeadline(item: Item): string {
  if (!item.eventDate || !captionOfAnotherDay(item.headline, Date.parse(`${item.eventDate.slice(0, 10)}T00:00:00Z`))) return item.headline;
  const day = Date.parse(`${item.eventDate.slice(0, 10)}T00:00:00Z`);
  for (const paragraph of item.body.split('\n\n')) {
    if ((paragraph.match(WORD) ?? []).length >= LEAD_MIN_WORDS && !captionOfAnotherDay(paragraph, day)) return paragraph.trim();
  }
  return item.headline;
}

/**
 * A photo of another day: archive pictures are captioned with the day they were taken, and no
 * report's own headline dates its act a month before its day (a story's background is told in the
 * body). Days, not a year's change: "Dec. 30" over a report of Jan. 2 is the same story's week.
 */
const CAPTION_MIN_DAYS = 30;
/** A lead paragraph, not a "Caption" or credit line under a picture. */
const LEAD_MIN_WORDS = 8;
/** A full date in a headline: "Feb. 3, 2023", "February 3 2023". */
const FULL_DATE = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi');

function captionOfAnotherDay(headline: string, day: number): boolean {
  if (day !== day) return false;
  for (const m of headline.matchAll(FULL_DATE)) {
    const month = MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === m[1]!.slice(0, 3).toLowerCase());
    if (month < 0) continue;
    const named = Date.UTC(Number(m[3]), month, Number(m[2]));
    if ((day - named) / 86_400_000 > CAPTION_MIN_DAYS) return true;
  }
  return false;
}

/**
 * A headline without its background clause: what follows a word that opens one (`headlineBackground`:
 * "after", "amid", "following" …) tells what came before or around the act. "Y says she will earn
 * the nomination after X ends his campaign" names her act, not his; "X delivers speech following
 * arraignment" the speech. The whole headline when nothing stands before the word ("After the
 * vote, …").
 */
export function actClause(headline: string): string {
  const m = BACKGROUND.exec(headline);
  return m && /[\p{L}\p{N}]/u.test(headline.slice(0, m.index)) ? headline.slice(0, m.index) : headline;
}
const BACKGROUND = bmpLetters(new RegExp(`\\b(?:${alternation(HEADLINE_BACKGROUND)})\\b`, 'iu'));

/** A word as `tokenHashes` reads one: a run of letters and digits. */
const WORD = bmpLetters(/[\p{L}\p{N}]+/gu);

/**
 * The words of a headline that name one of the report's own actors other than a country, or that
 * its sentence case capitalises (`namesByCase`) (hashed, ascending, distinct), generic name words
 * (titles, roles, countries) left out: "Supreme Court overturns …" → supreme, court. Two headlines
 * naming the same someone share one, whatever id each page's reading gave it ("Supreme Court" and
 * "U.S. Supreme Court").
 */
export function headlineNameTerms(item: Item, catalogue: Catalogue = catalogueFor()): Uint32Array {
  const generic = genericNameTerms(catalogue);
  const own = new Set<number>();
  for (const a of item.actors) if (a.kind !== 'country') tokenHashes(a.name, (h) => { if (!generic.has(h)) own.add(h); });
  const headline = mergeHeadline(item);
  for (const w of namesByCase(headline)) tokenHashes(w, (h) => { if (!generic.has(h)) own.add(h); });
  const out: number[] = [];
  tokenHashes(headline, (h) => { if (own.has(h)) out.push(h); });
  return distinctSorted(out);
}

/** Reporting verbs (data/lexicon/words.json), by hash. */
/** Reporting verbs that are also an act done to a person (data/lexicon/merge-acts.json `appointmentVerbs`). */
const APPOINTMENT: ReadonlySet<string> = new Set(APPOINTMENT_VERBS);
/** The words of a report's people's names, lower case, each to its bearer's surname. */
function personWords(item: Item): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const a of item.actors) {
    if (a.kind !== 'person') continue;
    const words = a.name.toLowerCase().match(WORD) ?? [];
    for (const w of words) if (!out.has(w)) out.set(w, words.at(-1)!);
  }
  return out;
}
/** Each word's stem of a class of one act's words (`actClasses`) → its class's first word's stem. */
const ACT_CLASS: ReadonlyMap<string, string> = new Map(ACT_CLASSES.flatMap((c) => c.map((w) => [wordStem(w), wordStem(c[0]!)] as const)));
/** A headline word's stem, or its class's (`ACT_CLASS`): "quit" → resign (doer-verb.ts reads verbs so too). */
export const actStem = (word: string): string => { const s = wordStem(word); return ACT_CLASS.get(s) ?? s; };
/** The stems the appointment verbs' classes give ("confirm": "OKs" and "approval" too). */
const APPOINTMENT_STEMS: ReadonlySet<string> = new Set(APPOINTMENT_VERBS.map(actStem));
const REPORTING = new Set<number>();
for (const w of wordsData.reportingVerbs) tokenHashes(w, (h) => { REPORTING.add(h); });

/**
 * The terms of a report (ascending, a subset of `terms`) that only say who or where: words of its
 * actors' names, and of any country's name, alias, capital or demonym, titles and roles ("foreign
 * minister"). Two reports of one person's two statements share these and little else; two reports
 * of one act share what was said or done as well (`MERGE.minActCosine`).
 */
export function nameTerms(item: Item, terms: Uint32Array, catalogue: Catalogue = catalogueFor()): Uint32Array {
  const isName = nameTest(item, catalogue);
  return terms.filter(isName);
}

/** Whether a term (hash) only names someone or somewhere: a word of the item's actors' names or a generic name word. */
function nameTest(item: Item, catalogue: Catalogue): (term: number) => boolean {
  const generic = genericNameTerms(catalogue);
  const own = new Set<number>();
  for (const a of item.actors) tokenHashes(a.name, (h) => { own.add(h); });
  return (term) => generic.has(term) || own.has(term);
}

/**
 * Whether a word names nobody in particular: a word the terms drop (a stop word, one of one or two
 * letters: "the", "US") or a generic name word: a country's (the gazetteer's names, aliases,
 * capitals, demonyms), a title's or a role's. Read from the gazetteer, not a catalogue: the merge
 * builds no catalogue of its own (a Worker reads with its packs' catalogue, built once).
 */
export function genericWord(): (word: string) => boolean {
  if (!genericHashes) {
    const s = new Set<number>();
    for (const w of [...TITLES, ...ROLES, ...COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.capitals, ...c.demonyms])]) tokenHashes(w, (h) => { s.add(h); });
    genericHashes = s;
  }
  const generic = genericHashes;
  return (word) => {
    let none = true;
    tokenHashes(word, (h) => { if (!generic.has(h)) none = false; });
    return none;
  };
}
let genericHashes: ReadonlySet<number> | null = null;

/** Kinds of site (`sceneNouns`), by stem. */
const SCENES: ReadonlySet<string> = new Set(SCENE_NOUNS.map(wordStem));

/** The words of countries' names, aliases, capitals and demonyms (the gazetteer's), by hash: they say where, not what happened. */
function countryWords(): ReadonlySet<number> {
  if (!countryHashes) {
    const s = new Set<number>();
    for (const w of COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.capitals, ...c.demonyms])) tokenHashes(w, (h) => { s.add(h); });
    countryHashes = s;
  }
  return countryHashes;
}
let countryHashes: ReadonlySet<number> | null = null;

/** Name words any report may use: countries (names, aliases, capitals, demonyms), titles, roles. One set per catalogue. */
const genericByCatalogue = new WeakMap<Catalogue, ReadonlySet<number>>();
function genericNameTerms(catalogue: Catalogue): ReadonlySet<number> {
  let set = genericByCatalogue.get(catalogue);
  if (!set) {
    const s = new Set<number>();
    const words = [...TITLES, ...ROLES, ...catalogue.demonyms,
      ...catalogue.actors.filter((a) => a.kind === 'country').flatMap((a) => [a.name, ...a.aliases, ...(a.capitals ?? [])])];
    for (const w of words) tokenHashes(w, (h) => { s.add(h); });
    genericByCatalogue.set(catalogue, (set = s));
  }
  return set;
}

/**
 * Where one report's text features lie in its page's packed array: the array and the item's first
 * number, nothing else (a large corpus would hold hundreds of thousands of these; the sections'
 * offsets are read from the item's header).
 */
export interface TextFeatures {
  /** The page's packed array. */
  f: Uint32Array;
  /** The same array read as 32-bit floats (the weights), one per page. */
  w: Float32Array;
  /** Where the item's header starts. */
  at: number;
}

/** The sections after the terms and weights, by their place in the header. */
export const QUOTES = 0, PHRASES = 1, LEAD = 2, NAMES = 3, HEADS = 4, HEAD_NAMES = 5;
/** Where section `i` starts and ends in `f` (the hot comparisons read them in place: no view made). */
export const sectionStart = (t: TextFeatures, i: number) => t.at + t.f[t.at + 2 + i]!;
export const sectionEnd = (t: TextFeatures, i: number) => t.at + t.f[t.at + 3 + i]!;
/** Where the terms start in `f` (their weights follow at termsStart + nTerms in `w`), and how many. */
export const termsStart = (t: TextFeatures) => t.at + HEADER;
export const termCount = (t: TextFeatures) => t.f[t.at]!;

const section = (t: TextFeatures, i: number) => t.f.subarray(sectionStart(t, i), sectionEnd(t, i));
export const termsOf = (t: TextFeatures) => t.f.subarray(t.at + HEADER, t.at + HEADER + t.f[t.at]!);
export const weightsOf = (t: TextFeatures) => t.w.subarray(t.at + HEADER + t.f[t.at]!, t.at + HEADER + 2 * t.f[t.at]!);
export const quotesOf = (t: TextFeatures) => section(t, QUOTES);
export const phrasesOf = (t: TextFeatures) => section(t, PHRASES);
export const leadOf = (t: TextFeatures) => section(t, LEAD);
export const namesOf = (t: TextFeatures) => section(t, NAMES);
export const headsOf = (t: TextFeatures) => section(t, HEADS);
export const headNamesOf = (t: TextFeatures) => section(t, HEAD_NAMES);
/** Numbers of subject phrase hashes (two per phrase). */
export const phraseCount = (t: TextFeatures) => sectionEnd(t, PHRASES) - sectionStart(t, PHRASES);

/** A page's packed features → one record per item, in page order. */
export function unpackFeatures(f: Uint32Array): TextFeatures[] {
  const out: TextFeatures[] = [];
  const w = new Float32Array(f.buffer, f.byteOffset, f.length);
  for (let at = 0; at < f.length; at += f[at + HEADER - 1]!) out.push({ f, w, at });
  return out;
}
