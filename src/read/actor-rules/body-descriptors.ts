import { alternation, BODY_DESCRIPTOR_PARTICIPLES, PARTY_QUALIFIERS, STANCE_PREFIXES } from '../lexicon';
import { bmpLetters } from '../bmp-letters';
import { isWordChar } from '../shape';
import type { ActorScan } from './scan';

/**
 * Words glued onto the front of a body's name that say something about the body and are no part of
 * its name, so that the body keeps one id however the sentence introduces it:
 * - a place and a participle ("the Norvel-based Harlan Seismology Institute", "The Tessaly-backed
 *   Upland Relief League"): `bodyDescriptorParticiples`;
 * - a stance glued to a name, capitalised at a sentence's start ("Pro-Vellmark Dock Workers
 *   Federation said"; in lower case name-shapes.ts STANCE_BEFORE already opens the name after it):
 *   `stancePrefixes`. Only when the word after the hyphen names something on its own on the page or
 *   in the catalogue, or the page writes the stance in lower case too ("Anti-Corruption Foundation" keeps its first word: "Corruption" names nothing);
 * - a qualifier naming a party's members in one house ("the Parliamentary Liberal Party"):
 *   `partyQualifiers`, only before a name ending on "Party".
 * What is left must still be a name of two words or more.
 */
const SPACE = '[ \\u00a0]+';
/** "Norvel-based ", "US-backed ": a word, a hyphen and a participle of the list (any case: title-case headlines write "Norvel-Based"). */
const PARTICIPLE_FIRST = new RegExp(`^[^\\s-]+-(?:${alternation(BODY_DESCRIPTOR_PARTICIPLES)})${SPACE}`, 'i');
/** "Pro-Vellmark ": a stance of the list, a hyphen, and a capitalised word (group 1). */
const STANCE_FIRST = bmpLetters(new RegExp(`^(?:${alternation(STANCE_PREFIXES)})-([\\p{Lu}][\\p{L}]+)${SPACE}`, 'iu'));
/** "Parliamentary " before a party's name. */
const QUALIFIER_FIRST = new RegExp(`^(?:${alternation(PARTY_QUALIFIERS)})${SPACE}(?=\\S.*[ \\u00a0]Party$)`, 'i');
/** Words a body's name keeps at least once the words before it are dropped ("Liberal Party", not "Party"). */
const MIN_NAME_WORDS = 2;

/** The word stands in the text on its own: not glued by a hyphen to another word. */
function standsAlone(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = text[i - 1];
    if (!isWordChar(before) && before !== '-' && !isWordChar(text[i + word.length]) && text[i + word.length] !== '-') return true;
  }
  return false;
}

/** The stance opening a body's name `raw` ("Pro-Vellmark "), when `text` confirms it is one: the page writes it in lower case too, or names the word on its own. */
function confirmedStance(raw: string, text: string): string | undefined {
  const stance = STANCE_FIRST.exec(raw);
  if (!stance) return undefined;
  const word = stance[1]!;
  const lowerToo = text.includes(`${stance[0].slice(0, stance[0].indexOf('-')).toLowerCase()}-${word}`);
  return lowerToo || standsAlone(text, word) ? stance[0] : undefined;
}

/** How many characters of a body's name `raw` are words glued on before the name (0: none). */
export function descriptorOpening(scan: ActorScan, raw: string): number {
  let cut = PARTICIPLE_FIRST.exec(raw)?.[0].length ?? QUALIFIER_FIRST.exec(raw)?.[0].length ?? 0;
  if (!cut) {
    const stance = STANCE_FIRST.exec(raw);
    cut = (stance && scan.ix.formIndex.has(stance[1]!) ? stance[0] : confirmedStance(raw, scan.text))?.length ?? 0;
  }
  return cut && raw.slice(cut).trim().split(/\s+/).length >= MIN_NAME_WORDS ? cut : 0;
}

/**
 * A body's name without the stance it opens on, when the page's text (all its posts) confirms the
 * stance ("Pro-Vellmark Dock Workers Federation said" in a lead read alone, "the pro-Vellmark …" further
 * down): one body, one id across the page. Undefined when the name keeps its words.
 */
export function withoutPageStance(name: string, pageText: string): string | undefined {
  const cut = confirmedStance(name, pageText)?.length ?? 0;
  const rest = name.slice(cut);
  return cut && rest.trim().split(/\s+/).length >= MIN_NAME_WORDS ? rest : undefined;
}
