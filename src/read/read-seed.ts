import type { DateBasis, DroppedLine, Item, Line, PageFacts, Seed, SeedReport } from '../model/types';
import { addDays, iso } from './calendar';
import { type ItemDates } from './dates';
import { type Facts } from './document-facts';
import { type FrontMatterFields, parseFrontMatter, publishedParts } from './front-matter';
import { outletOfUrl } from './lexicon';
import { liveCues } from './live-cues';
import { pageZone, postInstant } from './post-time';
import { type Layout, type Post } from './segment';
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
 *  1. frontMatter  the page's metadata block (url, published, publisher, title), its lines blanked
 *  2. html         a page sent as HTML read as text
 *  3. normalise    line ends, control characters, spaces (line numbers kept)
 *  4. repair       `?` left by a lost encoding
 *  5. liveCues     URL, title and furniture that say "live blog"
 *  6. sortLines    post times, then boilerplate out: header, captions, credits, chrome, teasers, trailing lists
 *  7. segment      live blog (posts cut at their times, or at their headlines) or article
 *  8. readFacts    publisher and publication date; the front matter's values win
 *  9. per post:    its day (post time, day header, page date), dates, time, actors and topics
 * Nothing is dated from the clock of the machine that reads: a page without a date of its own (and
 * none from the front matter or the ingest API) gives undated items.
 */
