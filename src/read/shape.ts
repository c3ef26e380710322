import { alternation, MONTH, REPORTING_VERB, SENTENCE_OPENERS, SHORT_FORMS, TITLES } from './lexicon';
import { bmpLetters } from './bmp-letters';

/** "1. ", "12. ": the number an ordered list gives each post of a numbered live page (closing-post.ts, segment.ts, boilerplate.ts). */
export const LIST_NUMBER = /^\d{1,3}\.\s+/;

/**
 * Shape predicates for one line of page text: the signals every reading rule is built from.
 * They look at form (length, punctuation, case, credit marks), never at a particular outlet.
 */

/** A letter or digit (fast path for ASCII; the regex only for other scripts). */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return isWordCode(c);
  return /[\p{L}\p{N}]/u.test(ch);
}

/** An ASCII letter or digit, by code unit. */
export const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Words in a line: runs of non-space holding a letter or digit. Cached per page: every rule asks it. */
const wordCache = new Map<string, number>();
/** Called at the start of each page, so the cache never holds another page's lines (and memory). */
export const clearWordCache = (): void => wordCache.clear();
export function words(t: string): number {
  let n = wordCache.get(t);
  if (n === undefined) {
    n = 0;
    let counted = false; // this space-separated chunk already holds a letter or digit
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 32) counted = false;
      else if (!counted && (c < 128 ? isWordCode(c) : isWordChar(String.fromCodePoint(t.codePointAt(i)!)))) { n++; counted = true; }
    }
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(t, n);
  }
  return n;
}

/** Closing quotes and brackets stripped, to see how the sentence itself ends. */
const CLOSERS = '”"’\'»)]';
/** Where the text ends once closing quotes, brackets and spaces are stripped (a loop: every rule asks it). */
function bareEnd(t: string): number {
  let e = t.length;
  while (e > 0 && (CLOSERS.includes(t[e - 1]!) || /\s/.test(t[e - 1]!))) e--;
  return e;
}
/** The last character of the bare text, or ''. */
const lastBare = (t: string): string => t[bareEnd(t) - 1] ?? '';

/** Ends like a sentence: full stop, exclamation, question (quotes allowed after). */
export const endsSentence = (t: string): boolean => '.!?…'.includes(lastBare(t) || '-');

