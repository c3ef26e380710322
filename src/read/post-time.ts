import { instant, iso, monthIndex } from './calendar';
import { alternation, MONTH, MONTH_NC, STAMP_LABEL, WEEKDAY_ANY_NC, WEEKDAY_NAMES, WEEKDAY_NC, ZONE, ZONE_NAMES, zoneOffset } from './lexicon';
import { BULLET_MARK, isBullet, REPORTING } from './shape';
import { bmpLetters } from './bmp-letters';

/**
 * Post times: the clock time (and sometimes the day) a live blog prints where a post begins —
 * alone on a line ("14:32 GMT", "9:05 a.m. ET, March 3, 2024", "Posted at 8:15 PM", "2h ago") or
 * leading the post's first line ("4:12 EDT: Officials said …"). Read by form, for any outlet.
 */
export interface PostTime {
  /** `HH:MM`, 24-hour clock, as printed (local to `zone`); null for "2h ago". */
  clock: string | null;
  /** Zone abbreviation as printed ("GMT", "ET"), or null. */
  zone: string | null;
  /** The day printed with the time, when it has a year (`YYYY-MM-DD`), else null. */
  day: string | null;
  /** Month and day printed without a year, for the page's own year to complete. */
  monthDay: { m: number; d: number } | null;
  /** A weekday printed with the time ("11:03 a.m. Thursday"), 0 = Sunday, else null. */
  weekday?: number | null;
  /** The text after the timestamp on the same line ('' when the line is only the timestamp). */
  rest: string;
  /**
   * How the post start was marked when it prints no time of its own: an "Update 2:" label (the
   * story above the first label is a post too), or a separator line before it — a lone "Updated"
   * that closed the post before, a writer's name (the text after the standfirst and above the
   * first separator is a post too), or a capitals label in its paragraph ("FULL TIME: …"; the
   * text above the first is the blog's standfirst), or a match's running minute ("77 min: …").
   * An update's label with its time ("Update 11:00 a.m. CDT: …") is marked `update-label` too.
   */
  mark?: 'update-label' | 'separator' | 'caps-label' | 'match-minute';
  /** Index in the line where `rest` starts. */
  restAt: number;
}

const DATE_MD = `${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`;
const DATE_DM = `(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?`;
/**
 * 9:05 · 14.32 · 9:05 a.m. · 10:20AM · 8 pm — a bare number needs am/pm to be a time. Some copies
 * lose the space after the time ("6.50amCrowds gather"): am/pm may run into a capital, or into the
 * post's age ("10:52pm4 minutes ago"). A colon after
 * the minutes ends the time ("20:35: Officials said …"); a colon and digits are seconds.
 */
/** A post's age as a number and a unit ("2h", "35 mins", "3 minutes"): see AGO. */
const AGO_UNIT = '\\d{1,3}\\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)';
const CLOCK = `(\\d{1,2})(?:[:.h](\\d{2}))?\\s*([ap])\\.?\\s?m(?:\\b\\.?|(?=[A-Z])|(?=${AGO_UNIT}\\s+ago\\b))|(\\d{1,2})[:.](\\d{2})(?![\\d.,]|:\\d)`;
/**
 * "Posted at", "Updated", "Update" ("Update 12:30 p.m. EDT Sept. 6: …", a story updated in place;
 * "Updates - 4:16 PM ET: …"), and the first version's "Original 3:59 p.m. ET:" below them. A page
 * updated in place may name each update by the day and time it came "from" ("Update from January 2
 * at 9:40 a.m.:"): the label is its post's stamp (a date or a time must follow the word).
 */
