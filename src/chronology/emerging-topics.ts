import type { Item, TopicRef } from '../model/types';
import { slug } from '../read/actors';
import { KNOWN_NAMES, TOPICS } from '../read/catalogue';

/**
 * Named subjects the catalogue does not have yet, found by recurrence: a capitalised phrase of two
 * to four words ("Winter Olympics", "Allied Resolve") that names no actor, no title and no date,
 * and appears in reports from at least MIN_PAGES pages. Such a phrase becomes a topic of every
 * report that names it.
 */
export const EMERGING = {
  /** Pages that must name the phrase. */
  minPages: 2,
  /** Reports that must name the phrase. */
  minReports: 3,
} as const;

const PHRASE = /(?<![\p{L}\p{N}’'-])((?:[\p{Lu}][\p{L}’'-]*|\d+)(?:\s+(?:of\s+|the\s+|and\s+)?(?:[\p{Lu}][\p{L}’'-]*|\d+)){1,3})(?![\p{L}\p{N}])/gu;
/** Words that make a phrase a title, a date, a place-holder or a sentence opening, not a subject. */
const NOT_SUBJECT = /^(The|A|An|In|On|At|But|And|As|If|It|He|She|They|We|This|That|Mr|Mrs|Ms|Dr|President|Prime|Minister|Foreign|Defence|Defense|Secretary|Spokesman|Spokeswoman|Spokesperson|Chancellor|Sen|Senator|General|Deputy|Chief|Ambassador|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Read|Click|Here|What|Why|How|When|Where|Who|Asked|Speaking|According|Meanwhile|Earlier|However|Latest|Live|Updates?|News)$/u;

const known = new Set([...KNOWN_NAMES, ...TOPICS.flatMap((t) => t.phrases)].map((s) => s.toLowerCase()));
const knownWords = new Set(KNOWN_NAMES.flatMap((n) => n.split(/\s+/)).filter((w) => /^[\p{Lu}]/u.test(w)));

function phrasesOf(item: Item): Set<string> {
  const out = new Set<string>();
  for (const m of `${item.headline}\n${item.body}`.matchAll(PHRASE)) {
    const words = m[1]!.split(/\s+/);
    while (words.length && NOT_SUBJECT.test(words[0]!)) words.shift();
    if (words.length < 2 || words.some((w) => NOT_SUBJECT.test(w) || knownWords.has(w) || /[’']s$/u.test(w))) continue;
    const phrase = words.join(' ');
    if (!known.has(phrase.toLowerCase()) && !/^\d/u.test(phrase)) out.add(phrase);
  }
  return out;
}

/** Adds the recurring named subjects to the items' topics (in place); returns the new topics. */
export function addEmergingTopics(items: Item[]): TopicRef[] {
  // Two passes (count, then attach) so a large corpus never holds every report's phrases at once.
  const seen = new Map<string, { pages: Set<string>; reports: number }>();
  items.forEach((item) => {
    for (const p of phrasesOf(item)) {
      const s = seen.get(p) ?? { pages: new Set<string>(), reports: 0 };
      s.pages.add(item.seed);
      s.reports++;
      seen.set(p, s);
    }
  });
  const topics = new Map<string, TopicRef>();
  for (const [phrase, s] of seen) {
    if (s.pages.size >= EMERGING.minPages && s.reports >= EMERGING.minReports) {
      topics.set(phrase, Object.freeze({ id: `subject-${slug(phrase)}`, name: phrase }));
    }
  }
  seen.clear();
  if (topics.size) {
    for (const item of items) {
      const extra = [...phrasesOf(item)].flatMap((p) => topics.get(p) ?? []);
      if (extra.length) item.topics = [...item.topics, ...extra];
    }
  }
  return [...topics.values()];
}
