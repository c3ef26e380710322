import * as chrono from 'chrono-node';
import type { DateBasis, DatePrecision } from '../model/types';
import { addDays, daysBetween, iso, weekdayAfter, weekdayOf, weekdayOnOrBefore } from './calendar';
import { captionShaped, endsSentence, words } from './shape';
import { hasCredit } from './line-rules/credit';
import { alternation, BE_FORMS, CLAUSE_JOINERS, DATE_CUE_WORDS, DAY_PARTS, ED_NON_PARTICIPLES, EXPECTATION_MARKER, FUTURE_MARKER, SCHEDULED_FOR_MARKER, MONTH_NAMES, MONTH_NC, ORDINAL, PRESENT_TENSE_MARKERS, REPORTED_FUTURE_MARKERS, REDUCED_RELATIVE_PARTICIPLES, REPORTING_VERB, SUBORDINATORS, WEEKDAY_NAMES, WEEKDAY_NC } from './lexicon';
import { bmpLetters } from './bmp-letters';
import { doerVerbOf, doerVerbs } from '../chronology/doer-verb';

/** The dates an item carries: when the reported thing happened, and what it announces. */
export interface ItemDates {
  eventDate: string | null;
  precision: DatePrecision;
  basis: DateBasis;
  dateText: string | null;
  scheduledDate: string | null;
  /** A clock time in GMT/UTC stated in the item ("10:00 GMT"), `HH:MM`, else null. */
  statedTime: string | null;
  /** A relative expression ("on Thursday") left unresolved because the page has no date, else null. */
  unresolved: string | null;
}

/** A sentence in the future tense (data/lexicon/words.json `futureMarkers`). */
const FUTURE = new RegExp(`\\b${FUTURE_MARKER}\\b`, 'i');
/**
 * A reported future before the day, in its clause: "the union said its members would walk out on
 * Tuesday", "the committee would vote Monday" — the past tense's "will" (merge-acts.json
 * `reportedFutureMarkers`), its verb and the day with no comma, "and", "but" or "then" between (so
 * "he said he would resign, and on Monday he did" keeps Monday's act), never "would have" (a
 * counterfactual past: "the ferry would have docked on Monday"). The day is a coming one, scheduled.
 */
const REPORTED_FUTURE_BEFORE = new RegExp(`\\b(?:${alternation(REPORTED_FUTURE_MARKERS)})(?:n['’]t)?\\s+(?!have\\b)(?:(?!\\b(?:and|but|then)\\b)[^,;])*$`, 'i');
/** A day named right after "set for", "planned for" … (`scheduledForMarkers`): that day alone is scheduled. */
const SET_FOR_BEFORE = new RegExp(`\\b${SCHEDULED_FOR_MARKER}\\s+(?:(?:on|this|next)\\s+)?$`, 'i');
/** A sentence that announces a day, in the future or as a thing's set day (the later paragraphs' filter). */
const ANNOUNCES = new RegExp(`\\b(?:${FUTURE_MARKER}|${SCHEDULED_FOR_MARKER})\\b`, 'i');
/**
 * How many characters may stand between a reporting verb and its day: "said Monday", "said in a
 * statement late Feb. 6" (a short channel phrase between them), never the next clause.
 */
const REPORTING_REACH = 30;
/** A reporting verb just before the expression: "Horvat said Monday" dates the statement. */
const REPORTING = new RegExp(`\\b${REPORTING_VERB}\\b[^.,;]{0,${REPORTING_REACH}}$`, 'i');
/** "10:00 GMT", "11:32:49 UTC": an hour and minutes on the clock, never "32:49" cut from a longer time. */
const STATED_UTC_TIME = /(?<![\d:.])([01]?\d|2[0-3])[:.]([0-5]\d)(?::[0-5]\d)?(?![\d:])\s*(?:GMT|UTC)\b/;

/** A reporting verb anywhere in a headline: the headline reports a statement ("Mayor says …"). */
const HEADLINE_REPORTS = new RegExp(`\\b${REPORTING_VERB}\\b`, 'i');
/**
 * "Yesterday, the port authority confirmed": the sentence opens on its day, then its speaker speaks.
 * A reporting word after a determiner, a possessive, "of" or an "-ing" word is a noun ("Only
 * yesterday, in a series of gushing tweets, he promised …"): the day is of another act, no statement.
 */
const REPORTED_AFTER = new RegExp(`^,\\s+[^.,;“”"]{0,50}?(?<!\\b(?:a|an|the|his|her|their|its|our|of|[a-z]+ing)\\s+)\\b${REPORTING_VERB}\\b`, 'i');