const LEAD = `(?:(?:${STAMP_LABEL}|updates?|original)(?:\\s+(?:at|on|from))?\\s*[:–—-]?\\s+)?`;
const WD = WEEKDAY_ANY_NC;
const DATE_ANY = `(?:${WD},?\\s+)?(?:${DATE_MD}|${DATE_DM})`;
/** The same date without captures, to look ahead at. */
const DATE_ANY_NC = `(?:${WD},?\\s+)?(?:${MONTH_NC}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NC}(?:,?\\s+\\d{4})?)`;
/**
 * "Update 10:30 a.m. CDT: Aug. 27:": the day after a colon, when the day is all that follows (then
 * the line is the stamp alone); "4:12 EDT: March 3 …" is a post's text that opens on a date.
 */
const DAY_AFTER_COLON = `:\\s+(?=${DATE_ANY_NC}\\s*:?\\s*$)`;

/** "9:15 hours: …": the 24-hour clock's word after the time, as some outlets print it. No capture. */
const HOURS = '(?:\\s+(?:hours|hrs)\\b)?';

/**
 * The second time of a stamp printed in two zones, skipped, not read: digits (with a colon or a dot,
 * am/pm or not) before a zone, so a copy's slip in it ("9:15am EST, 5:1pm EAT") does not unmake the stamp.
 */
const SECOND_CLOCK = '\\d{1,2}(?:[:.]\\d{1,2})?\\s?(?:[ap]\\.?\\s?m\\.?)?';
/**
 * "7:40 p.m. (1840 GMT)": the same instant printed again in another zone, after a local time; or
 * after a comma or a slash, as pages written for readers in two regions stamp their posts ("10am
 * EST, 6pm EAT", "10:30 am IST / 5 am GMT"). No capture: the first time, in its zone, is the stamp.
 */
const SAME_INSTANT = `(?:\\s*\\(\\d{1,2}:?\\d{2}\\s*${ZONE}\\)|\\s*[,/]\\s*${SECOND_CLOCK}\\s*${ZONE}(?![A-Za-z]))?`;

/**
 * [lead] [date [at|,]] time [zone] [, [on] date] [[on] weekday] [(the same time in another zone)] — then the end of the line, or a separator and the
 * post's own text. Groups: date-before (md: 1-3, dm: 4-6), clock (7-11), zone (12), date-after
 * (md: 13-15, dm: 16-18), rest-start marker.
 */
const STAMP = new RegExp(
  `^${LEAD}(?:${DATE_ANY},?\\s+(?:at\\s+)?)?(?:${CLOCK})${HOURS}(?:\\s*\\(?(${ZONE})\\)?(?![A-Za-z]))?(?:(?:,?\\s+(?:on\\s+)?|${DAY_AFTER_COLON})${DATE_ANY})?(?:,?\\s+(?:on\\s+)?(${WEEKDAY_NC})\\b)?${SAME_INSTANT}`,
  'i',
);
/** "Headline — 10:45 a.m.", "Headline (6:20 p.m.)": the post's time printed after its headline. */
const TRAILING = new RegExp(`^(.{8,}?)\\s+(?:[—–|-]\\s+(?<dashed>(?:${CLOCK})(?:\\s*\\(?${ZONE}\\)?)?)|\\((?<bracketed>(?:${CLOCK})(?:\\s*${ZONE})?)\\))$`, 'i');
/**
 * "Talks resume - Leaderpublished at 20:55 Greenwich Mean Time 15 January 2019": the post's time run
 * onto the end of its headline (no space between: a sentence's "was published at 10:30" is no post
 * time), the zone spelled out, then the day. The headline is the post's first line.
 */
