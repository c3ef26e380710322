import chromeData from '../../data/lexicon/chrome.json';
import type { PageLine, Sorted } from './boilerplate';
import { bmpLetters } from './bmp-letters';
import { alternation } from './lexicon';
import { summaryHeadingShaped } from './line-rules/site-chrome';
import { MAX_UPDATE_WORDS } from './stacked-updates';
import { bodyLike, storyLine, endsSentence, headlineShaped, isBullet, LIST_MARK, MIN_TEXT_WORDS, words } from './shape';

/**
 * A live page whose posts are the list that ends its copy. Under the page's intro (paragraphs that
 * recap the story, a summary's bullets) a line hands the reader over to the updates ("Here are the
 * latest updates on the fire:", "Latest Updates", "Flood: Here Are The LIVE Updates") and the
 * posts follow, each entry marked as the page marks all of them: the same bullet, numbers counting
 * up from 1 (a number may be printed on the hand-over line itself, or after a related-article link
 * the copy ran into), or nothing but a line each, no blank line between. Whatever the mark, the
 * page repeats it down to its end; the hand-over line says where the posts begin, and that the list
 * is the page's updates, not a summary ("Key updates", "Highlights" above bullets under the title).
 */

/** What a hand-over line names (chrome.json `signOff.handOverCues`): the updates below, "latest", "so far". */
export const HAND_OVER_CUE = new RegExp(`\\b(?:${alternation(chromeData.signOff.handOverCues)})\\b`, 'i');
/**
 * What names the updates themselves (chrome.json `signOff.updateCues`: "updates", "live"): an article's
 * explainer or summary may be handed over to as well ("What we know so far:", "The latest:").
 */
const UPDATE_CUE = new RegExp(`\\b(?:${alternation(chromeData.signOff.updateCues)})\\b`, 'i');
/**
 * Longest hand-over line, in words: a label or one introducing sentence, with the story's name
 * ("Marl Dam Breach Live Update Here are the top 10 updates on the Marl dam breach").
 */
const MAX_HAND_OVER_WORDS = 18;
/** Entries a list holds at least for them to be posts (a two-post live page is still one). */
const MIN_LISTED_POSTS = 2;
/**
 * Lines a list without marks holds at least: two short lines under a label are as often a
 * summary's; a run of one-line updates is longer.
 */
const MIN_UNMARKED_POSTS = 3;
/** Words of one unmarked entry at least: a sentence ("Imran Reyes has left.") */
const MIN_UNMARKED_POST_WORDS = 3;
/** Headline + text pairs above the hand-over line past which the page heads its own posts: the list is one post's. */
const MAX_HEADED_PAIRS_ABOVE = 1;

