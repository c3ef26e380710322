import { slug } from '../catalogue';
import { alternation, LEADER_QUALIFIERS } from '../lexicon';
import { newActor } from './actor-refs';
import { midSentence } from './name-patterns';
import { type ActorScan, mark } from './scan';
import { bmpLetters } from '../bmp-letters';

/** One to three capitalised words right before "leader" in lower case and a space (the name after is checked by the rule). */
const BEFORE_LEADER = bmpLetters(/(?<![\p{L}’'.-])((?:[\p{Lu}][\p{L}’'-]*[ ]){1,3})leader[ ]/gu);
/** Words that say which leader, not whose ("Opposition leader", "Majority leader", `leaderQualifiers`). */
const QUALIFIER = new RegExp(`^(?:${alternation(LEADER_QUALIFIERS)})$`, 'u');

/**
 * "Kessby Labour leader Ana Vell said …", "Liberal Greens leader Vell": capitalised words right
 * before "leader" and a person the item names are the party or movement that person leads, an
 * organisation, principal when that person is. Never a word that says which leader ("Opposition
 * leader", `leaderQualifiers`), a word never in a name (a title's, a demonym, a date), a country or
 * body the catalogue knows (found as itself), nor one word opening a sentence that the text never
 * writes capitalised inside one ("Rebel leader X": a common noun, capitalised by its place).
 */
export function partyLeaderActors(scan: ActorScan): void {
  const { text, notName, found } = scan;
  if (!text.includes(' leader ')) return;
  for (const m of text.matchAll(BEFORE_LEADER)) {
    const name = m[1]!.trim();
    const words = name.split(' ');
    if (words.some((w) => notName.has(w) || QUALIFIER.test(w)) || scan.ix.formIndex.has(name)) continue;
    if (words.length === 1 && !midSentence(text, name)) continue;
    const after = m.index + m[0].length;
    const leader = [...found.values()].find(({ actor }) => actor.kind === 'person' && (text.startsWith(actor.name, after) || text.startsWith(actor.name.split(' ').at(-1)!, after)));
    if (!leader) continue;
    const party = found.get(slug(name))?.actor ?? newActor(name, 'organisation', 'party before its leader');
    if (leader.principal) found.set(party.id, { actor: party, principal: true });
    else mark(scan, party, m.index, name);
  }
}
