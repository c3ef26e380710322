import { alternation, ANSWERING_BACKGROUND, APPOINTMENT_VERBS, BACKGROUND_TIME_WORDS, BE_FORMS, FUTURE_MARKER_WORDS, HEADLINE_BACKGROUND, HEADLINE_SPEECH_VERBS, LEAD_ADVERBS, LEAD_AUXILIARIES, LEAD_PAST_FORMS, LEAD_TENSE_AUXILIARIES, LEAD_VERB_CLASSES, LEAD_VERBS, NUMBER_WORDS, REACTION_VERBS, REPORTED_FUTURE_MARKERS, RELAY_VERBS, REPORTING_VERBS, STANCE_VERBS, WEEKDAY_NAMES, WIN_VERBS, WIRE_AGENCIES } from '../read/lexicon';
import { bmpLetters } from '../read/bmp-letters';
import { actStem } from './features';
import { STOP_WORDS, wordStem } from './similarity';

/**
 * The act a report's lead tells, as its doer and its verb (GUIDELINES: one act is the same actor
 * doing or saying the same thing on the same day). "More than a dozen MPs have now called for X to
 * resign" is the MPs' call, not X's resignation, though it names X, the resignation and the day:
 * the doer is the subject before the verb, whoever reading found in it (a group, a party's
 * deputies, a rocket), and the verb is the first one after it ("called"), not the act it calls for.
 */
export interface DoerVerb {
  /** The doer's words, lower case, by stem (`wordStem`), numbers, adverbs and stop words out. */
  doer: string[];
  /** Its head word (by stem): the last of them before an "of" ("deputies of the ruling party"), a person's surname. */
  head: string;
  /**
   * The verb's stem, a class of one act's words as its class (`leadVerbClasses`, with its particle:
   * "lifts off" and "launches" are one; `actClasses`: "quits" and "resigns" are one).
   */
  verb: string;
}

/**
 * The doer-verb pair of a report's lead, as a list (empty or one): its headline's act clause's
 * (`doerVerbOf`), the act the report is about (GUIDELINES: an article belongs to the act its
 * headline reports); its body's first sentence's when the headline gives no verb (a label, a
 * question, a headline in title case, whose capitals hide its verb). None when the headline tells
 * the act in the passive ("X found not guilty"): the doer is not told there.
 */
export function doerVerbs(headline: string, firstSentence: string, whole: string = headline): DoerVerb[] {
  // A headline in title case capitalises its verbs too: its words cannot tell the verb from a name.
  // A headline ending on a full stop is a sentence (a post's first line read for its headline): its past tense is active.
  // So is one longer than a headline runs, though its act clause (`headline`, cut before its background) is short:
  // "Stocks rallied … on Wednesday after the central bank raised rates, …" is a lead read for a headline.
  const h = TITLE_CASE_OFF.test(headline) ? doerVerbOf(headline, !SENTENCE.test(headline) && !longerThanHeadline(whole)) : undefined;
  if (h === null) return [];
  if (h !== undefined) return [h];
  const s = firstSentence.trim() === headline.trim() ? undefined : doerVerbOf(firstSentence, false);
  return s ? [s] : [];
}

/**
 * The act a lead's background clause tells, the one its own act follows (`answeringBackground`:
 * "after", "following"): "Stocks rallied on Wednesday after the central bank raised rates" gives
 * the bank, raised; "Following the vote, MPs walked out" gives nothing (no doer before the verb).
 * Read in the headline (not in title case, whose capitals hide its verbs) and in the body's first
 * sentence; a clause that opens the sentence runs to its first comma. What the lead says its own
 * doer did is `doerVerbs`; the two are two acts of a story, the second answering the first.
 */
