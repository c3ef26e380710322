import { nameKey } from './actor-index';
import { type ActorScan, mark } from './scan';

/** "Mr Horvat", "Dr. Marsh": a courtesy title before a surname. */
const MR = new RegExp(`\\b(?:Mr|Mrs|Ms|Dr)\\.?\\s+([\\p{Lu}][\\p{L}-]+)`, 'gu');

/** "Mr Horvat" names the person found in full with that surname, or a catalogue person of that spelling. */
export function courtesyTitleActors(scan: ActorScan): void {
  const { text, surnames } = scan;
  const { byKey } = scan.ix;
  for (const m of text.matchAll(MR)) {
    const actor = surnames.get(m[1]!) ?? byKey.get(nameKey(m[1]!));
    if (actor) mark(scan, actor, m.index!, m[0]);
  }
}
