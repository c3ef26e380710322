import type { ActorRef } from '../model/types';
import { catalogueFor, slug } from '../read/catalogue';
import { isNickname } from '../read/actor-rules/teams';
import { BODY_NOUNS, CHAMBER_NOUNS, COMPANY_GROUP_NOUNS, COMPANY_NOUNS, COMPANY_SUFFIXES, NATION_WORDS, STATE_BODY_NOUNS } from '../read/lexicon';
import { oneEdit } from './typos';
import { bmpLetters } from '../read/bmp-letters';

/**
 * One id per body across pages. A page names a body as it pleases: in full with its country ("U.S.
 * Coast Guard", "US Federal Deposit Insurance Corporation"), without it ("Coast Guard", "Federal
 * Deposit Insurance Corporation"), by the acronym of its words ("USCG", "FDIC") or, for a company or
 * group, by its first word ("Wagner" of "Wagner Group"). Each page's reader gives the form it saw an
 * id of its own; here, in the order pages are assembled, each form is matched to a body already
 * known:
 *  - a body's name without its country is the body of the one country that has it so far (never
 *    when two countries' bodies share the name: "Foreign Ministry");
 *  - an acronym of three letters or more is the one body whose words it spells;
 *  - a name one typo from a known body's, in one word of MIN_TYPO_WORD letters or more, is that
 *    body ("Democratic Progessive Party");
 *  - a name of MIN_WORDS_LEFT_OUT words or more is the one known body with one word more inside it,
 *    or less ("Harbour Mine Council" / "Harbour Mine Rescue Council");
 *  - one capitalised word is the company or group whose name opens with it (a legal form or a
 *    company's noun ends it: "Harbour Air Lines"), or the team whose
 *    nickname it is ("Rovers" of "Harbour Rovers");
 *  - a company or group named by an acronym and its company words ("HDAB Financial Group", "HDAB
 *    Holdings") is the body the acronym names: the holding a bank is known by is the bank's name;
 *  - a company is one with or without its legal form, in any of its forms ("Harbour Vale Co." /
 *    "Harbour Vale Company" / "Harbour Vale"), and a company of two words before its legal form goes
 *    by its second word too ("Vale");
 *  - a state's body is one with its field before its noun or after it with "of" or "for" ("Ministry of
 *    Transport" / "Transport Ministry", "Federal Agency for Air Transport" / "Federal Air Transport Agency");
 *  - a state's body is one with or without the nation's word its name opens on ("Vestria’s Federal
 *    Sea Transport Agency" / "Vestria’s Sea Transport Agency"), and the name with it alone is the one
 *    country's body ("Federal Sea Transport Agency");
 *  - two names ending on the same noun that pages give the same acronym in brackets ("National
 *    Electoral Commission (XEC)", "Harbour Electoral Commission (XEC)") are one body.
 * The first form seen keeps the id.
 */

/** A body's name this long or longer is the same body with one more word inside it ("Harbour Mine Council" / "Harbour Mine Rescue Council"). */
export const MIN_WORDS_LEFT_OUT = 3;

/**
 * A body's name this long or longer, one word apart from another's with the same initials, is the
 * same body rendered otherwise (translations of one court's or agency's name: "Superior" / "Supreme
 * Harbour Court"); two words are too few ("Supreme Court" / "Superior Court" are two courts).
 */
export const MIN_RENDERING_WORDS = 3;

/**
 * The letters two renderings' odd words open on alike, at least: spellings of one word ("Superior" /
 * "Supreme"), not two words that share their initial only ("Security" / "Science Council",
 * "Criminal" / "Commercial Court", "Security" / "Statistics Service" are other bodies).
 */
export const MIN_RENDERING_PREFIX = 3;
/** Body nouns (lower case): as the odd, last word of two renderings, two names of one body's kind ("… Aviation Administration" / "… Aviation Authority"). */
const RENDERING_HEADS = new Set(BODY_NOUNS.map((n) => n.toLowerCase()));

