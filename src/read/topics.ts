import type { TopicRef } from '../model/types';
import { type Catalogue, type CatalogueTopic, catalogueFor } from './catalogue';
import { PhraseIndex } from './phrase-index';
import { isWordChar } from './shape';

interface TopicIndex { topics: readonly CatalogueTopic[]; index: PhraseIndex<number>; refs: readonly TopicRef[] }
const indexes = new WeakMap<Catalogue, TopicIndex>();

/** Every topic phrase of a catalogue, lower-cased, filed for one-pass search; a phrase matches at a word start. */
function topicIndex(catalogue: Catalogue): TopicIndex {
  let ix = indexes.get(catalogue);
  if (!ix) {
    const topics = catalogue.topics;
    ix = {
      topics,
      index: new PhraseIndex(topics.flatMap((t, k) => t.phrases.map((p) => ({ phrase: p.toLowerCase(), value: k })))),
      refs: topics.map((t) => Object.freeze({ id: t.id, name: t.name })),
    };
    indexes.set(catalogue, ix);
  }
  return ix;
}

/**
 * Topics of one item, from the catalogue's phrases (data/lexicon/themes.json and chosen packs). Named
 * subjects need one phrase; a broad theme needs its phrase in the headline or lead, so a passing word
 * does not file an item under it, and never inside a longer phrase that means something else
 * (`notPhrases`: "ruling party" is no court's ruling, a "rescue deal" no disaster's rescue, a
 * "campaign rally" no protest), nor as the start of a capitalised name ("Stockvale").
 */
export function findTopics(headline: string, paragraphs: string[], catalogue: Catalogue = catalogueFor()): TopicRef[] {
  const { topics, index, refs } = topicIndex(catalogue);
  const text = [headline, ...paragraphs].join('\n');
  const all = text.toLowerCase();
  // Lower-casing keeps every offset for the text news is written in; where it does not, no name is told apart.
  const cased = all.length === text.length ? text : all;
  const leadEnd = `${headline}\n${paragraphs[0] ?? ''}`.toLowerCase().length;
  const has = new Array<boolean>(topics.length).fill(false);
  for (const { value: k, at, phrase } of index.find(all, undefined, true)) {
    if (has[k] || (topics[k]!.theme && at >= leadEnd)) continue;
    // A phrase is a word's start ("negotiat" of "negotiators"), never a name's: a capitalised word
    // that only begins with it, inside a sentence, is a place or a person ("Stockvale", "Crimeford").
    if (runsIntoName(cased, at, phrase.length)) continue;
    // "the ruling party", "an emergency rescue deal", "a campaign rally": a longer phrase holding
    // it that means something else, whether it opens that phrase or ends it.
    if (topics[k]!.notPhrases?.some((p) => { const from = p.indexOf(phrase); return from >= 0 && from <= at && all.startsWith(p, at - from); })) continue;
    has[k] = true;
  }
  return refs.filter((_, k) => has[k]);
}

/** Whether the phrase at `at` runs on into a longer capitalised word that does not open a sentence or a line. */
function runsIntoName(text: string, at: number, length: number): boolean {
  if (!isWordChar(text[at + length]) || !/\p{Lu}/u.test(text[at]!)) return false;
  const before = text.slice(Math.max(0, at - 3), at);
  return !(at === 0 || /(?:^|[.!?:;"“‘]\s*|\n\s*)$/u.test(before));
}
