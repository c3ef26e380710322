import type { Item } from '../model/types';
import wordsData from '../../data/lexicon/words.json';
import { type Catalogue, catalogueFor } from '../read/catalogue';
import { ROLES, TITLES } from '../read/lexicon';
import { subjectHashes } from './emerging-topics';
import { distinctSorted, leadShingles, leadText, quoteFeatures, termCounts, tokenHashes } from './similarity';

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
 * One page's features are packed into one array. Per item, in page order:
 *   nTerms, nQuotes, nPhrases, nShortQuotes, nLead, nNames, nHeads, nHeadNames, terms[nTerms],
 *   counts[nTerms], quotes[nQuotes], phrases[2 * nPhrases], lead[nLead], names[nNames],
 *   heads[nHeads], headNames[nHeadNames]
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
  const size = parts.reduce((n, p) => n + HEADER + 2 * p.terms.length + p.shingles.length + p.phrases.length + p.lead.length
    + p.names.length + p.heads.length + p.headNames.length, 0);
  const out = new Uint32Array(size);
  let at = 0;
  for (const { terms, counts, shingles, shorts, phrases, lead, names, heads, headNames } of parts) {
    out[at++] = terms.length; out[at++] = shingles.length; out[at++] = phrases.length / 2; out[at++] = shorts; out[at++] = lead.length;
    out[at++] = names.length; out[at++] = heads.length; out[at++] = headNames.length;
    for (const part of [terms, counts, shingles, phrases, lead, names, heads, headNames]) { out.set(part, at); at += part.length; }
  }
  return out;
}

/** Numbers before each item's features: its counts of terms, quotes, phrases, short quotes, lead shingles, name terms, headline act words, headline name words. */
const HEADER = 8;

/**
 * The words of a headline that tell the act (hashed, ascending, distinct): its content words
 * without names (`nameTerms`) and reporting verbs ("says", "warns": every statement has one).
 * "Ruritania declares national emergency" → declares is a reporting verb; national, emergency.
 */
export function headlineActTerms(item: Item, catalogue: Catalogue = catalogueFor()): Uint32Array {
  const isName = nameTest(item, catalogue);
  const out: number[] = [];
  tokenHashes(item.headline, (h) => { if (!isName(h) && !REPORTING.has(h)) out.push(h); });
  return distinctSorted(out);
}

/**
 * The words of a headline that name one of the report's own actors other than a country (hashed,
 * ascending, distinct), generic name words (titles, roles, countries) left out: "Supreme Court
 * overturns …" → supreme, court. Two headlines naming the same someone share one, whatever id
 * each page's reading gave it ("Supreme Court" and "U.S. Supreme Court").
 */
export function headlineNameTerms(item: Item, catalogue: Catalogue = catalogueFor()): Uint32Array {
  const generic = genericNameTerms(catalogue);
  const own = new Set<number>();
  for (const a of item.actors) if (a.kind !== 'country') tokenHashes(a.name, (h) => { if (!generic.has(h)) own.add(h); });
  const out: number[] = [];
  tokenHashes(item.headline, (h) => { if (own.has(h)) out.push(h); });
  return distinctSorted(out);
}

/** Reporting verbs (data/lexicon/words.json), by hash. */
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
 * Where one report's text features lie in its page's packed array: offsets and counts, no views (a
 * large corpus would hold hundreds of thousands of typed-array objects otherwise).
 */
export interface TextFeatures {
  /** The page's packed array. */
  f: Uint32Array;
  /** Offset of its terms; counts follow at terms + nTerms, then quotes, phrases, lead. */
  terms: number;
  nTerms: number;
  nQuotes: number;
  /** Numbers of subject phrase hashes (two per phrase). */
  nPhrases: number;
  nLead: number;
  nNames: number;
  nHeads: number;
  nHeadNames: number;
  shortQuotes: number;
}

export const termsOf = (t: TextFeatures) => t.f.subarray(t.terms, t.terms + t.nTerms);
export const countsOf = (t: TextFeatures) => t.f.subarray(t.terms + t.nTerms, t.terms + 2 * t.nTerms);
export const quotesOf = (t: TextFeatures) => t.f.subarray(t.terms + 2 * t.nTerms, t.terms + 2 * t.nTerms + t.nQuotes);
export const phrasesOf = (t: TextFeatures) => { const at = t.terms + 2 * t.nTerms + t.nQuotes; return t.f.subarray(at, at + t.nPhrases); };
export const leadOf = (t: TextFeatures) => { const at = t.terms + 2 * t.nTerms + t.nQuotes + t.nPhrases; return t.f.subarray(at, at + t.nLead); };
export const namesOf = (t: TextFeatures) => { const at = t.terms + 2 * t.nTerms + t.nQuotes + t.nPhrases + t.nLead; return t.f.subarray(at, at + t.nNames); };
export const headsOf = (t: TextFeatures) => { const at = t.terms + 2 * t.nTerms + t.nQuotes + t.nPhrases + t.nLead + t.nNames; return t.f.subarray(at, at + t.nHeads); };
export const headNamesOf = (t: TextFeatures) => { const at = t.terms + 2 * t.nTerms + t.nQuotes + t.nPhrases + t.nLead + t.nNames + t.nHeads; return t.f.subarray(at, at + t.nHeadNames); };

/** A page's packed features → one record per item, in page order. */
export function unpackFeatures(f: Uint32Array): TextFeatures[] {
  const out: TextFeatures[] = [];
  for (let at = 0; at < f.length;) {
    const nTerms = f[at]!, nQuotes = f[at + 1]!, nPhrases = 2 * f[at + 2]!, shortQuotes = f[at + 3]!, nLead = f[at + 4]!, nNames = f[at + 5]!, nHeads = f[at + 6]!, nHeadNames = f[at + 7]!;
    out.push({ f, terms: at + HEADER, nTerms, nQuotes, nPhrases, nLead, nNames, nHeads, nHeadNames, shortQuotes });
    at += HEADER + 2 * nTerms + nQuotes + nPhrases + nLead + nNames + nHeads + nHeadNames;
  }
  return out;
}
