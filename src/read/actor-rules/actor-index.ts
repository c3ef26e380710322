import { type Catalogue, type CatalogueActor, slug } from '../catalogue';
import { type PhraseHit, PhraseIndex } from '../phrase-index';
import { DEAL_PHRASES, GIVEN_NAME_TITLES, ROLES, STATE_BODY_NOUNS, TITLES } from '../lexicon';
import { isWordChar } from '../shape';
import { bmpLetters } from '../bmp-letters';

/** The spelling key of a phrase, before a monarch's number is taken off. */
const spellingKey = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/[^a-z ]/g, '').replace(/kh/g, 'h').replace(/y/g, 'i').replace(/ii+/g, 'i').replace(/ei/g, 'ei')
  .replace(/(.)\1+/g, '$1').trim();
/** Titles before a given name, as keys ("quen", "crown prince"). */
const GIVEN_NAME_TITLE = new RegExp(`^(?:${GIVEN_NAME_TITLES.map(spellingKey).join('|')}) [a-z]+ [ivx]+$`);
/** Titles before a given name, as the keys' words ("quen", "pope"). */
export const GIVEN_NAME_TITLE_KEYS: ReadonlySet<string> = new Set(GIVEN_NAME_TITLES.map(spellingKey));
/** A monarch's number as a key's word ("xvi"; "iii" is "i" there). */
export const REGNAL_KEY = /^[ivx]+$/;

/**
 * A spelling key that puts transliteration variants together: Petrovsky/Petrovskyy/Petrovskiy; a
 * monarch's number after a title and a given name is left out ("King Aldric IV" / "King Aldric").
 */
export function nameKey(name: string): string {
  const known = nameKeys.get(name);
  if (known !== undefined) return known;
  const key = spellingKey(name);
  // Only a key ending on a numeral's letter is tested further (nameKey runs often).
  const last = key[key.length - 1];
  const out = (last === 'i' || last === 'v' || last === 'x') && GIVEN_NAME_TITLE.test(key) ? key.replace(/ [ivx]+$/, '') : key;
  if (nameKeys.size >= MAX_NAME_KEYS) nameKeys.clear();
  nameKeys.set(name, out);
  return out;
}
/**
 * The keys of the names asked for on this page: the rules ask for the same few names again and
 * again (seven replacements each). Cleared with the page's phrase scans (`clearPhraseScans`).
 */
const nameKeys = new Map<string, string>();
/** A bound for a caller that never clears (the chronology's merging asks too). */
const MAX_NAME_KEYS = 10_000;

/** The lookups one catalogue gives: forms filed for one-pass search, people by spelling key. */
export interface ActorIndex {
  byKey: Map<string, CatalogueActor>;
  formIndex: Map<string, CatalogueActor>;
  capitals: Set<string>;
  forms: PhraseIndex<CatalogueActor>;
  byDemonym: Map<string, CatalogueActor>;
  /** Forms, demonyms, titles, deal phrases and "Ministry of" in one index: an item's text is scanned for all in one pass (`phrasesIn`). */
  all: PhraseIndex<Tagged>;
  /** The catalogue's bodies by the id their names give (`bodyId`): "Vestmark’s foreign ministry" found by a rule is a pack’s "Vestmarkian Foreign Ministry". */
  byBodyId: Map<string, CatalogueActor>;
}
/** A phrase of the one-pass index and what it is: a catalogue form, a demonym, a title, the words of a deal ("takeover of") or a body's noun before its field ("Ministry of"). */
interface Tagged { kind: 'form' | 'demonym' | 'title' | 'deal' | 'bodyOf'; actor: CatalogueActor | null; title: string }
/** A state body's noun, capitalised, and "of": where a body's field follows ("Ministry of Health"). */
const BODY_OF_PHRASES = STATE_BODY_NOUNS.map((n) => `${n[0]!.toUpperCase()}${n.slice(1)} of`);
/**
 * Titles and roles before a name ("Foreign Minister", "spokeswoman"), and each one's form for who
 * is elected and not yet in office ("governor-elect Ana Reyes", "Mayor-elect X", in title case
 * "President-Elect X"), a title too.
 */
const TITLE_PHRASES = [...new Set([...TITLES, ...ROLES].flatMap((t) => [t, `${t}-elect`, `${t}-Elect`]))];
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
    // A city-state's capital is its name ("Luxembourg", "Singapore"): the name, a country wherever it stands.
    for (const c of a.capitals ?? []) if (c !== a.name && !a.aliases.includes(c)) { forms.push({ phrase: c, value: a }); capitals.add(c); }
  }
  const byId = new Map(catalogue.actors.map((a) => [a.id, a]));
  const demonyms = [...catalogue.demonymOf].flatMap(([d, id]) => (byId.has(id) ? [{ phrase: d, value: byId.get(id)! }] : []));
  const all = new PhraseIndex<Tagged>([
    ...forms.map((f) => ({ phrase: f.phrase, value: { kind: 'form' as const, actor: f.value, title: '' } })),
    ...demonyms.map((d) => ({ phrase: d.phrase, value: { kind: 'demonym' as const, actor: d.value, title: '' } })),
    ...TITLE_PHRASES.map((t) => ({ phrase: t, value: { kind: 'title' as const, actor: null, title: t } })),
    ...DEAL_PHRASES.map((t) => ({ phrase: t, value: { kind: 'deal' as const, actor: null, title: t } })),
    ...BODY_OF_PHRASES.map((t) => ({ phrase: t, value: { kind: 'bodyOf' as const, actor: null, title: t } })),
  ]);
  ix = { byKey, formIndex: new Map(forms.map((f) => [f.phrase, f.value])), capitals, forms: new PhraseIndex(forms), byDemonym: new Map(demonyms.map((d) => [d.phrase, d.value])), all, byBodyId: new Map() };
  for (const a of catalogue.actors) if (a.kind === 'organisation') for (const f of [a.name, ...a.aliases]) ix.byBodyId.set(bodyId(ix, f), a);
  indexes.set(catalogue, ix);
  return ix;
}

