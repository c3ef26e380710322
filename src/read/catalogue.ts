import { COUNTRIES } from '../generated/gazetteer';
import organisationsData from '../../data/lexicon/organisations.json';
import themesData from '../../data/lexicon/themes.json';
import ruActors from '../../data/packs/russia-ukraine-2022/actors.json';
import ruTopics from '../../data/packs/russia-ukraine-2022/topics.json';
import type { ActorEntry } from '../model/types';

/**
 * What the reader knows of names before it reads a page: the countries of the world (a maintained
 * dataset, trimmed into src/generated/gazetteer.ts), international organisations and broad themes
 * (data/lexicon/), and — only when a deployment chooses them — curated data packs (data/packs/) that
 * add a story's people, aliases, roles and named topics. A pack adds; it is never the only way an
 * actor is found.
 */

/** A catalogue actor: an actor entry without its event count. */
export type CatalogueActor = Omit<ActorEntry, 'events'> & {
  /** Capitals standing for the country's government ("Canberra said"): a form only before a verb. */
  capitals?: string[];
  /** Where the entry comes from: "gazetteer", "organisations", "pack:<name>" (explainability). */
  source: string;
};

export interface CatalogueTopic {
  id: string;
  name: string;
  phrases: string[];
  /** A broad theme needs its phrase in the headline or lead; a named subject anywhere. */
  theme: boolean;
  /** Longer phrases that start like one of `phrases` and mean something else ("ruling party" is no court's ruling). */
  notPhrases?: string[];
  source: string;
}

/** One country of the gazetteer (scripts/gazetteer.ts writes them). */
export interface GazetteerCountry {
  code: string;
  name: string;
  aliases: string[];
  capitals: string[];
  demonyms: string[];
  sovereign: boolean;
}

/** A curated pack: a story's actors and named topics (data/packs/<name>/). */
interface Pack {
  actors: Array<Omit<CatalogueActor, 'source'> & { demonyms?: string[] }>;
  topics: Array<{ id: string; name: string; phrases: string[] }>;
}

/** The packs a deployment may choose (DATA_PACKS in wrangler.toml, --pack in the static build). */
export const PACKS: Readonly<Record<string, Pack>> = {
  'russia-ukraine-2022': { actors: ruActors.actors as Pack['actors'], topics: ruTopics.topics },
};

export interface Catalogue {
  /** The packs in use, by name. */
  packs: readonly string[];
  actors: readonly CatalogueActor[];
  topics: readonly CatalogueTopic[];
  /** Every surface form a known actor goes by, for name repair and matching. */
  knownNames: readonly string[];
  /** Demonyms of the world's countries ("Chilean", "Brazilian"): adjectives, never a person's name. */
  demonyms: ReadonlySet<string>;
  /** Words of the names of countries and bodies ("Nations", "Union"): a person's name never starts with one. */
  bodyWords: ReadonlySet<string>;
  /** The country of each demonym ("Chilean" → "chile"): "Chilean officials said" speaks for Chile. */
  demonymOf: ReadonlyMap<string, string>;
}

