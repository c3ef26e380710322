import { alternation, JOINED_NAME_PARTICLES } from '../lexicon';
import { nameKey } from './actor-index';
import { newActor } from './actor-refs';
import { type ActorScan, mark } from './scan';
import { bmpLetters } from '../bmp-letters';

/**
 * "Army chief Waqar-uz-Zaman said", "Aziz-ul-Haq": a word whose capitalised parts a particle joins
 * with hyphens (`joinedNameParticles`) is a person's full name by itself, wherever it stands (a
 * title or a role before it may be lower case, and it is one word: the shapes of two-word names
 * miss it). News names the person again by either part ("Waqar said", "Zaman told"): both are
 * short forms, in the item and on the page (`joinedNameParts`, used by `addPagePeople`).
 */
const JOINED = bmpLetters(new RegExp(`(?<![\\p{L}’'-])[\\p{Lu}][\\p{Ll}]+-(?:${alternation(JOINED_NAME_PARTICLES)})-[\\p{Lu}][\\p{Ll}]+(?![\\p{L}-])`, 'giu'));
/** A particle in a joined name, any case ("Uz" of "Waker-Uz-Zaman"). */
const PARTICLE = new RegExp(`^(?:${alternation(JOINED_NAME_PARTICLES)})$`, 'i');
/** A particle between hyphens anywhere (ASCII, no look-behind): the text may hold a joined name only where one stands. */
const PARTICLE_BETWEEN_HYPHENS = new RegExp(`-(?:${alternation(JOINED_NAME_PARTICLES)})-`, 'i');

/** The parts of a joined name ("Waqar", "Zaman" of "Waqar-uz-Zaman"), or none. */
export function joinedNameParts(word: string): string[] {
  const parts = word.split('-');
  return parts.length === 3 && PARTICLE.test(parts[1]!) && /^[\p{Lu}]/u.test(parts[0]!) && /^[\p{Lu}]/u.test(parts[2]!) ? [parts[0]!, parts[2]!] : [];
}

export function joinedNameActors(scan: ActorScan): void {
  const { text, taken, surnames, ix } = scan;
  if (!PARTICLE_BETWEEN_HYPHENS.test(text)) return;
  for (const m of text.matchAll(JOINED)) {
    const name = m[0], at = m.index!;
    // A particle capitalised at a name's start is no joined name's ("Al-Harbour Street").
    if (joinedNameParts(name).length === 0 || taken.some(([s, e]) => at < e && at + name.length > s)) continue;
    const actor = ix.byKey.get(nameKey(name)) ?? newActor(name, 'person', 'joined name');
    if (actor.kind !== 'person') continue;
    mark(scan, actor, at, name);
    taken.push([at, at + name.length]);
    for (const part of joinedNameParts(name)) if (!surnames.has(part)) surnames.set(part, actor);
  }
}
