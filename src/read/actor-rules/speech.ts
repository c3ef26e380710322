import { ACT_VERB, REPORTING_VERB } from '../lexicon';

/** The actor speaks or acts in the lead: followed by a reporting verb, or after "said"/"according to". */
export function isSubjectOfSpeech(text: string, at: number, form: string, inLead: boolean): boolean {
  const after = text.slice(at + form.length, at + form.length + 80);
  const before = text.slice(Math.max(0, at - 70), at);
  const speaks = SPEAKS_AFTER.test(after) || SPOKEN_BEFORE.test(before);
  // In the lead, acting counts too ("Harbourton has no objections", "Horvat met Marsh").
  return speaks || (inLead && ACTS_AFTER.test(after));
}
/** A reporting verb after the actor within its clause (data/lexicon/words.json `reportingVerbs`). */
const SPEAKS_AFTER = new RegExp(`^[^.;“”"]{0,60}?\\b${REPORTING_VERB}\\b`);
/** "said X", "according to X" just before the actor. */
const SPOKEN_BEFORE = new RegExp(`\\b(?:${REPORTING_VERB}|according to|told by)\\s+[^.“”"]{0,60}$`);
/** A verb of acting after the actor within its clause (`actVerbs`). */
const ACTS_AFTER = new RegExp(`^[^.;“”"]{0,40}?\\b${ACT_VERB}\\b`);
