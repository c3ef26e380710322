import { bodyId, nameKey } from './actor-index';
import { PLACE_ADJECTIVE_AFTER } from './catalogue-forms';
import { newActor } from './actor-refs';
import { SP, TOKEN } from './name-patterns';
import { OUTLETS } from './outlets';
import { type ActorScan, mark } from './scan';
import { bmpLetters } from '../bmp-letters';

/**
 * "Its $4bn takeover of Harbourline", "a deal to acquire Harbour Foods": the capitalised name right
 * after the words of a deal (`dealPhrases`) is the company it is for: one word, as a name of more
 * words ends on a company's noun or form that other rules read, or is a name the story is told by
 * ("the takeover of Harbour Suisse"); not a country, a place, a person or an outlet the item
 * names, nor a title's word. The name alone names it again ("Harbourline’s board").
 */
const DEAL_TARGET = bmpLetters(new RegExp(`${SP}(${TOKEN})(?![ \\u00a0]*[\\p{Lu}\\d])`, 'uy'));

export function dealTargetActors(scan: ActorScan): void {
  const { text, ix, taken, notName, surnames } = scan;
  // The deal phrases' ends come from the one pass over the text (`phrasesIn`).
  for (const end of scan.deals) {
    DEAL_TARGET.lastIndex = end;
    const m = DEAL_TARGET.exec(text);
    if (!m) continue;
    const name = m[1]!;
    const at = m.index + m[0].length - name.length;
    const words = name.split(/\s+/);
    if (words.some((w) => notName.has(w)) || OUTLETS.has(name) || ix.byDemonym.has(words[0]!)) continue;
    // "the acquisition of Switzerland-based …": an adjective of place, no company's name.
    const dash = name.indexOf('-');
    if (dash > 0 && PLACE_ADJECTIVE_AFTER.test(name.slice(dash))) continue;
    if (taken.some(([s, e]) => at < e && at + name.length > s)) continue;
    const known = ix.formIndex.get(name) ?? ix.byKey.get(nameKey(name));
    if (known && known.kind !== 'organisation') continue;
    if (surnames.get(name)?.kind === 'person') continue;
    const id = bodyId(ix, name);
    const actor = known ?? ix.byBodyId.get(id) ?? scan.found.get(id)?.actor ?? newActor(name, 'organisation', 'deal target', id);
    taken.push([at, at + name.length]);
    mark(scan, actor, at, name);
    if (!surnames.has(name)) surnames.set(name, actor);
  }
}
