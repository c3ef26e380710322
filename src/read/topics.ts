import type { TopicRef } from '../model/types';
import { TOPICS } from './catalogue';
import { PhraseIndex } from './phrase-index';

/** Every topic phrase, lower-cased, filed for one-pass search; a phrase matches at a word start. */
const INDEX = new PhraseIndex(TOPICS.flatMap((t, k) => t.phrases.map((p) => ({ phrase: p.toLowerCase(), value: k }))));
const REFS = TOPICS.map((t) => Object.freeze({ id: t.id, name: t.name }));

/**
 * Topics of one item, from the phrases in data/topics.json. Named subjects need one phrase; a broad
 * theme needs its phrase in the headline or lead, so a passing word does not file an item under it.
 */
export function findTopics(headline: string, paragraphs: string[]): TopicRef[] {
  const all = [headline, ...paragraphs].join('\n').toLowerCase();
  const leadEnd = `${headline}\n${paragraphs[0] ?? ''}`.toLowerCase().length;
  const has = new Array<boolean>(TOPICS.length).fill(false);
  for (const { value: k, at } of INDEX.find(all, undefined, true)) if (!TOPICS[k]!.theme || at < leadEnd) has[k] = true;
  return REFS.filter((_, k) => has[k]);
}
