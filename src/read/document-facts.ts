import type { DateBasis, Line } from '../model/types';
import { addDays, iso, monthIndex, WEEKDAYS, yearsForWeekday } from './calendar';
import { publishedParts } from './front-matter';
import { AGENCY, alternation, DATELINE_LABEL, OUTLET_NAME_NOUNS, STAMP_LABEL, ZONE, DAY_RANGE_START, FUTURE_MARKER, MONTH as M, outletOfUrl, urlYears, WEEKDAY as WD, WEEKDAY_ANY_NC as WDA } from './lexicon';
import { hasCredit } from './line-rules/credit';
import type { PageReading, ReadStage } from './page-reading';
import { words } from './shape';
import { bmpLetters } from './bmp-letters';
import { MIN_PARAGRAPH_WORDS } from './line-rules/page-date-stamp';

/**
 * Page-level facts read from attribution and date lines (captions and chrome included, though
 * they are left out of the items).
 */
export interface Facts {
  publisher: string | null;
  published: string | null;
  publishedBasis: DateBasis | null;
  publishedTime: string | null;
}


/** Publisher evidence, strongest first: the page's own attribution, then its reporters' bylines. */
const PUBLISHER_RULES: Array<{ re: RegExp; weight: number; cue: (t: string) => boolean }> = ([
  { cue: (t: string) => t.includes('Source:'), re: /^Source:\s*(.+?)(?:\s+and\s+(?:other\s+)?(?:news\s+)?agencies)?\.?$/, weight: 10 },
  { cue: (t: string) => t.startsWith('By '), re: bmpLetters(new RegExp(`^By\\s+((?:[\\p{Lu}][\\p{L}&.]*\\s?){1,5}(?:${alternation(OUTLET_NAME_NOUNS)})\\b.*)$`, 'u')), weight: 10 },
  { cue: (t: string) => (t.includes('’s ') || t.includes("'s ")) && (t.includes('report') || t.includes('contributed')), re: bmpLetters(/((?:[\p{Lu}][\p{L}]*\s){0,2}[\p{Lu}][\p{L}]+)[’']s\s+(?:[\p{Lu}][\p{L}.’'-]*\s){1,3}?[\p{Lu}][\p{L}’'-]+,?\s+(?:and\s+[^,]{3,40}\s+)?(?:contributed|reporting from|reported|reports)\b/u), weight: 3 },
  { cue: (t: string) => t.includes('told '), re: bmpLetters(/\btold ([\p{Lu}]{2,6})\b(?!\s*[\p{Lu}][\p{Ll}])/u), weight: 1 },
]).map(({ re, weight, cue }) => ({ re: new RegExp(re.source, `${re.flags}g`), weight, cue }));

/**
 * Publisher and publication date: the front matter's values win (`metadata`); without a publisher,
 * a well-known news host names the outlet, then the text's attribution, then the host name itself.
 * The date: the front matter's, the text's, then, for a page the ingest API received without any date, the day it was received (`received`). Never the clock.
 */
export const pageFacts: ReadStage = (page) => {
  const meta = page.front.fields;
  const received = page.seed.received ?? null;
  const { lines, url, warnings } = page;
  const text = readFacts(lines, urlYears(url), relatedListBelow(page));
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
  page.facts = facts;
};

/**
 * `yearHints`: years the page states outside its text (its URL's path), used like the years of its
 * own full dates to place a date printed without one. Nothing comes from the clock.
 */
export function readFacts(lines: Line[], yearHints: readonly number[] = [], undating: ReadonlySet<number> = new Set()): Facts {
  const votes = new Map<string, number>();
  for (const { text } of lines) {
    for (const { re, weight, cue } of PUBLISHER_RULES) {
      // A cheap substring test first: the regexes are costly and most lines hold no attribution.
      if (!cue(text)) continue;
      for (const m of text.matchAll(re)) {
        const name = m[1]!.trim();
        votes.set(name, (votes.get(name) ?? 0) + weight);
      }
    }
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const publisher = ranked[0] && ranked[0][1] >= 2 && (ranked[1]?.[1] ?? 0) < ranked[0][1] ? ranked[0][0] : null;

  return { publisher, ...readPublished(undating.size ? lines.filter((l) => !undating.has(l.no)) : lines, yearHints) };
}

/** A full date with its year: "August 2, 2022", "2 August 2022". */
const FULL_DATE = new RegExp(`\\b${M} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b|\\b\\d{1,2}(?:st|nd|rd|th)? ${M},? \\d{4}\\b`);
/** Dated lines below the story, at least, for them to be a list of other stories' dates. */
const MIN_RELATED_DATES = 2;

/**
 * The lines of a list of related stories below the story ("Related" / "August 2, 2022" / "April 13,
 * 2020" …): two or more dated lines after the last paragraph of the page's last item are other
 * pages' dates, never this page's. (One dated line there is the page's own date printed at its foot.)
 */
function relatedListBelow(page: PageReading): ReadonlySet<number> {
  const posts = page.layout?.posts ?? [];
  const end = Math.max(-1, ...posts.flatMap((p) => [p.line, ...p.paragraphs.map((x) => x.line)]));
  if (end < 0) return new Set();
  const below = page.lines.filter((l) => l.no > end);
  return below.filter((l) => FULL_DATE.test(l.text)).length >= MIN_RELATED_DATES ? new Set(below.map((l) => l.no)) : new Set();
}

/** "Date: 2019-08-12 14:29", "Published: 2021-03-04T10:00", "2023-11-20 08:38:15": an ISO date (never ambiguous) on a line of its own, under a date label or none. */
const ISO_LABELLED = new RegExp(`^(?:(?:date|dated|${STAMP_LABEL})(?: on)?:?\\s*)?(\\d{4})-(\\d{2})-(\\d{2})(?:[ T]+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[A-Z]{2,4}|Z|[+-]\\d{2}:?\\d{2})?)?\\s*$`, 'im');

/**
 * "Published: 08:16, 24 October 2023", "First published on Tue 3 May 2022", "Posted March 3, 2021 at 9:05 am",
 * "• Published at 07:59 am December 13th, 2019":
 * a page's date label, opening its line (or after a "|"); "published" in a sentence is no label.
 */
const labelledDate = (label: string): RegExp => new RegExp(`(?:^|[|•·]\\s*)${label}(?: on)?:?\\s*(?:at\\s*)?(?:\\d{1,2}[:.]\\d{2}(?:\\s*[aApP]\\.?[mM]\\.?)?(?:\\s*${ZONE})?,?\\s*)?(?:${WDA},?\\s*)?(?:${M} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})|(\\d{1,2})(?:st|nd|rd|th)? ${M},? (\\d{4}))\\b`, 'm');
const PUBLISHED_LABEL = labelledDate('(?:First )?(?:Published|Posted)');
/**
 * "Updated 12:39 AM EDT, Fri September 9, 2022": the day a page says it was last changed. A page
 * that prints no publication label is dated by it (a live page's day), never by a day it mentions.
 */
const UPDATED_LABEL = labelledDate('(?:Last )?Updated');

/** "HARBOUR CITY, Sept 30 (Agency) -", "LONDON, March 3 (AFP) –": a wire story's place, day and agency. */
const WIRE_DATELINE = bmpLetters(new RegExp(`^[\\p{Lu}][\\p{Lu}\\p{L} .'’-]{1,40}(?:, [\\p{L} .]{2,30})?, ${M} (\\d{1,2}) \\(${AGENCY}\\)\\s*[-–—]`, 'mu'));
/** What WIRE_DATELINE holds after its place: the day and the agency in brackets. Tried first: the place is tried at every line's start. */
const WIRE_DATELINE_CUE = new RegExp(`\\d \\(${AGENCY}\\)`);

/**
 * How many days a wire dateline may fall before the newest full date on its page (a caption's) and
 * still be of that date's year: a picture is taken days before a story at most, so a dateline that
 * falls a month before it belongs to the next year (a "Jan 2" story under a "December 28" photo).
 */
const WIRE_DATELINE_LAG_DAYS = 31;

const validMonthDay = (m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= 31;

/** "date 2022-11-01 …", "2022-11-01": an ISO date opening the page. */
const ISO_STAMP = /^(?:date:?\s*)?(\d{4})-(\d{2})-(\d{2})(?:\s|$)/i;

/**
 * The day a site's top bar prints, the copy's first line: a weekday and a full date ("Sun. Jan 24th,
 * 2021", "• Monday, Jan 20, 2020 • Last Update : 12:47 am") — the day the page was visited, not
 * written. A dateline or a date label below it dates the page; the top bar counts only without one.
 */
const TOP_BAR_DATE = new RegExp(`^(?:[•·]\\s*)?${WDA},?\\s+(?:${M}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${M},?\\s+\\d{4})\\b`, 'i');

/** "27 January 2022, 11:54" on a line of its own (a range's last day, a label after a bar): a dateline. */
const DATELINE_DAY_FIRST = new RegExp(`^(?:${WDA},? )?${DAY_RANGE_START}(\\d{1,2})(?:st|nd|rd|th)? ${M},? (\\d{4})(?:[ ,]+(?:at )?(\\d{1,2})[:.](\\d{2}))?${DATELINE_LABEL}$`, 'm');
/** "January 27, 2022" on a line of its own: a dateline, month first. */
const DATELINE_MONTH_FIRST = new RegExp(`^(?:${WDA},? )?${M} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})${DATELINE_LABEL}$`, 'm');
/** A full date with its year, month first or day first ("March 3, 2024", "19th November 2023"). */
const DATED_MENTION = new RegExp(`\\b${M} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b|(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)? ${M},? (\\d{4})\\b`, 'g');
/** A weekday and a date without a year ("Friday, January 21", "Friday 21 January"). */
const WEEKDAY_DATE = new RegExp(`\\b${WD},? ${M} (\\d{1,2})\\b|\\b${WD},? (\\d{1,2}) ${M}\\b`, 'g');
/** "news from January 27", "updates for Friday January 21": the page names its day. */
const PAGE_NAMES_ITS_DAY = new RegExp(`\\b(?:news|updates?|coverage|developments|events)\\s+(?:from|for|on)\\s+(?:${WD},?\\s+)?(?:${M}\\s+(\\d{1,2})|(\\d{1,2})\\s+${M})(?:,?\\s+(\\d{4}))?`, 'i');

type Published = Pick<Facts, 'published' | 'publishedBasis' | 'publishedTime'>;

/**
 * How many days a site's top-bar date may fall after the newest date the page states elsewhere (a
 * caption's, a background date, its URL's year) and still be the page's own day. A top bar prints the
 * day the page was viewed: a copy made months or years after its story shows a day far past every
 * date the story knows; a month covers a story's photos and background of the weeks before it.
 */
const TOP_BAR_VIEWED_LATER_DAYS = 31;

function readPublished(lines: Line[], yearHints: readonly number[]): Published {
  const first = lines.find((l) => l.text.trim());
  if (first && TOP_BAR_DATE.test(first.text.trim())) {
    // (The bar printed twice, a copy of the header and of its sticky twin, is one bar.)
    const bar = first.text.trim();
    const rest = lines.filter((l) => l.text.trim() !== bar);
    const below = readPublishedFrom(rest, yearHints);
    if (below.publishedBasis === 'stated') return below;
    if (viewedLater(bar, rest, yearHints)) return below;
  }
  return readPublishedFrom(lines, yearHints);
}

/**
 * `viewedLater`: the top bar's day (`bar`) falls more than TOP_BAR_VIEWED_LATER_DAYS after every
 * date the rest of the page states — its full dates, told in the story or not, and its URL's years —
 * so it is the day the copy was made, never the page's. A page that states no other date keeps its
 * bar's day (nothing says it is older).
 */
function viewedLater(bar: string, rest: Line[], yearHints: readonly number[]): boolean {
  const barDay = [...bar.matchAll(DATED_MENTION)].map(dayOfMention)[0];
  if (!barDay) return false;
  const text = rest.map((l) => l.text).join('\n');
  const stated = [...text.matchAll(DATED_MENTION)].map(dayOfMention).filter((d): d is string => !!d);
  const newest = [...stated, ...yearHints.map((y) => iso(y, 11, 31))].sort().at(-1);
  return !!newest && addDays(newest, TOP_BAR_VIEWED_LATER_DAYS) < barDay;
}

/** The month (0–11), day and year of a DATED_MENTION match, written month first ("March 3, 2024") or day first ("3 March 2024"). */
const mentionParts = (m: RegExpMatchArray): { m: number; d: number; y: number } =>
  m[1] ? { m: monthIndex(m[1]), d: +m[2]!, y: +m[3]! } : { m: monthIndex(m[5]!), d: +m[4]!, y: +m[6]! };

/** The day of a DATED_MENTION match, or null for an impossible one. */
function dayOfMention(match: RegExpMatchArray): string | null {
  const { m, d, y } = mentionParts(match);
  return validMonthDay(m + 1, d) ? iso(y, m, d) : null;
}

function readPublishedFrom(lines: Line[], yearHints: readonly number[]): Published {
  const text = lines.map((l) => l.text).join('\n');
  // 1. A dateline: "27 January 2022, 11:54" on a line of its own ("12-13 December 2019 | Local News":
  //    a range's last day, a label after a bar).
  const dl = DATELINE_DAY_FIRST.exec(text);
  if (dl) {
    const day = iso(+dl[3]!, monthIndex(dl[2]!), +dl[1]!);
    const time = dl[4] ? `${day}T${dl[4].padStart(2, '0')}:${dl[5]}:00Z` : null;
    return { published: day, publishedBasis: 'stated', publishedTime: time };
  }
  // An ISO date before the copy's first line ("date 2022-11-01 Title"): the day the copy carries.
  const stamp = ISO_STAMP.exec(lines.find((l) => l.text)?.text ?? '');
  if (stamp && +stamp[2]! >= 1 && +stamp[2]! <= 12 && +stamp[3]! >= 1 && +stamp[3]! <= 31) {
    return { published: iso(+stamp[1]!, +stamp[2]! - 1, +stamp[3]!), publishedBasis: 'stated', publishedTime: null };
  }
  const dlUs = DATELINE_MONTH_FIRST.exec(text);
  if (dlUs) return { published: iso(+dlUs[3]!, monthIndex(dlUs[1]!), +dlUs[2]!), publishedBasis: 'stated', publishedTime: null };
  // "Published: 08:16, 24 October 2023 | Updated: …": the date a page labels as its publication
  // (before any later update it prints beside it).
  const pub = PUBLISHED_LABEL.exec(text) ?? UPDATED_LABEL.exec(text);
  if (pub) {
    const [m, d, y] = pub[1] ? [monthIndex(pub[1]), +pub[2]!, +pub[3]!] : [monthIndex(pub[5]!), +pub[4]!, +pub[6]!];
    if (validMonthDay(m + 1, d)) return { published: iso(y, m, d), publishedBasis: 'stated', publishedTime: null };
  }
  // "Date: 2019-08-12 14:29", "Published: 2021-03-04": an ISO date under a label, on a line of its own.
  const isoLine = ISO_LABELLED.exec(text);
  if (isoLine && validMonthDay(+isoLine[2]!, +isoLine[3]!)) {
    return { published: iso(+isoLine[1]!, +isoLine[2]! - 1, +isoLine[3]!), publishedBasis: 'stated', publishedTime: null };
  }

  // Dated mentions: full dates with a year, and weekday + date pairs.
  // A day glued to the word before it ("Jane Doe12 October 2019": a byline and its date that
  // the copy ran together) still counts: only a digit may not come before it.
  // An ordinal day counts as one ("Sunday 19th November 2023"). A date announced for later ("the
  // sentencing will be on March 28, 2024") places years but is no day the page was written.
  const full = [...text.matchAll(DATED_MENTION)]
    .map((m) => ({ ...mentionParts(m), ahead: announced(text, m.index), told: toldInStory(text, m.index) }));
  const paired = [...text.matchAll(WEEKDAY_DATE)]
    .map((m) => m[1] ? { w: WEEKDAYS.indexOf(m[1].toLowerCase()), m: monthIndex(m[2]!), d: +m[3]! }
      : { w: WEEKDAYS.indexOf(m[4]!.toLowerCase()), m: monthIndex(m[6]!), d: +m[5]! });
  // The years the page itself states (its full dates, a copyright line, its URL): a weekday + date
  // pair without a year is placed in the one of them (or a year beside one) where that day falls
  // on that weekday. Without any, the year is unknown: the build's clock never decides it.
  const anchors = [...new Set([...full.map((f) => f.y), ...yearHints, ...copyrightYears(text)])].sort((a, b) => b - a);
  const yearFor = (m: number, d: number, w?: number): { y: number; basis: DateBasis } | null => {
    const same = full.find((f) => f.m === m && f.d === d);
    if (same) return { y: same.y, basis: 'caption' };
    const wd = w ?? paired.find((p) => p.m === m && p.d === d)?.w;
    if (wd !== undefined && wd >= 0) {
      for (const a of anchors) {
        const y = yearsForWeekday(m, d, wd, a + 1).find((c) => c >= a - 1);
        if (y !== undefined) return { y, basis: 'weekday-year' };
      }
      // A page that states no year: it is not older than the latest past year it mentions ("since
      // 2014"), so take the first year from there on where the day falls on that weekday. (A page
      // that states its years and whose pair fits none of them printed a slip, "Tuesday, June 19" in
      // a July caption: never a leap to a year it does not state.)
      const latestMention = anchors.length === 0 ? pastYearMentions(text).at(0) : undefined;
      if (latestMention !== undefined) {
        const y = yearsForWeekday(m, d, wd, latestMention + 27).filter((c) => c >= latestMention).at(-1);
        if (y !== undefined) return { y, basis: 'weekday-year' };
      }
    }
    const anyYear = full.at(-1);
    return anyYear ? { y: anyYear.y, basis: 'caption' } : null;
  };

  // A wire dateline without its year ("HARBOUR CITY, Sept 30 (Agency) -"): the day the story was
  // filed. Its year is the one the page's own full dates give (a caption's), the next one when the
  // day would fall too far before the newest of them; without any, the day stays unknown.
  const wire = WIRE_DATELINE_CUE.test(text) ? WIRE_DATELINE.exec(text) : null;
  if (wire) {
    const m = monthIndex(wire[1]!);
    const d = +wire[2]!;
    const newest = full.map((f) => iso(f.y, f.m, f.d)).sort().at(-1);
    const y = newest ? +newest.slice(0, 4) : [...yearHints].sort((a, b) => b - a)[0];
    if (y !== undefined && validMonthDay(m + 1, d)) {
      const day = newest && addDays(iso(y, m, d), WIRE_DATELINE_LAG_DAYS) < newest ? iso(y + 1, m, d) : iso(y, m, d);
      return { published: day, publishedBasis: newest ? 'caption' : 'stated', publishedTime: null };
    }
  }
  // 2. The page names its day: "news from January 27", "updates for Friday January 21".
  const pd = PAGE_NAMES_ITS_DAY.exec(text);
  if (pd) {
    const m = monthIndex(pd[2] ?? pd[5]!);
    const d = +(pd[3] ?? pd[4]!);
    const w = pd[1] ? WEEKDAYS.indexOf(pd[1].toLowerCase()) : undefined;
    if (pd[6]) return { published: iso(+pd[6], m, d), publishedBasis: 'stated', publishedTime: null };
    const y = yearFor(m, d, w);
    if (y) return { published: iso(y.y, m, d), publishedBasis: y.basis, publishedTime: null };
  }
  // 3. Otherwise the latest dated mention (captions carry the day the pictures were taken).
  const dated = [
    ...full.filter((f) => !f.ahead && !f.told).map((f) => ({ day: iso(f.y, f.m, f.d), basis: 'caption' as DateBasis })),
    ...paired.flatMap((p) => {
      const y = yearFor(p.m, p.d, p.w);
      return y ? [{ day: iso(y.y, p.m, p.d), basis: y.basis }] : [];
    }),
  ].sort((a, b) => b.day.localeCompare(a.day));
  const latest = dated[0];
  return latest ? { published: latest.day, publishedBasis: latest.basis, publishedTime: null }
    : { published: null, publishedBasis: null, publishedTime: null };
}

/** "will", "is scheduled", "is due to": the sentence announces what comes (data/lexicon/words.json `futureMarkers`). */
const ANNOUNCED = new RegExp(`\\b${FUTURE_MARKER}\\b`, 'i');

/** The sentence holding the date at `at`, up to it, announces something to come. */
function announced(text: string, at: number): boolean {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at), 0);
  return ANNOUNCED.test(text.slice(start, at));
}


/**
 * The date at `at` is told inside a paragraph of the story ("… was born on May 4, 1931 in
 * Harbourton", "the letter, written on March 2, 2004, …"): what the story recalls, never evidence
 * of the page's own day. A date opening its line, or on a caption's line (a picture's credit ends
 * it: captions carry the day the pictures were taken), is not told so.
 */
function toldInStory(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? undefined : end);
  const before = text.slice(start, at);
  if (!before.trim() || words(line) < MIN_PARAGRAPH_WORDS) return false;
  // Page furniture, however long its line: a byline row of cells ("By Jo Reed | Herald | Published
  // March 3, 2021 …"), a stamp's label right before the date ("updated on"), a dateline's place before it
  // ("HARBOURTON, March 3, 2021 —").
  if (line.includes('|') || FURNITURE_BEFORE_DATE.test(before) || DATELINE_PLACE_BEFORE.test(before)) return false;
  return !hasCredit(line.trim());
}
/** A stamp's label right before the date ("Published March 3", "updated on March 3"; "published the letter … on" is a story's). */
const FURNITURE_BEFORE_DATE = bmpLetters(new RegExp(`(?:^|[^\\p{L}])${STAMP_LABEL}(?:\\s+on)?:?\\s*$`, 'iu'));
/** A dateline's place in capitals and its comma, all that stands before the date on its line. */
const DATELINE_PLACE_BEFORE = bmpLetters(/^\s*[\p{Lu}][\p{Lu} .'’-]{1,40}(?:, [\p{L} .]{2,30})?,\s*$/u);

/** "© 2022", "Copyright 2022": the page's year, as its footer gives it. */
function copyrightYears(text: string): number[] {
  return [...text.matchAll(/(?:©|\(c\)|Copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})\b/gi)].map((m) => +m[1]!);
}

/**
 * Years the text mentions as past (newest first): four-digit years, except those that set a
 * deadline or a plan ("by 2030", "until 2025", "in 2030 will").
 */
function pastYearMentions(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(/\b((?:19|20)\d{2})\b/g)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + 4, m.index + 24);
    if (/\b(by|until|till|through|before|to|target|targets)\s+$/i.test(before) || /^\s*(will|would|is expected|target)/i.test(after)) continue;
    years.push(+m[1]!);
  }
  return years.sort((a, b) => b - a);
}
