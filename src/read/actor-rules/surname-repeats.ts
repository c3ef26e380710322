import { isWordChar } from '../shape';
import { type ActorScan, mark } from './scan';

/** A short form of an actor found in full (a surname, a company's short name, a defined acronym) names it again: principal where it speaks or acts. */
export function shortFormActors(scan: ActorScan): void {
  const { text, surnames, found } = scan;
  for (const [surname, actor] of surnames) {
    if (found.has(actor.id) && found.get(actor.id)!.principal) continue;
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      if (!isWordChar(text[at - 1]) && !isWordChar(text[at + surname.length])) mark(scan, actor, at, surname);
    }
  }
}
