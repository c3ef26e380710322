import type { ActorScan } from './scan';

/**
 * A person named by the leading words of a longer name the item gives ("Insp Aru Ben Sahid Lomo
 * said …", then "Aru Ben Sahid said …"): names of several given names, written in full once and
 * after by all but the last word. The shorter name is the longer one's person when exactly one
 * person found in the item has a name opening on its words (two people who share given names stay
 * two, as they would with no other clue); principal if either mention is.
 */
/** The fewest words of a shortened name: one word alone is a given name, which `page-people.ts` reads. */
const MIN_LEADING_WORDS = 2;

export function leadingNameActors(scan: ActorScan): void {
  const people = [...scan.found.values()].filter(({ actor }) => actor.kind === 'person');
  for (const short of people) {
    const words = short.actor.name.split(' ');
    if (words.length < MIN_LEADING_WORDS) continue;
    const longer = people.filter(({ actor }) => {
      const w = actor.name.split(' ');
      return w.length > words.length && words.every((x, i) => w[i] === x);
    });
    if (longer.length !== 1) continue;
    const full = scan.found.get(longer[0]!.actor.id)!;
    scan.found.set(full.actor.id, { actor: full.actor, principal: full.principal || short.principal });
    scan.found.delete(short.actor.id);
  }
}
