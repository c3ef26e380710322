import type { Item, TopicRef } from '../model/types';
import { slug } from '../read/actors';
import { type Catalogue, catalogueFor } from '../read/catalogue';
import { fnv1a } from '../read/fingerprint';

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
const NOT_SUBJECT = /^(The|the|of|A|An|In|On|At|But|And|As|If|It|He|She|They|We|This|That|Mr|Mrs|Ms|Dr|President|Prime|Minister|Foreign|Defence|Defense|Secretary|Spokesman|Spokeswoman|Spokesperson|Chancellor|Sen|Senator|General|Deputy|Chief|Ambassador|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Read|Click|Here|What|Why|How|When|Where|Who|Asked|Speaking|According|Meanwhile|Earlier|However|Latest|Live|Updates?|News)$/;

/** What a catalogue already names: a phrase inside one of its names or topic phrases is no new subject ("Nord Stream"). */
interface Known { phrases: string[]; words: Set<string>; memo: Map<string, boolean> }
const knownOf = new WeakMap<Catalogue, Known>();
function known(catalogue: Catalogue): Known {
  let k = knownOf.get(catalogue);
  if (!k) {
    k = {
      phrases: [...catalogue.knownNames, ...catalogue.topics.flatMap((t) => t.phrases)].map((s) => s.toLowerCase()),
      words: new Set(catalogue.knownNames.flatMap((n) => n.split(/\s+/)).filter((w) => /^[\p{Lu}]/u.test(w))),
      memo: new Map(),
    };
    knownOf.set(catalogue, k);
  }
  return k;
}
/** Whether a lower-case phrase is inside a known one; remembered, as the same phrases recur page after page. */
function isKnown(k: Known, lower: string): boolean {
  let hit = k.memo.get(lower);
  if (hit === undefined) {
    hit = k.phrases.some((p) => p.includes(lower));
    if (k.memo.size >= 50_000) k.memo.clear();
    k.memo.set(lower, hit);
  }
  return hit;
}

/** A short all-capitals word is an abbreviation of a title or body (FM, PM, UN), not a subject. */
const ABBREVIATION = /^[\p{Lu}]{1,3}$/u;

/**
 * Candidate subject phrases of one report, from its headline and lead (where a report names its
 * subject, and a fraction of the text to scan). Actor names are left in: which names are actors is
 * known only for the whole corpus.
 */
export function subjectPhrases(item: Item, catalogue: Catalogue = catalogueFor()): Set<string> {
  const k = known(catalogue);
  const out = new Set<string>();
  const text = `${item.headline}\n${item.body.split('\n\n', 1)[0]}`;
  for (const m of text.matchAll(PHRASE)) {
    // Whoever was "told" is a source of the story (an outlet, an agency), not its subject.
    if (/\btold\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const words = m[1]!.split(/\s+/);
    while (words.length && NOT_SUBJECT.test(words[0]!)) words.shift();
    if (words.length < 2 || words.some((w) => (w !== 'of' && w !== 'the' && NOT_SUBJECT.test(w)) || k.words.has(w) || ABBREVIATION.test(w) || /[’']s$/.test(w))) continue;
    const phrase = words.join(' ');
    const lower = phrase.toLowerCase();
    if (!isKnown(k, lower)) out.add(phrase);
  }
  return out;
}

/**
 * A report's candidate phrases as hashes, two per phrase: of the phrase and of its lower-case form
 * (compared with actor names). Computed where the page is read; counting needs no strings.
 */
export function subjectHashes(item: Item, catalogue: Catalogue = catalogueFor()): number[] {
  return [...subjectPhrases(item, catalogue)].flatMap((p) => [fnv1a(p), fnv1a(p.toLowerCase())]);
}

/** Per item i, its phrase hash pairs at data[offsets[i]] .. data[offsets[i + 1]]. */
export interface PhraseStore { offsets: Uint32Array; data: Uint32Array }

/**
 * Adds the recurring named subjects to the items' topics (in place); returns the new topics.
 * Items come in page order (all of a page's reports together), as the assembler gives them.
 */
export function addEmergingTopics(items: Item[], phrases: PhraseStore): TopicRef[] {
  // A phrase that is somebody's name (a person or body the reader found) is an actor, not a subject.
  const actorNames = new Set<number>();
  for (const item of items) for (const a of item.actors) actorNames.add(fnv1a(a.name.toLowerCase()));
  const seen = new Map<number, { lastPage: string; pages: number; reports: number }>();
  const each = (i: number, f: (hash: number) => void) => {
    for (let k = phrases.offsets[i]!; k < phrases.offsets[i + 1]!; k += 2) if (!actorNames.has(phrases.data[k + 1]!)) f(phrases.data[k]!);
  };
  items.forEach((item, i) => each(i, (h) => {
    const s = seen.get(h);
    if (!s) { seen.set(h, { lastPage: item.seed, pages: 1, reports: 1 }); return; }
    if (s.lastPage !== item.seed) { s.lastPage = item.seed; s.pages++; }
    s.reports++;
  }));
  const recurring = new Set<number>();
  for (const [h, s] of seen) if (s.pages >= EMERGING.minPages && s.reports >= EMERGING.minReports) recurring.add(h);
  seen.clear();
  // The phrases themselves are read again only from the few reports that hold a recurring one.
  const topics = new Map<string, TopicRef>();
  if (recurring.size) {
    items.forEach((item, i) => {
      let holds = false;
      each(i, (h) => { holds ||= recurring.has(h); });
      if (!holds) return;
      const extra: TopicRef[] = [];
      for (const p of subjectPhrases(item)) {
        if (!recurring.has(fnv1a(p)) || actorNames.has(fnv1a(p.toLowerCase()))) continue;
        let t = topics.get(p);
        if (!t) { t = Object.freeze({ id: `subject-${slug(p)}`, name: p }); topics.set(p, t); }
        extra.push(t);
      }
      if (extra.length) item.topics = [...item.topics, ...extra];
    });
  }
  return [...topics.values()];
}
