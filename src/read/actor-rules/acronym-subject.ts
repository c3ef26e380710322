import { ACT_VERB, alternation, COMPANY_SUFFIXES, GOVERNMENT_VERB, GROUP_ACTING_VERBS, INDEX_ACRONYMS, OUTLET_KINDS, REPORTING_VERB, TITLES, WIRE_AGENCIES, YEAR } from '../lexicon';
import { newActor } from './actor-refs';
import { initials, OUTLETS, outletAcronyms, outletSpans } from './outlets';
import { atSentenceStart, matchAllAt, REGNAL } from './name-patterns';
import { type ActorScan, mark } from './scan';
import { bmpLetters } from '../bmp-letters';

/**
 * "NHTSA said", "ACME has begun", "ACME, the country’s largest bank, has agreed": an acronym as the
 * subject of a reporting or government verb, an appositive between them as after a name.
 */
const ACRONYM_SUBJECT = bmpLetters(new RegExp(`(?<![\\p{L}.])([A-Z]{2,6})(?=(?:,\\s+(?:a|an|the)\\s[^,.“”"]{3,90},)?\\s+(?:${REPORTING_VERB}|${GOVERNMENT_VERB})\\b)`, 'uy'));
/**
 * "The HLP won 52 seats", "the HLP took most districts", "HDB agreed to buy …": after "the" or
 * opening a sentence, letters doing what a party, a union, an agency or a company does (the act
 * verbs of a lead, `actVerbs`, or a plural subject's verbs, `groupActingVerbs`) are that body, as
 * when they speak. Tried where ACRONYM_SUBJECT found nothing.
 */
const THE_ACRONYM_ACTS = bmpLetters(new RegExp(`(?<![\\p{L}.])([A-Z]{2,6})(?=[ \\u00a0]+(?:${ACT_VERB}|${alternation(GROUP_ACTING_VERBS)})(?![\\p{L}]))`, 'uy'));
/**
 * "The vote went against the KDP's wish …": after "the", letters in the possessive before a word in
 * lower case (what is theirs) are a body, a party or an agency, though the item never has them act
 * or speak. Tried after "the" only, where a second capital follows.
 */
const THE_ACRONYM_POSSESSIVE = bmpLetters(/(?<![\p{L}.])([A-Z]{2,6})(?=[’']s[ \u00a0]+[\p{Ll}])/uy);
/** "the " right before the letters (the slice's end). */
const THE_BEFORE_LETTERS = bmpLetters(/(?<![\p{L}])[Tt]he[ \u00a0]$/u);
const LETTER = bmpLetters(/\p{L}/u);
/**
 * Where ACRONYM_SUBJECT may open: a capital A–Z after no letter and no full stop (its lookbehind).
 * The pattern is tried there only (`matchAllAt`), where a scan of the whole text tried its
 * lookbehind at every character: the same matches.
 */
function acronymStarts(text: string): number[] {
  const out: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c < 65 || c > 90) continue;
    const prev = text[at - 1];
    if (prev === undefined || (prev !== '.' && !LETTER.test(prev))) out.push(at);
  }
  return out;
}
/**
 * Letters that never act alone: titles, wire agencies, economic figures, clocks, and a company's legal
 * form, which ends its name ("… Group AG said" is the company's name speaking, never a body "AG").
 */
const NOT_ACRONYM_ACTORS = new Set([...TITLES, ...WIRE_AGENCIES, ...INDEX_ACRONYMS, ...COMPANY_SUFFIXES, 'TV', 'AM', 'PM', 'GMT', 'UTC']);

/**
 * A maker's model number right before an acronym ("Kestrel 410-8 LRX", "Harbour A321 XLR"): a
 * capitalised word, then a number of three characters or more holding a digit that is no year
 * ("in 2021 NATO said" names the body).
 */
const MODEL_NUMBER_BEFORE = bmpLetters(new RegExp(String.raw`[\p{Lu}][\p{L}]+[ \u00a0](?!${YEAR}[ \u00a0]$)(?=[\p{L}\d-]*\d)[\p{L}\d][\p{L}\d-]{2,}[ \u00a0]$`, 'u'));

/** A given name and one space right before an acronym ("Ajaya " of "Aru KB"). */
const GIVEN_NAME_BEFORE = bmpLetters(/(?<![\p{L}])([\p{Lu}][\p{Ll}]+)[ ]$/u);
/** A regnal number in capitals, whole ("IV", "XVI"). */
const ROMAN_NUMBER = new RegExp(`^${REGNAL}$`, 'u');

/** A kind of outlet right before an acronym ("news agency HNA reported", "broadcaster KTV said"): the acronym is a source. */
const OUTLET_KIND_BEFORE = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation(OUTLET_KINDS)})[ \\t\\u00a0]+$`, 'iu'));

/** A kind of outlet, then an acronym ("state news agency HNA"), anywhere in the item (case checked after: the kinds open sentences too). */
const OUTLET_KIND_THEN_ACRONYM = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation(OUTLET_KINDS)})[ \\t\\u00a0]+([A-Z]{2,6})(?![\\p{L}])`, 'giu'));
/**
 * "Crown Prince X met Y, state news agency HNA reported. … the ferry link, HNA reported": the
 * acronyms the item gives after a kind of outlet are outlets wherever they report again. One pass
 * over the item, made only when an acronym speaks.
 */
function outletKindAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(OUTLET_KIND_THEN_ACRONYM)) if (/^[A-Z]+$/.test(m[1]!)) out.add(m[1]!);
  return out;
}

/**
 * "the KDP National Council … the KDP's wish": letters a body's name opens on were taken for its
 * acronym (name-shapes.ts); written in the possessive after "the", they are a body of their own, the
 * one the longer name's body belongs to (a party and its council), and no longer name that body.
 */
function releaseOpeningLetters(scan: ActorScan, letters: string): void {
  const holder = scan.surnames.get(letters);
  if (!holder || !holder.name.startsWith(`${letters} `)) return;
  scan.surnames.delete(letters);
  const rest = (scan.acronyms.get(holder.id) ?? []).filter((a) => a !== letters);
  if (rest.length) scan.acronyms.set(holder.id, rest);
  else scan.acronyms.delete(holder.id);
}

/** An acronym no other rule knows, speaking or acting ("NHTSA said"), is a body; a person’s initials are that person. */
export function acronymSubjectActors(scan: ActorScan): void {
  const { text, surnames } = scan;
  const { formIndex } = scan.ix;
  // "Ana Luisa Reyes Vidal … ALRV said": a person of three names or more goes by their initials too.
  for (const { actor } of scan.found.values()) {
    const words = actor.name.split(' ');
    if (actor.kind !== 'person' || words.length < 3) continue;
    const letters = words.map((w) => w[0]!.normalize('NFD')[0]!.toUpperCase()).join('');
    if (/^[A-Z]{3,6}$/.test(letters) && new RegExp(`(?<![\\p{L}])${letters}(?![\\p{L}])`, 'u').test(text)) surnames.set(letters, actor);
  }
  let outletInitials: Set<string> | undefined;
  let outletShort: Set<string> | undefined;
  let outletKinds: Set<string> | undefined;
  // Letters speaking ("NHTSA said"), or after "the" acting ("the HLP won").
  const starts = acronymStarts(text);
  const subjects = [...matchAllAt(text, starts, ACRONYM_SUBJECT)];
  const said = new Set(subjects.map((m) => m.index!));
  const opensActor = (at: number) => THE_BEFORE_LETTERS.test(text.slice(Math.max(0, at - 5), at)) || atSentenceStart(text, at);
  // Only where a second capital follows (letters, not a word): the two looks behind run there alone.
  const lettersAt = (at: number) => { const c = text.charCodeAt(at + 1); return c >= 65 && c <= 90; };
  for (const m of matchAllAt(text, starts.filter((at) => lettersAt(at) && !said.has(at) && opensActor(at)), THE_ACRONYM_ACTS)) subjects.push(m);
  const acting = new Set(subjects.map((m) => m.index!));
  const afterThe = (at: number) => THE_BEFORE_LETTERS.test(text.slice(Math.max(0, at - 5), at));
  const possessive = matchAllAt(text, starts.filter((at) => lettersAt(at) && !acting.has(at) && afterThe(at)), THE_ACRONYM_POSSESSIVE);
  for (const m of possessive) subjects.push(m);
  const owners = new Set(possessive.map((m) => m.index!));
  for (const m of possessive) releaseOpeningLetters(scan, m[1]!);
  for (const m of subjects) {
    const acronym = m[1]!;
    if (NOT_ACRONYM_ACTORS.has(acronym) || OUTLETS.has(acronym) || formIndex.has(acronym) || surnames.has(acronym)) continue;
    // "the HNA news agency quoted …, HNA reported": an outlet the item names so is a source.
    if ((outletShort ??= outletAcronyms(text)).has(acronym)) continue;
    if (OUTLET_KIND_BEFORE.test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
    if ((outletKinds ??= outletKindAcronyms(text)).has(acronym)) continue;
    // "a Kestrel 410-8 LRX crashed": letters after a maker's model number are the model's name, no body.
    if (MODEL_NUMBER_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    // "Pius XIV was 95": a regnal number after a capitalised name is that name's, no body.
    if (ROMAN_NUMBER.test(acronym) && CAPITALISED_BEFORE.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    // "the Example Times reported … ET added": the initials of an outlet the text names are that outlet.
    if ((outletInitials ??= new Set(outletSpans(text).map(([s, e]) => initials(text.slice(s, e))))).has(acronym)) continue;
    // "police chief Aru KB told": capitals after a title and a given name end that person's name.
    const given = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, m.index! - 30), m.index!));
    const givenAt = given ? m.index! - given[0].length : -1;
    if (given && scan.titles.some((h) => h.at + h.phrase.length + 1 === givenAt)) {
      mark(scan, newActor(`${given[1]!} ${acronym}`, 'person', 'title before name'), givenAt, `${given[1]!} ${acronym}`);
      continue;
    }
    if (!owners.has(m.index!)) { mark(scan, newActor(acronym, 'organisation', 'acronym speaking'), m.index!, acronym); continue; }
    // "ANC NEC backs …" over "the ANC's commitment": the body's letters name it again wherever they stand whole, the headline too.
    const owner = newActor(acronym, 'organisation', 'acronym in the possessive');
    mark(scan, owner, m.index!, acronym);
    surnames.set(acronym, owner);
  }
  // "NASA Administrator Bill Nelson", "FBI Director Ana Reyes": an acronym right before a title and a
  // name is the body the person holds it in; it names the body again elsewhere ("a NASA mission").
  for (const hit of scan.titles) {
    const acronym = ACRONYM_BEFORE.exec(text.slice(Math.max(0, hit.at - 8), hit.at))?.[1];
    if (!acronym || !NAME_AFTER.test(text.slice(hit.at + hit.phrase.length, hit.at + hit.phrase.length + 3))) continue;
    if (NOT_ACRONYM_ACTORS.has(acronym) || OUTLETS.has(acronym) || surnames.has(acronym)) continue;
    // "Jamshedpur FC head coach X": the last word of a longer name, not a body of its own.
    const at = hit.at - acronym.length - 1;
    if (CAPITALISED_BEFORE.test(text.slice(Math.max(0, at - 30), at)) || scan.taken.some(([s, e]) => at >= s && at < e)) continue;
    const known = formIndex.get(acronym);
    if (known && known.kind !== 'organisation') continue;
    if ((outletInitials ??= new Set(outletSpans(text).map(([s, e]) => initials(text.slice(s, e))))).has(acronym)) continue;
    const actor = known ?? newActor(acronym, 'organisation', 'acronym before a title');
    mark(scan, actor, at, acronym);
    surnames.set(acronym, actor);
  }
}
/**
 * An acronym of 2–6 capitals, or a name with a number ("KSF21", "Ksf26", "K20": a numbered meeting
 * or campaign, gatherings.ts), then one space, ending where a title starts.
 */
const ACRONYM_BEFORE = bmpLetters(/(?<![\p{L}\p{N}.&-])([A-Z]{2,6}|[A-Z][A-Za-z]{0,5}[0-9]{1,3})[ ]$/u);
/** A capitalised word and a space: what the acronym after it ends. */
const CAPITALISED_BEFORE = bmpLetters(/[\p{Lu}][\p{L}’'.-]*[ ]$/u);
/** A space and a capital right after a title: a name follows. */
const NAME_AFTER = bmpLetters(/^[ \u00a0][\p{Lu}]/u);
