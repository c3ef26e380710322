import { type CatalogueActor, slug } from '../catalogue';
import { alternation, CHAMBER_NOUNS, CHAMBER_SHORT_NAMES, CHAMBER_VERBS, SUBORDINATORS, WEEKDAY_NAMES } from '../lexicon';
import { newActor } from './actor-refs';
import { linesAt } from './name-patterns';
import { type ActorScan, markActing } from './scan';
import { WordPhrases } from '../word-index';
import { bmpLetters } from '../bmp-letters';

/**
 * "The Senate voted Thursday to confirm …", "The House has passed …", a headline's "Senate Confirms
 * …": a legislature or a cabinet named by its common noun, capitalised, acting as one body. The
 * noun opens a line or follows "the", a possessive ("Vestria’s Congress") or a word opening a clause (`subordinators`: "after Congress voted"; not any word in lower case: "elected to Parliament back in 2010") (so it ends no longer name: "the Keel House", "Opera House"),
 * and a chamber's verb follows it, right after or past an auxiliary, an adverb or a day. It is the
 * item's body whose name ends on that noun ("US Senate" found by the catalogue), else the chamber of
 * the country the item writes before the noun ("Tamaria’s parliament", "the Tamarian parliament":
 * one id by country, as state-bodies.ts gives a state's services), else a body of that name alone,
 * which pages join to the one country's body of that name (body-identity.ts). Principal in the
 * headline or the lead.
 */
/** After a chamber's noun, its verb: right after it or past an auxiliary, an adverb or a day. */
const ACTS_AFTER = `(?=[ ](?:(?:has|have|had|will|would|did|also|then|now|[a-z]+ly|on[ ](?:${alternation(WEEKDAY_NAMES)}))[ ]){0,2}(?:${alternation(CHAMBER_VERBS)})(?![\\p{L}]))`;
const CHAMBER_ACTS = bmpLetters(new RegExp(
  `(?:^|(?<=(?:^|[^\\p{L}])[Tt]he[ ])|(?<=[\\p{L}](?:’s|'s)[ ])|(?<=(?:^|[^\\p{L}])(?:${alternation(SUBORDINATORS)})[ ]))(${alternation(CHAMBER_NOUNS)})(?![\\p{L}’'-])` + ACTS_AFTER,
  'gmu',
));
/** A chamber's verb right after its name ("… House of Representatives passed"). */
const ACTS_NEXT = bmpLetters(new RegExp(`^${ACTS_AFTER}`, 'u'));
/** A chamber's verb in a headline's title case ("Senate Confirms"): the same verbs, any case. */
const TITLE_CASE_VERB = bmpLetters(new RegExp(`^[ ](?:${alternation(CHAMBER_VERBS)})(?![\\p{L}])`, 'iu'));
/**
 * A chamber's noun, whole: the patterns here never run across a line's end, each holds its noun
 * whole, and they read only the lines where the item's word index finds one.
 */
const CHAMBER_WORDS = new WordPhrases(CHAMBER_NOUNS);
/** A chamber noun opening a line, with its next word: tried for a title-case verb. */
const LINE_START_NOUN = bmpLetters(new RegExp(`^(${alternation(CHAMBER_NOUNS)})(?=[ ][\\p{Lu}])`, 'gmu'));

/**
 * A chamber's proper name, "House of" and what it holds ("House of Commons", "House of Lords",
 * "House of Representatives"): named anywhere it is the chamber, acting or not ("the bill goes to
 * the House of Lords"), as a body's name ending on its noun is (name-shapes.ts); "House" alone is
 * no body's noun, so no other rule finds it.
 */
const CHAMBER_NAMES = CHAMBER_NOUNS.filter((n) => / of /.test(n));
const CHAMBER_NAMED = bmpLetters(new RegExp(`(?<![\\p{L}])(${alternation(CHAMBER_NAMES)})(?![\\p{L}’'-])`, 'gu'));

