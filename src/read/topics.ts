import type { TopicRef } from '../model/types';
import { TOPICS } from './catalogue';
import { isWordChar } from './shape';

/** One matcher per topic: any of its phrases at a word start, case-insensitive (plain indexOf: fast). */
const MATCHERS = TOPICS.map((t) => ({ topic: t, ref: Object.freeze({ id: t.id, name: t.name }), phrases: t.phrases.map((p) => p.toLowerCase()) }));

function hasPhrase(lower: string, phrases: string[]): boolean {
  for (const p of phrases) {
    for (let at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + 1)) {
      if (!isWordChar(lower[at - 1])) return true;
    }
  }
  return false;
}

/**
 * Topics of one item, from the phrases in data/topics.json. Named subjects need one phrase; a broad
 * theme needs its phrase in the headline or lead, so a passing word does not file an item under it.
 */
export function findTopics(headline: string, paragraphs: string[]): TopicRef[] {
  const all = [headline, ...paragraphs].join('\n').toLowerCase();
  const lead = [headline, paragraphs[0] ?? ''].join('\n').toLowerCase();
  return MATCHERS
    .filter(({ topic, phrases }) => hasPhrase(topic.theme ? lead : all, phrases))
    .map(({ ref }) => ref);
}
