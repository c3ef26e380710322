import { type Catalogue, type CatalogueActor } from '../catalogue';
import { PhraseIndex } from '../phrase-index';
import { isWordChar } from '../shape';

/** A spelling key that puts transliteration variants together: Petrovsky/Petrovskyy/Petrovskiy. */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[^a-z ]/g, '').replace(/kh/g, 'h').replace(/y/g, 'i').replace(/ii+/g, 'i').replace(/ei/g, 'ei')
    .replace(/(.)\1+/g, '$1').trim();
}

/** The lookups one catalogue gives: forms filed for one-pass search, people by spelling key. */
export interface ActorIndex {
  byKey: Map<string, CatalogueActor>;
  formIndex: Map<string, CatalogueActor>;
  capitals: Set<string>;
  forms: PhraseIndex<CatalogueActor>;
  /** Demonyms filed for one-pass search, with their country ("Chilean" → Chile). */
  demonyms: PhraseIndex<CatalogueActor>;
  byDemonym: Map<string, CatalogueActor>;
}
const indexes = new WeakMap<Catalogue, ActorIndex>();

export function actorIndex(catalogue: Catalogue): ActorIndex {
  let ix = indexes.get(catalogue);
  if (ix) return ix;
  const byKey = new Map<string, CatalogueActor>();
  const forms: Array<{ phrase: string; value: CatalogueActor }> = [];
  const capitals = new Set<string>();
  for (const a of catalogue.actors) {
    for (const f of [a.name, ...a.aliases]) {
      forms.push({ phrase: f, value: a });
      if (a.kind === 'person') byKey.set(nameKey(f), a);
    }
    // "Ana Luisa Reyes" is "Luisa Reyes" too, when no one else goes by those two words.
    const words = a.name.split(' ');
    if (a.kind === 'person' && words.length > 2) {
      const tail = nameKey(words.slice(-2).join(' '));
      if (!byKey.has(tail)) byKey.set(tail, a);
    }
    for (const c of a.capitals ?? []) { forms.push({ phrase: c, value: a }); capitals.add(c); }
  }
  const byId = new Map(catalogue.actors.map((a) => [a.id, a]));
  const demonyms = [...catalogue.demonymOf].flatMap(([d, id]) => (byId.has(id) ? [{ phrase: d, value: byId.get(id)! }] : []));
  ix = { byKey, formIndex: new Map(forms.map((f) => [f.phrase, f.value])), capitals, forms: new PhraseIndex(forms), demonyms: new PhraseIndex(demonyms), byDemonym: new Map(demonyms.map((d) => [d.phrase, d.value])) };
  indexes.set(catalogue, ix);
  return ix;
}

/**
 * Catalogue forms in a text with their offsets: whole words, the longest at each place, never
 * overlapping.
 */
export function catalogueForms(ix: ActorIndex, text: string): Array<{ form: string; at: number }> {
  const out: Array<{ form: string; at: number }> = [];
  let until = 0;
  const hits = ix.forms.find(text, (_, end) => {
    if (isWordChar(text[end])) return false;
    // "Canberra’s allies": a possessive before a capitalised noun names something else.
    return !((text[end] === '’' || text[end] === "'") && text[end + 1] === 's' && /^\s+\p{Lu}/u.test(text.slice(end + 2, end + 4)));
  });
  for (const h of hits) if (h.at >= until) { out.push({ form: h.phrase, at: h.at }); until = h.at + h.phrase.length; }
  return out;
}