/** A word of a body's name this long or longer may carry a typo (shorter words are other words: "Port" / "Post"). */
export const MIN_TYPO_WORD = 6;

/** The words that do not count in an acronym ("Organisation for Security and Cooperation"). */
const ACRONYM_SKIPS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);
/** No word left out: the initials of every word ("Department of Energy" → "DOE"). */
const NO_SKIPS: ReadonlySet<string> = new Set();
/** A name written as an acronym: three to six capitals ("FDIC", "USCG"); two are too ambiguous. */
const ACRONYM_NAME = /^[A-Z]{3,6}$/;
/** The last words of a company or group named again by its first word ("Wagner Group", "Harbour Motor Corp", "Harbour Air Lines"). */
const SHORT_NAMED = new Set([...COMPANY_SUFFIXES, ...COMPANY_NOUNS, 'Group']);
/** A first word a company or group goes by alone: capitalised ("Wagner"), or its letters ("BG" of "BG Group"). */
const SHORT_FIRST = bmpLetters(/^[\p{Lu}](?:[\p{Ll}]|[\p{Lu}]+$)/u);
/** The last words of a company named by an acronym and its company words ("… Financial Group", "… Holdings"). */
const COMPANY_END = new Set([...COMPANY_SUFFIXES, ...COMPANY_NOUNS]);

/** Legal forms as words of an id ("co", "corp", "inc"): the forms of one company's legal form differ only there. */
const LEGAL_FORM_SLUGS = new Set(COMPANY_SUFFIXES.filter((w) => /^[A-Za-z]+\.?$/.test(w)).map((w) => w.replace('.', '').toLowerCase()));
const LEGAL_FORM_WORDS = new Set(COMPANY_SUFFIXES);
/** How many of a name's last words are legal forms ("Co." of "Harbour Vale Co."), leaving one word at least. */
function trailingLegalForms(words: readonly string[]): number {
  let n = 0;
  while (n < words.length - 1 && LEGAL_FORM_WORDS.has(words[words.length - 1 - n]!)) n++;
  return n;
}
/** A company's collective noun as a word of an id ("group"): dropped with the legal form after it. */
const GROUP_SLUGS = new Set(COMPANY_GROUP_NOUNS.map((w) => w.toLowerCase()));
/**
 * A body's id without its country, its legal form and a company's collective noun before it, two
 * words left at least: "Harbour Vale Co.", "Harbour Vale Company" and "Harbour Vale" are one company,
 * as "Credit Harbour Group AG", "Credit Harbour Group" and "Credit Harbour" are ("Wagner Group" keeps
 * its noun: one word is named again by the first-word rule below).
 */
function companyKey(rest: string): string {
  const parts = rest.split('-');
  let n = parts.length;
  while (n > 1 && LEGAL_FORM_SLUGS.has(parts[n - 1]!)) n--;
  if (n > 2 && GROUP_SLUGS.has(parts[n - 1]!)) n--;
  return parts.slice(0, n).join('-');
}

/** Nouns of a state's bodies, which news writes before their field or after it ("Ministry of Transport" / "Transport Ministry"). */
const FIELD_NOUNS = new Set(STATE_BODY_NOUNS);
/** The longest field after "of" or "for" that names the body the other way round. */
const MAX_FIELD_WORDS = 3;
/**
 * A body's key with its field before its noun: "ministry-of-transport" is "transport-ministry" and
 * "federal-agency-for-air-transport" is "federal-air-transport-agency", one body whichever way a page
 * writes it. Not a field with an article ("Office of the President": a title's office) or a longer one.
 */
