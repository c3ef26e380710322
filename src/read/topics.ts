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

/**
 * The topics of a page's posts: each post's own (`findTopics`), and for a post of a page of several
 * (a live page, a round-up of one story) that names none, the topics its page's title names: "Which
 * lines are affected" under a rail strike's live page is the strike's. A post that names its own
 * ("Troops move to the border") keeps them alone: a live page's title is often its latest post's
 * headline ("Latest updates: hopes for talks"), not what every post is about. A page of one post is
 * headlined by its title already.
 */
export function pageTopics(title: string | undefined, posts: ReadonlyArray<{ headline: string; paragraphs: string[] }>, catalogue: Catalogue = catalogueFor()): TopicRef[][] {
  const own = posts.map((p) => findTopics(p.headline, p.paragraphs, catalogue));
  if (posts.length < PAGE_TITLE_POSTS || !title) return own;
  const titled = findTopics(title, [], catalogue);
  // A title topic the posts themselves hold, from this share of them, is the page's: every post's.
  const shared = titled.filter((t) => own.filter((ts) => ts.some((x) => x.id === t.id)).length / posts.length >= PAGE_TITLE_SHARE);
  return own.map((ts) => (ts.length ? [...ts, ...shared.filter((t) => !ts.some((x) => x.id === t.id))] : titled));
}
/** Posts a page must have for its title's topics to be its posts' (`pageTopics`). */
const PAGE_TITLE_POSTS = 2;
/**
 * A title topic held by this share of a page's posts on their own is every post's: the title says
 * what the page is about and its posts agree (a strike's live page, a third of whose posts say
 * "strike"). Below it the title is one post's headline ("Latest updates: hopes for talks").
 */
const PAGE_TITLE_SHARE = 0.25;