export function answeredDoerVerbs(headline: string, firstSentence: string): DoerVerb[] {
  const out: DoerVerb[] = [];
  const read = (text: string, isHeadline: boolean) => {
    const m = ANSWERING.exec(text);
    if (!m) return;
    const opening = !WORD_CHAR.test(text.slice(0, m.index));
    const clause = text.slice(m.index + m[0].length);
    const dv = doerVerbOf(opening ? clause.split(',', 1)[0]! : clause, isHeadline);
    if (dv) out.push(dv);
  };
  if (TITLE_CASE_OFF.test(headline)) read(headline, !SENTENCE.test(headline));
  if (firstSentence.trim() !== headline.trim()) read(firstSentence, false);
  return out;
}
/** A letter or digit: a main clause stands before the background word. */
const WORD_CHAR = bmpLetters(/[\p{L}\p{N}]/u);
/** A background word of `answeringBackground`, after at most one word of time ("hours after"), as a word. */
const ANSWERING = new RegExp(String.raw`\b(?:(?:${alternation(BACKGROUND_TIME_WORDS)})\s+)?(?:${alternation(ANSWERING_BACKGROUND)})\s+`, 'i');

/**
 * Two doers' words name one doer: a word in common, or one side a single word that the other's
 * words shorten (`shortens`): its initials ("OCB" for "Ostmark Central Bank") or one of its words
 * cut short ("Fed" for "Federal Reserve Board"), as headlines shorten the body that leads tell in full.
 */
export function oneDoer(a: readonly string[], b: readonly string[]): boolean {
  return a.some((w) => b.includes(w)) || shortens(a, b) || shortens(b, a);
}
/**
 * `short` is one word of at least `MIN_SHORT_FORM` letters: the initials of `full`'s words (two or
 * more), or the start of one of its first `SHORT_FORM_WORDS` words, `MIN_SHORT_SHARE` of it at least
 * ("Fed", "Vestland Federal Reserve Board"; never "Man" for "Mandeville United", nor a word deep in a long name).
 */
function shortens(short: readonly string[], full: readonly string[]): boolean {
  if (short.length !== 1 || short[0]!.length < MIN_SHORT_FORM || full.length < 2) return false;
  const w = short[0]!;
  return w === full.map((x) => x[0]).join('') || full.slice(0, SHORT_FORM_WORDS).some((x) => w.length < x.length && w.length >= x.length * MIN_SHORT_SHARE && x.startsWith(w));
}
/** The words of a full name a short form may cut: its first, or the one after a country's ("Vestland Federal Reserve Board"). */
const SHORT_FORM_WORDS = 2;
/** The share of the word a short form keeps at least ("Fed" of "federal", 3 of 7; not "Man" of "mandeville", 3 of 10). */
const MIN_SHORT_SHARE = 0.4;
/** A short form has at least this many letters ("Fed", "OCB"): two ("US", "UN") open too many words and initials of too many bodies. */
const MIN_SHORT_FORM = 3;

/**
 * Two reports' leads may tell one act: a doer word or the verb in common (`DoerVerb`).
 */
export function shareDoerOrVerb(a: readonly DoerVerb[], b: readonly DoerVerb[]): boolean {
  return a.some((x) => b.some((y) => x.verb === y.verb || x.doer.some((w) => y.doer.includes(w))));
}

/**
 * One lead tells a saying (`isSaying`: a statement, a call on someone to act, a reaction) and the
 * other a deed. Two sayings of two doers are two voices, which the speaker rules judge; two deeds
 * told of a doer named two ways ("Congress", "lawmakers", the country) are not told apart by their
 * names.
 */
export function sayingAndDeed(a: readonly DoerVerb[], b: readonly DoerVerb[]): boolean {
  return a.length > 0 && b.length > 0 && a.every((x) => b.every((y) => isSaying(x.verb) !== isSaying(y.verb)));
}

/**
 * Two reports tell two acts by their leads: one says (a statement, a call, a reaction) and the
 * other does (`sayingAndDeed`), no doer word or verb in common (`shareDoerOrVerb`), and one of them
 * never names the other's doer in its headline or first sentence. A call on someone to act names
 * its target, and the act's own reports never name the callers ("MPs call for X to resign", "X
 * resigns"); one act told as the saying of its doer names the same doer.
 */
