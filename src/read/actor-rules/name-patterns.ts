import { alternation, BODY_NOUNS, COMPANY_SUFFIXES, GOVERNMENT_VERB, NAME_PARTICLES, REPORTING_VERB } from '../lexicon';
import { isWordChar } from '../shape';
import { bmpLetters } from '../bmp-letters';

/** The shapes of names in news prose, shared by the actor rules (regular-expression sources). */

/** Spaces inside one name: never a line break (a heading above a paragraph is not a first name). */
export const SP = '[ \\t\\u00a0]+';
/**
 * A surname's opening letter and apostrophe before its capitalised rest ("O'Fallon", "D’Arcoli",
 * "N'Diaye"), straight or curly: Irish, Italian, French and West African names write it so, and the
 * name is one word ("Fallon" alone is never its surname). One capital only, and a capitalised word
 * right after it: a quotation's closing mark after a word ("‘No’ Vote") never stands between a single
 * capital and a capitalised word.
 */
export const APOSTROPHE_PREFIX = "(?:[\\p{Lu}][’'](?=[\\p{Lu}][\\p{Ll}]))";
/** One capitalised word, whole: "Horvat", "McAlister", "Marsh-Lind", "Aziz-ul-Haq", "O'Fallon" (never the "Horvat" of "Horvaty"). */
export const TOKEN = APOSTROPHE_PREFIX + "?[\\p{Lu}][\\p{Ll}]+(?:[\\p{Lu}][\\p{Ll}]+)?(?:[-’'][\\p{Lu}\\p{Ll}][\\p{Ll}]+){0,2}(?![\\p{L}])";
/** "de la", "van der", "al-" inside a name (data/lexicon/words.json `nameParticles`). */
// A lower-case particle is tried only before a lower-case letter: a name's next word is capitalised
// far more often. Inside a name a particle may be capitalised too ("Omar Fadil Al Rashed", "Ana Da Serra"): one
// word, before the surname.
const CAPITAL_PARTICLES = NAME_PARTICLES.filter((p) => /^[a-z]+$/.test(p)).map((p) => p[0]!.toUpperCase() + p.slice(1));
export const PARTICLE = `(?:(?=[a-z])(?:${NAME_PARTICLES.map((p) => (p.endsWith('-') ? alternation([p]) : `${alternation([p])}${SP}`)).join('|')})|(?:${alternation(CAPITAL_PARTICLES)})${SP}(?=[\\p{Lu}]))`;
/** A regnal number after a monarch's or pope's name ("Aldric IV"). */
export const REGNAL = '(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?![\\p{L}])';
// The lookahead first: a capital is cheap to test at every place, the lookbehind is not.
/** A nickname in quotes inside a name ("Ana ‘Nena’ Reyes"). */
const NICKNAME = `${SP}[‘“][\\p{Lu}][\\p{Ll}]+[’”]`;
/**
 * A middle initial between a given name and a surname ("Kayla S. Igitol", "Arnold I. Palacios"), as
 * American news writes names: part of the name, dropped from it by personName (one person with or
 * without it).
 */
export const MIDDLE_INITIAL = `${SP}[\\p{Lu}]\\.(?=${SP}[\\p{Lu}][\\p{Ll}])`;
/** A word that is a middle initial ("S."). */
export const INITIAL_WORD = bmpLetters(/^[\p{Lu}]\.$/u);
// A name of three words may go on with a particle's surname ("Ana Luisa Reyes da Serra").
// A first name may be an initial, dotted or not ("S. Reyes", "S Reyes"; never the words "A" and "I").
export const NAME = `(?=[\\p{Lu}])(?<![\\p{L}’'])((?:${TOKEN}|[\\p{Lu}]\\.|(?![AI][ ])[\\p{Lu}](?=[ ][\\p{Lu}][\\p{Ll}]))(?:${MIDDLE_INITIAL})?(?:(?:(?:${NICKNAME})?${SP}${PARTICLE}?${TOKEN}){1,2}(?:${SP}${PARTICLE}${TOKEN})?(?:${SP}${REGNAL})?|${SP}${REGNAL}))`;
/** An all-capital short name ("NHTSA", "U.S."), a word of a body's name. */
export const ACRONYM = '(?:[\\p{Lu}]{2,6}|(?:[\\p{Lu}]\\.){2,3})(?![\\p{L}])';
/** The word a body's name ends on: an institutional noun or a company's legal form (data/lexicon/words.json). */
export const ORG_END = `(?:${alternation([...BODY_NOUNS, ...COMPANY_SUFFIXES])})(?![\\p{L}])`;