function fieldFirst(key: string): string {
  const parts = key.split('-');
  const at = parts.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for') && FIELD_NOUNS.has(parts[i - 1]!));
  if (at < 0) return key;
  const field = parts.slice(at + 1);
  if (field.length === 0 || field.length > MAX_FIELD_WORDS || field.some((w) => w === 'the' || w === 'of' || w === 'for')) return key;
  return [...parts.slice(0, at - 1), ...field, parts[at - 1]!].join('-');
}

/** The nation's words as a key's first word ("national", "federal"). */
const NATION_KEYS = new Set(NATION_WORDS.map((w) => w.toLowerCase()));
/** The fewest words a key keeps once its nation's word is left out ("national-guard" stays whole). */
const MIN_WORDS_AFTER_NATION = 2;
/** A key without the nation's word it opens on ("federal-air-transport-agency" → "air-transport-agency"); the key itself otherwise. */
function withoutNation(key: string): string {
  const parts = key.split('-');
  return parts.length > MIN_WORDS_AFTER_NATION && NATION_KEYS.has(parts[0]!) ? parts.slice(1).join('-') : key;
}

/** A country's short form in capitals ("US", "U.S.", "UK", "UAE"): a body's id may open on it ("us-supreme-court"). */
const COUNTRY_LETTERS = /^(?:[A-Z]\.?){2,4}$/;
let countryPrefixes: Array<[prefix: string, country: string]> | undefined;
/**
 * The prefixes a body's id takes from its country, longest first, each with the country's id: its
 * id ("united-states-coast-guard") or the slug of its short form in capitals ("us-supreme-court",
 * "u-s-senate"), so "US Supreme Court" and "Supreme Court" are one body as "U.S. Coast Guard" and
 * "Coast Guard" are.
 */
function countries(): Array<[string, string]> {
  countryPrefixes ??= catalogueFor().actors.filter((a) => a.kind === 'country')
    .flatMap((a): Array<[string, string]> => [[a.id, a.id], ...a.aliases.filter((f) => COUNTRY_LETTERS.test(f)).map((f): [string, string] => [slug(f), a.id])])
    .sort((a, b) => b[0].length - a[0].length);
  return countryPrefixes;
}

/** A body's noun or a chamber's standing alone, capitalised ("Navy", "Senate"): a body's name without its country, not a company's first word. */
const BARE_BODY_NOUNS = new Set([...BODY_NOUNS, ...CHAMBER_NOUNS].filter((n) => /^[\p{Lu}]\S*$/u.test(n)));

/** "Harbour-Tehreek-e-Watan (HTW)": a name of words joined by hyphens that its page gave an acronym is a body's name of several words. */
const hyphenedWithAcronym = (a: ActorRef): boolean => !!a.acronyms?.length && a.name.includes('-');
/** The letters a name's acronym has: capitals of its words, an all-capital word whole ("U.S. Coast Guard" → "USCG"). */
export function initials(words: readonly string[], skips: ReadonlySet<string> = ACRONYM_SKIPS): string {
  return words.filter((w) => !skips.has(w.toLowerCase())).map((w) => {
    const bare = w.replace(/\./g, '');
    return /^[A-Z]{2,}$/.test(bare) ? bare : bare[0]?.toUpperCase() ?? '';
  }).join('');
}

interface Body {
  /** The id a name without its country got, if one came. */
  bare: string | null;
  /** Each country's body of that name. */
  byCountry: Map<string, string>;
}

export class BodyIdentities {
  /** A body's id without its country ("coast-guard") → the body and the countries that have one. */
  private readonly byRest = new Map<string, Body>();
  /** An acronym → the one body it spells (null: two bodies do). */
  private readonly byAcronym = new Map<string, string | null>();
  /** A company's or group's first word → its id (null: two share it). */
  private readonly byFirstWord = new Map<string, string | null>();

