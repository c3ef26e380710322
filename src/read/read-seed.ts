import type { DroppedLine, Item, PageFacts, Seed, SeedReport } from '../model/types';
import { findActors } from './actors';
import { sortLines } from './boilerplate';
import { KNOWN_NAMES } from './catalogue';
import { readItemDates } from './dates';
import { readFacts } from './document-facts';
import { normalise } from './normalise';
import { repairLines } from './repair';
import { segment } from './segment';
import { clearWordCache } from './shape';
import { findTopics } from './topics';
import { htmlToText, looksLikeHtml } from './html';
import { looksBinary } from './decode';
import { fingerprint } from './fingerprint';

export interface ReadResult {
  page: PageFacts | null;
  items: Item[];
  report: SeedReport;
}

export interface ReadOptions {
  /** Latest year a page may be from, for inferring a missing year (the build's year). */
  latestYear: number;
}

/**
 * A copy of a short string that does not share the page's memory. Engines keep a substring as a
 * view of its whole parent text; a headline kept from every page would keep every page alive.
 */
const detach = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/**
 * Longest line read, in characters. A news paragraph is a few thousand at most; a longer line is a
 * broken copy (one endless line), cut with a warning so the rules stay linear in the page size.
 */
export const MAX_LINE_CHARS = 20_000;

/** How many dropped lines the report shows as samples. */
const DROPPED_SAMPLES = 8;

/**
 * One seed → its page facts and items. The stages run in this order:
 *  1. normalise   line ends, control characters, spaces (line numbers kept)
 *  2. repair      `?` left by a lost encoding
 *  3. sortLines   boilerplate out: header, captions, credits, chrome, teasers, trailing lists
 *  4. segment     live blog or article; posts cut apart
 *  5. readFacts   publisher and publication date (from every line, captions included)
 *  6. per post:   dates, then actors and topics
 */
export function readSeed(seed: Seed, options: ReadOptions): ReadResult {
  const warnings: string[] = [];
  clearWordCache();
  if (seed.decodedAs) warnings.push(`not UTF-8: read as ${seed.decodedAs}`);
  if (looksBinary(seed.text)) {
    warnings.push('binary data, not text: skipped');
    return { page: null, items: [], report: emptyReport(seed.name, warnings) };
  }
  let text = seed.text;
  if (looksLikeHtml(text)) {
    text = htmlToText(text);
    warnings.push('page is HTML: read as text with tags removed');
  }
  const normalised = normalise(text);
  for (const l of normalised) {
    if (l.text.length > MAX_LINE_CHARS) {
      warnings.push(`line ${l.no} cut from ${l.text.length} to ${MAX_LINE_CHARS} characters`);
      l.text = l.text.slice(0, MAX_LINE_CHARS);
    }
  }
  const { lines, log } = repairLines(normalised, KNOWN_NAMES);
  if (log.length) warnings.push(`repaired encoding damage on ${log.length} line(s), e.g. line ${log[0]!.line}`);
  const sorted = sortLines(lines);
  const layout = segment(sorted);
  const facts = readFacts(lines, options.latestYear);
  const publisher = facts.publisher === null ? null : detach(facts.publisher);
  warnings.push(...facts.warnings);
  if (!layout.title) warnings.push('no title: the page has no line shaped like a headline');
  if (layout.posts.length === 0) warnings.push('no items: nothing on the page reads as a post or an article body');

  const page: PageFacts | null = layout.title ? {
    title: detach(layout.title.text),
    titleLine: layout.title.no,
    description: layout.description.map((p) => p.text).join(' ') || null,
    publisher,
    published: facts.published,
    publishedBasis: facts.publishedBasis,
    publishedTime: facts.publishedTime,
    kind: layout.kind,
  } : null;

  const items: Item[] = layout.posts.map((post, order) => {
    const texts = post.paragraphs.map((p) => p.text);
    const d = readItemDates(post.headline, texts, facts.published);
    let time: string | null = null;
    let timeBasis: Item['timeBasis'] = 'day';
    if (d.eventDate && d.precision === 'day' && d.statedTime) { time = `${d.eventDate}T${d.statedTime}:00Z`; timeBasis = 'stated'; }
    else if (layout.kind === 'article' && facts.publishedTime && d.eventDate === facts.published) { time = facts.publishedTime; timeBasis = 'stated'; }
    else if (d.eventDate) time = `${d.eventDate}T00:00:00Z`;
    return {
      seed: seed.name,
      key: `${seed.name}#${fingerprint(post.headline)}`,
      line: post.line,
      headline: detach(post.headline),
      // join() of one paragraph returns that paragraph itself: a view of the whole page.
      body: texts.length === 1 ? detach(texts[0]!) : texts.join('\n\n'),
      order,
      publisher,
      published: facts.published,
      eventDate: d.eventDate,
      datePrecision: d.precision,
      dateBasis: d.basis,
      dateText: d.dateText === null ? null : detach(d.dateText),
      scheduledDate: d.scheduledDate,
      time,
      timeBasis,
      actors: findActors(post.headline, texts, { publisher }),
      topics: findTopics(post.headline, texts),
    };
  });
  estimateTimes(items);

  const dropped: DroppedLine[] = layout.dropped.sort((a, b) => a.line - b.line);
  const report: SeedReport = {
    seed: seed.name,
    title: page?.title ?? null,
    publisher,
    published: facts.published,
    published_basis: facts.publishedBasis,
    kind: page ? layout.kind : null,
    items: items.length,
    dropped_lines: dropped.length,
    dropped_samples: sampleDropped(dropped),
    warnings,
  };
  return { page, items, report };
}

function emptyReport(seed: string, warnings: string[]): SeedReport {
  return { seed, title: null, publisher: null, published: null, published_basis: null, kind: null, items: 0, dropped_lines: 0, dropped_samples: [], warnings };
}

/** One sample per reason first, so every rule that fired shows. */
function sampleDropped(dropped: DroppedLine[]): DroppedLine[] {
  const byReason = new Map<string, DroppedLine>();
  for (const d of dropped) if (!byReason.has(d.reason)) byReason.set(d.reason, d);
  const first = [...byReason.values()];
  const rest = dropped.filter((d) => !first.includes(d));
  return [...first, ...rest].slice(0, DROPPED_SAMPLES).map((d) => ({ ...d, text: detach(d.text.slice(0, 120)) }));
}

/**
 * Items of one day between two stated times (page order, newest first) get an estimated time:
 * evenly spaced between the two. Others keep the day alone.
 */
function estimateTimes(items: Item[]): void {
  const stated = items.map((it, i) => ({ it, i })).filter(({ it }) => it.timeBasis === 'stated');
  for (let k = 0; k + 1 < stated.length; k++) {
    const newer = stated[k]!;
    const older = stated[k + 1]!;
    if (newer.it.eventDate !== older.it.eventDate) continue;
    const t1 = Date.parse(newer.it.time!);
    const t0 = Date.parse(older.it.time!);
    if (!(t1 > t0)) continue;
    const gap = older.i - newer.i;
    for (let j = newer.i + 1; j < older.i; j++) {
      const it = items[j]!;
      if (it.timeBasis !== 'day' || it.eventDate !== newer.it.eventDate) continue;
      it.time = new Date(t1 - ((t1 - t0) * (j - newer.i)) / gap).toISOString().replace(/\.\d{3}Z$/, 'Z');
      it.timeBasis = 'estimated';
    }
  }
}
