import type { DroppedLine, Item, PageFacts, Seed, SeedReport } from '../model/types';
import { catalogueFor } from './catalogue';
import { fingerprint } from './fingerprint';
import type { PageReading, PostReading } from './page-reading';
import { dayBasis } from './post-day';
import { clearWordCache } from './shape';
import { clearPhraseScans } from './actor-rules/actor-index';
import { clearWordIndexes } from './word-index';
import { POST_ANNOTATORS, READ_STAGES } from './stages';

export { MAX_LINE_CHARS } from './stages';

export interface ReadResult {
  page: PageFacts | null;
  items: Item[];
  report: SeedReport;
}

/** How many dropped lines the report shows as samples. */
const DROPPED_SAMPLES = 8;

/**
 * One seed → its page facts and items: the page stages (READ_STAGES), then the post annotators
 * (POST_ANNOTATORS), both in `stages.ts`. This runner knows no rule. Nothing is dated from the
 * clock of the machine that reads: a page without a date of its own gives undated items.
 */
export interface ReadOptions {
  /** Curated data packs to read with (data/packs/); none by default. */
  packs?: readonly string[];
}

export function readSeed(seed: Seed, options: ReadOptions = {}): ReadResult {
  clearWordCache();
  clearPhraseScans();
  clearWordIndexes();
  const page: PageReading = {
    seed, catalogue: catalogueFor(options.packs), warnings: [], skipped: false, front: { fields: {}, bodyStart: 0, errors: [] }, text: seed.text,
    lines: [], live: false, sorted: null, layout: null, facts: null, url: null,
  };
  for (const stage of READ_STAGES) {
    stage(page);
    if (page.skipped) return { page: null, items: [], report: report(page, null, []) };
  }
  const posts: PostReading[] = page.layout!.posts.map((post, order) => ({
    post, order, day: null, dayBasis: 'page', dates: null, time: null, timeBasis: 'day', actors: [], topics: [],
  }));
  for (const annotate of POST_ANNOTATORS) annotate(posts, page);
  const facts = pageFacts(page);
  // One copy of the outlet's name for every item of the page.
  const publisher = page.facts!.publisher === null ? null : detach(page.facts!.publisher);
  const items = posts.map((p) => toItem(p, page, facts, publisher));
  // Two posts of a page under one headline ("88 mins: 2-1" twice) are two items: the later keeps
  // its own key, by its place among its twins.
  const twins = new Map<string, number>();
  for (const it of items) {
    const n = twins.get(it.key) ?? 0;
    twins.set(it.key, n + 1);
    if (n) it.key = `${it.key}~${n + 1}`;
  }
  return { page: facts, items, report: report(page, facts, items) };
}

/**
 * A copy of a short string that does not share the page's memory. Engines keep a substring as a
 * view of its whole parent text; a headline kept from every page would keep every page alive.
 */
const detach = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

function pageFacts(page: PageReading): PageFacts | null {
  const { layout, facts } = page;
  // The front matter's title wins over the page's, and stands for it when the copy starts below it.
  const title = page.front.fields.title ?? layout?.title?.text;
  if (!layout || !title || !facts) return null;
  return {
    title: detach(title),
    titleLine: layout.title?.no ?? null,
    description: layout.description.map((p) => p.text).join(' ') || null,
    publisher: facts.publisher === null ? null : detach(facts.publisher),
    published: facts.published,
    publishedBasis: facts.publishedBasis,
    publishedTime: facts.publishedTime,
    kind: layout.kind,
    url: page.url,
  };
}

function toItem(p: PostReading, page: PageReading, facts: PageFacts | null, publisher: string | null): Item {
  const texts = p.post.paragraphs.map((x) => x.text);
  const d = p.dates!;
  return {
    seed: page.seed.name,
    key: `${page.seed.name}#${fingerprint(p.post.headline)}`,
    line: p.post.line,
    headline: detach(p.post.headline),
    // join() of one paragraph returns that paragraph itself: a view of the whole page.
    body: texts.length === 1 ? detach(texts[0]!) : texts.join('\n\n'),
    order: p.order,
    publisher,
    published: page.facts!.published,
    url: page.url,
    pageTitle: facts?.title ?? null,
    eventDate: d.eventDate,
    datePrecision: d.precision,
    dateBasis: dayBasis(d.basis, p.dayBasis),
    dateText: d.dateText === null ? null : detach(d.dateText),
    scheduledDate: d.scheduledDate,
    time: p.time,
    timeBasis: p.timeBasis,
    actors: p.actors,
    topics: p.topics,
  };
}

function report(page: PageReading, facts: PageFacts | null, items: Item[]): SeedReport {
  const front = page.front.bodyStart;
  const dropped: DroppedLine[] = [
    ...(front ? [{ line: 1, reason: 'front-matter' as const, text: `${front} line(s) of page metadata` }] : []),
    ...(page.layout?.dropped ?? []).sort((a, b) => a.line - b.line),
  ];
  return {
    seed: page.seed.name,
    title: facts?.title ?? null,
    url: page.url,
    publisher: facts?.publisher ?? page.facts?.publisher ?? null,
    published: page.facts?.published ?? null,
    published_basis: page.facts?.publishedBasis ?? null,
    // A page without a title line is still a live blog or an article.
    kind: facts ? facts.kind : page.layout?.kind ?? null,
    items: items.length,
    dropped_lines: dropped.length,
    dropped_samples: sampleDropped(dropped),
    warnings: page.warnings,
  };
}

/** One sample per reason first, so every rule that fired shows. */
function sampleDropped(dropped: DroppedLine[]): DroppedLine[] {
  const byReason = new Map<string, DroppedLine>();
  for (const d of dropped) if (!byReason.has(d.reason)) byReason.set(d.reason, d);
  const first = [...byReason.values()];
  const rest = dropped.filter((d) => !first.includes(d));
  return [...first, ...rest].slice(0, DROPPED_SAMPLES).map((d) => ({ ...d, text: detach(d.text.slice(0, 120)) }));
}