  /**
   * The one id of an organisation's reference (the reference itself when it is the first seen); the
   * acronyms its page gave it are read here and left out of what is returned.
   */
  resolve(a: ActorRef): ActorRef {
    if (a.kind !== 'organisation') return a;
    const words = a.name.split(/\s+/);
    const acronymFirst = words.length >= 2 && ACRONYM_NAME.test(words[0]!) && COMPANY_END.has(words.at(-1)!) ? words[0]! : null;
    const id = ACRONYM_NAME.test(a.name) ? this.acronym(a) : acronymFirst ? this.acronym({ ...a, name: acronymFirst }) : a.name.includes(' ') || hyphenedWithAcronym(a) || BARE_BODY_NOUNS.has(a.name) ? this.body(a) : this.firstWord(a);
    if (a.acronyms) return { id, name: a.name, kind: a.kind, role: a.role };
    return id === a.id ? a : { ...a, id };
  }

  private acronym(a: ActorRef): string {
    const id = this.byAcronym.get(a.name);
    if (id) return id;
    if (id === undefined) { this.byAcronym.set(a.name, a.id); this.unclaimed.add(a.id); }
    return a.id;
  }

  private firstWord(a: ActorRef): string {
    const id = this.byFirstWord.get(a.name);
    if (id) return id;
    if (id === undefined) { this.byFirstWord.set(a.name, a.id); this.unclaimed.add(a.id); }
    return a.id;
  }

  /** A full name seen after its short form (an acronym, a first word) takes the short form's id, once. */
  private claim(known: string | null | undefined, id: string, own: boolean): string | null {
    if (known === undefined || known === id) return id;
    if (known !== null && own && this.unclaimed.delete(known)) return known;
    return null;
  }

  /** A declared acronym and the last word of the name it was given to → the body's id. */
  private readonly byDeclared = new Map<string, string>();

  /** A body's id joined by a declared acronym → the id it was joined to: the page that names it without the acronym joins too. */
  private readonly joined = new Map<string, string>();

