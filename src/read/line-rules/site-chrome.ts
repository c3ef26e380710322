import chromeData from '../../../data/lexicon/chrome.json';
import { REPORTING_VERB } from '../lexicon';
import { bodyLike, isBullet, words } from '../shape';
import { bylineShaped } from './byline';
import { wireDatelineAloneShaped } from './dateline';
import { pageBannerShaped } from './page-banner';
import type { LineRule, PageLine } from './rule';
import { bmpLetters } from '../bmp-letters';

/**
 * The site around the story (data/lexicon/chrome.json): a line that is a known piece of furniture
 * ("Share", "Sort by", "Most read", "Advertisement"), starts like one ("Sign up for …", "© 2022 …"),
 * or talks to the reader about the site ("We use cookies …", "Create a free account …").
 */
const LINES = new Set([...chromeData.lines, ...chromeData.summaryHeadings]);
const SUMMARY_HEADINGS = new Set(chromeData.summaryHeadings);
/** "Typhoon X at a glance": a summary's heading that names its subject first. */
const SUMMARY_SUFFIX = new RegExp(`\\s(?:${chromeData.summaryHeadingSuffixes.join('|')})\\W*$`, 'i');
/** "Harbourside Herald 1 week ago", "2 hours ago": how old a page or a link is, as a site prints it (an outlet's name may come first). */
const AGE_STAMP = bmpLetters(/^(?:[\p{Lu}][\p{L}\d.&'’-]*\s){0,4}\d+\s+(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago$/u);
const PREFIXES = chromeData.prefixes;
const EXPLAINER_HEADINGS = chromeData.explainerHeadings;
/** Longest line a prefix marks as furniture: past it, the line is prose that happens to start so. */
const MAX_PREFIXED_WORDS = 14;
const SITE_WORD = new RegExp(`\\b(?:${chromeData.siteWords.join('|')})\\b`, 'i');
const TO_READER = new RegExp(`\\b(?:you|your)\\b|^(?:${chromeData.imperatives.join('|')})\\b`, 'i');
/** News prose quotes and attributes; site text does neither. */
const PROSE = new RegExp(`[“”"]|\\b${REPORTING_VERB}\\b`, 'i');
/** Counts and labels after a widget's name: "Comments 14", "14 comments", "4 min read", "(12)". */
const COUNTED = /^(?:\d+\s+)?(.*?)(?:\s*[:(]?\s*\d+\)?)?$/;
const ANY_DIGIT = /\d/;

/**
 * A reading-time widget: "4 min read", "3 minute read", "Reading Time: 5 minutes", "Estimated
 * reading time: about 2 min", "Read time: 3 min", "Reading time:". Never a title, however it stands above the story.
 */
const READING_TIME = /^(?:(?:estimated\s+)?read(?:ing)?\s+time\b\s*:?\s*(?:about\s+|approx\.?\s+)?(?:\d+\s*(?:min|mins|minutes?|sec|secs|seconds?)\.?)?|\d+\s*(?:-\s*)?(?:min|mins|minutes?)(?:\s+(?:read|listen))?)$/i;

/** The line as furniture is compared: lower case, bullets and trailing colons or counts aside. */
function bare(t: string): string {
  const s = t.toLowerCase().replace(/^[•·▪●◦‣*–-]\s*/, '').replace(/[:|›»>]+\s*$/, '').trim();
  // A count is digits: a line without one has none to take off (most lines; COUNTED tries every length of its middle).
  if (!ANY_DIGIT.test(s)) return s;
  return COUNTED.exec(s)?.[1]?.trim() ?? s;
}

/**
 * "What we know about the fire": a summary's heading in a page, the title of an explainer on top of one.
 * (`b`: the line's `bare` form, when the caller has it.)
 */
export function explainerHeadingShaped(t: string, b?: string): boolean {
  if (words(t) > MAX_PREFIXED_WORDS) return false;
  const s = b ?? bare(t);
  return EXPLAINER_HEADINGS.some((p) => s.startsWith(p));
}

/** "Key points", "What we know so far" as a whole line: the heading over a summary, naming no subject. */
export const summaryHeadingAlone = (t: string): boolean => SUMMARY_HEADINGS.has(bare(t));

/** An article opening a summary's heading: "A summary of …", "The key points". */
const LEADING_ARTICLE = /^(?:a|the)\s+/;

/** "What we know so far", "Key points", "What to know about the fires:": the heading over a page's summary. */
export function summaryHeadingShaped(t: string): boolean {
  // ("A summary of today's developments", "The key points": the heading with its article.)
  const whole = bare(t);
  const b = whole.replace(LEADING_ARTICLE, '');
  return SUMMARY_HEADINGS.has(b) || explainerHeadingShaped(t, whole)
    // "What you need to know about the vote", "Key points from the budget": the heading, then its subject.
    || (words(t) <= MAX_PREFIXED_WORDS && SUMMARY_HEADINGS.has(b.replace(SUMMARY_SUBJECT, '')))
    || (words(t) <= MAX_PREFIXED_WORDS && SUMMARY_SUFFIX.test(t));
}

/** The subject a summary's heading may name after it: "… about the vote", "… from the budget". */
const SUMMARY_SUBJECT = /\s+(?:about|on|from|for|of)\s+\S.*$/;

/**
 * Past this many words a line is no known furniture line, count or age stamp (their words, and the
 * few that `bare` may take off: a bullet, a count before, a count after), and no prefixed or summary
 * line: only its talk to the reader about the site is left to test. (Saves reading prose paragraphs.)
 */
const MAX_FURNITURE_WORDS = Math.max(MAX_PREFIXED_WORDS, ...[...LINES].map((l) => words(l) + 3));

/**
 * The line talks to the reader about the site, and neither quotes nor attributes. The reader's words
 * are tested first: few lines of a story have them, and their pattern is far cheaper than the site's words.
 */
const talksAboutSite = (t: string): boolean => TO_READER.test(t) && SITE_WORD.test(t) && !PROSE.test(t);

export function siteChromeShaped(t: string): boolean {
  // A banner about the page itself (an archive's or change tracker's) is furniture of any length it has.
  if (pageBannerShaped(t)) return true;
  if (words(t) > MAX_FURNITURE_WORDS) return talksAboutSite(t);
  const b = bare(t);
  if (LINES.has(b) || LINES.has(t.toLowerCase().trim())) return true;
  if (READING_TIME.test(t.trim())) return true;
  if (AGE_STAMP.test(t)) return true;
  if (words(t) <= MAX_PREFIXED_WORDS && SUMMARY_SUFFIX.test(t)) return true;
  const n = words(t);
  if (n <= MAX_PREFIXED_WORDS && PREFIXES.some((p) => b.startsWith(p))) return true;
  if (explainerHeadingShaped(t, b)) return true;
  return talksAboutSite(t);
}

/**
 * A short line that speaks to the reader ("Connect with us", "Hi, what are you looking for?"): never
 * the page's title. Only the title search uses it: inside a story, "What you need to know" is a headline.
 */
export function addressedToReader(t: string): boolean {
  // ("US", in capitals, is the country: "US election: live coverage" is a title.)
  return words(t) <= 8 && !/^[“"‘]/.test(t) && (/\b(?:you|your)\b/i.test(t) || /\b[Uu]s\b/.test(t));
}

/**
 * A post's headline that starts like furniture ("Catch up on today's developments in the valley"):
 * its writer's byline stands under it, then its text.
 */
function headsSignedPost(page: readonly PageLine[], at: number): boolean {
  const [next, after] = [page[at + 1], page[at + 2]];
  return !!next && !!after && words(page[at]!.text) >= MIN_SIGNED_HEADLINE_WORDS && bylineShaped(next.text) && bodyLike(after.text, 8);
}
/** Words of a headline above a byline, for it to head a post rather than be furniture. */
const MIN_SIGNED_HEADLINE_WORDS = 4;

export const siteChrome: LineRule = {
  reason: 'chrome',
  facts: false,
  test: (page, at) => siteChromeShaped(page[at]!.text) && !headsSignedPost(page, at),
};

/** A clock time opening a line ("13:05 GMT", "9.40am"): a post's stamp, never a menu's entry. */
const CLOCK_OPENING = /^\d{1,2}[:.]\d{2}\b/;
/**
 * A menu entry: one to three words, no sentence punctuation, not a bullet; neither a post's time nor
 * a wire dateline alone ("13:05 GMT" / "Schools shut early" / "TARNBY (Agency) —" is a post's head).
 */
const menuEntry = (l: PageLine | undefined): boolean =>
  !!l && words(l.text) <= 3 && l.text.length <= 30 && !/[.!?,;]$/.test(l.text) && !isBullet(l.text)
  && !CLOCK_OPENING.test(l.text) && !wireDatelineAloneShaped(l.text);
/** Menu entries in one block, in a row, that make a menu. */
const MIN_MENU_RUN = 3;

/**
 * Navigation: a run of at least three menu entries in one block ("UK", "World", "Business", …).
 * Story text never stacks three such lines without a blank line between them.
 */
export const navigation: LineRule = {
  reason: 'navigation',
  facts: false,
  test(page, at) {
    if (!menuEntry(page[at])) return false;
    let run = 1;
    for (let i = at - 1; i >= 0 && page[i]!.inBlock === page[i + 1]!.inBlock - 1 && menuEntry(page[i]); i--) run++;
    for (let i = at + 1; i < page.length && page[i]!.inBlock === page[i - 1]!.inBlock + 1 && menuEntry(page[i]); i++) run++;
    return run >= MIN_MENU_RUN;
  },
};
