import type { TopicRef } from '../model/types';
import { TOPICS } from './catalogue';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One pattern per topic: any of its phrases at a word start, case-insensitive. */
const MATCHERS = TOPICS.map((t) => ({
  topic: t,
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${t.phrases.map(esc).join('|')})`, 'iu'),
}));

/**
 * Topics of one item, from the phrases in data/topics.json. Named subjects need one phrase; a broad
 * theme needs its phrase in the headline or lead, so a passing word does not file an item under it.
 */
export function findTopics(headline: string, paragraphs: string[]): TopicRef[] {
  const all = [headline, ...paragraphs].join('\n');
  const lead = [headline, paragraphs[0] ?? ''].join('\n');
  return MATCHERS
    .filter(({ topic, re }) => re.test(topic.theme ? lead : all))
    .map(({ topic }) => ({ id: topic.id, name: topic.name }));
}