  private body(a: ActorRef): string {
    const noun = a.name.split(/\s+/).at(-1)!;
    const earlier = this.joined.get(a.id);
    if (earlier) return earlier;
    const [prefix, country] = countries().find(([p]) => a.id.startsWith(`${p}-`)) ?? [];
    const rest = prefix ? a.id.slice(prefix.length + 1) : a.id;
    // "Harbour Vale Co.", "Harbour Vale Company", "Harbour Vale": one company.
    // "Ministry of Transport", "Transport Ministry": one body.
    // With its country written, a state's body is one with or without its nation's word ("Vestria’s
    // Federal Sea Transport Agency" / "Vestria’s Sea Transport Agency"); without it, a name of the
    // nation's word is the one country's body so named ("Federal Sea Transport Agency").
    const whole = fieldFirst(companyKey(rest));
    const key = country ? withoutNation(whole) : whole;
    if (country) this.countryRests.add(key);
    for (const acronym of a.acronyms ?? []) {
      if (!ACRONYM_NAME.test(acronym)) continue;
      // One acronym of one country is one body, whatever noun a page gives it ("Vestria’s disaster
      // agency, VDEA" / "Vestria’s disaster authority … VDEA").
      const keys = [`${acronym} ${noun}`, ...(country ? [`${acronym} @${country}`] : [])];
      const known = keys.map((k) => this.byDeclared.get(k)).find((id) => id !== undefined);
      if (known && known !== a.id) { this.joined.set(a.id, known); this.alias(key, country, known); return known; }
      for (const k of keys) if (!this.byDeclared.has(k)) this.byDeclared.set(k, a.id);
    }
    const national = country ? undefined : this.byRest.get(withoutNation(key));
    // "Federal Sea Transport Agency" seen first: a country's body of the name without the word is it.
    const nationFirst = !country ? undefined : (whole !== key ? this.byRest.get(whole) : undefined)
      ?? [...NATION_KEYS].map((n) => this.byRest.get(`${n}-${key}`)).find((b) => b?.bare && b.byCountry.size === 0);
    let body = this.byRest.get(key) ?? nationFirst ?? (national?.byCountry.size === 1 && key !== withoutNation(key) ? national : undefined) ?? this.byRest.get(this.typoOf(key) ?? '') ?? this.byRest.get(this.wordLeftOut(key) ?? '');
    if (!body) { body = { bare: null, byCountry: new Map() }; this.byRest.set(key, body); this.file(key); }
    // Its name with the nation's word names it too, when a page gives that alone ("National Sea Transport Centre").
    if (whole !== key && !this.byRest.has(whole)) { this.byRest.set(whole, body); this.file(whole); }
    let id: string;
    const fresh = country ? !body.byCountry.has(country) && !(body.byCountry.size === 0 && body.bare) : body.bare === null && body.byCountry.size === 0;
    if (country) {
      // Another country's body of the same name is another body; a bare name seen first is this one's.
      id = body.byCountry.get(country) ?? (body.byCountry.size === 0 && body.bare ? body.bare : a.id);
      body.byCountry.set(country, id);
    } else {
      id = body.byCountry.size === 1 ? [...body.byCountry.values()][0]! : body.byCountry.size === 0 ? body.bare ?? a.id : a.id;
      body.bare ??= id;
    }
    const own = fresh && id === a.id;
    const words = a.name.split(/\s+/);
    // Its initials, and the acronyms its page gave it ("… Supervisory Authority FINMA"): a page naming the acronym alone joins it.
    // "Department of Energy" is "DOE" as often as "DE": the initials of every word count too.
    for (const acronym of new Set([initials(words), initials(rest.split('-')), initials(words, NO_SKIPS), ...(a.acronyms ?? [])])) {
      if (!ACRONYM_NAME.test(acronym)) continue;
      const known = this.byAcronym.get(acronym);
      // "Coastal Shipping Administration" / "Coastal Shipping Authority": two renderings of one name.
      const claimed = own && known && this.renderingOf(known, whole) ? known : this.claim(known, id, own);
      if (claimed === null) this.byAcronym.set(acronym, null);
      else { id = claimed; this.byAcronym.set(acronym, id); }
    }
    const first = words[0]!, last = words.at(-1)!;
    const short = words.length < 2 ? null : SHORT_NAMED.has(last) && SHORT_FIRST.test(first) ? first : isNickname(last) ? last : null;
    // "Vale" of "Harbour Vale Company": a company of two words before its legal form goes by its second too.
    const core = words.slice(0, words.length - trailingLegalForms(words));
    const second = core.length === 2 && core.length < words.length && /^[\p{Lu}][\p{Ll}]/u.test(core[1]!) && !SHORT_NAMED.has(core[1]!) ? core[1]! : null;
    for (const word of [short, second]) {
      if (!word) continue;
      const claimed = this.claim(this.byFirstWord.get(word), id, own);
      if (claimed === null) this.byFirstWord.set(word, null);
      else { id = claimed; this.byFirstWord.set(word, id); }
    }
    if (country) body.byCountry.set(country, id);
    else body.bare = id;
    if (!this.keyOf.has(id)) this.keyOf.set(id, whole);
    return id;
  }

  /** Each body's key (without its country, with its nation's word), by id: what its name's renderings are compared on. */
  private readonly keyOf = new Map<string, string>();
  /**
   * Whether a name is another rendering of a known body's: MIN_RENDERING_WORDS words or more, the
   * same number, all but one the same and in the same places (the acronym they share says the odd
   * word opens on the same letter), the odd words spellings of one word (MIN_RENDERING_PREFIX letters
   * alike: "Superior Harbour Court" / "Supreme Harbour Court") or both the body's noun that ends it
   * ("Coastal Shipping Administration" / "Coastal Shipping Authority").
   */
  private renderingOf(id: string, key: string): boolean {
    const known = this.keyOf.get(id)?.split('-');
    const words = key.split('-');
    if (!known || known.length !== words.length || words.length < MIN_RENDERING_WORDS) return false;
    const odd = words.flatMap((w, i) => (w === known[i] ? [] : [i]));
    if (odd.length !== 1) return false;
    const at = odd[0]!, a = words[at]!, b = known[at]!;
    // Short words one letter in common are other words ("Civil" / "Coast Guard Command", "Port" / "Post").
    if (Math.min(a.length, b.length) < MIN_TYPO_WORD) return false;
    const heads = at === words.length - 1 && RENDERING_HEADS.has(a) && RENDERING_HEADS.has(b);
    return heads || a.slice(0, MIN_RENDERING_PREFIX) === b.slice(0, MIN_RENDERING_PREFIX);
  }

