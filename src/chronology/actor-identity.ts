import type { ActorRef, Item } from '../model/types';
import { nameKey } from '../read/actors';
import { GIVEN_NAME_TITLE_KEYS, REGNAL_KEY } from '../read/actor-rules/actor-index';
import { GIVEN_NAME_FORMS } from '../read/lexicon';
import { BodyIdentities } from './body-identity';
import { oneEdit } from './typos';

export { oneEdit };

/**
 * One id per person across pages and spellings. Pages are read apart (on several threads), so a
 * person first gets an id from the form a page gives ("Anthony Marsh", "Malik Hadei"); here, in
 * the order pages are assembled, each person is matched to one already known:
 *  - the same spelling key (transliterations: Petrovsky / Petrovskyy / Petrovskiy — `nameKey`);
 *  - the same surname and first names one letter apart (Antony / Anthony);
 *  - a name of two words and a longer name it ends ("Wen Shu-ya" / "Daniel Wen Shu-ya");
 *  - a name of two words and the same name with a middle name ("Tomas Vell" / "Tomas Arden Vell");
 *  - the same surname and a first name that is the other's short form (Jenni / Jennifer) or a
 *    familiar form of it (Joe / Joseph: `givenNameForms` in data/lexicon/words.json);
 *  - the same first name and surnames one typo apart — a letter changed inside the name, one added
 *    or dropped, two swapped (Hadie / Hadei / Hadae) — in a surname of at least MIN_FUZZY_SURNAME
 *    letters. A change of the last letter is not a typo but often another person (Petrovsky /
 *    Petrovska): that never matches;
 *  - the same first name and letters, a name's last two words written apart or glued ("Pak Tae
 *    Sung" / "Pak Taesung"; the key glues a hyphen's two sides already: "Pak Tae-sung").
 * A page that names someone by surname alone ("Reyes said", "Mr. Reyes") gives a one-word actor:
 * it is the one known person of that surname, when there is exactly one; and the first full name
 * with that surname to come later takes its id (a second, other first name does not).
 * The first form seen keeps the id, and the mapping is kept in the id registry, so an actor's feed
 * URL does not change when a page with another spelling arrives.
 */
export const MIN_FUZZY_SURNAME = 5;
/** A first name's short form keeps this many letters at least ("Jenni" of "Jennifer"; "Dan" of "Daniel" is too short to tell from another name). */
export const MIN_SHORT_FIRST_NAME = 5;
/** One first name is the other's first letters, long enough to tell ("jeni" / "jenifer" as keys: MIN_SHORT_FIRST_NAME less the doubled letter keys drop). */
const shortFormOf = (a: string, b: string): boolean => a !== b && Math.min(a.length, b.length) >= MIN_SHORT_FIRST_NAME - 1 && (a.startsWith(b) || b.startsWith(a));
/**
 * A name of this many words or more may differ in one inner word by one letter and be one person
 * ("Sang Mey" / "San Mey" inside "Arin Sang Mey Tarra"): its first name and surname agreeing, two people
 * of such long names are told apart by more than one inner letter.
 */
export const MIN_WORDS_INNER_VARIANT = 3;
/** The same words but one inner word (neither first nor last), one edit apart in any letter. */
function innerVariant(a: readonly string[], b: readonly string[]): boolean {
  let diff = 0;
  for (let i = 1; i < a.length - 1; i++) if (a[i] !== b[i] && (++diff > 1 || !oneEdit(a[i]!, b[i]!, true))) return false;
  return diff === 1;
}
/** Familiar forms and the given names they stand for, as spelling keys, both ways ("joe|joseph", "joseph|joe"). */
const FAMILIAR = new Set(Object.entries(GIVEN_NAME_FORMS).flatMap(([short, fulls]) => fulls.flatMap((full) => [`${nameKey(short)}|${nameKey(full)}`, `${nameKey(full)}|${nameKey(short)}`])));
/** One first name is the other's short form: its first letters, or a familiar form ("Joe" / "Joseph"). */
const sameFirstName = (a: string, b: string): boolean => shortFormOf(a, b) || FAMILIAR.has(`${a}|${b}`);

/**
 * The actors whose id is settled here: people, and one-word names a shape found (a surname alone
 * may be taken for a body: "Reyes said"); countries and all-capital names (acronyms) are not.
 */
const named = (a: ActorRef): boolean => a.kind === 'person' || (a.kind === 'organisation' && !a.name.includes(' ') && /^[\p{Lu}][\p{Ll}]/u.test(a.name));

interface Known { id: string; first: string; surname: string; /** The word before the surname, and how many words the name has. */ before: string; words: number; /** The whole spelling key, and its words glued ("paktaesung"). */ key: string; glued: string }

/**
 * The block a spelling key is matched within: the first two letters of its surname (typos worth
 * catching keep them). Every rule below reads only keys of the same block, so a store that holds
 * many people loads just the blocks a page names (`blocksOf`).
 */
