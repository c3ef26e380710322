import { nameKey } from './actor-index';
import { familyName } from './name-patterns';
import type { ActorScan } from './scan';
import { foundByShape } from './actor-refs';
import { isWordChar } from '../shape';

/**
 * Two words one typo apart: one letter changed (not the last, unless `anyLetter`), one added or
 * dropped (not a final "a", unless `anyLetter`), or two neighbours swapped. Equal words are not one
 * edit apart.
 */
export function oneEdit(a: string, b: string, anyLetter: boolean): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return anyLetter || diff[0]! < a.length - 1;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  // An "a" added at the end is a feminine ending, not a typo (Petrov / Petrova); a dropped last
  // consonant is (Mars / Marsh).
  if (i === s.length && !anyLetter && l[i] === 'a') return false;
  return s.slice(i) === l.slice(i + 1);
}

/**
 * A surname of this many letters at least is long enough for a one-letter difference to be a typo,
 * not another family (as MIN_FUZZY_SURNAME across pages, src/chronology/actor-identity.ts).
 */
const MIN_VARIANT_SURNAME = 5;
/** A feminine or a plural ending in one of the two spellings: another person (Petrova / Petrov, Petrovska / Petrovsky). */
const OTHER_ENDING = /(?:a|s)$/;

/** How often a word stands whole in the text. */
function countWord(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (!isWordChar(text[i - 1]) && !isWordChar(text[i + word.length])) n++;
  return n;
}

/**
 * "Prime Minister Ana Trust falls on her sword … Prime Minister Ana Trost has resigned": two people
 * of one item with the same first name and surnames one letter apart (any letter, the last too) are
 * one person misspelt once — an item never names two such people, save a family (Petrov / Petrova,
 * left apart). A misspelling whose surname is a body's noun ("Ana Trust told …") was taken for a body
 * by its shape: it is the person too. The person's spelling, or the one the item writes more often,
 * keeps the id; the other's mentions are its.
 */
export function spellingVariantActors(scan: ActorScan): void {
  // "Ana Trust told parliament": a given name and a surname that is a body's noun, taken for a body by its shape, count too.
  const people = [...scan.found.values()].filter(({ actor }) => actor.name.includes(' ') && (actor.kind === 'person' || (foundByShape(actor) && actor.name.split(' ').length === 2)));
  if (people.length < 2) return;
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const [a, b] = [people[i]!, people[j]!];
      if (!scan.found.has(a.actor.id) || !scan.found.has(b.actor.id)) continue;
      if (a.actor.kind !== 'person' && b.actor.kind !== 'person') continue;
      const [ka, kb] = [nameKey(a.actor.name).split(' '), nameKey(b.actor.name).split(' ')];
      if (ka.length !== kb.length || ka.slice(0, -1).join(' ') !== kb.slice(0, -1).join(' ')) continue;
      const [sa, sb] = [familyName(a.actor.name), familyName(b.actor.name)];
      if (Math.min(sa.length, sb.length) < MIN_VARIANT_SURNAME || !oneEdit(sa.toLowerCase(), sb.toLowerCase(), true)) continue;
      if (OTHER_ENDING.test(sa) !== OTHER_ENDING.test(sb) && (sa.startsWith(sb) || sb.startsWith(sa))) continue;
      // The person's id when the other was taken for a body; else the spelling written more often.
      const bFirst = a.actor.kind !== b.actor.kind ? b.actor.kind === 'person' : countWord(scan.text, sb) > countWord(scan.text, sa);
      const [keep, drop] = bFirst ? [b, a] : [a, b];
      scan.found.delete(drop.actor.id);
      scan.found.set(keep.actor.id, { actor: keep.actor, principal: keep.principal || drop.principal });
      scan.surnames.set(familyName(drop.actor.name), keep.actor);
    }
  }
}
