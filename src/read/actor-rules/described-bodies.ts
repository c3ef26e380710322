import { alternation, BODY_DESCRIPTORS } from '../lexicon';
import { isWordChar } from '../shape';
import { nameKey } from './actor-index';
import { newActor } from './actor-refs';
import { ACRONYM, SP, TOKEN } from './name-patterns';
import { bodyId } from './name-shapes';
import { OUTLETS } from './outlets';
import { type ActorScan, mark } from './scan';

/**
 * "the grid operator Norvel Energy", "department store Harrow’s", "construction company Tamber
 * Builders": a lower-case noun saying what a body is (`bodyDescriptors`, data/lexicon/words.json),
 * then its capitalised name, one to four words ending there.
 */
const DESCRIBED = new RegExp(`(?<![\\p{L}-])(?:${alternation(BODY_DESCRIPTORS)})${SP}((?:${TOKEN}|${ACRONYM})(?:${SP}(?:${TOKEN}|${ACRONYM}|&)){0,3})(?!${SP}[\\p{Lu}])`, 'gu');
/** A descriptor word somewhere in the text: the shape is tried only then. */
const DESCRIPTOR_WORD = new RegExp(`(?<![\\p{L}])(?:${alternation(BODY_DESCRIPTORS)})(?![\\p{L}])`, 'u');

/** The name after a body's descriptor is an organisation's (a catalogue body keeps its id); its span is taken. */
export function describedBodyActors(scan: ActorScan): void {
  const { text, ix, taken } = scan;
  if (!DESCRIPTOR_WORD.test(text)) return;
  for (const m of text.matchAll(DESCRIBED)) {
    const name = m[1]!, at = m.index! + m[0].length - name.length, end = at + name.length;
    if (OUTLETS.has(name)) continue;
    // A name the copy damaged or cut off is not guessed.
    if ((text[end] === '?' && isWordChar(text[end + 1])) || end === text.length) continue;
    if (taken.some(([s, e]) => at < e && end > s)) continue;
    const known = ix.formIndex.get(name);
    if (known && known.kind !== 'organisation') continue;
    taken.push([at, end]);
    mark(scan, known ?? ix.byKey.get(nameKey(name)) ?? newActor(name, 'organisation', 'body descriptor', bodyId(ix, name)), at, name);
  }
}
