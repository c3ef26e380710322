import type { DateBasis, Item, Line, Seed } from '../model/types';
import type { Sorted } from './boilerplate';
import type { Catalogue } from './catalogue';
import type { ItemDates } from './dates';
import type { Facts } from './document-facts';
import type { FrontMatter } from './front-matter';
import type { Layout, Post } from './segment';

/**
 * One page as the stages read it: each stage fills in what it finds and reads what the stages
 * before it found. Nothing here outlives the page.
 */
export interface PageReading {
  seed: Seed;
  /** What the reader knows of names: gazetteer, organisations, themes and the chosen packs. */
  catalogue: Catalogue;
  /** Problems worth telling the person who added the page; they end up in its report. */
  warnings: string[];
  /** The page cannot be read at all (binary data): the remaining stages are skipped. */
  skipped: boolean;
  front: FrontMatter;
  /** The page's text, front matter blanked, HTML taken apart. */
  text: string;
  /** Numbered, normalised and repaired lines. */
  lines: Line[];
  /** The page says it is a live blog. */
  live: boolean;
  sorted: Sorted | null;
  layout: Layout | null;
  facts: Facts | null;
  /** The URL from the front matter, or null. */
  url: string | null;
}

/** One post on its way to becoming an item: what the post annotators fill in. */
export interface PostReading {
  post: Post;
  /** Position on the page, 0 = first. */
  order: number;
  /** The day the post was written, and how it is known. */
  day: string | null;
  dayBasis: DateBasis;
  dates: ItemDates | null;
  time: Item['time'];
  timeBasis: Item['timeBasis'];
  actors: Item['actors'];
  topics: Item['topics'];
}

/** A stage of reading one page (see READ_STAGES). */
export type ReadStage = (page: PageReading) => void;

/**
 * A stage of reading a page's posts (see POST_ANNOTATORS): it takes them as a list, as chrono's
 * refiners do, since some facts (the day a post was written) depend on its neighbours.
 */
export type PostAnnotator = (posts: PostReading[], page: PageReading) => void;
