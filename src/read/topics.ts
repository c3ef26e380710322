import type { TopicRef } from '../model/types';
import { type Catalogue, type CatalogueTopic, catalogueFor } from './catalogue';
import { PhraseIndex } from './phrase-index';

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
 * does not file an item under it, and never as the start of a longer phrase that means something else
 * (`notPhrases`: "ruling party" is no court's ruling, a "rescue deal" no disaster's rescue).
 */
export function findTopics(headline: string, paragraphs: string[], catalogue: Catalogue = catalogueFor()): TopicRef[] {
  const { topics, index, refs } = topicIndex(catalogue);
  const all = [headline, ...paragraphs].join('\n').toLowerCase();
  const leadEnd = `${headline}\n${paragraphs[0] ?? ''}`.toLowerCase().length;
  const has = new Array<boolean>(topics.length).fill(false);
  for (const { value: k, at } of index.find(all, undefined, true)) {
    if (has[k] || (topics[k]!.theme && at >= leadEnd)) continue;
    // "the ruling party", "an emergency rescue deal": a longer phrase that means something else.
    if (topics[k]!.notPhrases?.some((p) => all.startsWith(p, at))) continue;
    has[k] = true;
  }
  return refs.filter((_, k) => has[k]);
}