export function twoDoerVerbs(a: readonly DoerVerb[], aWords: ReadonlySet<string>, b: readonly DoerVerb[], bWords: ReadonlySet<string>): boolean {
  if (!sayingAndDeed(a, b) || shareDoerOrVerb(a, b)) return false;
  const names = (acts: readonly DoerVerb[], words: ReadonlySet<string>) => acts.some((x) => namesHead(words, x.head));
  // A relay names the deed's doer: the deed's report, whoever gives it ("Ruritania's ministry says the envoy handed over the reply").
  // One that tells what will be done ("the ferry would be towed off") is a preview of the deed, not its report.
  const relays = (acts: readonly DoerVerb[], words: ReadonlySet<string>, deed: readonly DoerVerb[]) =>
    acts.every((x) => RELAY.has(x.verb)) && names(deed, words) && !FUTURE_WORDS.some((w) => words.has(w));
  if (relays(a, aWords, b) || relays(b, bWords, a)) return false;
  return !(names(a, bWords) && names(b, aWords));
}

/**
 * Whether a lead's words (`leadWordStems`) name a doer's head word: the word itself, or a word it
 * opens of `MIN_NAME_STEM` letters or more ("russia" in "Russians", "ukrain" in "Ukrainian": a
 * country's people or officials are that country acting).
 */
const namesHead = (words: ReadonlySet<string>, head: string): boolean => {
  if (words.has(head)) return true;
  if (head.length < MIN_NAME_STEM) return false;
  for (const w of words) if (w.startsWith(head) && !isAdverb(w)) return true;
  return false;
};
/**
 * The fewest letters of a head word that another word may extend ("russia" → "russian"): shorter
 * ones open unrelated words ("war" → "warn"). An adverb made of it names no one ("officials" and
 * "officially").
 */
const MIN_NAME_STEM = 4;