/** A teaser cut off mid-sentence: "… had been born..." (a copy's last paragraph so cut is story text: tail.ts `CUT_MARK`). */
export const truncated = (t: string): boolean => /(\.\.\.|…)$/.test(t.slice(0, bareEnd(t))) && !/[.!?]["”’]?\s*(\.\.\.|…)$/.test(t);

/** A list's bullet mark and its space (not a dash: that may open a dateline or a quote's source): "• 3:59 PM", "• Jo Reed". */
export const BULLET_MARK = /^[•·▪●◦‣]\s+/;
/** A list's mark, a dash or an asterisk included, and the space after it: "• Jo Reed", "- 7:40 p.m.", "* Two hurt". */
export const LIST_MARK = /^[•·▪●◦‣*–-]\s+/;
export const isBullet = (t: string): boolean => LIST_MARK.test(t);

/**
 * Starts the way a headline or sentence starts: capital, digit or opening quote — after a kicker
 * label a site may put in front ("[BREAKING] …", "(LIVE) …", a live page's lower-case "live: …",
 * an update's stamp in brackets "[UPDATE 4:10 p.m.] …", "(Updated 10 a.m.) …").
 */
const startsLikeTitle = (t: string): boolean => /^(?:[[(](?:[\p{Lu} ]{2,20}|[Uu][Pp][Dd][Aa][Tt][Ee][Dd]?\b[^\])]{0,24})[\])]\s*|live:\s+)?[\p{Lu}\p{N}“"‘']/u.test(t);

/**
 * Headline-shaped: short, starts like a title and does not end like a statement
 * (a full stop, comma or colon). A question mark is allowed: headlines ask questions.
 */
export function headlineShaped(t: string): boolean {
  const n = words(t);
  if (n < 2 || n > 25 || t.length > 170) return false;
  if (!startsLikeTitle(t) || isBullet(t)) return false;
  const last = lastBare(t);
  return !(last !== '' && '.,;:…'.includes(last)) || last === '?';
}

/** Words of a bulleted headline in capitals: "• FERRY HALTED", "• BRIDGE REOPENS AFTER FLOOD" (one word, "• UPDATE", is a label). */
const MIN_CAPS_BULLET_WORDS = 2;

/** Longest headline, in words, that a page ends with an ellipsis ("The lectern is in place…"). */
const MAX_ELLIPSIS_HEADLINE_WORDS = 12;

/**
 * A headline as some live pages print a post's: a bullet before a headline in capitals
 * ("• BRIDGE REOPENS AFTER FLOOD"), or a short headline trailing off in an ellipsis
 * ("The crowd is gathering…"). Only a post's first line, with body text after it, is one.
 */
export function postHeadlineShaped(t: string): boolean {
  const n = words(t);
  if (isBullet(t)) return n >= MIN_CAPS_BULLET_WORDS && t.length <= 120 && !/\p{Ll}/u.test(t) && /\p{Lu}{2}/u.test(t);
  return n >= 3 && n <= MAX_ELLIPSIS_HEADLINE_WORDS && /(?:…|\.\.\.)$/.test(t) && !/[.!?]["”’]?\s*(?:…|\.\.\.)$/.test(t) && headlineShaped(t.replace(/\s*(?:…|\.\.\.)$/, ''));
}

/**
 * Words of a sentence that ends on a colon to introduce what the copy lost (a video, a tweet,
 * photos): one short sentence. A long one ending so introduces a list of posts ("The Latest on …:").
 */
const MIN_INTRO_WORDS = 6;
const MAX_INTRO_WORDS = 25;

/** A sentence introducing an embed the copy lost: "Here are some of this morning's photos:". */
export const introShaped = (t: string): boolean => words(t) >= MIN_INTRO_WORDS && words(t) <= MAX_INTRO_WORDS && /\p{L}:$/u.test(t);

/**
 * Words of a sentence, at least, for a line to be text (a paragraph under a headline, a short
 * standfirst, a post's quote) rather than a heading or furniture (segment.ts, repeated-marks.ts).
 */
export const MIN_TEXT_WORDS = 6;
/**
 * Words of a line, at least, for it to be a paragraph whatever its end (a paragraph the copy broke
 * off, a result line ending on a figure, a post left without its stop): past a headline's length,
 * and a link list's entries are shorter still (segment.ts, tail.ts).
 */
export const MIN_PARAGRAPH_LINE_WORDS = 20;

/**
 * A post's headline standing right over its text in a copy that lost its blank lines: headline-shaped,
 * no sentence, shorter than any paragraph (segment.ts `pairedBlocks`, tail.ts's live tail).
 */
export const headlineOverText = (t: string): boolean => headlineShaped(t) && !endsSentence(t) && words(t) < MIN_PARAGRAPH_LINE_WORDS;
/** Posts a page that does not say it is live must show to be read as a live blog: headline + body pairs (segment.ts), or prints of its repeated mark (repeated-marks.ts). */
export const MIN_POSTS_FOR_LIVEBLOG = 3;

/** A body paragraph by jusText's plain-text signals: enough words and a sentence ending. */
export function bodyLike(t: string, minWords = 8): boolean {
  return (words(t) >= minWords && endsSentence(t) && !truncated(t)) || (isBullet(t) && words(t) >= 5);
}

/** A line of story: a sentence (`bodyLike` at MIN_TEXT_WORDS), or a paragraph line whatever its end (MIN_PARAGRAPH_LINE_WORDS). */
export const storyLine = (t: string): boolean => bodyLike(t, MIN_TEXT_WORDS) || words(t) >= MIN_PARAGRAPH_LINE_WORDS;

/** Text compared for equality whatever its case, punctuation and spacing. */
export const comparable = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Attribution: the sentence reports what someone said or did. */
export const REPORTING = new RegExp(`\\b(?:${REPORTING_VERB}|according)\\b`, 'i');

const ENDS_ON_DAY = new RegExp(`\\b(on|in)( (early|mid|late))? (\\w+day,? )?${MONTH}( \\d{1,2})?(, \\d{4})?\\.?$`, '');

/**
 * A photo caption without a credit: one present-tense sentence describing a picture, ending on the
 * day or place it was taken ("… attends a broadcast in Harbourton, Norland, on January 26."), or
 * "View of …". No reporting verb, no auxiliary of news prose.
 */
export function captionShaped(t: string): boolean {
  if (REPORTING.test(t) || /\b(will|would|has|have|had)\b/i.test(t)) return false;
  if (/^(A |An )?(General |Aerial |Close-up )?view (of|shows)\b/i.test(t)) return true;
  // A headline can end "in February" too: a caption is longer and ends on a stop or a day number.
  return ENDS_ON_DAY.test(t) && words(t) >= 8 && words(t) <= 80 && (/\.$/.test(t) || /\d$/.test(t));
}

/** Words that send the reader elsewhere: "Read more here.", "Click here …", "Learn more". */
export function teaserShaped(t: string): boolean {
  if (words(t) > 14) return false;
  const lead = /^(read|click|tap|take a look|have a look|see|watch|learn|find out|follow|you can (read|watch|find|follow)|related(\s+(article|story|content))?|more on)\b/i;
  return lead.test(t) && (/\b(here|more|below|story|article|video|analysis|full|live|latest|updates|coverage)\b/i.test(t) || /^related\b/i.test(t) || words(t) <= 3);
}

/** A sentence that only points at a link or a video, at the end of a paragraph. */
export const POINTER_SENTENCE =
  /(?:^|(?<=[.!?”"]\s))(?:Read|Click|Tap|Take a look|Have a look|Watch|See|Learn more|Find out|You can read)\b[^.!?]*\b(?:here|below|video|analysis)\b[^.!?]*[.:!]?\s*$/;

/**
 * Sentences that end on a link's label without a full stop ("… played to a full hall.
 * Read more here"): prose, once the label is set aside.
 */
export const proseBeforePointer = (t: string): boolean => {
  const s = t.replace(POINTER_SENTENCE, '').trim();
  return s.length < t.trim().length && bodyLike(s, 6);
};


/** Dotted forms a sentence does not end on: short forms and dotted titles ("Sen.", "Mr."), initials ("W."), dotted acronyms ("A.B."). */
const NO_END_WORD = bmpLetters(new RegExp(`(?:^|[\\s(“"‘])(?:${alternation([...SHORT_FORMS, ...TITLES.filter((t) => t.endsWith('.')).map((t) => t.slice(0, -1))])}|\\p{Lu}|(?:\\p{Lu}\\.)+\\p{Lu})\\.$`, 'u'));
const SENTENCE_END = bmpLetters(/[.!?](?=["”’]?\s+[\p{Lu}“"‘]|["”’]?$)["”’]?/gu);

/** Where the first sentence of a paragraph ends (its length when it holds one sentence). */
export function firstSentenceEnd(text: string): number {
  // A list's number before the text ("2. Talks resume") ends no sentence.
  const enumerator = /^\s*\d{1,3}\.\s/.exec(text)?.[0].trimEnd().length ?? -1;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (m.index === 0 || end === enumerator || (m[0].startsWith('.') && NO_END_WORD.test(text.slice(0, m.index + 1)))) continue;
    return end;
  }
  return text.length;
}

/** A paragraph the copy cut off mid-word: several words, no closing punctuation, ends in a small letter (or a word cut after its capital: "… in the King’s P"). */
export const cutMidWord = (t: string): boolean => words(t) >= 4 && /(?:\p{Ll}|\s\p{Lu})$/u.test(t);

/** Words of a headline run into its text: a headline's length (here, and a title-case run, repeated-marks.ts). */
export const [MIN_GLUED_HEADLINE_WORDS, MAX_GLUED_HEADLINE_WORDS] = [3, 16];
/** Words of the text after a headline run into it. */
export const MIN_GLUED_TEXT_WORDS = 8;
/** The headline part: up to a word ending in three lower-case letters before the sentence's capitalised first word. */
const GLUED_HEAD = bmpLetters(/^[^.!?:]+?\p{Ll}{3}(?=\p{Lu}\p{Ll}+\s)/u);
/**
 * The same after a label ("Photos: …"), the sentence's first word a name followed by a comma or its
 * possessive ("stadiumVessby, Norvenia – …", "victimsVestmark’s envoy …").
 */
const LABELLED_GLUED_HEAD = bmpLetters(/^(?:\p{Lu}\p{Ll}+:\s)?[^.!?:]+?\p{Ll}{3}(?=\p{Lu}\p{Ll}+[\s,’'])/u);

/** The label a glued headline may open on ("Photos: "). */
const GLUED_LABEL = bmpLetters(/^\p{Lu}\p{Ll}+:\s/u);
/**
 * Whether three small letters run into a capital before the text's first stop (`.!?:`), from
 * `from`: what a glued headline needs. Most lines have none, and this loop is cheaper than trying
 * the pattern at every character. (Half a surrogate pair counts as either case: the pattern decides.)
 */
function lowerRunThenUpperBeforeStop(t: string, from: number): boolean {
  let lower = 0;
  for (let i = from; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 58) return false;
    if (lower >= GLUED_LOWER_RUN && ((c >= 65 && c <= 90) || (c >= 128 && caseAt(c, UPPER_LETTER)))) return true;
    lower = (c >= 97 && c <= 122) || (c >= 128 && caseAt(c, LOWER_LETTER)) ? lower + 1 : 0;
  }
  return false;
}
/** The small letters a glued headline's last word ends on, right before the capital (GLUED_HEAD's `\p{Ll}{3}`). */
const GLUED_LOWER_RUN = 3;
const UPPER_LETTER = bmpLetters(/\p{Lu}/u);
const LOWER_LETTER = bmpLetters(/\p{Ll}/u);
/** A code unit outside ASCII of the case: half a surrogate pair may be. */
const caseAt = (c: number, letter: RegExp): boolean => (c >= 0xd800 && c <= 0xdfff) || letter.test(String.fromCharCode(c));

/**
 * Where a headline run into the first sentence of its text ends ("Army hits boats after flare
 * launchesThe army says …"), or -1: the part before is shaped like a headline and the part after is
 * a sentence. (Names such as "PlayStation" stand inside prose, never after a headline's words at
 * the start of a line.) `labelled`: under a post's time, where the headline may open on a label.
 */
export function gluedHeadlineEnd(t: string, labelled = false): number {
  if (!lowerRunThenUpperBeforeStop(t, labelled ? (GLUED_LABEL.exec(t)?.[0].length ?? 0) : 0)) return -1;
  const m = (labelled ? LABELLED_GLUED_HEAD : GLUED_HEAD).exec(t);
  if (!m) return -1;
  const head = m[0];
  const n = words(head);
  // (Under a post's time the text is the post's, cut off by the copy or ending on a credit as it may.)
  const text = t.slice(head.length);
  const body = labelled ? words(text) >= MIN_GLUED_TEXT_WORDS : bodyLike(text, MIN_GLUED_TEXT_WORDS);
  if (camelCaseName(head, text)) return -1;
  return n >= MIN_GLUED_HEADLINE_WORDS && n <= MAX_GLUED_HEADLINE_WORDS && headlineShaped(head) && body ? head.length : -1;
}
/** The sentence openers, by word: what may open a text glued to a headline that ends on a name. */
const OPENERS = new Set(SENTENCE_OPENERS);
const FIRST_WORD = bmpLetters(/^\p{L}+/u);
/**
 * Whether the capital where a headline would end opens the second half of one capitalised word, a
 * company's or a product's name written in camel case ("A former DeepCorp employee …", "… the
 * new PlayStation console"), rather than a sentence: the word before the capital is capitalised
 * too, and what follows does not open a sentence as a text glued to its headline does ("… talks
 * with VellThe president said …" is glued). A headline ending on a name glued to a text opening on
 * another name is lost to this; a brand name cut in two would cut every post that names it.
 */
function camelCaseName(head: string, text: string): boolean {
  let start = head.length;
  while (start > 0 && isWordChar(head[start - 1])) start--;
  if (!UPPER_LETTER.test(head[start] ?? '')) return false;
  return !OPENERS.has(FIRST_WORD.exec(text)?.[0] ?? '');
}