/** A past participle, by its ending ("found", "approved", "taken", "made", "kept"). */
const PARTICIPLE = '[a-z]+(?:ed|en|wn|ne|un|ung|ought|aught|ept|ent|eft|ade|id|nd)';

/** A relative clause open before the expression: it dates the noun it describes, not the act. */
const RELATIVE_CLAUSE = /\b(?:which|who|whose|that)\b[^,;:“”"()]*$/i;
/** "… said that …": a reported statement, not a relative clause. */
const STATED_THAT = new RegExp(`\\b(?:${REPORTING_VERB}|so|such)(?:\\s+\\w+)?\\s+that\\b[^,;:“”"()]*$`, 'i');
/**
 * "… that the institute warned on Monday": the clause reports a statement, and the day is its day.
 * A passive ("has been confirmed dead after a crash yesterday") reports nobody's statement.
 */
const REPORTED_IN = new RegExp(`(?<!\\b(?:${alternation(BE_FORMS)})\\s+)\\b${REPORTING_VERB}\\b`, 'i');
/**
 * "The town is in mourning after a gunman killed 19 people on Tuesday": a state that holds now,
 * and the earlier act that caused it. The act's day is background; the news is the state. So too
 * in the present perfect, which tells of an act up to now: "rescuers have found the wreck after it
 * crashed yesterday", "has approved a bill due to the declaration on December 3", "four people have died
 * as a result of a building collapsing on Thursday".
 */
const STATE_AFTER = new RegExp(`\\b(?:is|are|remains?|(?:has|have)\\s+(?:(?:not|also|now|already|just)\\s+)*(?:been|${PARTICIPLE}))\\b[^.;:“”"]*\\b(?:after|following|due to|because of|as a result of|in the wake of)\\b[^.;:“”"]*$`, 'i');
/**
 * "Union leaders are due to meet the ministry on Friday": "due to" after the verb "be" and before a
 * verb schedules an act (a future marker), it names no cause of a state (STATE_AFTER's "closed due
 * to the storm"). Before a determiner, a possessive, a number, an "-ing" word or a capital it is the
 * cause: "the outage is due to a cable cut on Monday" schedules nothing.
 */
const DUE_TO_DO = /\b(?:is|are|was|were)\s+(?:(?:now|also|still|not|then)\s+)?due\s+to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|some|many|several|two|three)\b)(?![a-z]+ing\b)[a-z]+\b/;
/**
 * Background stretches and bounds: not when the reported thing happened ("closed through Friday",
 * "rain is forecast into Thursday",
 * "no warning prior to Harvest Sunday"; a named day's first word may stand between).
 */
const BACKGROUND = /\b(?:since|until|till|through|into|from|between|as of|by the end of|before|prior to|ahead of)\s+$|\b(?:prior to|ahead of)\s+[A-Z][a-z]+\s+$/i;
/**
 * "since the fire Thursday", "since the quake on Monday": the day of an earlier event that a
 * stretch is counted from, named by its noun. The report's own act came after it.
 */
const SINCE_EVENT = bmpLetters(/\bsince\s+(?:the|a|an|its|his|her|their|last)\s+(?:[\p{L}-]+\s+){1,2}(?:on\s+)?$/iu);
/**
 * "his first comments since the earthquake struck the country five days ago": the same earlier
 * event told by a clause of its own (no comma or stop between "since" and the day). The report's
 * own act came after it.
 */
const MAX_SINCE_CLAUSE_WORDS = 12;
const SINCE_CLAUSE = bmpLetters(new RegExp(`\\bsince\\s+(?:the|a|an|its|his|her|their)\\s+(?:[^\\s,;:“”"]*[^\\s,;:.“”"]\\s+){1,${MAX_SINCE_CLAUSE_WORDS}}$`, 'iu'));

/**
 * "A warning has been upgraded to red for the coast on Friday": the present perfect tells of an act
 * up to now, so a day after its verb is rather when something else holds (the warning's day). (A
 * day between "has" and its verb, "has on Tuesday announced", dates the act; a reporting verb's
 * day is the statement's.)
 */
const PERFECT_BEFORE = new RegExp(`\\b(?:has|have)\\s+(?:(?:not|also|now|already|just)\\s+)?(?:been\\s+)?${PARTICIPLE}\\b[^.;:“”"]*$`, 'i');