/** A lead's words by stem (`wordStem`), lower case: what `twoDoerVerbs` finds a doer's head among. */
export function leadWordStems(text: string): ReadonlySet<string> {
  // Dotted initials are one word, as a doer's are (`ACRONYM`: "U.S." → us).
  return new Set((text.replace(DOTTED_INITIAL, '$1').toLowerCase().match(WORD) ?? []).map((w) => wordStem(w.replace(/[’']s$/, ''))));
}
/** The full stop after a capital initial that another initial follows ("U.S.", "U.N."). */
const DOTTED_INITIAL = bmpLetters(/(?<![\p{L}])(\p{Lu})\.(?=\p{Lu}\.?(?![\p{L}]))/gu);

/** A subject runs at most this many words before its verb: past it the sentence opens on something else (a clause, a caption). */
const MAX_SUBJECT_WORDS = 10;
/** Adverbs skipped after an auxiliary: at most this many ("has this lunchtime announced"). */
const MAX_ADVERBS = 3;

/**
 * The doer and verb a clause opens with, or null: its first verb (a verb of the lexicon's lists, by
 * stem, never an "-ing" form; or the word after an auxiliary, adverbs skipped) after at least one
 * word; the subject before it (after its last comma when what follows opens in capitals, "Speaking
 * in Downing Street, Ms X said"; before its first comma otherwise, "X, facing a trial, condemns";
 * after a kicker's colon). Null when its verb is a passive (a headline's bare participle, "X
 * launched from Y"; a form of "be" or "has been" before a participle: what was done to the subject)
 * or its subject names no one (a pronoun); undefined when it gives no verb.
 */
export function doerVerbOf(clause: string, isHeadline: boolean): DoerVerb | null | undefined {
  // A question tells no act ("How long had the sub dived before …?").
  if (clause.includes('?')) return undefined;
  const dated = DATELINE.exec(clause.trim());
  const words = clause.trim().slice(dated ? dated[0].length : 0).replace(OPENING_BACKGROUND, '').split(/\s+/).filter(Boolean);
  // A "headline" opening on a dateline, or long, is a lead's sentence read for one (a copy without
  // its title): its past tense is active.
  if (isHeadline && (dated || words.length > MAX_HEADLINE_WORDS)) isHeadline = false;
  for (let i = 1; i < words.length && i <= MAX_SUBJECT_WORDS; i++) {
    const w = bare(words[i]!);
    if (!w || !LOWER.test(words[i]!)) continue;
    let verb: string | null = null, at = i;
    if (AUXILIARIES.has(w)) {
      let j = i + 1;
      while (j < words.length && j - i - 1 < MAX_ADVERBS && isAdverb(bare(words[j]!))) j++;
      const next = bare(words[j] ?? '');
      if (!next || !LOWER.test(words[j]!) || STOP.has(next)) return null;
      // A form of "be" before anything but an "-ing" form, or "has been": the passive, or the subject described.
      if ((BE.has(w) && !next.endsWith('ing')) || next === 'been' || (MODALS.has(w) && next === 'be')) return null;
      // A modal before any other verb tells what must, will or may be done, not a deed ("X and Y will need
      // to explain themselves …, the summit's president said"): often a statement's words, whose speaker comes last.
      if (MODALS.has(w)) return undefined;
      verb = next;
      at = j;
    } else if (VERB_FORMS.has(w) || (!isHeadline && PAST_TENSE.test(w))) {
      // A headline tells acts in the present: its bare participle is the passive ("X launched from Y", "X found guilty").
      if (isHeadline && (w.endsWith('ed') || PAST_ONLY.has(w))) return null;
      verb = w;
    }
    if (verb === null) continue;
    const doer = doerWords(words.slice(0, i), isSaying(verbClass(verb, '')));
    if (!doer) return null;
    return { ...doer, verb: verbClass(verb, bare(words[at + 1] ?? '')) };
  }
  return undefined;
}

/**
 * The doer's words and head word of a subject's words (see `doerVerbOf`), or null when none names
 * anyone: after a dateline's or credit's dash ("KENOSHA, Wis. — X …", "(AGENCY) – X …") and a
 * kicker's colon, and a saying's after its last comma ("…, port operator warns"); its title and role words kept ("the prime minister" and "Prime Minister X" may be
 * one doer: an act is refused as another's only when nothing of the doers' names is shared).
 */
function doerWords(subject: readonly string[], saying: boolean): { doer: string[]; head: string } | null {
  let from = 0, to = subject.length;
  const cut = subject.findLastIndex((w) => w.endsWith(':') || DASH.test(w));
  if (cut >= 0) from = cut + 1;
  const lastComma = subject.findLastIndex((w, k) => k >= from && w.endsWith(','));
  if (lastComma >= 0) {
    // A saying's speaker after a comma is its doer, in any case ("Hopes of a deal slim, port operator warns").
    if (lastComma + 1 < to && (saying || CAPITAL.test(subject[lastComma + 1]!))) from = lastComma + 1;
    else to = subject.findIndex((w, k) => k >= from && w.endsWith(',')) + 1;
  }
  const kept: string[] = [];
  let head: string | null = null;
  for (const raw of subject.slice(from, to)) {
    const word = raw.replace(/[’']s?\W*$/u, '');
    const w = bare(word);
    if (w === 'of' && kept.length) head ??= kept.at(-1)!;
    // A body's or country's initials name it, though short and spelt like a pronoun ("US threatens …", "U.N. condemns …").
    if (ACRONYM.test(word)) { kept.push(w); continue; }
    if (w.length <= 2 || STOP.has(w) || NUMBERS.has(w) || isAdverb(w) || WEEKDAYS.has(w) || /\d/.test(w)) continue;
    kept.push(wordStem(w));
  }
  if (!kept.length) return null;
  return { doer: kept, head: head ?? kept.at(-1)! };
}
/**
 * Initials in capitals, two or three, dotted or not ("US", "U.S", "EU", "UAW"; a word's trailing
 * full stop and possessive already cut): a body or a country, never a pronoun.
 */
const ACRONYM = bmpLetters(/^(?:\p{Lu}\.?){2,3}$/u);
/** A dateline's bracket runs to at most this many characters (an agency, a place, a date: "Wireline / Nordpress - 3rd May, 2025"). */
const MAX_DATELINE_CREDIT_CHARS = 80;
/**
 * A dateline in capitals with its agency in brackets or a dash ("VARNBY (Wireline / Nordpress - 3rd
 * May, 2025)", "KESSBY (AFP) —", "KESSBY —"): where and from whom, not who acts; a headline never
 * opens on one. The bracket holds a date's digit or a wire agency (`WIRE_AGENCIES`), or a dash
 * follows it: a body's initials with its name in brackets ("NBI (National Bureau of Inquiry)
 * arrests …") are the doer.
 */
const DATELINE = bmpLetters(new RegExp(String.raw`^\p{Lu}[\p{Lu}\s.,'’-]*(?:\((?=[^)]*(?:\d|\b(?:${alternation(WIRE_AGENCIES)})\b))[^)]{0,${MAX_DATELINE_CREDIT_CHARS}}\)\s*[-–—]*|\([^)]{0,${MAX_DATELINE_CREDIT_CHARS}}\)\s*[-–—]+|[-–—]+)\s+`, 'u'));
/** A lead's opening background clause runs to at most this many characters before its comma: past it, the comma is not the clause's end. */
const MAX_BACKGROUND_CHARS = 200;
/** More words than a headline has (news headlines run to about twelve): a sentence. */
const MAX_HEADLINE_WORDS = 20;
/** Weekdays: when the doer acted ("President X Monday urged …"), not who. */
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES.map((d) => d.toLowerCase()));
/**
 * A clause opening on its background, to its first comma: a word that opens one (words.json
 * `headlineBackground`), after at most one word of time (`backgroundTimeWords`: "Hours after the
 * regulator gave full approval, X urged …", "After the vote, X said …"). The doer and verb are the
 * main clause's, not the background's. Any other word before it is the doer ("Police after a
 * tip-off arrested …", "Parliament when it meets … will vote").
 */
const OPENING_BACKGROUND = new RegExp(String.raw`^(?:(?:${alternation(BACKGROUND_TIME_WORDS)})\s+)?(?:${alternation(HEADLINE_BACKGROUND)})\s[^,]{1,${MAX_BACKGROUND_CHARS}},\s*`, 'i');
/** More words than a headline has (`MAX_HEADLINE_WORDS`): a sentence read for one. */
const longerThanHeadline = (text: string): boolean => text.split(/\s+/).filter(Boolean).length > MAX_HEADLINE_WORDS;
/** A clause ending on a full stop: a sentence, not a headline. */
const SENTENCE = /[.]\s*$/;
/** A dash standing alone, or ending a word: a dateline's or a credit's end. */
const DASH = /[–—]$|^-$/;

/** A word lower case, letters, digits and hyphens only. */
const NOT_WORD_CHAR = bmpLetters(/[^\p{L}\p{N}-]/gu);
const bare = (w: string): string => w.toLowerCase().replace(NOT_WORD_CHAR, '');
const isAdverb = (w: string): boolean => ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly'));
const WORD = bmpLetters(/[\p{L}\p{N}’'-]+/gu);
const LOWER = bmpLetters(/^\p{Ll}/u);
const CAPITAL = bmpLetters(/^\p{Lu}/u);
/** A word of four letters or more in lower case: a headline that has one is not in title case. */
const TITLE_CASE_OFF = bmpLetters(/(?:^|\s)\p{Ll}\p{L}{3,}/u);

const AUXILIARIES: ReadonlySet<string> = new Set(LEAD_AUXILIARIES);
const BE: ReadonlySet<string> = new Set(BE_FORMS);
const MODALS: ReadonlySet<string> = new Set(LEAD_AUXILIARIES.filter((w) => !BE.has(w) && !LEAD_TENSE_AUXILIARIES.includes(w)));
const ADVERBS: ReadonlySet<string> = new Set(LEAD_ADVERBS);
const NUMBERS: ReadonlySet<string> = new Set(NUMBER_WORDS);
/** A lead verb's class (`leadVerbClasses`: with its particle, "lifts off" → launch), else its act stem (`actStem`). */
const verbClass = (verb: string, particle: string): string =>
  LEAD_CLASS.get(`${wordStem(verb)} ${particle}`) ?? LEAD_CLASS.get(wordStem(verb)) ?? actStem(verb);
/** Each form of a class of `leadVerbClasses` (a verb's stem, then its particle) → its class's first word's stem. */
const LEAD_CLASS: ReadonlyMap<string, string> = new Map(LEAD_VERB_CLASSES.flatMap((c) => c.map((v) => {
  const [verb, ...particle] = v.split(/\s+/);
  return [[wordStem(verb!), ...particle].join(' '), wordStem(c[0]!)] as const;
})));
/** The forms of a base verb (`leadVerbs`): "resign", "resigns", "resigned"; "carry", "carries", "carried"; "ban", "bans", "banned". */
function formsOf(base: string): string[] {
  const y = base.endsWith('y') && !/[aeiou]y$/.test(base) ? base.slice(0, -1) : null;
  const e = base.endsWith('e');
  const doubled = /[^aeiou][aeiou][bdgmnpt]$/.test(base) && base.length <= 4 ? base + base.at(-1)! : base;
  return [base, y ? `${y}ies` : /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`, y ? `${y}ied` : e ? `${base}d` : `${doubled}ed`];
}
/**
 * Verbs a doer acts by, as written: the forms of `leadVerbs`, their irregular past forms
 * (`leadPastForms`) and the lexicon's speaking, reporting, reaction, appointment and win verbs as
 * listed (single words; "calls for" gives "calls"). Exact forms, not stems: "notes" is a verb,
 * "not" is not.
 */
const VERB_FORMS: ReadonlySet<string> = new Set([...[...LEAD_VERBS, ...LEAD_VERB_CLASSES.flat().map((v) => v.split(/\s+/)[0]!)].flatMap(formsOf), ...LEAD_PAST_FORMS,
  ...[...HEADLINE_SPEECH_VERBS, ...REACTION_VERBS, ...REPORTING_VERBS, ...APPOINTMENT_VERBS, ...WIN_VERBS].map((v) => v.split(/\s+/)[0]!.toLowerCase())]);
/** Irregular past forms that are no present form too ("found", not "beat"): a headline's passive. */
const PAST_ONLY: ReadonlySet<string> = new Set(LEAD_PAST_FORMS.filter((w) => !LEAD_VERBS.includes(w)));
/** A lead's regular past tense, whatever the verb: a word of five letters or more ending in "ed", no hyphen ("so-called"). */
const PAST_TENSE = /^[a-z]{3,}ed$/;
const STOP: ReadonlySet<string> = new Set(STOP_WORDS);

/**
 * Whether a lead verb (`DoerVerb.verb`) is a saying: a speaking, reporting or reaction verb of the
 * lexicon ("says", "warns", "calls for", "condemns"), or a stance on an act (`stanceVerbs`:
 * "threatens sanctions", "are hoping the approval will …"). One doer's two statements of a day share the
 * doer and the verb; what was said tells them apart, not who said it.
 */
export const isSaying = (verb: string): boolean => SAYING.has(verb);
/** Words putting a lead in the future ("will", "shall", a report's "would"; words.json `futureMarkers`, merge-acts.json `reportedFutureMarkers`), by stem as `leadWordStems` gives them. */
const FUTURE_WORDS: readonly string[] = [...FUTURE_MARKER_WORDS, ...REPORTED_FUTURE_MARKERS].map((w) => wordStem(w.replace(/[’']s$/, '')));
/** Relay verbs' classes (`relayVerbs`: the lexicon's reporting verbs as written, irregular "said" too). */
const RELAY: ReadonlySet<string> = new Set(RELAY_VERBS.map((v) => verbClass(v.toLowerCase(), '')));
const SAYING: ReadonlySet<string> = new Set([...[...HEADLINE_SPEECH_VERBS, ...REPORTING_VERBS, ...REACTION_VERBS].map((v) => v.split(/\s+/)[0]!.toLowerCase()),
  ...STANCE_VERBS.flatMap(formsOf)].map((v) => verbClass(v, '')));