/** "&" between two words of a name, as news writes "and" in it ("Harbour Fire & Rescue Service"). */
const AMPERSAND = bmpLetters(/(?<=[\p{L}.]) & (?=[\p{L}])/gu);
/**
 * An actor's id from its name: "&" between words is "and", so a body written both ways on a page
 * ("… Fire & Rescue Service", "… Fire and Rescue Service") is one actor; the name stays as first seen.
 */
export const nameId = (name: string): string => slug(name.replace(AMPERSAND, ' and '));

/**
 * A body's id: a country's form, demonym or possessive before its name is written the country's
 * one way ("US Harbour Service", "U.S. Harbour Service", "United States Harbour Service" are one
 * body, and "Peruvian Foreign Ministry" is "Peru’s foreign ministry"); "&" between its words is "and".
 */
export function bodyId(ix: Pick<ActorIndex, 'formIndex' | 'byDemonym'>, name: string): string {
  const words = name.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const lead = words.slice(0, n).join(' ').replace(/(?:’s|'s)$/, '');
    const country = ix.formIndex.get(lead) ?? ix.byDemonym.get(lead);
    if (country?.kind === 'country') return nameId(`${country.id} ${words.slice(n).join(' ')}`);
  }
  return nameId(name);
}

/**
 * Catalogue forms (whole words, the longest at each place, never overlapping), demonyms followed by
 * a space, titles (whole words, the longest at each place), where the words of a deal end and where a
 * body's noun before its field starts ("Ministry of"), from one pass over the text: each kind as its own index would find it (the longest accepted phrase of
 * a kind comes first at its place).
 */
export function phrasesIn(ix: ActorIndex, text: string): Phrases {
  let recent = recentScans.get(ix);
  if (!recent) recentScans.set(ix, (recent = new Map()));
  const known = recent.get(text);
  if (known) return known;
  const found = scanPhrases(ix, text);
  if (recent.size >= RECENT_SCANS) recent.clear();
  recent.set(text, found);
  return found;
}
/** What `phrasesIn` finds in one text. */
type Phrases = { forms: Array<{ form: string; at: number }>; demonyms: Array<PhraseHit<CatalogueActor>>; titles: Array<PhraseHit<string>>; deals: number[]; bodiesOf: number[] };
/**
 * The page's texts scanned so far, per index, and what was found: a page's posts are read for their
 * actors one by one and then again as the page's (`addPagePeople`), and each is scanned once.
 * Cleared at the start of each page (`clearPhraseScans`), so no page's text outlives its reading.
 */
let recentScans = new WeakMap<ActorIndex, Map<string, Phrases>>();
/** A bound for a caller that never clears: the scans of one long page at most. */
const RECENT_SCANS = 256;
export const clearPhraseScans = (): void => { recentScans = new WeakMap(); nameKeys.clear(); };
function scanPhrases(ix: ActorIndex, text: string): Phrases {
  const forms: Array<{ form: string; at: number }> = [];
  const demonyms: Array<PhraseHit<CatalogueActor>> = [];
  const titles: Array<PhraseHit<string>> = [];
  const deals: number[] = [];
  const bodiesOf: number[] = [];
  const hits = ix.all.find(text, (hit, end) => {
    if (hit.value.kind === 'demonym' || hit.value.kind === 'bodyOf') return text[end] === ' ';
    if (isWordChar(text[end])) return false;
    // "Canberra’s allies": a possessive before a capitalised noun names something else.
    return hit.value.kind === 'title' || hit.value.kind === 'deal' || !((text[end] === '’' || text[end] === "'") && text[end + 1] === 's' && /^\s+\p{Lu}/u.test(text.slice(end + 2, end + 4)));
  }, true);
  let until = 0, place = -1, form = false, demonym = false, title = false;
  for (const h of hits) {
    if (h.at !== place) { place = h.at; form = demonym = title = false; }
    const { kind, actor } = h.value;
    if (kind === 'form' && !form) { form = true; if (h.at >= until) { forms.push({ form: h.phrase, at: h.at }); until = h.at + h.phrase.length; } }
    else if (kind === 'demonym' && !demonym) { demonym = true; demonyms.push({ phrase: h.phrase, value: actor!, at: h.at }); }
    else if (kind === 'title' && !title) { title = true; titles.push({ phrase: h.phrase, value: h.value.title, at: h.at }); }
    else if (kind === 'deal') deals.push(h.at + h.phrase.length);
    else if (kind === 'bodyOf') bodiesOf.push(h.at);
  }
  return { forms, demonyms, titles, deals, bodiesOf };
}
