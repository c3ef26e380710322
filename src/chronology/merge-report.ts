import type { Item } from '../model/types';
import { fnv1a } from '../read/fingerprint';
import type { TextFeatures } from './features';
import { speaksInHeadline } from './headline-speaker';
import { rarity } from './term-weights';

/**
 * One report as the merger sees it: everything the rules compare, taken from the report alone.
 * Nothing here depends on other reports or on the corpus, so the same report always carries the
 * same evidence, whenever and in whatever order it arrives (what makes merging order-free).
 */
export interface MergeReport {
  /** The report key (seed + headline fingerprint): unique, and the report's place in ties. */
  key: string;
  seed: string;
  /** Canonical place of the report: its page's rank (publication time, then name), then its position. */
  rank: string;
  /** Day number (days since 1970-01-01), NaN when undated. */
  day: number;
  /** A plain article (a page of one report): attached to the event it leads with. */
  isArticle: boolean;
  /** Lead terms (hashes, ascending) and their counts. */
  terms: Uint32Array;
  counts: Uint32Array;
  /** Weights of `terms` by general-English rarity alone, L2-normalised: what links read (see `linked`). */
  rarityWeights: Float32Array;
  quotes: Uint32Array;
  shortQuotes: number;
  lead: Uint32Array;
  /** Principal people and bodies (countries alone are too broad), ids ascending. */
  principals: string[];
  /** Who speaks in the headline ("Lavrov: …", "…, says Kremlin"), or null; a country may speak. */
  speaker: string | null;
  /** The item itself: its text and actors make the event. */
  item: Item;
}

/** A page's rank: pages are fed to a full build in this order (publication time, then name). */
export const pageRank = (published: string | null, seed: string): string => `${published ?? '9999'}|${seed}`;

export function mergeReport(item: Item, text: TextFeatures, isArticle: boolean, pageRankKey: string): MergeReport {
  const principals = [...new Set(item.actors.filter((a) => a.role === 'principal' && a.kind !== 'country').map((a) => a.id))].sort();
  const speaker = item.actors.find((a) => a.role === 'principal'
    && speaksInHeadline(item.headline, a.kind === 'person' ? a.name.split(' ').at(-1)! : a.name))?.id ?? null;
  return {
    key: item.key,
    seed: item.seed,
    rank: `${pageRankKey}|${String(item.order).padStart(5, '0')}`,
    day: item.eventDate ? Math.round(Date.parse(`${item.eventDate.slice(0, 10)}T00:00:00Z`) / 86_400_000) : NaN,
    isArticle,
    terms: text.terms,
    counts: text.counts,
    rarityWeights: rarityWeights(text.terms, text.counts),
    quotes: text.quotes,
    shortQuotes: text.shortQuotes,
    lead: text.lead,
    principals,
    speaker,
    item,
  };
}

/** Sublinear term frequency × rarity in general English, L2-normalised. */
function rarityWeights(terms: Uint32Array, counts: Uint32Array): Float32Array {
  const weights = new Float32Array(terms.length);
  let norm = 0;
  for (let k = 0; k < terms.length; k++) {
    const x = (1 + Math.log(counts[k]!)) * rarity(terms[k]!);
    weights[k] = x;
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < terms.length; k++) weights[k]! /= norm;
  return weights;
}

/** Hash of an index key: kind + value, so an actor and a quote never share a key. */
export const indexKey = (kind: string, value: string | number): number => fnv1a(`${kind}:${value}`);
