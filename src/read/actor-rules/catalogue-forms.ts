import { GOVERNMENT_VERB } from '../lexicon';
import { isUpperAt } from './name-patterns';
import { bodyNameAt } from './name-shapes';
import type { ActorIndex } from './actor-index';
import { LONG_OUTLETS, outletSpans } from './outlets';
import { isWordChar } from '../shape';
import { type ActorScan, mark } from './scan';

/** A verb right after a capital: it stands for its government (data/lexicon/words.json `governmentVerbs`). */
const GOVERNMENT_AFTER = new RegExp(`^\\s+${GOVERNMENT_VERB}\\b`);

/**
 * The catalogue's forms: countries, organisations, a pack's people and their aliases. A capital
 * stands for its government only as the subject of a verb ("Canberra has begun"); a country's name
 * that opens a body's name ("US Geological Survey reported") is that body's word, not the country;
 * nor is a country or capital inside an outlet's name ("Jamaica Observer", "Bangkok Post").
 */
export function catalogueFormActors(scan: ActorScan): void {
  const { text, ix } = scan;
  let outlets: Array<[number, number]> | undefined;
  const inOutlets = outletForms(ix);
  for (const { form, at } of scan.forms) {
    // "Jamaica" of "Jamaica Observer", "Bangkok" of "Bangkok Post": an outlet's name reports, it does not act
    // (asked only of a form some outlet's name holds).
    if (inOutlets.has(form) && (outlets ??= outletSpans(text)).some(([s, e]) => at >= s && at < e)) continue;
    const actor = ix.formIndex.get(form)!;
    if (ix.capitals.has(form) && !GOVERNMENT_AFTER.test(text.slice(at + form.length, at + form.length + 16))) continue;
    if (actor.kind === 'country' && text[at + form.length] === ' ' && isUpperAt(text, at + form.length + 1) && bodyNameAt(text, at) > form.length) continue;
    mark(scan, actor, at, form);
  }
}

/** The catalogue's forms that stand inside an outlet's name ("Jamaica" of "Jamaica Observer"): only these are checked. */
const outletFormsOf = new WeakMap<ActorIndex, Set<string>>();
function outletForms(ix: ActorIndex): Set<string> {
  let forms = outletFormsOf.get(ix);
  if (!forms) {
    forms = new Set(LONG_OUTLETS.flatMap((name) => ix.forms.find(name, (_, end) => !isWordChar(name[end])).map((h) => h.phrase)));
    outletFormsOf.set(ix, forms);
  }
  return forms;
}
