import { alternation, SURNAME_PREFIXES } from '../lexicon';
import { bodyId } from './actor-index';
import { newActor } from './actor-refs';
import { OPENERS } from './not-names';
import { OUTLETS } from './outlets';
import { type ActorScan, mark } from './scan';
import { bmpLetters } from '../bmp-letters';

/**
 * "HarbourLink", "NorvelAI": one word with a capital inside it, standing alone (no
 * capitalised word beside it) and named three times or more, is a company's or a brand's name: news
 * writes people's names in two words and places' without inner capitals. A surname's prefix
 * ("McAlister", "DeLuca", "MacNeil", "LeBlanc") makes it a person’s, never a company’s; a hashtag
 * or a handle ("#HarbourCup", "@HarbourNews") is no name.
 */
const CAMEL = bmpLetters(/(?:[\p{Lu}][\p{Ll}]+)+[\p{Lu}][\p{L}]*(?![\p{L}\d-])/uy);
/** Not a hashtag, a handle, a hyphenated or an elided word: the character before the word. */
const NOT_BEFORE = new Set(['#', '@', '_', '-', '.', '’', "'"]);
/** A capital, lower-case letters, then another capital (ASCII, by code unit): a cheap test before CAMEL. */
function innerCapital(text: string, at: number): boolean {
  let i = at + 1;
  while (i < text.length) { const c = text.charCodeAt(i); if (c >= 97 && c <= 122) i++; else break; }
  if (i === at + 1) return false;
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
}
/** Surname prefixes (`surnamePrefixes`): a word opening on one is a person's name ("McAlister", "DeLuca"). */
const SURNAME_PREFIX = bmpLetters(new RegExp(`^(?:${alternation(SURNAME_PREFIXES)})(?=[\\p{Lu}])`, 'u'));
/** A capitalised word right before or after (spaces between): the word is part of a longer name. */
const CAPITAL_BEFORE = bmpLetters(/([\p{Lu}][\p{L}’'.-]*)[ \u00a0]+$/u);
const CAPITAL_AFTER = bmpLetters(/^[ \u00a0]+[\p{Lu}\d]/u);
/** How many times the text names the word, at least. */
const MIN_MENTIONS = 3;

export function camelCaseActors(scan: ActorScan): void {
  const { text, ix, taken } = scan;
  const at = new Map<string, number[]>();
  for (const i of scan.capitals) {
    if (!innerCapital(text, i) || NOT_BEFORE.has(text[i - 1] ?? '') || /[\p{L}\d]/u.test(text[i - 1] ?? ' ')) continue;
    CAMEL.lastIndex = i;
    const m = CAMEL.exec(text);
    if (!m) continue;
    const word = m[0];
    if (SURNAME_PREFIX.test(word) || ix.formIndex.has(word) || OUTLETS.has(word)) continue;
    if (CAPITAL_AFTER.test(text.slice(i + word.length, i + word.length + 4))) continue;
    // "But HarbourLink …": a sentence's opening word before it is no part of its name.
    const before = CAPITAL_BEFORE.exec(text.slice(Math.max(0, i - 30), i))?.[1];
    if (before && !OPENERS.has(before)) continue;
    at.set(word, [...(at.get(word) ?? []), i]);
  }
  for (const [word, starts] of at) {
    if (starts.length < MIN_MENTIONS) continue;
    const actor = ix.byBodyId.get(bodyId(ix, word)) ?? newActor(word, 'organisation', 'one word with inner capitals', bodyId(ix, word));
    for (const i of starts) {
      if (taken.some(([s, e]) => i < e && i + word.length > s)) continue;
      mark(scan, actor, i, word);
      taken.push([i, i + word.length]);
    }
  }
}
