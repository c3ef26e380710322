import type { Item, TopicRef } from '../model/types';
import { slug } from '../read/actors';
import { KNOWN_NAMES, TOPICS } from '../read/catalogue';

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
} as const;

const PHRASE = /(?<![\p{L}\p{N}’'-])([\p{Lu}][\p{L}’'-]*(?:\s+(?:of\s+|the\s+)?[\p{Lu}][\p{L}’'-]*){1,3})(?![\p{L}\p{N}])/gu;
/** Words that make a phrase a title, a date, a place-holder or a sentence opening, not a subject. */
const NOT_SUBJECT = /^(The|the|of|A|An|In|On|At|But|And|As|If|It|He|She|They|We|This|That|Mr|Mrs|Ms|Dr|President|Prime|Minister|Foreign|Defence|Defense|Secretary|Spokesman|Spokeswoman|Spokesperson|Chancellor|Sen|Senator|General|Deputy|Chief|Ambassador|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Read|Click|Here|What|Why|How|When|Where|Who|Asked|Speaking|According|Meanwhile|Earlier|However|Latest|Live|Updates?|News)$/u;

/** Names and topic phrases already known: a phrase inside one of them is no new subject ("Nord Stream"). */
const knownPhrases = [...KNOWN_NAMES, ...TOPICS.flatMap((t) => t.phrases)].map((s) => s.toLowerCase());
const knownWords = new Set(KNOWN_NAMES.flatMap((n) => n.split(/\s+/)).filter((w) => /^[\p{Lu}]/u.test(w)));

/** A short all-capitals word is an abbreviation of a title or body (FM, PM, UN), not a subject. */
const ABBREVIATION = /^[\p{Lu}]{1,3}$/u;

function phrasesOf(item: Item, actorNames: Set<string>): Set<string> {
  const out = new Set<string>();
  // Headline and lead: where a report names its subject (and a fraction of the text to scan).
  const text = `${item.headline}\n${item.body.split('\n\n', 1)[0]}`;
  for (const m of text.matchAll(PHRASE)) {
    // Whoever was "told" is a source of the story (an outlet, an agency), not its subject.
    if (/\btold\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const words = m[1]!.split(/\s+/);
    while (words.length && NOT_SUBJECT.test(words[0]!)) words.shift();
    if (words.length < 2 || words.some((w) => (w !== 'of' && w !== 'the' && NOT_SUBJECT.test(w)) || knownWords.has(w) || ABBREVIATION.test(w) || /[’']s$/u.test(w))) continue;
    const phrase = words.join(' ');
    // A person or body the reader found is an actor, not a subject.
    const lower = phrase.toLowerCase();
    if (!actorNames.has(lower) && !knownPhrases.some((k) => k.includes(lower))) out.add(phrase);
  }
  return out;
}

/** Adds the recurring named subjects to the items' topics (in place); returns the new topics. */
export function addEmergingTopics(items: Item[]): TopicRef[] {
  // Two passes (count, then attach) so a large corpus never holds every report's phrases at once.
  const actorNames = new Set(items.flatMap((i) => i.actors.map((a) => a.name.toLowerCase())));
  const seen = new Map<string, { pages: Set<string>; reports: number }>();
  items.forEach((item) => {
    for (const p of phrasesOf(item, actorNames)) {
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
      const extra = [...phrasesOf(item, actorNames)].flatMap((p) => topics.get(p) ?? []);
      if (extra.length) item.topics = [...item.topics, ...extra];
    }
  }
  return [...topics.values()];
}