export function chamberNounActors(scan: ActorScan): void {
  const { text } = scan;
  const hits: Array<{ noun: string; at: number }> = [];
  const lines = linesAt(text, scan.words.starts(CHAMBER_WORDS));
  for (const [line, offset] of lines) for (const m of line.matchAll(CHAMBER_ACTS)) hits.push({ noun: m[1]!, at: offset + m.index });
  for (const [line, offset] of lines) {
    for (const m of line.matchAll(LINE_START_NOUN)) {
      const at = offset + m.index;
      if (TITLE_CASE_VERB.test(text.slice(at + m[1]!.length, at + m[1]!.length + 20))) hits.push({ noun: m[1]!, at });
    }
  }
  for (const [line, offset] of lines) for (const m of line.matchAll(CHAMBER_NAMED)) {
    const at = offset + m.index, name = m[1]!;
    if (hits.some((h) => h.at === at) || scan.taken.some(([from, to]) => at < to && at + name.length > from)) continue;
    // "the US House of Representatives", "Canada's House of Commons": a state's chamber, named by the rules for its state.
    if (ownedByState(scan, at)) continue;
    const named = [...scan.found.values()].find(({ actor }) => actor.kind === 'organisation' && actor.name.endsWith(name));
    const actor = named?.actor ?? newActor(name, 'organisation', 'chamber named');
    // Acting ("the US House of Representatives passed") as the chamber's noun acting is; else principal in the headline only.
    if (ACTS_NEXT.test(text.slice(at + name.length, at + name.length + 40))) markActing(scan, actor, at);
    else if (!scan.found.has(actor.id) || at < scan.headline.length) scan.found.set(actor.id, { actor, principal: at < scan.headline.length || !!scan.found.get(actor.id)?.principal });
  }
  for (const { noun, at } of hits) {
    // "US Senate" named in the item (by the catalogue or a shape): "the Senate" is that body.
    const named = [...scan.found.values()].find(({ actor }) => actor.kind === 'organisation' && actor.name !== noun && actor.name.endsWith(` ${noun}`));
    // "The Lords rejected …": a chamber's short name is the body under its full name ("House of
    // Lords", `chamberShortNames`), one id with the pages that write it so; no state is read before it.
    const full = Object.hasOwn(CHAMBER_SHORT_NAMES, noun) ? CHAMBER_SHORT_NAMES[noun] : undefined;
    const actor = named?.actor ?? (full ? newActor(full, 'organisation', 'chamber short name acting') : countrysChamber(scan, noun) ?? newActor(noun, 'organisation', 'chamber noun acting'));
    markActing(scan, actor, at);
  }
}

/** Whether a country's form or demonym (or its possessive) stands right before `at`. */
function ownedByState(scan: ActorScan, at: number): boolean {
  const before = (end: number) => OWNER_GAP.test(scan.text.slice(end, at));
  return scan.forms.some(({ form, at: f }) => scan.ix.formIndex.get(form)?.kind === 'country' && before(f + form.length))
    || scan.demonyms.some((h) => before(h.at + h.phrase.length));
}
/** What stands between a state's form and its chamber's name: a space, after a possessive maybe. */
const OWNER_GAP = /^(?:’s|'s)?[ ]$/;

/**
 * The chamber of the one state the item writes right before its noun in lower case, named as
 * written: a country's form or demonym ("Tamarian parliament", "the U.S. senate"), or any name's
 * possessive ("Tamaria’s parliament": a state the catalogue may not know).
 */
function countrysChamber(scan: ActorScan, noun: string): CatalogueActor | undefined {
  const lower = noun.toLowerCase();
  const owners = new Map<string, string>();
  const look = (owner: string, form: string, at: number) => {
    const m = CHAMBER_AFTER_OWNER.exec(scan.text.slice(at + form.length, at + form.length + noun.length + 4));
    if (m && m[2]!.toLowerCase() === lower && !owners.has(owner)) owners.set(owner, `${form}${m[1]} ${m[2]}`);
  };
  for (const { form, at } of scan.forms) { const c = scan.ix.formIndex.get(form); if (c?.kind === 'country') look(c.id, form, at); }
  for (const hit of scan.demonyms) look(hit.value.id, hit.phrase, hit.at);
  for (const m of scan.text.matchAll(POSSESSIVE_OWNER)) if (m[2]!.toLowerCase() === lower) { const c = scan.ix.formIndex.get(m[1]!); look(c?.kind === 'country' ? c.id : slug(m[1]!), m[1]!, m.index!); }
  if (owners.size !== 1) return undefined;
  const [owner, name] = [...owners][0]!;
  return newActor(name, 'organisation', 'chamber noun acting', slug(`${owner} ${lower}`));
}
/** Right after a state's form or demonym: its possessive, if any, and a word (the chamber's noun, compared by the caller in lower case; "Vestria’s Congress" as "Vestria’s congress"). */
const CHAMBER_AFTER_OWNER = bmpLetters(/^((?:’s|'s)?)[ ]([\p{L}]+)(?![\p{L}])/u);
/** A name's possessive before a word ("Tamaria’s parliament", "Tamaria’s Congress"): the name and the word (never across a sentence's stop, "… Vell. Tamaria’s"). */
const POSSESSIVE_OWNER = bmpLetters(/(?<![\p{L}])([\p{Lu}][\p{L}.-]*[\p{L}](?:[ ][\p{Lu}][\p{L}.-]+)?)(?:’s|'s)[ ]([\p{L}]+)(?![\p{L}])/gu);
