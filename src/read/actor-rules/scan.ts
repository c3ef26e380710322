import { type Catalogue, type CatalogueActor, catalogueFor } from '../catalogue';
import type { PhraseHit } from '../phrase-index';
import { type ActorIndex, actorIndex, phrasesIn } from './actor-index';
import { capitalStarts } from './name-patterns';
import { notNameWords } from './not-names';
import { foundByShape } from './actor-refs';
import { isSubjectOfSpeech } from './speech';
import { type WordIndex, wordIndex } from '../word-index';
import { bmpLetters } from '../bmp-letters';

/** What the reader is given besides the item's text. */
export interface FindOptions {
  /** The page's publisher: "<publisher>’s Name" introduces one of its reporters, not an actor. */
  publisher?: string | null;
  /** What the reader knows of names (the gazetteer, organisations, chosen packs). */
  catalogue?: Catalogue;
  /**
   * The page's posts, when the text read is its title and standfirst alone: the words the page
   * writes in lower case there tell a label's noun from a name's word ("King Aldric Coronation: …"
   * over "… his coronation", name-shapes.ts). Looked at only for such a rare shape.
   */
  pageText?: string;
}

/**
 * One item being read for its actors: its text, what is known of it, and what the rules have found
 * so far. Each rule (one file of `actor-rules/`) reads it and adds to it, in the order of
 * `ACTOR_RULES` (src/read/actors.ts).
 */
export interface ActorScan {
  /** Headline and paragraphs, one per line. */
  text: string;
  headline: string;
  /** Where the lead (headline and first paragraph) ends. */
  leadEnd: number;
  options: FindOptions;
  catalogue: Catalogue;
  ix: ActorIndex;
  /** Words never in a person's name (not-names.ts). */
  notName: Set<string>;
  /** Catalogue forms in the text, with their offsets. */
  forms: Array<{ form: string; at: number }>;
  /** Demonyms followed by a space, with their countries. */
  demonyms: Array<PhraseHit<CatalogueActor>>;
  /** Where the words of a deal end ("the takeover of| Harbourline"). */
  deals: number[];
  /** Where a capitalised body's noun before its field starts ("Chile’s |Ministry of Health"). */
  bodiesOf: number[];
  /** Titles and roles ("Foreign Minister", "spokeswoman"), whole words. */
  titles: Array<PhraseHit<string>>;
  /** Where capitalised words start. */
  capitals: number[];
  /** The text's words and where each stands (`word-index.ts`): a rule tries its pattern only where its words are. */
  words: WordIndex;
  /** The actors found, in the order found, each principal once any of its mentions is. */
  found: Map<string, { actor: CatalogueActor; principal: boolean }>;
  /** Spans a name already holds: a name inside one is part of that one. */
  taken: Array<[number, number]>;
  /** The acronyms the item gives bodies found by shape, in brackets after their names ("… Commission (XEC)"), by id. */
  acronyms: Map<string, string[]>;
  /** Short forms that name an actor found in full: surnames, a company's short name, a defined acronym. */
  surnames: Map<string, CatalogueActor>;
}

export function createScan(headline: string, paragraphs: string[], options: FindOptions): ActorScan {
  const catalogue = options.catalogue ?? catalogueFor();
  const ix = actorIndex(catalogue);
  const text = [headline, ...paragraphs].join('\n');
  return {
    text, headline, leadEnd: headline.length + 1 + (paragraphs[0]?.length ?? 0), options, catalogue, ix,
    notName: notNameWords(catalogue),
    ...phrasesIn(ix, text),
    capitals: capitalStarts(text),
    words: wordIndex(text),
    found: new Map(), taken: [], surnames: new Map(), acronyms: new Map(),
  };
}

/** Whether a mention at `at` makes its actor principal: in the headline, or speaking or acting in the lead. */
export const isPrincipalAt = (scan: ActorScan, at: number, form: string): boolean =>
  at < scan.headline.length || isSubjectOfSpeech(scan.text, at, form, at < scan.leadEnd);

/**
 * "National Electoral Commission (NEC-X)": the acronym the item gives a body it found by shape names
 * it again here, and is carried with the body's reference (`ActorRef.acronyms`) so that pages
 * naming the body otherwise are joined to it by that acronym (src/chronology/body-identity.ts). A
 * catalogue body keeps its own aliases.
 */
export function defineAcronym(scan: ActorScan, actor: CatalogueActor, acronym: string): void {
  scan.surnames.set(acronym, actor);
  if (!foundByShape(actor)) return;
  const list = scan.acronyms.get(actor.id) ?? [];
  if (!list.includes(acronym)) scan.acronyms.set(actor.id, [...list, acronym]);
}

/** Records a mention of an actor; an actor principal once stays principal. */
export function mark(scan: ActorScan, actor: CatalogueActor, at: number, form: string): void {
  const prev = scan.found.get(actor.id);
  if (prev?.principal) return;
  scan.found.set(actor.id, { actor, principal: isPrincipalAt(scan, at, form) });
}

/** Records an actor a rule found acting where it stands ("the Senate voted"): principal in the headline or the lead. */
export function markActing(scan: ActorScan, actor: CatalogueActor, at: number): void {
  const principal = at < scan.leadEnd;
  const prev = scan.found.get(actor.id);
  if (!prev || (principal && !prev.principal)) scan.found.set(actor.id, { actor, principal });
}

const LETTER = bmpLetters(/\p{L}/u);

/**
 * What `before` (a pattern anchored at its end, `…$`) finds right before the first whole-word
 * occurrence of `word` in `text` that has it, looking back at most `lookBack` characters; a word
 * ends where `wordChar` stops matching. The slice starts on a word's start, so the pattern's
 * lookbehind sees what the text has before it. Group 1 of the match, or undefined.
 */
export function matchBefore(text: string, word: string, before: RegExp, lookBack: number, wordChar: RegExp = LETTER): string | undefined {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (wordChar.test(text[i + word.length] ?? '')) continue;
    let from = Math.max(0, i - lookBack);
    while (from > 0 && from < i && LETTER.test(text[from - 1]!)) from++;
    const m = before.exec(text.slice(from, i));
    if (m) return m[1];
  }
  return undefined;
}