export function readSeed(seed: Seed): ReadResult {
  const warnings: string[] = [];
  clearWordCache();
  if (seed.decodedAs) warnings.push(`not UTF-8: read as ${seed.decodedAs}`);
  if (looksBinary(seed.text)) {
    warnings.push('binary data, not text: skipped');
    return { page: null, items: [], report: emptyReport(seed.name, warnings) };
  }
  const front = parseFrontMatter(seed.text);
  for (const e of front.errors) warnings.push(e.message);
  const meta = front.fields;
  let text = front.bodyStart ? blankFirstLines(seed.text, front.bodyStart) : seed.text;
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
  const url = meta.url ?? null;
  const live = liveCues(url, meta.title ?? lines.find((l) => l.text)?.text ?? null, lines);
  const sorted = sortLines(lines, { titleHint: meta.title ?? null, live });
  const layout = segment(sorted, { live });
  const facts = pageFacts(lines, meta, seed.received ?? null, warnings);
  const publisher = facts.publisher === null ? null : detach(facts.publisher);
  if (!layout.title) warnings.push('no title: the page has no line shaped like a headline');
  if (layout.posts.length === 0) warnings.push('no items: nothing on the page reads as a post or an article body');

  const title = meta.title ?? layout.title?.text ?? null;
  const page: PageFacts | null = layout.title ? {
    title: detach(title!),
    titleLine: layout.title.no,
    description: layout.description.map((p) => p.text).join(' ') || null,
    publisher,
    published: facts.published,
    publishedBasis: facts.publishedBasis,
    publishedTime: facts.publishedTime,
    kind: layout.kind,
    url,
  } : null;
  const pageTitle = page ? page.title : null;

  // A zone stated once for the page ("All times EST") holds for every post time that prints none.
  const zone = pageZone(lines);
  if (zone) for (const p of layout.posts) if (p.stamp && !p.stamp.zone) p.stamp = { ...p.stamp, zone };
  const days = postDays(layout.posts, facts.published, [...(url ? urlYears(url) : []), ...(facts.published ? [+facts.published.slice(0, 4)] : [])]);
  let unresolved = 0;
  const items: Item[] = layout.posts.map((post, order) => {
    const texts = post.paragraphs.map((p) => p.text);
    const postDay = days[order]!;
    const d = readItemDates(post.headline, texts, postDay.day);
    if (d.unresolved) unresolved++;
    const fromPost = d.basis === 'page' && postDay.basis === 'post-time';
    const { time, timeBasis } = itemTime(post, d, postDay.day, layout.kind, facts);
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
      url,
      pageTitle,
      eventDate: d.eventDate,
      datePrecision: d.precision,
      dateBasis: fromPost ? 'post-time' : d.basis,
      dateText: d.dateText === null ? null : detach(d.dateText),
      scheduledDate: d.scheduledDate,
      time,
      timeBasis,
      actors: findActors(post.headline, texts, { publisher }),
      topics: findTopics(post.headline, texts),
    };
  });
  if (unresolved) warnings.push(`${unresolved} item(s) name a day relative to a date the page does not give ("on Thursday"): left undated`);
  estimateTimes(items);

  const dropped: DroppedLine[] = [
    ...(front.bodyStart ? [{ line: 1, reason: 'front-matter' as const, text: `${front.bodyStart} line(s) of page metadata` }] : []),
    ...layout.dropped.sort((a, b) => a.line - b.line),
  ];
  const report: SeedReport = {
    seed: seed.name,
    title: page?.title ?? null,
    url,
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

/** The first `n` lines replaced by empty ones: what follows keeps its line numbers. */
function blankFirstLines(text: string, n: number): string {
  return text.replace(new RegExp(`^(?:[^\\n]*\\n){${n}}`), '\n'.repeat(n));
}

/** Years in a URL's path ("/news/2022/1/27/…"): the page's year, as its address gives it. */
function urlYears(url: string): number[] {
  try {
    return [...new URL(url).pathname.matchAll(/(?:^|[/_-])((?:19|20)\d{2})(?=[/_-]|$)/g)].map((m) => +m[1]!);
  } catch {
    return [];
  }
}

/**
 * Publisher and publication date: the front matter's values win (`metadata`); without a publisher,
 * a well-known news host names the outlet, then the text's attribution, then the host name itself; then, for a page the ingest API
 * received without any date, the day it was received (`received`). Never the clock.
 */
function pageFacts(lines: Line[], meta: FrontMatterFields, received: string | null, warnings: string[]): Facts {
  const url = meta.url ?? null;
  const text = readFacts(lines, url ? urlYears(url) : []);
  // A well-known news host names its outlet; an unknown host's bare name only when the text names none.
  const fromUrl = url ? outletOfUrl(url) : null;
  const publisher = meta.publisher ?? (fromUrl?.known ? fromUrl.name : null) ?? text.publisher ?? fromUrl?.name ?? null;
  if (!publisher) warnings.push('publisher unknown: no front matter, URL or attribution line');
  const stated = meta.published ? publishedParts(meta.published) : null;
  const facts: Facts = stated
    ? { ...text, publisher, published: stated.day, publishedBasis: 'metadata', publishedTime: stated.instant }
    : text.published ? { ...text, publisher }
    : received ? { ...text, publisher, published: received.slice(0, 10), publishedBasis: 'received', publishedTime: null }
    : { ...text, publisher };
  if (!facts.published) warnings.push('publication date unknown: no front matter, dateline, page date or dated caption; relative dates left undated');
  return facts;
}

/**
 * The day each post was written: the date printed with its time, else the day header above it,
 * else the page's date. Posts with clock times only are walked from the oldest (live blogs list
 * newest first): a clock that goes back while the posts go forward means the day turned.
 */
function postDays(posts: Post[], pageDate: string | null, years: number[]): Array<{ day: string | null; basis: DateBasis | 'page' }> {
  const year = years.at(-1) ?? null;
  const explicit = posts.map((p): string | null => {
    if (p.stamp?.day) return p.stamp.day;
    if (p.stamp?.monthDay && year !== null) return iso(year, p.stamp.monthDay.m, p.stamp.monthDay.d);
    return p.dayHeader ? headerDay(p.dayHeader) : null;
  });
  const out = posts.map((_, i) => ({ day: explicit[i] ?? pageDate, basis: (explicit[i] ? 'post-time' : 'page') as DateBasis | 'page' }));
  if (!pageDate) return out;
  const clocks = posts.map((p) => p.stamp?.clock ?? null);
  const timed = clocks.map((c, i) => ({ c, i })).filter((x): x is { c: string; i: number } => x.c !== null);
  if (timed.length < 2 || explicit.some((d) => d)) return out;
  const down = timed.slice(1).filter((x, k) => x.c < timed[k]!.c).length;
  const newestFirst = down >= (timed.length - 1) / 2;
  const chronological = newestFirst ? [...timed].reverse() : timed;
  let day = pageDate;
  let prev: string | null = null;
  for (const { c, i } of chronological) {
    if (prev !== null && c < prev) day = addDays(day, 1);
    out[i] = { day, basis: day === pageDate ? 'page' : 'post-time' };
    prev = c;
  }
  return out;
}

/** The day a header line prints ("Tuesday 3 March 2020", "March 3, 2020"), or null. */
function headerDay(text: string): string | null {
  const t = readFacts([{ no: 1, text }]);
  return t.publishedBasis === 'stated' ? t.published : null;
}

/**
 * An item's time: its post's printed time on the post's own day (`stated` with a zone, else
 * `estimated`), a GMT/UTC time its text states, an article's dateline time, else its day at 00:00Z.
 */
function itemTime(post: Post, d: ItemDates, postDay: string | null, kind: Layout['kind'], facts: Facts): Pick<Item, 'time' | 'timeBasis'> {
  if (post.stamp && postDay && d.eventDate === postDay) {
    const at = postInstant(post.stamp, postDay);
    if (at) return { time: at.time, timeBasis: at.basis };
  }
  if (d.eventDate && d.precision === 'day' && d.statedTime) return { time: `${d.eventDate}T${d.statedTime}:00Z`, timeBasis: 'stated' };
  if (kind === 'article' && facts.publishedTime && d.eventDate === facts.published) return { time: facts.publishedTime, timeBasis: 'stated' };
  return { time: d.eventDate ? `${d.eventDate}T00:00:00Z` : null, timeBasis: 'day' };
}

function emptyReport(seed: string, warnings: string[]): SeedReport {
  return { seed, title: null, url: null, publisher: null, published: null, published_basis: null, kind: null, items: 0, dropped_lines: 0, dropped_samples: [], warnings };
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