const GLUED_PUBLISHED = new RegExp(`^(.{8,}?\\S)published at (\\d{1,2}:\\d{2})(?:\\s+(${alternation(Object.keys(ZONE_NAMES))}))?(?:\\s+(\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?))?$`);
/** A text ending on a year: the time printed after it is that date's, not a post's. */
const DATE_BEFORE_TIME = /\b(?:19|20)\d{2},?$/;
/** The space between a post's age and the time printed after it ("2m ago 17.04 EDT"): a digit follows. */
const AGE_THEN_CLOCK = /^\s+(?=\d)/;
/** "2h ago", "35 mins ago", "1 hr ago", "Just now": the post's age at copy time, which we cannot date. */
/** The one age a live page prints without a number. */
const JUST_NOW = 'just now';
const AGO = new RegExp(`^(?:(?:posted|updated)\\s+)?(?:${AGO_UNIT}(?:,?\\s+${AGO_UNIT})?\\s+ago|${JUST_NOW})\\b`, 'i');
/**
 * "1/8/21 @9:40 AM CST", "01/08/2021, 10:00": a numeric date before the time. Month first, as the
 * US prints it, unless the first number cannot be a month.
 */
const NUMERIC_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:\s*@\s*|,?\s+(?:at\s+)?)(?=\d)/;
/** "2023-06-24 18:15", "2023-06-24T18:15": an ISO date before the time. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T|\s+(?:at\s+)?)(?=\d)/;
/**
 * "2022-10-01T23:07:59Z": an ISO date-time a page prints as its post's stamp, with seconds and "Z"
 * for UTC (a clock with seconds is read only after an ISO date: elsewhere it is a running time).
 */
const ISO_SECONDS = /^(\d{2}:\d{2}):\d{2}(?:\.\d+)?(Z)?(?=\s|$)/;
/**
 * "2120 GMT — Death toll rises", "0130 GMT": a 24-hour time printed without its colon, as some
 * outlets lead their posts. Only with a zone after it, in capitals: four digits alone are a year or
 * a count ("1915 was …", "2120 people").
 */
const COLONLESS_TIME = bmpLetters(new RegExp(`^([01]\\d|2[0-3])([0-5]\\d)(?=[ \\t]?\\(?${ZONE}\\)?(?![\\p{L}\\d]))`, 'u'));
/** "Saturday 18:15", "Sat, 6:15pm": a weekday before the time, without a date. */
const WEEKDAY_FIRST = new RegExp(`^(${WEEKDAY_ANY_NC}),?\\s+(?=\\d)`, 'i');
/**
 * "18:15 , Jo Reed", "Posted 11:52 a.m. by Jo Reed": the time, then who wrote the post (a name, one
 * to four capitalised words: a copy may cut it, "06:35 , Ilka").
 */