  /** A name joined to a known body by its acronym is that body's name too, for the pages that name it so without the acronym. */
  private alias(key: string, country: string | undefined, id: string): void {
    if (this.byRest.has(key)) return;
    this.byRest.set(key, { bare: country ? null : id, byCountry: new Map(country ? [[country, id]] : []) });
    this.file(key);
    this.wordLeftOut(key);
  }

  /** Names (without their country) seen with a country before them: a state's body. */
  private readonly countryRests = new Set<string>();

  /** Known names by block: their word count and the first two letters of each word (typos keep them). */
  private readonly blocks = new Map<string, string[]>();
  private static block(rest: string): string { return rest.split('-').map((w) => w.slice(0, 2)).join('-'); }
  private file(rest: string): void {
    const b = BodyIdentities.block(rest);
    this.blocks.set(b, [...(this.blocks.get(b) ?? []), rest]);
  }
  /** The known name one typo from this one, in one long word (either spelling: "Labor" / "Labour"), if there is exactly one. */
  private typoOf(rest: string): string | undefined {
    const words = rest.split('-');
    if (words.length < 2) return undefined;
    const near = (this.blocks.get(BodyIdentities.block(rest)) ?? []).filter((known) => {
      const other = known.split('-');
      const diff = words.flatMap((w, i) => (w === other[i] ? [] : [i]));
      return diff.length === 1 && Math.max(words[diff[0]!]!.length, other[diff[0]!]!.length) >= MIN_TYPO_WORD && oneEdit(other[diff[0]!]!, words[diff[0]!]!, false);
    });
    return near.length === 1 ? near[0] : undefined;
  }

  /** Known names by their first and last words ("harbour|council"): a name with a word more or less inside is looked for there. */
  private readonly byEnds = new Map<string, string[]>();
  /**
   * The known name this one is with one word more or less inside it, if there is exactly one ("Harbour
   * Mine Rescue Council" / "Harbour Mine Council"): the same first and last words, the shorter of
   * MIN_WORDS_LEFT_OUT words or more (two words are too few to tell "National Council" from "National
   * Health Council"), its country counting as one when both are a state's ("Vestria’s disaster
   * agency" / "Vestria’s disaster management agency"; the country's own body is looked for after).
   */
  private wordLeftOut(rest: string): string | undefined {
    const words = rest.split('-');
    const ends = `${words[0]}|${words.at(-1)}`;
    const list = this.byEnds.get(ends) ?? [];
    if (!list.includes(rest)) this.byEnds.set(ends, [...list, rest]);
    const near = list.filter((known) => {
      const other = known.split('-');
      const [short, long] = other.length < words.length ? [other, words] : [words, other];
      const states = this.countryRests.has(rest) && this.countryRests.has(known);
      if (long.length !== short.length + 1 || short.length < MIN_WORDS_LEFT_OUT - (states ? 1 : 0)) return false;
      return long.some((_, i) => i > 0 && i < long.length - 1 && long.filter((__, j) => j !== i).join('-') === short.join('-'));
    });
    return near.length === 1 ? near[0] : undefined;
  }

  /** Ids of short forms (acronyms, first words) no full name has taken yet. */
  private readonly unclaimed = new Set<string>();
}