/** Lower case without accents: how two catalogues' names are compared. */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** An id from a display name: ASCII letters and digits, hyphenated ("Zoë Çelik" → "zoe-celik"). */
export function slug(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase()
    .replace(/[’']/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const built = new Map<string, Catalogue>();

/** Institutions named by their building ("Keel House", "the Harbour Palace"): after a word of place the name is the building (catalogue-forms.ts). */
export const BUILDING_IDS: ReadonlySet<string> = new Set(organisationsData.institutions.filter((o) => 'building' in o && o.building).map((o) => o.id));

/**
 * The catalogue for a set of packs (unknown names are refused by `parsePacks`). Built once per set
 * and kept: a Worker isolate or a CLI run uses one set.
 */
export function catalogueFor(packs: readonly string[] = []): Catalogue {
  const key = [...packs].sort().join(',');
  let c = built.get(key);
  if (!c) { c = buildCatalogue([...packs].sort()); built.set(key, c); }
  return c;
}

/** Pack names from configuration ("a, b"): the known ones, and the unknown ones to report. */
export function parsePacks(value: string | undefined | null): { packs: string[]; unknown: string[] } {
  const names = (value ?? '').split(/[\s,]+/).filter(Boolean);
  return { packs: names.filter((n) => n in PACKS), unknown: names.filter((n) => !(n in PACKS)) };
}

function buildCatalogue(packs: string[]): Catalogue {
  const actors = new Map<string, CatalogueActor>();
  const byName = new Map<string, string>();
  const add = (a: CatalogueActor) => {
    // A pack entry for a country or body the base already knows extends it and keeps the pack's id
    // (feed URLs of a deployment stay what they were).
    const same = [a.name, ...a.aliases].map((n) => byName.get(fold(n))).find((id) => id && actors.get(id)!.kind === a.kind);
    if (same && same !== a.id) {
      const base = actors.get(same)!;
      actors.delete(same);
      a = { ...base, ...a, aliases: [...new Set([...a.aliases, base.name, ...base.aliases])], capitals: [...new Set([...(a.capitals ?? []), ...(base.capitals ?? [])])] };
    } else if (actors.has(a.id)) {
      const base = actors.get(a.id)!;
      a = { ...base, ...a, aliases: [...new Set([...base.aliases, ...a.aliases])], capitals: [...new Set([...(base.capitals ?? []), ...(a.capitals ?? [])])] };
    }
    actors.set(a.id, a);
    for (const n of [a.name, ...a.aliases]) byName.set(fold(n), a.id);
  };
  for (const c of COUNTRIES) {
    add({ id: slug(c.name), name: c.name, kind: 'country', aliases: c.aliases, capitals: c.capitals, affiliation: null, role: null, source: 'gazetteer' });
  }
  for (const o of organisationsData.organisations) add({ ...o, kind: 'organisation', affiliation: null, role: null, source: 'organisations' });
  for (const { building: _, ...o } of organisationsData.institutions) add({ ...o, kind: 'organisation', role: null, source: 'organisations' });
  for (const o of organisationsData.groups) add({ ...o, kind: 'organisation', affiliation: null, role: null, source: 'organisations' });
  const topics: CatalogueTopic[] = themesData.topics.map((t) => ({ ...t, theme: true, source: 'themes' }));
  for (const name of packs) {
    const pack = PACKS[name]!;
    for (const a of pack.actors) {
      const capitals = a.kind === 'country' ? a.aliases.filter((x) => isCapital(actors, x)) : [];
      add({ ...a, aliases: a.aliases.filter((x) => !capitals.includes(x)), capitals, source: `pack:${name}` });
    }
    for (const t of pack.topics) topics.push({ ...t, theme: false, source: `pack:${name}` });
  }
  const list = [...actors.values()];
  // Words of bodies' and countries' names of several words ("United Nations" → United, Nations); a
  // one-word country ("Jordan", "Georgia") may be a person's first name.
  const bodyWords = new Set(list.filter((a) => a.kind !== 'person').flatMap((a) => [a.name, ...a.aliases])
    .filter((n) => /\s/.test(n)).flatMap((n) => n.split(/\s+/)).filter((w) => /^[\p{Lu}][\p{Ll}]+$/u.test(w)));
  const demonymOf = new Map<string, string>();
  // A demonym two countries share is the sovereign state's ("Indian" is India's, not the British
  // Indian Ocean Territory's; "Norwegian" Norway's, not Svalbard's): the sovereign are set last.
  for (const c of [...COUNTRIES].sort((a, b) => Number(a.sovereign) - Number(b.sovereign))) {
    const id = byName.get(fold(c.name));
    if (id) for (const d of c.demonyms) demonymOf.set(d, id);
  }
  return {
    packs,
    actors: list,
    demonymOf,
    topics,
    knownNames: list.flatMap((a) => [a.name, ...a.aliases, ...(a.capitals ?? [])]),
    demonyms: new Set(COUNTRIES.flatMap((c) => c.demonyms)),
    bodyWords,
  };
}

function isCapital(actors: Map<string, CatalogueActor>, name: string): boolean {
  const f = fold(name);
  for (const a of actors.values()) if (a.capitals?.some((c) => fold(c) === f)) return true;
  return false;
}