const AUTHOR_AFTER = bmpLetters(/^(?:\s*,\s*(?:[Bb]y\s+)?|\s+by\s+)[\p{Lu}][\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'.-]+){0,3}\s*$/u);
/** What follows a video's running time: its source ("02:14 - Source: Harbour News"). */
const MEDIA_SOURCE_AFTER = /^\s*[-–—|]?\s*(?:source|video|credit)\s*:/i;
/** What may follow a timestamp that leads a post's text. */
const SEPARATOR = /^\s*(?:[:|–—-]|\s{0,2}\u2022)\s*/;

/**
 * "4pm - 6pm", "16:00–18:00" ending a short line: a radio or TV programme's slot, as a station's
 * page prints its presenter over the story ("Drive with Jo Reed 4pm - 6pm"). Two clock times either
 * side of a dash; a post's time stands alone.
 */
const TIME_RANGE = new RegExp(`(?:${CLOCK})\\s*[-–—]\\s*(?:${CLOCK})\\s*$`, 'i');
/** Longest line read for a programme's slot, in characters: a presenter's name and the hours. */
const MAX_SLOT_LINE_CHARS = 80;

/** "Drive with Jo Reed 4pm - 6pm": a programme's slot, never a post's time nor a page's title. */
export const programmeSlotShaped = (line: string): boolean => line.length <= MAX_SLOT_LINE_CHARS && TIME_RANGE.test(line);

/** Seconds since 1970 between 2001 and 2033: ten digits starting with 1. */
const EPOCH = /^1\d{9}$/;

/**
 * A match's running minute opening a post: "77 min: …", "73 min TRY: …", "45+2 mins: …". It gives
 * the post's place in the match, not a time of day.
 */
const MATCH_MINUTE = bmpLetters(/^\d{1,3}(?:\+\d{1,2})?\s?(?:mins?|minutes?)(?:\s+\p{Lu}[\p{Lu}!]*){0,2}\s*:\s+(?=\S)/u);

/** A page's date line glued after a time: "…AMUpdated 9:30 AM". */
const GLUED_STAMP = new RegExp(`^${STAMP_LABEL}\\b`, 'i');

/** A time in brackets alone on its line: "(05:55 GMT)". */
const BRACKETED = /^\(\s*([^()]{3,40}?)\s*\)$/;

/** "Update 37 [16:50]", "Update 12 [21:05 March 3rd]": a blog's numbered update, its time in square brackets. */
const NUMBERED_UPDATE = /^updates?\s+(?:no\.?\s*)?\d{1,4}\s*\[\s*([^[\]]{3,40}?)\s*\]$/i;
/**
 * "Update (4/2/21, 7:15 p.m.) – The council said …": an update's label with its stamp in brackets,
 * then a dash or colon and the post's own text. A post, in a list or not: the label says so.
 */
const BRACKETED_UPDATE = /^updates?\s*\(\s*([^()]{3,40}?)\s*\)\s*[:–—-]\s+(?=\S)/i;


/**
 * Whether a line may hold a post time: every shape read below holds a digit, or is the age "just
 * now" (any case). Most lines of a page are prose and hold neither: they are read no further.
 */
const mayHoldTime = (line: string): boolean => DIGIT.test(line) || line.toLowerCase().includes(JUST_NOW);
const DIGIT = /\d/;

export function readPostTime(line: string): PostTime | null {
  if (!mayHoldTime(line)) return null;
  // "Drive with Jo Reed 4pm - 6pm": a programme's slot in a schedule, never a post's time.
  if (programmeSlotShaped(line)) return null;
  // "1684325880": seconds since 1970 alone on a line, as some live pages print a post's time (UTC).
  if (EPOCH.test(line)) {
    const d = new Date(Number(line) * 1000);
    const clock = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    return { clock, zone: 'UTC', day: iso(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), monthDay: null, weekday: null, rest: '', restAt: line.length };
  }
  if (BULLET_MARK.test(line)) {
    const bare = line.replace(BULLET_MARK, '');
    const t = readPostTime(bare);
    // Only a time alone: "• 9am: Guests arrive" is a schedule's entry, not a post. (A post's age
    // with its time, "• 2m ago (06:00 GMT)Photos: …", is a blog's post flattened into a list.)
    // (Nor is an update's label, "• Update (4/2/21, 7:15 p.m.) – …", a schedule's entry.)
    if (t && t.rest && (AGO.test(bare) || BRACKETED_UPDATE.test(bare))) return { ...t, restAt: t.restAt + line.length - bare.length };
    return t && !t.rest ? { ...t, restAt: line.length } : null;
  }
  // "(05:55 GMT)": a post's time in brackets alone on its line, under its age ("8m ago").
  const bracketed = BRACKETED.exec(line);
  if (bracketed) {
    const t = readPostTime(bracketed[1]!);
    // (With its zone or am/pm: "(2:15)" alone is a video's running time.)
    return t?.clock && !t.rest && (t.zone || /[ap]\.?m\b/i.test(bracketed[1]!)) ? { ...t, restAt: line.length } : null;
  }
  // (The label alone on its line, above the post: a time with text after it in the brackets is no stamp.)
  const numberedUpdate = NUMBERED_UPDATE.exec(line);
  if (numberedUpdate) {
    const t = readPostTime(numberedUpdate[1]!);
    return t?.clock && !t.rest ? { ...t, restAt: line.length } : null;
  }
  const bracketedUpdate = BRACKETED_UPDATE.exec(line);
  if (bracketedUpdate) {
    const t = readPostTime(bracketedUpdate[1]!);
    return t?.clock && !t.rest ? { ...t, rest: line.slice(bracketedUpdate[0].length), restAt: bracketedUpdate[0].length } : null;
  }
  const colonless = COLONLESS_TIME.exec(line);
  if (colonless) {
    // Read as the same time with its colon; the text after it keeps its place in the line.
    const t = readPostTime(`${colonless[1]}:${colonless[2]}${line.slice(colonless[0].length)}`);
    return t && { ...t, restAt: t.restAt - 1 };
  }
  const numeric = NUMERIC_DATE.exec(line) ?? ISO_DATE.exec(line);
  if (numeric) {
    const after = line.slice(numeric[0].length);
    const seconds = numeric[1]!.length === 4 ? ISO_SECONDS.exec(after) : null;
    // (Read as the same time without its seconds; the text after it keeps its place in the line.)
    const clockText = seconds ? `${seconds[1]}${seconds[2] ? ' UTC' : ''}${after.slice(seconds[0].length)}` : after;
    const shift = seconds ? seconds[0].length - (seconds[1]!.length + (seconds[2] ? 4 : 0)) : 0;
    const read = readPostTime(clockText);
    const t = read && { ...read, restAt: read.restAt + shift };
    if (!t?.clock || t.day || t.monthDay) return null;
    const [a, b] = [+numeric[1]!, +numeric[2]!];
    const iso8601 = numeric[1]!.length === 4;
    const [m, d] = iso8601 ? [b, +numeric[3]!] : a > 12 ? [b, a] : [a, b];
    const y = iso8601 ? a : numeric[3]!.length === 2 ? 2000 + +numeric[3]! : +numeric[3]!;
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    return { ...t, day: iso(y, m - 1, d), restAt: t.restAt + numeric[0].length };
  }
  const weekdayFirst = WEEKDAY_FIRST.exec(line);
  // (A weekday before a date, "Tue 3 Mar 2020 14.32", is read with its date below.)
  const inner = weekdayFirst ? readPostTime(line.slice(weekdayFirst[0].length)) : null;
  if (weekdayFirst && inner?.clock && !inner.day && !inner.monthDay && inner.weekday == null) {
    const w = weekdayFirst[1]!.slice(0, 3).toLowerCase();
    const weekday = WEEKDAY_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === w);
    return { ...inner, weekday, restAt: inner.restAt + weekdayFirst[0].length };
  }
  const minute = MATCH_MINUTE.exec(line);
  if (minute) return { ...NO_TIME, weekday: null, rest: line.slice(minute[0].length), restAt: minute[0].length, mark: 'match-minute' };
  const ago = AGO.exec(line);
  if (ago) {
    // "23m ago (16:07 GMT)": the age, then the time itself.
    const clock = /^\s*\(([^()]{3,40})\)/.exec(line.slice(ago[0].length));
    const inner = clock ? readPostTime(clock[1]!) : null;
    // (A list's copy may run the post's headline onto the bracket: "2m ago (06:00 GMT)Photos: …".)
    const end = ago[0].length + (clock?.[0].length ?? 0);
    if (inner?.clock && !inner.rest) return finish(line, end, { clock: inner.clock, zone: inner.zone, day: inner.day, monthDay: inner.monthDay }, true, /^[\p{Lu}“"‘]/u.test(line.slice(end)));
    // "2m ago 17.04 EDT How votes are counted …": the age, then the time itself without brackets,
    // then the post (each post of a copy packed one a line). Read as that time, its text after it.
    const spaced = clock ? null : AGE_THEN_CLOCK.exec(line.slice(ago[0].length));
    const after = spaced ? readPostTime(line.slice(ago[0].length + spaced[0].length)) : null;
    if (after?.clock) return { ...after, restAt: after.restAt + ago[0].length + spaced![0].length };
    return finish(line, ago[0].length, NO_TIME, true);
  }
  const glued = line.includes('published at') ? GLUED_PUBLISHED.exec(line) : null;
  if (glued) {
    const at = readPostTime(`${glued[2]}${glued[3] ? ` ${ZONE_NAMES[glued[3]]}` : ''}${glued[4] ? `, ${glued[4]}` : ''}`);
    if (at && !at.rest) return { ...at, rest: glued[1]!, restAt: 0 };
  }
  const m = STAMP.exec(line);
  if (!m) {
    // The time after the headline: the headline is the post's first line.
    // (Not a date's time: "Jo Reed Published March 13, 2023 | 05:40 PM" is the page's date line.)
    const t = TRAILING.exec(line);
    const at = t && !DATE_BEFORE_TIME.test(t[1]!) ? readPostTime(t.groups!.dashed ?? t.groups!.bracketed!) : null;
    return at && !at.rest ? { ...at, rest: t![1]!, restAt: 0 } : null;
  }
  const h = m[7] ?? m[10];
  const min = m[8] ?? m[11] ?? '00';
  if (h === undefined) return null;
  let hour = +h;
  if (m[9]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[9].toLowerCase() === 'p' ? 12 : 0);
  } else if (hour > 23) return null;
  if (+min > 59) return null;
  const zone = m[12] ? m[12].toUpperCase() : null;
  const date = pickDate(m, 1) ?? pickDate(m, 13);
  // A colon clock at the very start of a line is never prose ("12:45 Ministry says …"); a dotted one may be ("2.50 million").
  const strong = Boolean(zone || m[9] || date || m[0].includes(':') || /^(posted|updated|published|last|first)/i.test(line));
  const weekday = m[19] ? WEEKDAY_NAMES.findIndex((w) => w.toLowerCase() === m[19]!.toLowerCase()) : -1;
  return finish(line, m[0].length, {
    clock: `${String(hour).padStart(2, '0')}:${min}`,
    zone,
    day: date && date.y !== null ? iso(date.y, date.m, date.d) : null,
    monthDay: date && date.y === null ? { m: date.m, d: date.d } : null,
    weekday: weekday >= 0 ? weekday : null,
  }, strong || weekday >= 0, Boolean(m[9]) && /m$/i.test(m[0]) && /^[A-Z][a-z]/.test(line.slice(m[0].length)));
}

/** Groups at `at`: month-first (month, day, year) then day-first (day, month, year). */
function pickDate(m: RegExpExecArray, at: number): { y: number | null; m: number; d: number } | null {
  if (m[at]) return { m: monthIndex(m[at]!), d: +m[at + 1]!, y: m[at + 2] ? +m[at + 2]! : null };
  if (m[at + 4]) return { m: monthIndex(m[at + 4]!), d: +m[at + 3]!, y: m[at + 5] ? +m[at + 5]! : null };
  return null;
}

/**
 * A timestamp alone on its line always counts. One that leads text counts only when a separator
 * follows it ("4:12 EDT: …", "10:20AM – …") or it is unmistakable (zone, am/pm, date, "Posted"),
 * so "2.50 million people …" is never a time.
 */
function finish(line: string, end: number, t: Omit<PostTime, 'rest' | 'restAt'>, strong: boolean, glued = false): PostTime | null {
  const after = line.slice(end);
  // "10:52pm4 minutes ago", "9:05 AM · 2 hours ago": the post's age printed after its time, run on
  // or not, is the same stamp.
  if (AGE_AFTER_TIME.test(after)) return { ...t, rest: '', restAt: line.length };
  // "6.50amCrowds gather …": the copy lost the space between an am/pm time and the post's text
  // (not a page's date line run together: "Published 8:02 AMUpdated 9:30 AM").
  if (glued) return GLUED_STAMP.test(after) || readPostTime(after) ? null : { ...t, rest: after, restAt: end };
  // "02:14 - Source: Harbour News": a video's running time and its source, under the video's title; no post.
  if (MEDIA_SOURCE_AFTER.test(after)) return null;
  if (!after.trim() || AUTHOR_AFTER.test(after)) return { ...t, rest: '', restAt: line.length };
  const sep = SEPARATOR.exec(after);
  if (sep && sep[0].trim()) return { ...t, rest: after.slice(sep[0].length), restAt: end + sep[0].length };
  // (A headline may open on a quote, in curly or straight marks: "15:10 'It's going to change'".)
  if (strong && /^\s+(?:[\p{Lu}“"‘]|'\p{Lu})/u.test(after)) return { ...t, rest: after.trimStart(), restAt: line.length - after.trimStart().length };
  return null;
}

/** What may stand after a post's time on its line: its age ("3 minutes ago"), after a dot or bar or none. */
const AGE_AFTER_TIME = new RegExp(`^\\s*(?:[·•|–-]\\s*)?${AGO_UNIT}\\s+ago\\s*$`, 'i');

/** Bulleted lines that open on a time, for the list to be a log of posts. */
const MIN_LOGGED_ENTRIES = 3;

/**
 * A day's log printed as a list ("- 7:40 p.m. on Monday (1840 GMT): The envoy says …"): bulleted
 * lines that open on a time, MIN_LOGGED_ENTRIES or more, half of them at least reporting what
 * someone said — each is a post, its time read past the bullet. A schedule's list ("• 11am: The
 * service begins", "- 9am: Guests arrive") reports no one: its entries stay no post's (null).
 */
export function loggedListTimes(lines: readonly string[]): (PostTime | null)[] {
  const read = lines.map((t) => {
    if (!isBullet(t)) return null;
    const bare = t.replace(/^\S+\s+/, '');
    const time = readPostTime(bare);
    return time?.clock && time.rest ? { ...time, restAt: time.restAt + t.length - bare.length } : null;
  });
  const entries = read.filter((x) => x !== null);
  const reporting = entries.filter((x) => REPORTING.test(x.rest)).length;
  return entries.length >= MIN_LOGGED_ENTRIES && reporting * 2 >= entries.length ? read : lines.map(() => null);
}

/**
 * The instant a post time stands for on `day`: exact when the zone is known (`stated`), else the
 * clock read as UTC (`estimated`: the order within the day is right, the hour may not be).
 */
export function postInstant(t: PostTime, day: string): { time: string; basis: 'stated' | 'estimated' } | null {
  if (!t.clock) return null;
  const offset = t.zone ? zoneOffset(t.zone, day) : null;
  const local = Date.parse(`${day}T${t.clock}:00Z`);
  if (Number.isNaN(local)) return null;
  const utc = instant(local - (offset ?? 0) * 60_000);
  return { time: utc, basis: offset === null ? 'estimated' : 'stated' };
}

/** A post start that prints no time: what an age ("2h ago"), a wire dateline or a number marks. */
const NO_TIME = { clock: null, zone: null, day: null, monthDay: null } as const;

/** A post that starts at `text` without a printed time (a dateline, a number): the whole line stays its text. */
export const untimedStart = (text: string): PostTime => ({ ...NO_TIME, rest: text, restAt: 0 });

/** "All times EST", "(all times EDT)", "All times stated are GMT", "(All times Istanbul, GMT+3)": the zone of every post time on the page. */
const ALL_TIMES = bmpLetters(new RegExp(`\\ball times(?: stated)?(?: are)?(?: in)?\\s+(?:[\\p{L} ]{2,30},\\s*)?(${ZONE})(?![\\p{L}\\d])`, 'iu'));

/** The zone a page states once for all its post times, or null. */
export function pageZone(lines: ReadonlyArray<{ text: string }>): string | null {
  for (const l of lines) {
    if (!l.text.includes('times') && !l.text.includes('Times')) continue;
    const m = ALL_TIMES.exec(l.text);
    if (m) return m[1]!.toUpperCase();
  }
  return null;
}
