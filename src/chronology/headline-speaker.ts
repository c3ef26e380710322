import { REACTION_VERBS } from '../read/lexicon';

/** Verbs a headline speaker speaks by: a statement's, or a reaction's to another's act (`REACTION_VERBS`). */
const HEADLINE_VERB = `(?:says|said|warns|accuses|claims|denies|insists|tells|urges|rejects|${REACTION_VERBS.join('|')})`;
// (A perfect tense too: "Ruritania has protested …", as a lead sentence read for a headline has it.)
const VERB_AFTER = new RegExp(`^(?:\\s+(?:has\\s+|have\\s+)?${HEADLINE_VERB}\\b|:)`, 'i');
/** The headline's subject followed by its words in quotes: "Horvat 'not surprised' by …". */
const QUOTE_AFTER = /^\s+['‘"“]/;
/** What may come before a subject that opens the headline: its titles and first names ("Vestmark President Ana Horvat"). */
const OPENING = /^(?:[A-Z][\p{L}.’'-]*\s+)*$/u;
const VERB_BEFORE = new RegExp(`\\b${HEADLINE_VERB}\\s+(?:the\\s+)?$`, 'i');

/**
 * The name speaks in the headline: "Ruritania says …", "Horvat: …", "…, says ministry". Two posts of
 * one page with the same headline speaker may be a live blog telling one act twice; a report whose
 * headline has a speaker tells that speaker's statement, not the meeting around it.
 */
export function speaksInHeadline(headline: string, name: string): boolean {
  const at = headline.indexOf(name);
  if (at < 0) return false;
  const after = headline.slice(at + name.length);
  return VERB_AFTER.test(after) || (after.trim() === '' && VERB_BEFORE.test(headline.slice(0, at)))
    || (QUOTE_AFTER.test(after) && OPENING.test(headline.slice(0, at)));
}