/** A list number at a line's start ("2. Prayers …"), or run on after other text ("… collapse 1. Officials …"). */
const NUMBER_AT_START = bmpLetters(/^(\d{1,2})[.)]\s+(?=[\p{Lu}\p{N}“"‘'])/u);
const NUMBER_GLUED = bmpLetters(/(?<=[\p{L}\p{N}.:!?”"’)])\s+(\d{1,2})\.\s+(?=[\p{Lu}“"‘'])/gu);

/** One entry of the list: the kept line it starts on, its text without the mark, and the lines that continue it. */
export interface ListedEntry {
  index: number;
  text: string;
  more: number[];
}

export interface ListedPosts {
  entries: ListedEntry[];
  /** The hand-over line, when the page printed it on a line of its own (kept, dropped or taken as the title): its line number. */
  handOver: number | null;
  /** Kept-line index where the intro above the list ends (exclusive). */
  introEnd: number;
}

/** Where a number `n` marks an entry in a line: at its start, or run on after other text; the entry's text, and the text before it. */
function numbered(t: string, n: number): { before: string; text: string } | null {
  const start = NUMBER_AT_START.exec(t);
  if (start) return Number(start[1]) === n ? { before: '', text: t.slice(start[0].length) } : null;
  // A number run on is one or two digits and a stop: a line without the number's last digit before a
  // stop holds no such mark (most lines; NUMBER_GLUED's lookbehind is tried at every place).
  if (!t.includes(`${n % 10}.`)) return null;
  for (const m of t.matchAll(NUMBER_GLUED)) if (Number(m[1]) === n) return { before: t.slice(0, m.index).trim(), text: t.slice(m.index! + m[0].length) };
  return null;
}
const startsNumbered = (t: string): boolean => NUMBER_AT_START.test(t);
const bulletOf = (t: string): string | null => (isBullet(t) ? t[0]! : null);

/** A line of story: a sentence, or a paragraph run into a link's label ("… Also Read - Crisis: …"): `storyLine`. */
const story = storyLine;

/** A line that hands over to the list under it: short, names the updates, no summary's heading, no sentence of news. */
export const handsOver = (t: string): boolean => words(t) <= MAX_HAND_OVER_WORDS && HAND_OVER_CUE.test(t) && !summaryHeadingShaped(t) && !/[.!?]["”’]?$/.test(t);

/** The list numbered from 1 that ends the kept lines, or null. */
function numberedList(lines: readonly PageLine[]): { entries: ListedEntry[]; before: string } | null {
  // (The last entry "1" the page prints: a page may print a summary numbered from 1 higher up.)
  for (let first = lines.length - 1; first >= 0; first--) {
    const one = numbered(lines[first]!.text, 1);
    if (!one) continue;
    const entries: ListedEntry[] = [{ index: first, text: one.text, more: [] }];
    let ok = true;
    for (let i = first + 1; i < lines.length; i++) {
      const next = numbered(lines[i]!.text, entries.length + 1);
      if (next) { entries.push({ index: i, text: next.text, more: [] }); continue; }
      // A line opening on another number breaks the count: no list of the page's.
      if (startsNumbered(lines[i]!.text)) { ok = false; break; }
      entries.at(-1)!.more.push(i);
    }
    if (ok && entries.length >= MIN_LISTED_POSTS) return { entries, before: one.before };
    return null;
  }
  return null;
}

/** The run of lines marked by one bullet that ends the kept lines, or null. */
function bulletedList(lines: readonly PageLine[]): ListedEntry[] | null {
  const mark = bulletOf(lines.at(-1)?.text ?? '');
  if (!mark) return null;
  let from = lines.length - 1;
  while (from > 0 && bulletOf(lines[from - 1]!.text) === mark) from--;
  const run = lines.slice(from).map((l, k) => ({ index: from + k, text: l.text.replace(LIST_MARK, ''), more: [] }));
  return run.length >= MIN_LISTED_POSTS ? run : null;
}

/**
 * A line that can be one entry of a list without marks: a sentence of its own, opening on a capital,
 * a figure or a quote and closing on a stop or on the agency it credits ("… Dale Times (AGENCY)").
 */
const ONE_LINE_ENTRY = bmpLetters(/^[\p{Lu}\p{N}“"‘'].*(?:[.!?]["”’]?|\))$/u);
const oneLineEntry = (t: string): boolean => !isBullet(t) && !startsNumbered(t) && ONE_LINE_ENTRY.test(t)
  && words(t) >= MIN_UNMARKED_POST_WORDS && words(t) <= MAX_UPDATE_WORDS;

/** The run of one-sentence lines, no blank line between, that ends the kept lines of a live page, or null. */
function unmarkedList(lines: readonly PageLine[]): ListedEntry[] | null {
  const entry = (l: PageLine) => oneLineEntry(l.text);
  let from = lines.length;
  while (from > 0 && entry(lines[from - 1]!) && (from === lines.length || lines[from]!.no === lines[from - 1]!.no + 1)) from--;
  const run = lines.slice(from).map((l, k) => ({ index: from + k, text: l.text, more: [] }));
  return run.length >= MIN_UNMARKED_POSTS ? run : null;
}

/**
 * The posts of a page that ends on a list under a hand-over line, or null. `live`: the page says it
 * is live (a list of bullets or bare lines is read only there; a count from 1 under a hand-over line says so itself).
 */
export function listedPosts(lines: readonly PageLine[], sorted: Sorted, live: boolean): ListedPosts | null {
  if (!lines.length || sorted.stamps.size > 0) return null;
  const num = numberedList(lines);
  // (Bullets and bare lines only on a page that says it is live: an article may close on "In other
  // developments:" over bullets that sum up the rest; a count from 1 run onto a hand-over line is the page's updates.)
  const entries = num?.entries ?? (live ? bulletedList(lines) ?? unmarkedList(lines) : null);
  if (!entries) return null;
  const first = entries[0]!;
  // The hand-over: the text a number "1." was run onto, or the nearest line above the list as the
  // copy printed it (kept, set aside by the line rules, or taken for the title).
  let handOver: { no: number | null; text: string } | null = num?.before ? { no: null, text: num.before } : null;
  const firstNo = lines[first.index]!.no;
  const keptAbove = lines[first.index - 1];
  if (!handOver) {
    const printed = [...(keptAbove ? [{ no: keptAbove.no, text: keptAbove.text }] : []), ...(sorted.title ? [{ no: sorted.title.no, text: sorted.title.text }] : []),
      ...sorted.dropped.map((d) => ({ no: d.line, text: d.text }))].filter((p) => p.no < firstNo).sort((a, b) => b.no - a.no);
    handOver = printed[0] ?? null;
  }
  if (!handOver || !handsOver(handOver.text)) return null;
  // (Off a page that says it is live, a numbered list is its updates only when the hand-over names
  // them: "Here is what we know so far: 1. …" is an article's explainer under its lead.)
  if (!live && !UPDATE_CUE.test(handOver.text)) return null;
  // (The page's title hands over only when story stands above it: a copy that starts in its
  // intro, the line announcing the updates read as the title. A live title over a summary's
  // bullets, "Flood live: …", hands over to nothing.)
  const introEnd = handOver.no !== null && keptAbove && keptAbove.no === handOver.no ? first.index - 1 : first.index;
  const intro = lines.slice(0, introEnd);
  if (handOver.no !== null && handOver.no === sorted.title?.no && !intro.some((l) => l.no < handOver!.no! && story(l.text))) return null;
  if (!num?.before && !intro.some((l) => story(l.text)) && !sorted.title) return null;
  // A page that heads its own posts above the list: the list is one post's.
  const pairs = intro.filter((l, k) => headlineShaped(l.text) && !endsSentence(l.text) && !isBullet(l.text) && !!intro[k + 1] && bodyLike(intro[k + 1]!.text, MIN_TEXT_WORDS)).length;
  if (pairs > MAX_HEADED_PAIRS_ABOVE) return null;
  return { entries, handOver: handOver.no, introEnd };
}

/** The number of the last entry a line prints ("3. Officials …", "… Also Read: … 4. The team …"), or null. */
export function lastListNumber(t: string): number | null {
  let n: number | null = null;
  const start = NUMBER_AT_START.exec(t);
  if (start) n = Number(start[1]);
  for (const m of t.matchAll(NUMBER_GLUED)) n = Number(m[1]);
  return n;
}

/**
 * The story's last line (index into `page`), carried past the entries of the list it ends on: the
 * next number of the count the page runs ("4. …" then a short "5. Earlier on Saturday, …" cut by
 * the copy), or, on a live page whose story ends on one-sentence lines, one more such line right
 * under the last, no blank line between. A link list under a story is headlines, counted by no one.
 */
export function listContinued(page: readonly PageLine[], dropped: ReadonlyMap<number, unknown>, lastBody: number, live: boolean): number {
  if (lastBody < 0) return lastBody;
  // (The count the story's last line itself runs: a number higher up heads a list that ended there.)
  let count = lastListNumber(page[lastBody]!.text);
  for (let i = lastBody + 1; i < page.length; i++) {
    const l = page[i]!;
    if (dropped.has(l.no)) continue;
    const start = NUMBER_AT_START.exec(l.text);
    if (count !== null && start && Number(start[1]) === count + 1) { count++; lastBody = i; continue; }
    const prev = page[lastBody]!;
    if (live && count === null && l.no === prev.no + 1 && oneLineEntry(l.text) && (oneLineEntry(prev.text) || handsOver(prev.text))) { lastBody = i; continue; }
    // (A label handing over to such lines, under the story's last long paragraph: "Latest Updates".)
    const under = page.slice(i + 1, i + 1 + MIN_UNMARKED_POSTS);
    if (live && count === null && handsOver(l.text) && under.length === MIN_UNMARKED_POSTS
      && under.every((u, k) => !dropped.has(u.no) && u.no === (k ? under[k - 1]! : l).no + 1 && oneLineEntry(u.text))) { lastBody = i; continue; }
    break;
  }
  return lastBody;
}

/** Characters of a republisher's source label in brackets before a paragraph at most ("(AGENCY- Outlet)"). */
const MAX_SOURCE_LABEL_CHARS = 40;
/** Words of a live page's label before its furniture word at most (the story's name: "Dam Breach Live Updates"). */
const MAX_LABEL_WORDS = 8;

/**
 * A live page's own label run onto its first paragraph, the page's title printed as a kicker over
 * its recap ("Dam Breach Live Updates: Police moved …", "Flood updates: …"), a republisher's source
 * label before it ("(AGENCY- Outlet) "…"): a label of a few words that ends on the blog's furniture
 * (chrome.json `liveFurniture`) or names the updates (`signOff.updateCues`), then a colon — never an
 * article's own explainer label ("What we know so far: …", "The latest: …").
 */
const LIVE_LABEL = bmpLetters(new RegExp(`^(?:\\([^()]{1,${MAX_SOURCE_LABEL_CHARS}}\\)\\s*)?["“]?(?:[\\p{L}\\p{N}'’-]+\\s+){0,${MAX_LABEL_WORDS}}?(?:${alternation(chromeData.liveFurniture)}|${alternation(chromeData.signOff.updateCues)})\\s*:\\s+\\S`, 'iu'));

/**
 * The index of a live page's intro paragraph that opens on the page's own label (`LIVE_LABEL`),
 * when it is the first paragraph of the kept lines; -1 otherwise. What the page reports follows it.
 */
export function labelledIntro(lines: readonly PageLine[]): number {
  const first = lines.findIndex((l) => story(l.text));
  return first >= 0 && opensOnLiveLabel(lines[first]!.text) ? first : -1;
}

/** A paragraph that opens on a live page's own label (`LIVE_LABEL`): the page says it is live. */
export const opensOnLiveLabel = (t: string): boolean => story(t) && LIVE_LABEL.test(t);
