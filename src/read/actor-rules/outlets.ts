import { ACRONYM_OUTLET_KINDS, alternation, OUTLET_VERBS, OUTLET_NAME_ENDS, OUTLET_NAMES, WIRE_AGENCY_NAMES } from '../lexicon';
import { PhraseIndex } from '../phrase-index';
import { isWordChar } from '../shape';
import { bmpLetters } from '../bmp-letters';

/**
 * Outlets by name (the news hosts' outlets and the wire agencies), with and without "The", and the
 * acronym their name opens with ("NBC" of "NBC News").
 */
export const OUTLETS = new Set([...OUTLET_NAMES, ...WIRE_AGENCY_NAMES].flatMap((n) => [n, n.replace(/^The /, ''), ...(/^[A-Z]{2,5}(?= )/.exec(n) ?? [])])
  .flatMap((n) => [n, n.normalize('NFD').replace(/\p{M}/gu, '')]));
/** "<Outlet>’s Jo Reed", "<Outlet>' Jo Reed": the capitalised words of a possessive just before a name. */
const POSSESSOR = bmpLetters(/((?:[\p{Lu}][\p{L}&.-]*[ ]){0,4}[\p{Lu}][\p{L}&.-]*)(?:’s|'s|’|')[ ]+$/u);
/** A name right after an outlet's possessive is one of its reporters ("Example News’s Jo Reed"). */
export function afterOutlet(text: string, at: number, publisher: string | null | undefined): boolean {
  // A cheap test first: a possessive ("’s", "'s", "’", "'") ends right before the spaces before the name.
  let j = at;
  while (j > 0 && (text[j - 1] === ' ')) j--;
  const c = text[j - 1];
  if (c !== '’' && c !== "'" && !(c === 's' && (text[j - 2] === '’' || text[j - 2] === "'"))) return false;
  const words = POSSESSOR.exec(text.slice(Math.max(0, at - 50), at))?.[1]!.split(' ') ?? [];
  // "As Example News’ Jo Reed": the outlet is the possessor's last words, not its first.
  for (let i = 0; i < words.length; i++) {
    const possessor = words.slice(i).join(' ');
    if (OUTLETS.has(possessor) || possessor === publisher) return true;
  }
  return false;
}

/** Outlets' names of two words or more (a place may be one of them), filed for one-pass search. */
export const LONG_OUTLETS: readonly string[] = [...OUTLETS].filter((n) => n.includes(' ') || n.includes('-'));
const OUTLET_INDEX = new PhraseIndex(LONG_OUTLETS.map((n) => ({ phrase: n, value: n })));
/** Where outlets' names stand in a text ("Kyodo News", "Jamaica Observer"), as [start, end) spans. */
export function outletSpans(text: string): Array<[number, number]> {
  // The rules of one item ask for the same text's spans: the last text's are kept.
  if (text !== lastText) { lastText = text; lastSpans = OUTLET_INDEX.find(text, (_, end) => !isWordChar(text[end])).map((h) => [h.at, h.at + h.phrase.length]); }
  return lastSpans;
}
let lastText: string | null = null;
let lastSpans: Array<[number, number]> = [];

/** "Harbourton Press Agency": capitalised words ending on a news agency's last words (`outletNameEnds`). */
const OUTLET_NAME_END = new RegExp(`(?:^|[ ])(?:${alternation(OUTLET_NAME_ENDS)})$`, 'u');
/** An outlet by name: a news host or wire agency, or a name shaped as a news agency's. */
export function isOutletName(name: string): boolean {
  return OUTLETS.has(name) || OUTLET_NAME_END.test(name);
}
/** "the private HNA news agency", "KTV broadcaster": an acronym right before a kind of outlet. */
const ACRONYM_BEFORE_KIND = bmpLetters(new RegExp(`(?<![\\p{L}])([A-Z]{2,6})[ ](?:${alternation(ACRONYM_OUTLET_KINDS)})(?![\\p{L}])`, 'gu'));
/** "HNA also broke the news that": an acronym before what only an outlet does with a story (`outletVerbs`), an auxiliary and an adverb or two between. */
const ACRONYM_BEFORE_OUTLET_VERB = bmpLetters(new RegExp(`(?<![\\p{L}])([A-Z]{2,6})[ ](?:(?:is|was|are|were|has|have|had)[ ])?(?:(?:now|also|[a-z]+ly)[ ]){0,2}(?:${alternation(OUTLET_VERBS)})(?![\\p{L}])`, 'gu'));
/** A name's initials, leaving "The", "of" and "and" out ("Example Times" → "ET"). */
export const initials = (name: string): string => name.split(/[ -]+/).filter((w) => /^[\p{Lu}]/u.test(w) && w !== 'The').map((w) => w[0]).join('');
/** A news agency's name in the text, for its initials ("Harbourton Press Agency" → "HPA"). */
const AGENCY_NAME = bmpLetters(new RegExp(`(?:[\\p{Lu}][\\p{L}-]*[ ]){1,3}(?:${alternation(OUTLET_NAME_ENDS)})(?![\\p{L}])`, 'gu'));
/**
 * The acronyms an item gives outlets: written before a kind of outlet ("the HNA news agency quoted …
 * HNA reported") or before what only an outlet does ("HNA broke the news"), or the initials of a news
 * agency it names ("the Harbourton Press Agency … HPA said").
 */
export function outletAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(ACRONYM_BEFORE_KIND)) out.add(m[1]!);
  for (const m of text.matchAll(ACRONYM_BEFORE_OUTLET_VERB)) out.add(m[1]!);
  for (const m of text.matchAll(AGENCY_NAME)) out.add(initials(m[0]));
  return out;
}
