import { slug } from '../catalogue';
import { alternation, LEADER_GOVERNMENT_NOUNS, literal } from '../lexicon';
import { newActor } from './actor-refs';
import { type ActorScan, mark } from './scan';

/** A government's noun in lower case: the text is read for the shape only when one stands in it. */
const GOVERNMENT_NOUN = new RegExp(`(?<![\\p{L}])(?:${alternation(LEADER_GOVERNMENT_NOUNS)})(?![\\p{L}])`, 'u');

/**
 * "the Vell administration", "the Reyes government": the surname of a person the item names, then a
 * government's noun in lower case (`leaderGovernmentNouns`), is the government that person heads, an
 * organisation of its own ("Vell administration"): sued, criticised or speaking, it is not the person.
 * Principal in the headline, or speaking in the lead.
 */
export function leaderGovernmentActors(scan: ActorScan): void {
  const { text } = scan;
  if (!GOVERNMENT_NOUN.test(text)) return;
  const surnames = new Set([...scan.found.values()].filter(({ actor }) => actor.kind === 'person' && actor.name.includes(' ')).map(({ actor }) => actor.name.split(' ').at(-1)!));
  for (const surname of surnames) {
    const shape = new RegExp(`(?<![\\p{L}’'-])${literal(surname)}[ ](${alternation(LEADER_GOVERNMENT_NOUNS)})(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(shape)) {
      const name = `${surname} ${m[1]!}`;
      mark(scan, newActor(name, 'organisation', 'leader’s government', slug(name)), m.index, name);
      // the surname here names the government, not the person: no short form reads it again
      scan.taken.push([m.index, m.index + name.length]);
    }
  }
}