/**
 * A body ends on its institutional noun and an attribution on its verb. A scan of the whole text
 * would try both shapes at every capital; they are tried (sticky, at one place) only at capitals
 * with such a word within REACH after them. Matches start at a capital and are shorter than REACH,
 * so the matches are those of the whole scan.
 */
export const REACH = 250;
const UPPER = bmpLetters(/\p{Lu}/u);
const LETTER_OR_APOSTROPHE = bmpLetters(/[\p{L}’']/u);

/** A letter by code unit (ASCII fast, else by its class; a surrogate half counts as a letter). */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
  return (c >= 0xd800 && c <= 0xdfff) || LETTER_OR_APOSTROPHE.test(String.fromCharCode(c));
}
/** An upper-case letter at a place of the text. */
export function isUpperAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(String.fromCodePoint(text.codePointAt(at) ?? 0));
}

/** Where capitalised words start: a capital letter not right after a letter or apostrophe. */
export function capitalStarts(text: string): number[] {
  const out: number[] = [];
  let afterLetter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let upper: boolean, letter: boolean, units = 1;
    if (c < 128) {
      upper = c >= 65 && c <= 90;
      letter = upper || (c >= 97 && c <= 122) || c === 39;
    } else {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      upper = UPPER.test(ch);
      letter = LETTER_OR_APOSTROPHE.test(ch);
      units = ch.length;
    }
    if (upper && !afterLetter) out.push(i);
    afterLetter = letter;
    i += units - 1;
  }
  return out;
}

/**
 * The matches of a sticky shape at the capitals that have one of its end words within `reach` (REACH
 * unless told); `ends` are where the end words stand, in text order (from the text's word index,
 * `WordIndex.starts`: a shape holds its end word whole). A shape of words joined by spaces (`SP`)
 * up to its end word says how many runs of spaces it holds at most before that word (`gaps`): a
 * capital with more, or a line break, before the next end word is not tried.
 */
export function matchesNear(text: string, capitals: readonly number[], shape: RegExp, ends: readonly number[], gaps = Infinity, reach = REACH): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let e = 0, taken = 0;
  for (const at of capitals) {
    if (at < taken) continue;
    while (e < ends.length && ends[e]! < at) e++;
    if (e === ends.length) break;
    if (ends[e]! - at > reach || !withinGaps(text, at, ends[e]!, gaps)) continue;
    shape.lastIndex = at;
    const m = shape.exec(text);
    if (m) { out.push(m); taken = at + m[0].length; }
  }
  return out;
}
/** Whether text[from, to) holds at most `gaps` runs of spaces (`SP`) and no line break. */
function withinGaps(text: string, from: number, to: number, gaps: number): boolean {
  if (gaps === Infinity) return true;
  let runs = 0, inRun = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return false;
    const space = c === 32 || c === 9 || c === 160;
    if (space && !inRun && ++runs > gaps) return false;
    inRun = space;
  }
  return true;
}

/**
 * The lines of a text that `hint` (a global regex) finds something on, each once, with the offset
 * where it starts. A rule whose pattern never runs across a line's end (its spaces are `SP`, no
 * newline) and always holds what `hint` finds reads those lines alone instead of the whole text:
 * the same matches, at `offset + index`, without trying every capital of a long live blog.
 */
export function linesWith(text: string, hint: RegExp): Array<[line: string, offset: number]> {
  return linesAt(text, Array.from(text.matchAll(hint), (m) => m.index));
}
/**
 * The lines holding the offsets `at` (in text order), each once, with the offset where each starts:
 * a rule's hint words as the item's word index finds them (`WordIndex.starts`), when its patterns
 * hold one of them whole; no regex scans the text for them.
 */
export function linesAt(text: string, at: readonly number[]): Array<[line: string, offset: number]> {
  const out: Array<[string, number]> = [];
  let after = 0;
  for (const i of at) {
    if (i < after) continue;
    const start = text.lastIndexOf('\n', i) + 1;
    const end = text.indexOf('\n', i);
    after = end < 0 ? text.length : end;
    out.push([text.slice(start, after), start]);
  }
  return out;
}

