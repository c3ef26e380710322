import { GOVERNMENT_VERB } from '../lexicon';
import { bodyNameAt } from './name-shapes';
import { outletSpans } from './outlets';
import { type ActorScan, mark } from './scan';

/** A verb right after a capital: it stands for its government (data/lexicon/words.json `governmentVerbs`). */
const GOVERNMENT_AFTER = new RegExp(`^\\s+${GOVERNMENT_VERB}\\b`);

/**
 * The catalogue's forms: countries, organisations, a pack's people and their aliases. A capital
 * stands for its government only as the subject of a verb ("Canberra has begun"); a country's name
 * that opens a body's name ("US Geological Survey reported") is that body's word, not the country;
 * nor is a country or capital inside an outlet's name ("Agence France-Presse").
 */
export function catalogueFormActors(scan: ActorScan): void {
  const { text, ix } = scan;
  const outlets = scan.forms.length ? outletSpans(text) : [];
  for (const { form, at } of scan.forms) {
    // "France" of "Agence France-Presse", "Kyiv" of "The Kyiv Independent": an outlet's name reports, it does not act.
    if (outlets.some(([s, e]) => at >= s && at < e)) continue;
    const actor = ix.formIndex.get(form)!;
    if (ix.capitals.has(form) && !GOVERNMENT_AFTER.test(text.slice(at + form.length, at + form.length + 16))) continue;
    if (actor.kind === 'country' && text[at + form.length] === ' ' && bodyNameAt(text, at) > form.length) continue;
    mark(scan, actor, at, form);
  }
}
