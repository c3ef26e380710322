import { slug } from '../catalogue';
import { alternation, LEADER_GOVERNMENT_NOUNS, literal } from '../lexicon';
import { newActor } from './actor-refs';
import { type ActorScan, mark } from './scan';
import { firstWord, WordPhrases } from '../word-index';
import { bmpLetters } from '../bmp-letters';

/** A government's noun in lower case: the text is read for the shape only when the item's word index finds one. */
const GOVERNMENT_WORDS = new WordPhrases(LEADER_GOVERNMENT_NOUNS);
/** Where a surname may open the shape: no letter, apostrophe or hyphen before it. */
const NAME_OPENS = bmpLetters(/(?<![\p{L}’'-])/uy);
/** The government's noun right after a surname. */
const NOUN_AFTER = bmpLetters(new RegExp(`[ ](${alternation(LEADER_GOVERNMENT_NOUNS)})(?![\\p{L}])`, 'uy'));

/** "Vell administration": the places where the surname stands before a government's noun, and the noun; tried where the item's word index finds the surname. */
function governmentsOf(scan: ActorScan, surname: string): Array<{ index: number; noun: string }> {
  const { text } = scan;
  const first = firstWord(surname);
  const out: Array<{ index: number; noun: string }> = [];
  if (!first) {
    const shape = new RegExp(`(?<![\\p{L}’'-])${literal(surname)}[ ](${alternation(LEADER_GOVERNMENT_NOUNS)})(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(shape)) out.push({ index: m.index, noun: m[1]! });
    return out;
  }
  for (const at of scan.words.positions(first)) {
    if (!text.startsWith(surname, at)) continue;
    NAME_OPENS.lastIndex = at;
    if (!NAME_OPENS.test(text)) continue;
    NOUN_AFTER.lastIndex = at + surname.length;
    const m = NOUN_AFTER.exec(text);
    if (m) out.push({ index: at, noun: m[1]! });
  }
  return out;
}

/**
 * "the Vell administration", "the Reyes government": the surname of a person the item names, then a
 * government's noun in lower case (`leaderGovernmentNouns`), is the government that person heads, an
 * organisation of its own ("Vell administration"): sued, criticised or speaking, it is not the person.
 * Principal in the headline, or speaking in the lead.
 */
export function leaderGovernmentActors(scan: ActorScan): void {
  if (scan.words.starts(GOVERNMENT_WORDS).length === 0) return;
  const surnames = new Set([...scan.found.values()].filter(({ actor }) => actor.kind === 'person' && actor.name.includes(' ')).map(({ actor }) => actor.name.split(' ').at(-1)!));
  for (const surname of surnames) {
    for (const m of governmentsOf(scan, surname)) {
      const name = `${surname} ${m.noun}`;
      mark(scan, newActor(name, 'organisation', 'leader’s government', slug(name)), m.index, name);
      // the surname here names the government, not the person: no short form reads it again
      scan.taken.push([m.index, m.index + name.length]);
    }
  }
}