export const identityBlock = (key: string): string => key.split(' ').at(-1)!.slice(0, 2);
/**
 * "Pak Tae Sung" / "Pak Taesung": a name's last two words written apart are one surname glued (a
 * hyphen between them is glued in the key already, "pak taesung"). A key of three words or more is
 * looked for, and filed, in its glued surname's block too: the first two letters of its second-to-last word.
 */
const gluedBlock = (parts: readonly string[]): string | undefined => (parts.length >= 3 ? parts.at(-2)!.slice(0, 2) : undefined);

/**
 * How many letters the word before a surname written apart has, at least and at most ("tae" of
 * "Pak Tae Sung", "tae" of "Ri Tae Ho"): a glued surname ("taesung") may have been written apart
 * after so many letters, and the store files that spelling under its own surname's block ("su").
 */
const APART_WORD_LETTERS = { min: 2, max: 4 } as const;
/** The blocks a name of two words' glued surname would have written apart ("taesung" → "es", "su", "un"). */
function apartBlocks(surname: string): string[] {
  const out: string[] = [];
  for (let i = APART_WORD_LETTERS.min; i <= APART_WORD_LETTERS.max && i + 2 <= surname.length; i++) out.push(surname.slice(i, i + 2));
  return out;
}

/** The blocks of the people a page's items name (see `identityBlock`, `gluedBlock`, `apartBlocks`). */
export function blocksOf(items: readonly Item[]): Set<string> {
  const out = new Set<string>();
  for (const item of items) {
    for (const a of item.actors) {
      if (!named(a)) continue;
      const parts = nameKey(a.name).split(' ');
      out.add(identityBlock(parts.at(-1)!));
      const glued = gluedBlock(parts);
      if (glued) out.add(glued);
      if (parts.length === 2) for (const block of apartBlocks(parts[1]!)) out.add(block);
    }
  }
  return out;
}

export class ActorIdentities {
  /** spelling key → id, as the registry keeps it. */
  private readonly ids: Map<string, string>;
  private readonly people: Known[] = [];
  private readonly bySurname = new Map<string, Known[]>();
  private readonly refs = new Map<string, ActorRef>();

  /** One-word names by key ("reyes"), their id, and the first name of the full name that took it. */
  private readonly singles = new Map<string, { id: string; first: string | null }>();

  constructor(known: Readonly<Record<string, string>> = {}) {
    this.ids = new Map(Object.entries(known));
    for (const [key, id] of this.ids) if (!key.includes(' ')) this.singles.set(key, { id, first: null });
    for (const [key, id] of this.ids) {
      this.remember(key, id);
      const single = this.singles.get(key.split(' ').at(-1)!);
      if (key.includes(' ') && single?.id === id) single.first ??= key.split(' ')[0]!;
    }
  }

  /** Bodies' one id across pages (body-identity.ts). */
  private readonly bodies = new BodyIdentities();

  /** Rewrites the person and body references of one page's items to their one id, in place. */
  resolvePage(items: Item[]): void {
    for (const item of items) {
      if (!item.actors.some((a) => a.kind === 'organisation' || named(a))) continue;
      const seen = new Map<string, ActorRef>();
      for (const a of item.actors) {
        const body = this.bodies.resolve(a);
        const ref = body !== a ? this.shared(body) : !named(a) ? a : a.name.includes(' ') ? this.resolve(a) : this.resolveSingle(a);
        const prev = seen.get(ref.id);
        if (!prev || (prev.role === 'mentioned' && ref.role === 'principal')) seen.set(ref.id, ref);
      }
      item.actors = [...seen.values()];
    }
  }

  /** The registry's part: spelling key → id. */
  snapshot(): Record<string, string> {
    return Object.fromEntries([...this.ids].sort(([a], [b]) => a.localeCompare(b)));
  }