/**
 * The matches `text.matchAll` would give of a pattern whose every match opens at one of `starts`
 * (in text order: a word the item's word index finds, `WordIndex.starts`), from `sticky`, the same
 * pattern with the `y` flag, tried at those places only: leftmost first, none overlapping.
 */
export function matchAllAt(text: string, starts: readonly number[], sticky: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = 0;
  for (const at of starts) {
    if (at < after) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) { out.push(m); after = at + Math.max(1, m[0].length); }
  }
  return out;
}
/** At the start of a line or after a sentence's end. */
export const atSentenceStart = (text: string, at: number): boolean => /(?:^|\n|[.!?:"“”‘’][ \t\u00a0]*)$/.test(text.slice(Math.max(0, at - 3), at));
/** The word written in lower case somewhere in the text: a common word ("Loyal" of "a loyal ally"). */
export function wordInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + lower.length])) return true;
  }
  return false;
}

/** The word stands, capitalised, inside a sentence somewhere in the text (not after a line start or a full stop). */
export function midSentence(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (isWordChar(text[i - 1]) || isWordChar(text[i + word.length])) continue;
    if (!atSentenceStart(text, i)) return true;
  }
  return false;
}

/** One more capitalised word right after a name ("… Reyes| Vidal"). */
const NEXT_TOKEN = bmpLetters(new RegExp(`^[ \\u00a0](${TOKEN})`, 'u'));
/** A reporting or government verb right after a word: the name before it ends there. */
const VERB_NEXT = bmpLetters(new RegExp(`^,?[ \\u00a0]+(?:${REPORTING_VERB}|${GOVERNMENT_VERB})(?![\\p{L}])`, 'u'));
/**
 * A name of three words that goes on with a fourth, when the text names the last two together
 * elsewhere ("Ana Luisa Reyes Vidal … Reyes Vidal said") or a verb follows the fourth
 * ("Ana Luisa Reyes Vidal said"): the two are one surname, as Spanish and Portuguese names
 * give it. Returns the words to add (" Vidal") or "".
 */
export function doubleSurnameAfter(text: string, name: string, end: number, notName: ReadonlySet<string>): string {
  const words = name.split(' ');
  if (words.length !== 3) return '';
  const next = NEXT_TOKEN.exec(text.slice(end, end + 40))?.[1];
  if (!next || notName.has(next)) return '';
  if (VERB_NEXT.test(text.slice(end + 1 + next.length, end + 1 + next.length + 24))) return ` ${next}`;
  const surname = `${words[2]} ${next}`;
  // Elsewhere: not this mention; accents aside ("Nunez Vidal" / "Núñez Vidal").
  const here = end - words[2]!.length;
  const whole = (t: string, i: number, n: number) => !/[\p{L}]/u.test(t[i - 1] ?? ' ') && !/[\p{L}]/u.test(t[i + n] ?? ' ');
  for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + 1)) if (i !== here && whole(text, i, surname.length)) return ` ${next}`;
  const bare = fold(surname);
  if (bare !== surname || /[^\x00-\x7f]/.test(text)) {
    const folded = foldedText(text);
    if (folded.length === text.length) for (let i = folded.indexOf(bare); i >= 0; i = folded.indexOf(bare, i + 1)) if (i !== here && whole(folded, i, bare.length)) return ` ${next}`;
  }
  return '';
}
/** Accents folded ("Núñez" → "Nunez"); for a text written in composed letters the length is kept, so offsets still match. */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
/** The last text folded and its folding: the rules ask for one item's text again for each name of four words in it. */
let lastFolded: [text: string, folded: string] = ['', ''];
function foldedText(text: string): string {
  if (lastFolded[0] !== text) lastFolded = [text, fold(text)];
  return lastFolded[1];
}

/** A given name of two syllables joined by a hyphen, the second in lower case ("Shu-ya", "Li-wen"). */
const HYPHENED_GIVEN = bmpLetters(/^[\p{Lu}][\p{Ll}]+-[\p{Ll}]+$/u);
/**
 * The word of a person's name that stands for them alone: the last ("Ana Reyes" → Reyes), or the
 * family name before a hyphened given name, which East Asian names put first ("Wen Shu-ya" → Wen,
 * "Daniel Wen Shu-ya" → Wen).
 */
export function familyName(name: string): string {
  const words = name.split(/\s+/);
  return words.length >= 2 && HYPHENED_GIVEN.test(words.at(-1)!) ? words.at(-2)! : words.at(-1)!;
}
