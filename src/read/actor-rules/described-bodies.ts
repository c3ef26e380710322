import { alternation, BODY_DESCRIPTORS, OUTLET_KINDS, REPORTING_VERB, SOURCE_CUES } from '../lexicon';
import { isWordChar } from '../shape';
import { bodyId, nameKey } from './actor-index';
import { newActor } from './actor-refs';
import { ACRONYM, SP, TOKEN } from './name-patterns';
import { OUTLETS } from './outlets';
import { type ActorScan, mark } from './scan';
import { bmpLetters } from '../bmp-letters';

/**
 * "the grid operator Norvel Energy", "department store Harrow’s", "construction company Tamber
 * Builders": a lower-case noun saying what a body is (`bodyDescriptors`, data/lexicon/words.json),
 * then its capitalised name, one to four words ending there. A news outlet reporting ("local
 * broadcaster X reported", `outletKinds`) is a source and no actor.
 */
const DESCRIPTORS = new Set(BODY_DESCRIPTORS);
/** The name after a descriptor, tried (sticky) only at a capital right after one. */
const DESCRIBED_NAME = bmpLetters(new RegExp(`((?:${TOKEN}|${ACRONYM})(?:${SP}(?:${TOKEN}|${ACRONYM}|&)){0,3})(?!${SP}[\\p{Lu}])`, 'uy'));
/** A space inside a line (space, tab, no-break space), by code unit. */
const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 160;
/** A lower-case ASCII letter or a hyphen, by code unit: the letters of a descriptor. */
const isDescriptorCode = (c: number): boolean => (c >= 97 && c <= 122) || c === 45;

/** The descriptor just before a place (spaces between), one word or two, that starts a word; or null. */
function descriptorBefore(text: string, at: number): string | null {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === at || !isDescriptorCode(text.charCodeAt(end - 1))) return null;
  let start = end;
  for (let words = 1; words <= 2; words++) {
    if (words > 1) { if (text.charCodeAt(start - 1) !== 32) return null; start--; }
    while (start > 0 && isDescriptorCode(text.charCodeAt(start - 1))) start--;
    if (DESCRIPTORS.has(text.slice(start, end)) && !(start > 0 && (isWordChar(text[start - 1]) || text[start - 1] === '-'))) return text.slice(start, end);
  }
  return null;
}
/** Nouns saying a body is a news outlet (`outletKinds`). */
const OUTLET_KIND = new Set(OUTLET_KINDS);
/** A source cue (`sourceCues`), an article and up to two words, then an outlet's kind, right before a name. */
const SOURCE_CUE_BEFORE = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation(SOURCE_CUES)})(?:[ ](?:the|a|an))?(?:[ ][\\p{Ll}-]+){0,2}[ ](?:${alternation(OUTLET_KINDS)})[ \\t\\u00a0]+$`, 'u'));
/** A reporting verb right after a name ("… reported"). */
const REPORTING_AFTER = bmpLetters(new RegExp(`^,?[ \\t\\u00a0]+${REPORTING_VERB}(?![\\p{L}])`, 'u'));

/** The name after a body's descriptor is an organisation's (a catalogue body keeps its id); its span is taken. */
export function describedBodyActors(scan: ActorScan): void {
  const { text, ix, taken } = scan;
  let until = 0;
  for (const at of scan.capitals) {
    if (at < until) continue;
    const descriptor = descriptorBefore(text, at);
    if (!descriptor) continue;
    DESCRIBED_NAME.lastIndex = at;
    const m = DESCRIBED_NAME.exec(text);
    if (!m) continue;
    const name = m[1]!, end = at + name.length;
    until = end;
    if (OUTLETS.has(name)) continue;
    // A name the copy damaged or cut off is not guessed.
    if ((text[end] === '?' && isWordChar(text[end + 1])) || end === text.length) continue;
    if (taken.some(([s, e]) => at < e && end > s)) continue;
    const known = ix.formIndex.get(name);
    if (known && known.kind !== 'organisation') continue;
    taken.push([at, end]);
    // "local broadcaster Harbour Plus reported": an outlet reporting is a source of the news, not in it.
    if (OUTLET_KIND.has(descriptor) && REPORTING_AFTER.test(text.slice(end, end + 24))) continue;
    // "as reported by state broadcaster LANA", "according to the newspaper X": the outlet a report comes from.
    if (OUTLET_KIND.has(descriptor) && SOURCE_CUE_BEFORE.test(text.slice(Math.max(0, at - 80), at))) continue;
    mark(scan, known ?? ix.byKey.get(nameKey(name)) ?? ix.byBodyId.get(bodyId(ix, name)) ?? newActor(name, 'organisation', 'body descriptor', bodyId(ix, name)), at, name);
  }
}