  private resolve(a: ActorRef): ActorRef {
    const key = nameKey(a.name);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.match(key)?.id ?? this.regnal(key)?.id ?? this.claimSingle(key) ?? a.id;
      this.ids.set(key, id);
      if (!this.names.has(id)) this.names.set(id, a.name);
      this.remember(key, id);
    }
    if (id === a.id) return a;
    const k = `${id}|${a.role}`;
    let ref = this.refs.get(k);
    if (!ref) { ref = Object.freeze({ ...a, id, name: this.nameOf(id) ?? a.name }); this.refs.set(k, ref); }
    return ref;
  }

  /** A one-word name: the one known person of that surname, or an id of its own a full name may take later. */
  private resolveSingle(a: ActorRef): ActorRef {
    const key = nameKey(a.name);
    let id = this.ids.get(key);
    if (id === undefined) {
      const people = new Set((this.bySurname.get(identityBlock(key)) ?? []).filter((k) => k.surname === key).map((k) => k.id));
      id = people.size === 1 ? [...people][0]! : a.id;
      this.ids.set(key, id);
      if (people.size !== 1) this.singles.set(key, { id, first: null });
    }
    if (id === a.id) return a;
    const k = `${id}|${a.role}`;
    let ref = this.refs.get(k);
    if (!ref) { ref = Object.freeze({ ...a, id, kind: 'person', name: this.nameOf(id) ?? a.name }); this.refs.set(k, ref); }
    return ref;
  }

  /** One frozen reference per id and role for a body another form of it named first. */
  private shared(a: ActorRef): ActorRef {
    const k = `${a.id}|${a.role}`;
    let ref = this.refs.get(k);
    if (!ref) { ref = Object.freeze(a); this.refs.set(k, ref); }
    return ref;
  }

  private readonly names = new Map<string, string>();
  private nameOf(id: string): string | undefined { return this.names.get(id); }

  private remember(key: string, id: string): void {
    const parts = key.split(' ');
    if (parts.length < 2) return;
    const k: Known = { id, first: parts[0]!, surname: parts.at(-1)!, before: parts.at(-2)!, words: parts.length, key, glued: parts.join('') };
    this.people.push(k);
    for (const block of new Set([identityBlock(k.surname), gluedBlock(parts) ?? identityBlock(k.surname)])) {
      const list = this.bySurname.get(block) ?? [];
      list.push(k);
      this.bySurname.set(block, list);
    }
  }

  /** The id a one-word name got before any full name with its surname came; taken once, by one first name. */
  private claimSingle(key: string): string | undefined {
    const first = key.split(' ')[0]!, single = this.singles.get(key.split(' ').at(-1)!);
    if (!single || (single.first !== null && single.first !== first)) return undefined;
    single.first = first;
    return single.id;
  }

  /**
   * "Pius XIV" / "Pope Pius XIV": a given name and a monarch's number is the one person a title and
   * that given name name (the title's key leaves the number out: "pope pius"), whichever came first.
   */
  private regnal(key: string): Known | undefined {
    const parts = key.split(' ');
    if (parts.length !== 2) return undefined;
    const [first, second] = parts as [string, string];
    const found = REGNAL_KEY.test(second) ? this.people.filter((k) => k.words === 2 && k.surname === first && GIVEN_NAME_TITLE_KEYS.has(k.first))
      : GIVEN_NAME_TITLE_KEYS.has(first) ? this.people.filter((k) => k.words === 2 && k.first === second && REGNAL_KEY.test(k.surname)) : [];
    return new Set(found.map((k) => k.id)).size === 1 ? found[0] : undefined;
  }

  private match(key: string): Known | undefined {
    const parts = key.split(' ');
    if (parts.length < 2) return undefined;
    const first = parts[0]!, surname = parts.at(-1)!;
    // Typos keep the first two letters of a surname in every case worth catching: a small block.
    const block = this.bySurname.get(identityBlock(surname)) ?? [];
    return block.find((k) => (k.surname === surname && oneEdit(k.first, first, true))
      || (k.first === first && surname.length >= MIN_FUZZY_SURNAME && oneEdit(k.surname, surname, false)))
      // "Daniel Wen Shu-ya" / "Wen Shu-ya", "Ana Luisa Reyes" / "Luisa Reyes": a name of two
      // words is the longer name it ends, a first name before it.
      ?? block.find((k) => k.surname === surname && ((parts.length > 2 && k.words === 2 && k.first === parts.at(-2)) || (parts.length === 2 && k.words > 2 && k.before === first)))
      // "Tomas Arden Vell" / "Tomas Vell": the same first name and surname, a middle name written or left out.
      ?? block.find((k) => k.surname === surname && k.first === first && Math.min(k.words, parts.length) === 2 && Math.abs(k.words - parts.length) === 1)
      // "Jenni Reyes" / "Jennifer Reyes", "Joe Reyes" / "Joseph Reyes": a first name's short or familiar form.
      ?? block.find((k) => k.surname === surname && k.words === parts.length && sameFirstName(k.first, first))
      // "Arin Sang Mey Tarra" / "Arin San Mey Tarra": a long name's inner word transliterated one letter apart.
      ?? (parts.length >= MIN_WORDS_INNER_VARIANT ? block.find((k) => k.surname === surname && k.first === first && k.words === parts.length && innerVariant(k.key.split(' '), parts)) : undefined)
      // "Pak Tae Sung" / "Pak Taesung", "Pak Tae-sung": the same first name and letters, the last two words written apart or glued.
      ?? this.gluedMatch(parts);
  }

  /** A known name of one word more or less whose words glued are this one's, looked for in the glued surname's block. */
  private gluedMatch(parts: readonly string[]): Known | undefined {
    const glued = parts.join('');
    const block = this.bySurname.get(gluedBlock(parts) ?? identityBlock(parts.at(-1)!)) ?? [];
    return block.find((k) => k.glued === glued && k.first === parts[0] && Math.abs(k.words - parts.length) === 1);
  }
}