/**
 * "The vote was expected to take place on Monday, but …", "the deal had been set to be signed last
 * night": the day an act was expected on, told in the past (words.json `expectationMarkers` after
 * "was", "were", "had been"). The sentence tells a plan, not that the act happened then: its day is
 * no act's day (the lead's act, told without a day, keeps the page's).
 */
const PAST_EXPECTATION = new RegExp(`\\b(?:was|were|had\\s+been)\\s+(?:(?:originally|initially|first|widely|still|also)\\s+)?${EXPECTATION_MARKER}\\b[^.;:“”"]*$`, 'i');

/** "Crews are preparing …", "preparations are underway for …": what goes on now, toward a coming day. */
const PROGRESSIVE_BEFORE = /\b(?:is|are)\s+(?:(?:now|still)\s+)?(?:[a-z]+ing|underway|under way)\b[^.;:“”"]*$/i;
/**
 * A headline's infinitive of what is to come: "Talks to resume Monday", "Crews to restore power on
 * Friday", "Ferry to resume sailings Monday": the verb and up to three words of its object before
 * the day, none a word that puts the day behind the act ("to be charged over Monday crash").
 */
const HEADLINE_INFINITIVE = /\bto\s+([a-z]+)(?:\s+(?!(?:after|over|since|following|before|from|for)\b)[a-z’'-]+){0,3}\s+(?:on\s+)?$/i;
/** Share of a headline's longer words that start with a capital, at least, for it to be in title case ("Ferry To Resume Sailings Monday"). */
const TITLE_CASE_SHARE = 0.75;
/**
 * A headline's infinitive before its day: "to" and a verb, in small letters ("Ferry to resume
 * sailings Monday") or in a headline of capitals throughout; a name after "to" is a place, "to"
 * a preposition ("Crews close to Orran Reef on Monday").
 */
function headlineInfinitive(clause: string): boolean {
  const m = HEADLINE_INFINITIVE.exec(clause);
  if (!m) return false;
  if (/^\p{Ll}/u.test(m[1]!)) return true;
  const long = clause.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= TITLE_CASE_SHARE * long.length;
}
/** After a wire dateline's day: the agency in brackets, then a dash ("Dec. 3 (Agency) —", "July 21 (Agency) --"). */
const WIRE_DATELINE_AFTER = /^\s*\([^()]{1,40}\)\s*(?:[-–—]|--)/;
/** "… late Tuesday, following which the assembly voted": the day of what came before the act. */
const SEQUEL = /^\s*,?\s*(?:following|after)\s+which\b/i;

/** A bare weekday read back from the page date lands this many days back when it is tomorrow's. */
const DAYS_BACK_TO_TOMORROWS_WEEKDAY = 6;

/**
 * Text that may hold a date at all: a weekday, a month, a relative word or a number. chrono-node is
 * the costliest stage of reading; text without any of these is not handed to it. (A month may end
 * its sentence or stand before a comma: "shot down on 4 February.")
 */
/** A month's first three letters, lower case ('jan', 'sep'): every spelling of the month starts so. */
const MONTH_STEM = `(?:${alternation(MONTH_NAMES.map((m) => m.slice(0, 3).toLowerCase()))})`;
const DATE_CUE = new RegExp(`\\b(?:${alternation(WEEKDAY_NAMES)})|\\b${MONTH_STEM}[a-z]*\\b|\\b(?:${alternation(DATE_CUE_WORDS)})\\b|\\d(?:st|nd|rd|th)\\b|\\d[-/]\\d`, 'i');
/** A word opening on a month's stem, in lower-case text. */
const MONTH_STEM_WORD = new RegExp(`\\b${MONTH_STEM}`);

/**
 * How far before the page a past expression may point and still be the news of the day. A lead
 * that opens on a full date ("On February 3, a train derailed …") tells that day's act however
 * long ago: a look back is dated by the day it looks back to. So does a lead whose main clause
 * dates its act by weekday and date together ("The council voted Thursday, April 7, to …", on a
 * page of a week later: a weekly's or a late copy's retelling), as news names a day past this
 * week's (`datedInFull`).
 */
const NEWS_WINDOW_DAYS = 7;
/**
 * Words that open a subordinate clause: a date after one dates what the clause tells ("the town
 * where a train derailed on Friday, February 3"), not the sentence's act.
 */
const SUBORDINATE = new RegExp(`\\b(?:${alternation(SUBORDINATORS)})\\b`, 'i');

/**
 * chrono-node finds and parses the expressions; the news rule decides what they mean:
 * - a bare weekday is the most recent one on or before the page date, the next one only when the
 *   sentence is in the future tense (HeidelTime's rule; chrono picks the closest one);
 * - "last month" is a month and "in two weeks" a week: precision follows the text;
 * - a future expression is the item's scheduled date, never its event date;
 * - the event date comes from the headline and lead; without one the item takes the page's date.
 */
export function readItemDates(headline: string, paragraphs: string[], pageDate: string | null): ItemDates {
  // Only sentences that can hold a date go to chrono (its cost grows with the text it scans).
  // A paragraph without a cue has no sentence with one: most are passed over without splitting.
  const cued = (text: string) => (DATE_CUE.test(text) ? sentences(text).filter((s) => DATE_CUE.test(s)).join('\n') : '');
  const head = cued(headline);
  // A standfirst above the lede — one short sentence that gives no day — sums the lede up: the
  // lede below it is the lead too ("Crowds came out despite the curfew." / "… filled the streets
  // again on Tuesday.").
  const ledeAt = ledeIndex(paragraphs);
  const leadParagraphs = paragraphs.slice(0, ledeAt + 1).filter((p, i) => i === ledeAt || !furnitureOverLede(p));
  const lead = [head, ...leadParagraphs.map(cued)].filter(Boolean).join('\n');
  const ref = pageDate ? new Date(`${pageDate}T12:00:00Z`) : undefined;
  let event: { day: string; precision: DatePrecision; text: string; reporting: boolean } | null = null;
  let scheduled: string | null = null;
  let unresolved: string | null = null;
  let eventInHeadline = false;

  // The second paragraph may date the statement the post reports ("Horvat said Monday"): there a
  // date counts only when a reporting verb holds it. Past that, only announced days matter, so
  // just the sentences with a future marker are parsed.
  const second = cued(paragraphs[ledeAt + 1] ?? '');
  const rest = paragraphs.slice(ledeAt + 1).filter((p) => ANNOUNCES.test(p) && DATE_CUE.test(p))
    .flatMap(sentences).filter((s) => ANNOUNCES.test(s)).join('\n');
  // A look-back's date counts only in the sentence that opens its paragraph ("On February 3, a
  // train derailed …"): a later sentence that dates an earlier act ("The first stoppage, on
  // Thursday, April 13, shut …") tells background.
  const openers = new Set(leadParagraphs.map((p) => sentences(p)[0]));
  const sentenceAt = (text: string, at: number) => text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
  // A day past the news window (a look-back, admitted above) gives way to a day of this week the
  // same lead tells after it ("On 9 November 2021, a fire destroyed the warehouse. On Tuesday a
  // jury found …"), or that a reporting verb of the second paragraph holds: the report is that act.
  const lookBack = (day: string) => !!pageDate && daysBetween(day, pageDate) > NEWS_WINDOW_DAYS;
  for (const [scope, text] of [['lead', lead], ['second', second], ['rest', rest]] as const) {
    if (!text || !DATE_CUE.test(text)) continue;
    // Without a page date chrono would read "Thursday" against the build machine's clock: only
    // expressions that state their year are read then; the others are reported, never guessed.
    for (const r of chrono.en.parse(forChrono(text), ref ? { instant: ref, timezone: 0 } : NO_CLOCK)) {
      if (!ref && !/\b\d{4}\b/.test(r.text)) { unresolved ??= r.text; continue; }
      const inHeadline = scope === 'lead' && r.index < head.length;
      const resolved = resolve(r, text, pageDate, inHeadline);
      if (!resolved) continue;
      if (resolved.future) { scheduled ??= resolved.precision === 'day' ? resolved.day : null; continue; }
      const replacesLookBack = !!event && lookBack(event.day) && !lookBack(resolved.day);
      if (scope === 'rest' || (scope === 'second' && ((event && !replacesLookBack) || !resolved.reporting))) continue;
      if (pageDate && resolved.day > pageDate) continue;
      if (lookBack(resolved.day) && !(scope === 'lead' && !inHeadline && (resolved.opensOnDate || resolved.datedInFull) && openers.has(sentenceAt(text, r.index)))) continue;
      // A day the headline gives its act ("Visitors left the island on Thursday") stays the act's:
      // a later statement about it ("the county said in an update early Friday") dates only the
      // statement. A headline that reports a statement itself gives way to the statement's day.
      const headlineAct = eventInHeadline && !HEADLINE_REPORTS.test(headline);
      if (!event || replacesLookBack || (resolved.reporting && !event.reporting && !headlineAct)) {
        event = resolved;
        eventInHeadline = inHeadline;
      }
    }
  }
  // The lead tells its act without its day ("X has resigned and the bank has been placed into
  // administration"): a sentence of the next paragraphs that tells the same act, by its verb, gives
  // it ("On Friday, X resigned as chief executive …"). A day there of any other verb is background.
  if (!event && pageDate) event = actDayBelow(headline, paragraphs, ledeAt, pageDate);
  // (A day announced for later today stays scheduled: "will meet later on Thursday", "tonight".)
  if (scheduled && pageDate && scheduled < pageDate) scheduled = null;
  const statedTime = STATED_UTC_TIME.exec(lead + paragraphs.join('\n'));
  const time = statedTime ? `${statedTime[1]!.padStart(2, '0')}:${statedTime[2]}` : null;
  if (event) {
    const basis: DateBasis = /\d{4}/.test(event.text) ? 'stated' : 'relative';
    return { eventDate: event.day, precision: event.precision, basis, dateText: event.text, scheduledDate: scheduled, statedTime: time, unresolved };
  }
  return { eventDate: pageDate, precision: 'day', basis: 'page', dateText: null, scheduledDate: scheduled, statedTime: time, unresolved };
}

/**
 * Paragraphs below the lead read for a sentence telling the lead's act with its day: a story tells
 * its act's day in the first paragraphs after a lead that gives none (a standfirst's, a caption's or
 * a recap's paragraph may stand between), never in its closing background.
 */
const ACT_DAY_PARAGRAPHS = 4;

/**
 * The day of the headline's act told again below the lead (`ACT_DAY_PARAGRAPHS`): a sentence whose
 * own act, its first verb after its doer (doer-verb.ts `doerVerbOf`), is of the headline's or the
 * lead's verb class ("quits" / "resigned"), dated by the news rule (`resolve`) to a past day of the
 * news window. A sentence of another act (a promise the day before, a tweet) dates nothing here.
 */
function actDayBelow(headline: string, paragraphs: readonly string[], ledeAt: number, pageDate: string) {
  // The sentences below that may name a day, in order: without one, the lead's act is not read at all.
  const cued = paragraphs.slice(ledeAt + 1, ledeAt + 1 + ACT_DAY_PARAGRAPHS)
    .filter((p) => DATE_CUE.test(p)).flatMap(sentences).filter((s) => DATE_CUE.test(s));
  if (!cued.length) return null;
  const leadSentence = sentences(paragraphs[ledeAt] ?? '')[0] ?? '';
  const acts = new Set(doerVerbs(headline, leadSentence).map((dv) => dv.verb));
  const leadAct = doerVerbOf(leadSentence, false);
  if (leadAct) acts.add(leadAct.verb);
  if (!acts.size) return null;
  const ref = new Date(`${pageDate}T12:00:00Z`);
  for (const s of cued) {
    const act = doerVerbOf(s, false);
    if (!act || !acts.has(act.verb)) continue;
    for (const r of chrono.en.parse(forChrono(s), { instant: ref, timezone: 0 })) {
      const resolved = resolve(r, s, pageDate);
      if (!resolved || resolved.future || resolved.day > pageDate || daysBetween(resolved.day, pageDate) > NEWS_WINDOW_DAYS) continue;
      return { ...resolved, reporting: false };
    }
  }
  return null;
}

/**
 * The reference chrono gets when the page has no date: a fixed instant, so that nothing it returns
 * depends on the day of the build (only expressions with a stated year are kept then anyway).
 */
const NO_CLOCK = { instant: new Date('2000-01-01T12:00:00Z'), timezone: 0 };

/**
 * A part of a day run before a weekday, "for a third night Friday", "by morning Monday": chrono
 * reads the two words as a time of no day at all. The part (dayParts, words.json) is blanked, the
 * same length so every index stays the text's, before chrono reads; "Friday night" it reads whole.
 */
const DAY_PART_BEFORE_WEEKDAY = new RegExp(`\\b(?:${alternation(DAY_PARTS)})(?=\\s+${WEEKDAY_NC}\\b)`, 'gi');
const forChrono = (text: string): string => text.replace(DAY_PART_BEFORE_WEEKDAY, (part) => ' '.repeat(part.length));

/**
 * "… starting 6 a.m. Tuesday": the full stop of a clock's "a.m." before a day's name ends no
 * sentence; nor does an abbreviation's before a number ("late Feb. 6", "Sept. 30", "No. 10").
 */
const SENTENCE_SPLIT = new RegExp(`(?<=[.!?”])(?<!\\d\\s?[ap]\\.m\\.(?=\\s+(?:${WEEKDAY_NC}|${MONTH_NC}|today|tonight|tomorrow)\\b))(?<!\\b[a-z]{2,4}\\.(?=\\s+\\d))\\s+`, 'i');
const sentences = (text: string): string[] => text.split(SENTENCE_SPLIT);

/** Paragraphs that may stand over the lede (a standfirst, a source label, a dateline line, a caption), at most. */
const MAX_PARAGRAPHS_OVER_LEDE = 4;
/** "This handout photo … shows …", "An image released by … shows …": a picture's caption tells what it shows. */
const PICTURE_SHOWS = /\b(?:image|photo|photograph|picture|handout|footage|screenshot|still)\b[^.!?]{0,200}\bshows?\b/i;
/**
 * A paragraph of page furniture a copy keeps over its lede: a line that is no sentence and too short
 * to be a lede (a source label "Harbour Wire", a dateline "2023 Sep 21, 08:10, PORT EDDA", a byline),
 * or a picture's caption (a credit ends it, or it tells what the picture shows). Its days are not
 * the lead's: a caption dates its picture.
 */
const furnitureOverLede = (t: string): boolean =>
  (!endsSentence(t) && words(t) < MIN_LEDE_WORDS) || hasCredit(t) || captionShaped(t) || PICTURE_SHOWS.test(t);

/**
 * The lede's paragraph: the first, or the first lede-long paragraph below a standfirst (the first
 * paragraph, `standfirstShaped`) and furniture (`furnitureOverLede`), within MAX_PARAGRAPHS_OVER_LEDE.
 * A copy of a whole page keeps its label, dateline and photo caption between the standfirst and the lede.
 */
function ledeIndex(paragraphs: readonly string[]): number {
  for (let i = 0; i < paragraphs.length && i <= MAX_PARAGRAPHS_OVER_LEDE; i++) {
    const p = paragraphs[i]!;
    if (i > 0 && words(p) >= MIN_LEDE_WORDS && !furnitureOverLede(p)) return i;
    if (!(i === 0 && standfirstShaped(p)) && !furnitureOverLede(p)) return 0;
  }
  return 0;
}

/** Longest standfirst, in words: one short sentence over the lede. */
const MAX_STANDFIRST_WORDS = 20;
/** Shortest lede under a standfirst, in words: a paragraph of story, not a caption or a label. */
const MIN_LEDE_WORDS = 20;
/**
 * One short sentence in the past that names no day: a standfirst, when a lede stands below it. (In
 * the present or the perfect, "Police have arrested a man", it reports an act of the day itself.)
 */
const standfirstShaped = (t: string): boolean => !!t && words(t) <= MAX_STANDFIRST_WORDS && !DATE_CUE.test(t.replace(MODAL_MAY, '')) && sentences(t).length === 1
  && !NOW_TENSE.test(t);
/** "may" in lower case: the modal ("hundreds may be missing"), never the month, which a capital opens. */
const MODAL_MAY = /\bmay\b/g;
/** The present and the perfect: "has", "is", "says" (words.json `presentTenseMarkers`). */
const NOW_TENSE = new RegExp(`\\b(?:${alternation(PRESENT_TENSE_MARKERS)})\\b`, 'i');

/** An ordinal right before a period's name, maybe with "consecutive": "the 18th consecutive weekend", "a third straight day". */
const COUNTED_PERIOD_BEFORE = new RegExp(`\\b${ORDINAL}\\s+(?:(?:consecutive|straight|successive|running)\\s+)?$`, 'i');

/** A determiner right before a day, which then names a thing ("the February 25 polls"), not when the act happened. */
const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i;
/**
 * "the events of last night", "the violence of Sunday": a day that completes a noun names a thing
 * by its day, as "Monday's quake" does; "the early hours of Monday", "the night of 3 June" time an
 * act on that day (DAY_PARTS, data), and so does the thing where the act took place ("died in the
 * violence of Sunday", "signed at the summit of 10 June": a locating preposition before it).
 */
const NAMED_BY_DAY_OF = new RegExp(`(?<!\\b(?:in|at|during|on|through|throughout|amid|amidst|from)\\s+)\\b(?:the|its|their|his|her)\\s+(?:[a-z]+\\s+)?(?!(?:${alternation(DAY_PARTS)})\\s)[a-z]+\\s+of\\s+$`, 'i');

/** Auxiliaries and forms of "be" and "have": a word of a verb phrase, never of a noun phrase. */
const AUXILIARY = `(?:${alternation([...BE_FORMS, 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do'])})`;
/**
 * A noun described by a past participle and a day, a reduced relative clause: "lifted the storm
 * warning issued on Monday night", "freed the hostages taken on Sunday". The day dates that thing
 * (the warning's issue), not the sentence's act, as "the warning that was issued on Monday" would.
 * Only after a word of the clause ahead of the noun phrase (a verb or a preposition): as a
 * sentence's subject, "The council approved on Monday …", the participle is its verb. Captures the
 * word before the determiner and the participle: `reducedRelative` leaves out a reporting verb, a
 * subordinator or a word joining a clause there (words.json `clauseJoiners`: "said the man
 * resigned on Monday", "and the harbour reopened on Monday": the clause's verb) and a word ending
 * in -ed that is no participle (`edNonParticiples`: "a new hospital bed on Monday").
 */
const REDUCED_RELATIVE = new RegExp(`\\b([a-z’'-]+)\\s+(?:the|a|an|its|their|his|her|this|these|those)\\s+(?:(?!${AUXILIARY}\\s)[\\p{L}\\d’'-]+\\s+){1,3}?([a-z]+ed|${alternation(REDUCED_RELATIVE_PARTICIPLES)})\\s+(?:(?:on|late|early)\\s+)?$`, 'u');
/** Words before the noun phrase after which a participle is a clause's verb, not a reduced relative's. */
const CLAUSE_OPENER = new RegExp(`^(?:${REPORTING_VERB}|${alternation(SUBORDINATORS)}|${alternation(CLAUSE_JOINERS)})$`, 'i');
const NON_PARTICIPLE = new Set(ED_NON_PARTICIPLES);
const reducedRelative = (clause: string): boolean => {
  const m = REDUCED_RELATIVE.exec(clause);
  return !!m && !CLAUSE_OPENER.test(m[1]!) && !NON_PARTICIPLE.has(m[2]!);
};

function resolve(r: chrono.ParsedResult, text: string, pageDate: string | null, inHeadline = false) {
  const s = r.start;
  const before = text.slice(Math.max(0, text.lastIndexOf('\n', r.index) + 1), r.index);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('“'), -1);
  const clause = before.slice(sentenceStart + 1);
  // ("effective as of 8:45 p.m. Sunday": a moment on the clock is when the act took effect, no bound.)
  const effectiveAt = /\bas of\s+$/i.test(before) && /\d\s*(?:[ap]\.?m\b|[:.]\d{2})/i.test(r.text);
  if ((BACKGROUND.test(before) && !effectiveAt) || SINCE_EVENT.test(before) || SINCE_CLAUSE.test(before)) return null;
  // "Monday's quake" names a thing by its day; "homes that lost power on Monday" and "exams, which
  // were due to start on Monday" tell of something else than the act the sentence reports; "…
  // late Tuesday, following which the assembly voted" dates what came before the act.
  const after = text.slice(r.index + r.text.length);
  if (/^['’]s\b/.test(after) || SEQUEL.test(after)) return null;
  // "SEOUL, Dec. 3 (Agency) — …": the wire's dateline, the day the story was filed, not its act.
  if (WIRE_DATELINE_AFTER.test(after) && /^\s*(?:\p{Lu}[\p{L}.'’ -]*,\s*)*$/u.test(clause)) return null;
  // "the February 25 polls", "the Tuesday meeting": a day that names a thing, as its adjective.
  if (ATTRIBUTIVE_BEFORE.test(before) && /^\s+\p{Ll}/u.test(after)) return null;
  if (NAMED_BY_DAY_OF.test(before)) return null;
  // ("lifted the storm warning issued on Monday night": the day dates the warning, no act of the sentence.)
  if (reducedRelative(clause)) return null;
  if (STATE_AFTER.test(clause) && !REPORTED_IN.test(clause) && !DUE_TO_DO.test(clause)) return null;
  if (PAST_EXPECTATION.test(clause)) return null;
  const relative = RELATIVE_CLAUSE.exec(clause);
  if (relative && !STATED_THAT.test(clause) && !REPORTED_IN.test(relative[0])) return null;
  const words = r.text.toLowerCase();
  // Durations and clock readings are not days: "for an hour and 20 minutes", "in the last 24 hours", "now".
  if (/\b(hours?|minutes?|seconds?)\b/.test(words) || /^(now|right now|currently|tonight)$/.test(words)) return null;
  // "for the 18th consecutive weekend", "a third straight day": an ordinal counts periods, names no day.
  if (COUNTED_PERIOD_BEFORE.test(before) && /^(?:weekend|day|night|week)\b/.test(words)) return null;
  // "in the past week", "over the last three days": a stretch up to now, not a day.
  if (/\b(?:in|over|during|within|for)\s+(?:the\s+)?$/i.test(before) && /\b(?:past|last)\b/.test(words) && /\b(?:days?|weeks?|months?|years?)\b/.test(words)) return null;
  if (!s.isCertain('day') && !s.isCertain('weekday') && !s.isCertain('month')) return null; // times, "today" without a page
  if (/^\d{1,2}(:\d{2})?\s*(am|pm)?\b|gmt|utc/.test(words) && !s.isCertain('weekday') && !MONTH_STEM_WORD.test(words)) return null;
  // "Horvat said Monday", and "Yesterday, the port authority confirmed …": a reporting verb holds the day.
  const opensSentence = clause.trim().split(/\s+/).filter(Boolean).length <= 2;
  // (Not across a future marker: "says trial will proceed Tuesday" announces the day.)
  const held = REPORTING.exec(before);
  const reportedAhead = REPORTED_FUTURE_BEFORE.test(clause);
  // A headline's infinitive is its future ("Ferry to resume sailings Monday", "Union says talks to
  // resume Monday"): the weekday it names is a coming one. (A month, "to meet in February", is
  // left to the lead, which may give its day.)
  const headlineAhead = inHeadline && headlineInfinitive(clause) && s.isCertain('weekday') && !s.isCertain('day');
  const reporting = (!!held && !FUTURE.test(held[0]) && !reportedAhead && !headlineAhead) || (opensSentence && REPORTED_AFTER.test(after.slice(0, 80)));
  // "On February 3, a train derailed …": the sentence opens on the date itself, then its act.
  const opensOnDate = /^\s*(?:on\s+)?$/i.test(clause) && s.isCertain('day') && s.isCertain('month');
  // "The council voted Thursday, April 7, to …": weekday and date together, in the main clause.
  const datedInFull = s.isCertain('weekday') && s.isCertain('day') && s.isCertain('month') && !SUBORDINATE.test(clause);
  const future = !reporting && (FUTURE.test(clause) || reportedAhead || headlineAhead || SET_FOR_BEFORE.test(clause) || /\b(next|in \w+ (days|weeks|months)|coming)\b/.test(words));
  const precision: DatePrecision = /\bweeks?\b/.test(words) ? 'week' : /\bmonths?\b/.test(words) && !s.isCertain('day') ? 'month' : 'day';
  // "After last week, the side could not back it up": a past week is no day an act can be dated by.
  if (precision === 'week' && !future) return null;
  let day: string;
  if (s.isCertain('weekday') && !s.isCertain('day') && pageDate) {
    const wd = s.get('weekday')!;
    // A coming day named by the page's own weekday ("The executive will meet later on Thursday",
    // on a Thursday) is that day: the news calls today by its weekday, a week on "next Thursday".
    const today = future && weekdayOf(pageDate) === wd && !/\bnext\b/.test(words);
    day = today ? pageDate : future ? weekdayAfter(pageDate, wd) : weekdayOnOrBefore(pageDate, wd);
    // In the present perfect, the weekday of tomorrow is tomorrow: the day something holds, not a
    // day six days back (which the news would call "last Friday").
    // So too in the present progressive ("preparations are underway for the funeral on Wednesday").
    // (A headline's infinitive, "dive operation to resume Monday", is a future of its own: above.)
    const nowBefore = PERFECT_BEFORE.test(clause) || PROGRESSIVE_BEFORE.test(clause);
    if (!future && daysBetween(day, pageDate) === DAYS_BACK_TO_TOMORROWS_WEEKDAY && nowBefore && !REPORTED_IN.test(clause)) {
      return { day: weekdayAfter(pageDate, wd), precision, text: r.text, reporting, future: true, opensOnDate, datedInFull };
    }
  } else {
    const d = s.date();
    day = iso(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    if (!s.isCertain('year') && pageDate && !future && day > pageDate) day = iso(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate());
  }
  if (precision === 'month') day = `${day.slice(0, 7)}-01`;
  if (precision === 'week') day = addDays(day, 0);
  // Dated in full only when the weekday is the date's ("Thursday, April 7" of a year where April 7
  // is a Thursday): a date pushed into another year by the page's reference is no such proof.
  const weekdayAgrees = datedInFull && new Date(`${day}T00:00:00Z`).getUTCDay() === s.get('weekday');
  return { day, precision, text: r.text, reporting, future, opensOnDate, datedInFull: weekdayAgrees };
}
