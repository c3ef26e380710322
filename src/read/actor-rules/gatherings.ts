import { alternation, GATHERING_NOUNS } from '../lexicon';
import { namesOneThing } from '../numbered-name';
import { newActor } from './actor-refs';
import { type ActorScan, markActing } from './scan';
import { bmpLetters } from '../bmp-letters';

/**
 * A name with a number: a capital, up to five more letters, then one to three digits ("KSF9",
 * "KSF21", "Ksf26", "K20"), as a series' numbered meeting is written. Never a year alone (a name has
 * letters before its number) nor a word glued to a number by a hyphen ("Covid-19", a flight "ET-302"),
 * nor one too short, a date or a part of a year (`namesOneThing`: "Q3 conference", "FY24 budget talks").
 */
const NUMBERED_NAME = String.raw`[\p{Lu}][\p{L}]{0,5}[0-9]{1,3}`;
/**
 * A numbered name before a gathering noun, up to GATHERING_QUALIFIERS lower-case words between
 * ("the KSF9 ocean summit", "KSF21 climate change talks", "the K20 summit"): the gathering's name.
 */
const GATHERING_QUALIFIERS = 3;
const NAMED_GATHERING = bmpLetters(new RegExp(`(?<![\\p{L}\\p{N}-])(${NUMBERED_NAME})(?:[ ]+[a-z][a-z-]*){0,${GATHERING_QUALIFIERS}}?[ ]+(?:${alternation(GATHERING_NOUNS)})(?![\\p{L}])`, 'gu'));
/** A run of digits, and a letter (BMP, one unit: NUMBERED_NAME's) for the unit right before one. */
const DIGITS = /[0-9]+/g;
const LETTER = bmpLetters(/^\p{L}$/u);
/**
 * A letter right before a digit somewhere in the text, where a numbered name's number starts. Found
 * from the digits (few in a text), not by a pattern opening on a letter, tried at every place.
 */
function letterBeforeDigit(text: string): boolean {
  for (const m of text.matchAll(DIGITS)) if (m.index > 0 && LETTER.test(text[m.index - 1]!)) return true;
  return false;
}
/** A numbered name on its own, whole, for finding a gathering's other mentions ("at KSF9", "KSF9 president"). */
const NUMBERED_ALONE = bmpLetters(new RegExp(`(?<![\\p{L}\\p{N}-])${NUMBERED_NAME}(?![\\p{L}\\p{N}-])`, 'gu'));


/**
 * The numbered names an item writes before a gathering noun, in upper case (one key for "KSF26" and "Ksf26").
 */
export function gatheringNames(text: string): Set<string> {
  const out = new Set<string>();
  // A numbered name has a letter right before its number: a text without one holds none (most texts,
  // where NAMED_GATHERING would be tried at every place).
  if (!letterBeforeDigit(text)) return out;
  for (const m of text.matchAll(NAMED_GATHERING)) {
    const [, letters, digits] = /^(\D+)(\d+)$/.exec(m[1]!)!;
    if (namesOneThing(letters!, digits!)) out.add(m[1]!.toUpperCase());
  }
  return out;
}

/**
 * "The KSF9 ocean summit agreed …", "talks at KSF9", "KSF9 president Orla Vennick": a meeting of
 * states or delegates that news names by a name with a number is a body — it agrees, ends, has a
 * president — and the name alone names it again wherever the item writes it. Found by its shape,
 * a numbered name the item puts before a gathering noun (data/lexicon/words.json gatheringNouns),
 * not by a list of meetings; principal in the headline or the lead, as a body acting there.
 */
export function gatheringActors(scan: ActorScan): void {
  const names = gatheringNames(scan.text);
  if (!names.size) return;
  for (const m of scan.text.matchAll(NUMBERED_ALONE)) {
    const key = m[0].toUpperCase();
    if (!names.has(key)) continue;
    const actor = newActor(key, 'organisation', 'numbered gathering');
    markActing(scan, actor, m.index!);
    // Its name as written is its short form: no other rule makes another body of it ("Ksf26 president …").
    scan.surnames.set(m[0], actor);
  }
}

/** Where a text writes a numbered name, whole, in any case ("Ksf26" for "KSF26"). */
export function numberedNameAt(text: string, key: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(NUMBERED_ALONE)) if (m[0].toUpperCase() === key) out.push(m.index!);
  return out;
}
