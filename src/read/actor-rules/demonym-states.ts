import type { CatalogueActor } from '../catalogue';
import { ACT_VERB, alternation, PEOPLE_ACT, PEOPLE_ACTS, PEOPLE_COLLECTIVES, REPORTING_VERB, STATE_COLLECTIVES, TITLES, WEEKDAY_NAMES } from '../lexicon';
import type { PhraseHit } from '../phrase-index';
import { linesAt } from './name-patterns';
import { type ActorScan, mark, markActing } from './scan';
import { WordPhrases } from '../word-index';
import { bmpLetters } from '../bmp-letters';

/** A title as news capitalises it before a name ("Prime Minister"), filed for a look after a demonym. */
const STATE_TITLE = bmpLetters(new RegExp(`^ (?:${alternation(TITLES)})(?![\\p{L}])`, 'u'));
/** A state's people speaking ("officials said", "authorities have confirmed"). */
const STATE_SPEAKS = new RegExp(`^ (?:${alternation(STATE_COLLECTIVES)})(?: [a-z]+)? ${REPORTING_VERB}\\b`);
/**
 * A state's people acting as a sentence's subject ("Chilean rescuers pulled eleven miners out",
 * "Chilean troops have crossed"): an act verb or a verb in the past, not a participle before its
 * agent ("Chilean officials questioned by police").
 */
const STATE_ACTS = new RegExp(`^ (?:(?:${alternation(STATE_COLLECTIVES)})(?: [a-z]+ly)? (?:${ACT_VERB}|[a-z]{3,}ed)\\b(?! by\\b)|(?:${alternation(PEOPLE_COLLECTIVES)})(?: [a-z]+ly)? ${PEOPLE_ACT}\\b)`);
/**
 * Where a sentence's subject starts: a line's start, after a sentence's end or after a dateline's
 * dash ("CITY (Agency) — Chilean troops crossed …"), and its article.
 */
const SUBJECT_START = /(?:^|\n|[.!?]["”’)]? |[—–] )(?:[Tt]he )?$/;
/** Characters before a demonym SUBJECT_START reads: the longest of its marks and "The " (`.” The `). */
const SUBJECT_START_CHARS = 7;
const subjectStarts = (text: string, at: number): boolean => SUBJECT_START.test(text.slice(Math.max(0, at - SUBJECT_START_CHARS), at));
/**
 * "Chilean President Ana Reyes", "Chilean officials said": a demonym before a title, or before a
 * state's people speaking, or acting as a sentence's subject, speaks for its country ("Chilean
 * and Peruvian diplomats met" does not, nor "met Chilean officials").
 * Yields the country, where its demonym stands and whether its people act (principal in the lead).
 */
function demonymStates(text: string, demonyms: ReadonlyArray<PhraseHit<CatalogueActor>>): Array<{ actor: CatalogueActor; at: number; form: string; acting: boolean }> {
  const out: Array<{ actor: CatalogueActor; at: number; form: string; acting: boolean }> = [];
  for (const hit of demonyms) {
    const next = text.slice(hit.at + hit.phrase.length, hit.at + hit.phrase.length + 60);
    const speaks = STATE_TITLE.test(next) || STATE_SPEAKS.test(next);
    const acting = !speaks && STATE_ACTS.test(next) && subjectStarts(text, hit.at);
    if (speaks || acting) out.push({ actor: hit.value, at: hit.at, form: hit.phrase, acting });
  }
  return out;
}

/**
 * "Uruguayans on Sunday rejected the proposal", "Uruguayans voted": a capitalised word and "s",
 * then what a people does as its people (`peopleActs`), past a day or an adverb ("Americans
 * detained in …" are not the country acting). Read with the word before "s" as a demonym (the country's people under their plural
 * demonym) and SUBJECT_START (the sentence's subject).
 */
const PLURAL_ACTS = bmpLetters(new RegExp(`(?<![\\p{L}’'.-])([\\p{Lu}][\\p{Ll}]+)s(?=[ ](?:on[ ](?:${alternation(WEEKDAY_NAMES)})[ ]|[a-z]+ly[ ]){0,2}${PEOPLE_ACT}(?![\\p{L}]))`, 'gu'));
/**
 * The people's acts as whole words (found through the item's word index): every match of
 * PLURAL_ACTS holds one after a space, on its own line (its spaces are `[ ]`), so only the lines
 * holding one are read, where a scan of the whole text tried the pattern at every character.
 */
const PEOPLE_ACT_WORDS = new WordPhrases(PEOPLE_ACTS);

/**
 * A demonym speaking for its country ("Chilean President Ana Reyes", "Chilean officials said"), and
 * a country's people acting under their plural demonym ("Uruguayans on Sunday rejected …"): the
 * country, as its voters, citizens or troops act for it.
 */
export function demonymStateActors(scan: ActorScan): void {
  for (const { actor, at, form, acting } of demonymStates(scan.text, scan.demonyms)) {
    if (acting) markActing(scan, actor, at);
    else mark(scan, actor, at, form);
  }
  for (const [line, offset] of linesAt(scan.text, scan.words.starts(PEOPLE_ACT_WORDS))) for (const m of line.matchAll(PLURAL_ACTS)) {
    const country = scan.ix.byDemonym.get(m[1]!);
    if (country?.kind === 'country' && subjectStarts(scan.text, offset + m.index)) markActing(scan, country, offset + m.index);
  }
}
