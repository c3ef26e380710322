import type { Item } from '../model/types';
import { fnv1a } from '../read/fingerprint';
import { actClause, capitalisedWords, genericWord, headlineWords, headNamesOf, leadNameWords, mergeHeadline, headsOf, leadOf, namesOf, quotesOf, termCount, termsOf, termsStart, type TextFeatures, weightsOf } from './features';
import { isCorrespondentPost } from './correspondent';
import { answeredDoerVerbs, type DoerVerb, doerVerbs, leadWordStems } from './doer-verb';
import { type DoerOf, headlineDoer, headlineSubject, leadDoer, NAMED_SPEAKER, speaksInHeadline, withoutSpeakingVerb } from './headline-speaker';
import { quoteFeatures, statedNumbers } from './similarity';
import { MERGE } from './merge-rule';
import { alternation, DEATH_CONFIRMATION_WORDS, HOLDING_MOVES, MARKET_MOVE_HOLDINGS, FOLLOW_UP_ACTS, HEADLINE_SPEECH_VERBS, REACTION_VERBS, REPORTED_FUTURE_MARKERS, DEATH_LINK_WORDS, DEATH_WORD, EXPECTATION_MARKER, FUTURE_MARKER, KILLING_BACKGROUND_WORDS, KILLING_VERB, REPORTING_VERB, ROLES } from '../read/lexicon';
import { bmpLetters } from '../read/bmp-letters';

/**
 * One report as the merger sees it: everything the rules compare, taken from the report alone.
 * Nothing here depends on other reports or on the corpus, so the same report always carries the
 * same evidence, whenever and in whatever order it arrives (what makes merging order-free).
 * Its text features stay in its page's packed array (it holds the array and its offset itself: one
 * object fewer per report); the getters give views of them.
 */
export class MergeReport implements TextFeatures {
  /** Its page's packed features. */
  readonly f: Uint32Array;
  /** The same, read as floats (its weights). */
  readonly w: Float32Array;
  /** Where its features start in them. */
  readonly at: number;
  /** Norm of its terms weighted by rarity alone (see `rarityCosine`); -1 until first needed. */
  rarityNorm = -1;
  private correspondentPost: boolean | null = null;
  private stated: readonly number[] | null = null;
  private leadQuoted: Uint32Array | null = null;
  private leadStated: readonly number[] | null = null;
  private death: boolean | null = null;
  private expects: boolean | null = null;
  private planned: string | null | undefined = undefined;
  private follows: boolean | null = null;
  private states: boolean | null = null;
  private reacts: boolean | null = null;
  private marketMoves: boolean | null = null;
  private doerOf: DoerOf | null | undefined = undefined;
  private leadDoerOf: DoerOf | null | undefined = undefined;
  private leadNamed: ReadonlySet<string> | null = null;
  private doerVerbPairs: readonly DoerVerb[] | null = null;
  private answeredPairs: readonly DoerVerb[] | null = null;
  private leadStemSet: ReadonlySet<string> | null = null;
  private leadNames: ReadonlySet<string> | null = null;
  private capitals: ReadonlySet<string> | null = null;
  private headWords: { words: Uint32Array; acts: Uint32Array; sites: Uint32Array } | null = null;
  /**
   * Its page's story words (ascending): terms most of the page's posts use (`pageStoryTerms`). Set
   * for every report of a live page when the page is taken apart; empty for an article.
   */
  storyTerms: Uint32Array = NO_TERMS;

  constructor(
    /** The item itself: its text and actors make the event. */
    readonly item: Item,
    /** Where its terms, quotes and lead shingles lie in the page's packed features. */
    text: TextFeatures,
    /** A plain article (a page of one report): attached to the event it leads with. */
    readonly isArticle: boolean,
    /** Canonical place of the report: its page's rank (publication time, then name), then its position. */
    readonly rank: string,
    /** Principal people and bodies (countries alone are too broad), ids ascending. */
    readonly principals: readonly string[],
    /** Who speaks in the headline ("Horvat: …", "…, says ministry"), or null; a country may speak. */
    readonly speaker: string | null,
    /** Day number (days since 1970-01-01), NaN when undated. */
    readonly day: number,
  ) {
    this.f = text.f;
    this.w = text.w;
    this.at = text.at;
  }

  /**
   * Quote shingles of its headline and the first part of its body (`MERGE.articleLeadShare`, to the
   * end of that line): the quotes an article leads with. Read when first needed.
   */
  get leadQuotes(): Uint32Array {
    if (this.leadQuoted) return this.leadQuoted;
    const body = this.item.body;
    const end = body.indexOf('\n', Math.ceil(body.length * LEAD_SHARE));
    return (this.leadQuoted = quoteFeatures({ ...this.item, body: end < 0 ? body : body.slice(0, end) }).shingles);
  }

  /** A correspondent's assessment of the day's act, with no act of its own (`isCorrespondentPost`). */
  get correspondent(): boolean {
    return (this.correspondentPost ??= !this.isArticle && isCorrespondentPost(this.item.headline, this.item.body));
  }

  /**
   * The counts its headline states (`statedNumbers`), or when it states none its first sentence's:
   * the count the report leads with ("six dead", "3-3"), not the others its story mentions ("two
   * trams collided"). Ascending; read when first needed.
   */
  get numbers(): readonly number[] {
    if (this.stated) return this.stated;
    const own = statedNumbers(this.item.headline);
    return (this.stated = own.length ? own : statedNumbers(this.item.body.split(SENTENCE_END, 1)[0] ?? ''));
  }

  /**
   * The counts of its headline and first sentence together (ascending, distinct): what another
   * page's account of the same moment states too, though one puts it in the headline and the other
   * in the lead ("3,000 in shelters" / "opens 40 shelters … about 3,000 people"). Read when first needed.
   */
  get leadNumbers(): readonly number[] {
    if (this.leadStated) return this.leadStated;
    const all = new Set([...statedNumbers(this.item.headline), ...statedNumbers(this.item.body.split(SENTENCE_END, 1)[0] ?? '')]);
    return (this.leadStated = [...all].sort((a, b) => a - b));
  }

  /**
   * The future day it leads with ("Vestmark will join on Tuesday", "Vestmark to join on Tuesday"), as a
   * day number: its scheduled day when its headline's first sentence is in the future tense or the
   * headline's infinitive (`HEADLINE_INFINITIVE`); NaN otherwise (an act whose
   * story mentions what comes next, "the indictment will be unsealed on Tuesday", announces nothing).
   */
  get announcedDay(): number {
    if (!this.item.scheduledDate) return NaN;
    const first = this.item.headline.split(SENTENCE_END, 1)[0]!;
    return headlineLooksAhead(first) ? dayNumber(this.item.scheduledDate) : NaN;
  }

  /**
   * Its headline says its act is expected, not done: its first sentence holds an expectation
   * marker (`expectationMarkers`: "Central bank set to raise rates amid crisis", "Premier expected
   * to quit") that no reporting verb stands before ("Governor says rates likely to rise" is the
   * governor's statement). A preview: another act than the one it expects, though published the
   * same day (GUIDELINES: "a preview of a call is not the call").
   */
  get expectsAct(): boolean {
    if (this.expects === null) {
      const first = headlineClause(this.item);
      const m = EXPECTED.exec(first) ?? willDo(first);
      this.expects = m !== null && !REPORTED.test(first.slice(0, m.index));
    }
    return this.expects;
  }

  /**
   * The subject whose part to come its headline announces in the headline's infinitive
   * (`HEADLINE_TO`: "Premier Ostrander to open bridge by video link", "Leader to join landing event
   * from abroad": headlines say "to do" for "will do"), its word before "to", lower case; null when
   * none, or when a reporting verb makes it a statement ("Vestmark to send helicopters, minister
   * says"). Another page's act done that day whose headline does not name that subject is another
   * doer's act (the bridge opening, the landing), not the part announced in it; one that names it
   * ("Harrowgate acquires …" and "Harrowgate to acquire …") tells the same act, announced.
   */
  get plannedBy(): string | null {
    if (this.planned === undefined) {
      const first = headlineClause(this.item);
      const m = REPORTED.test(first) ? null : HEADLINE_TO_SUBJECT.exec(first);
      this.planned = m ? m[1]!.toLowerCase() : null;
    }
    return this.planned;
  }

  /**
   * Its headline tells an act that answers another of its story (`followUpActs` in its act clause,
   * `actClause`: "Mayor apologises for confusion after alert", "Rescued workers recount their ordeal
   * to the premier", "Nominee, president celebrate confirmation"): an apology, an address, an
   * inquiry opened, a celebration. Not the act it answers, though told the same day with the same
   * people, place and words (`followUpOf` in merge-rule.ts).
   */
  get followUp(): boolean {
    return (this.follows ??= FOLLOW_UP.test(actClause(mergeHeadline(this.item))));
  }

  /**
   * Its headline tells a statement: a headline speaker's verb in its act clause (`headlineSpeechVerbs`:
   * "Investigation will be quick, minister says", "Minister says inquiry will be quick"), whoever
   * reading found speaking. Read when first needed.
   */
  get statesInHeadline(): boolean {
    return (this.states ??= STATEMENT.test(actClause(mergeHeadline(this.item))));
  }

  /**
   * Its headline speaker speaks of what is to come: a future marker (`futureMarkers`, or a reported
   * one, `reportedFutureMarkers`: "said he would not") anywhere in the headline ("Rep. Vell, ousted
   * earlier Tuesday, says he will not run again": a title's full
   * stop cuts no sentence here). One person's statement about what they will do, which another
   * outlet's headline tells as the doing ("Vell will not seek the chair again", `expectsAct`).
   */
  get speaksAhead(): boolean {
    if (this.speaker === null) return false;
    const headline = mergeHeadline(this.item);
    return FUTURE.test(headline) || REPORTED_FUTURE.test(headline);
  }

  /**
   * Its headline tells someone's reaction to an act (`reactionVerbs` in its act clause: "Residents
   * condemn …", "Mayor praises crews"), whoever reading found reacting. Read when first needed.
   */
  get reactsInHeadline(): boolean {
    return (this.reacts ??= REACTION.test(actClause(mergeHeadline(this.item))));
  }

  /**
   * Its headline tells a company's shares moving (`marketMoveHoldings` then a move, `holdingMoves`, in
   * its act clause: "Harbourline shares soar as investors cheer takeover", "Harbourline Share Price
   * Soars 31% on $12B Takeover", "Shares of Harbourline jumped 30% on Tuesday"): the market's act on
   * the day of another act, not that act (`marketMoveApart` in merge-rule.ts). Read when first needed.
   */
  get marketMove(): boolean {
    return (this.marketMoves ??= MARKET_MOVE.test(actClause(mergeHeadline(this.item))));
  }

  /**
   * Its headline looks ahead in any way: it says its act is expected (`expectsAct`), speaks in the
   * future ("will", "plans to": `futureMarkers`) or opens on the headline's infinitive ("Premier to
   * discuss aid with …", `HEADLINE_TO`). One that does none of these tells an act done.
   */
  get looksAhead(): boolean {
    const first = headlineClause(this.item);
    return this.expectsAct || FUTURE.test(first) || HEADLINE_TO.test(first);
  }

  /**
   * What its lead says was done: its headline's first sentence and its body's (to the end of the
   * first line at most: a paragraph without a full stop ends there), each without its background
   * clause (`actClause`: "X dies after being shot" → "X dies").
   */
  get leadActs(): string {
    const firstOf = (text: string) => actClause(text.split('\n', 1)[0]!.split(SENTENCE_END, 1)[0] ?? '');
    return `${firstOf(this.item.headline)}\n${firstOf(this.item.body.trimStart())}`;
  }

  /**
   * Who its headline says acts and on or with whom (`headlineDoer`: a person's or body's name
   * opening its act clause, before a verb), or null. Read when first needed.
   */
  get doer(): DoerOf | null {
    if (this.doerOf === undefined) this.doerOf = headlineDoer(actClause(mergeHeadline(this.item)), this.item.actors, isGenericWord());
    return this.doerOf;
  }

  /**
   * Its headline's words, names and places included, and those of them that name no one
   * (`headlineWords`: "Fire at Harbourton cathedral"). Read when first needed.
   */
  get headlineWords(): { words: Uint32Array; acts: Uint32Array; sites: Uint32Array } {
    return (this.headWords ??= headlineWords(this.item));
  }

  /** Who its body's first sentence says acts (`leadDoer`), or null. Read when first needed. */
  get leadDoer(): DoerOf | null {
    if (this.leadDoerOf === undefined) this.leadDoerOf = leadDoer(this.firstSentence, this.item.actors, isGenericWord());
    return this.leadDoerOf;
  }

  /**
   * What its lead says who did (`doerVerbs`): the doer and verb its headline's act clause and its
   * body's first sentence open with ("MPs have now called for X to resign": the MPs, called); none
   * for a correspondent's post. Read when first needed.
   */
  get doerVerbs(): readonly DoerVerb[] {
    // A correspondent's assessment tells no act of its own: the reporter is no doer (`correspondent`).
    if (this.doerVerbPairs === null) {
      const headline = mergeHeadline(this.item);
      this.doerVerbPairs = this.correspondent ? [] : doerVerbs(actClause(withoutOpeningQuote(headline)), this.firstSentence, headline);
    }
    return this.doerVerbPairs;
  }

  /**
   * The act its lead says its own act follows (`answeredDoerVerbs`: "… after the central bank
   * raised rates"): another act of its story, which it answers (merge-rule.ts `answersAct`). Read
   * when first needed.
   */
  get answeredActs(): readonly DoerVerb[] {
    return (this.answeredPairs ??= this.correspondent ? [] : answeredDoerVerbs(mergeHeadline(this.item), this.firstSentence));
  }

  /** The names its lead is about, known to reading or not (`leadNameWords`). Read when first needed. */
  get leadNameWords(): ReadonlySet<string> {
    return (this.leadNames ??= leadNameWords(mergeHeadline(this.item), this.firstSentence));
  }

  /** Every word its headline and body capitalise, lower case (`capitalisedWords`). Read when first needed. */
  get capitalisedWords(): ReadonlySet<string> {
    return (this.capitals ??= capitalisedWords(`${this.item.headline}\n${this.item.body}`));
  }

  /** The words of its headline and body's first sentence, by stem (`leadWordStems`): whom its lead names. */
  get leadStems(): ReadonlySet<string> {
    return (this.leadStemSet ??= leadWordStems(`${mergeHeadline(this.item)} ${this.firstSentence}`));
  }

  /** The words of its body's first sentence, lower case, possessives out ("Horvat's plan" names no Horvat). */
  get leadWords(): ReadonlySet<string> {
    return (this.leadNamed ??= new Set(this.firstSentence.split(/\s+/).filter((w) => !/['’]s?\W*$/.test(w))
      .map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '')).filter(Boolean)));
  }

  private get firstSentence(): string {
    return this.item.body.split('\n', 1)[0]!.split(SENTENCE_END, 1)[0] ?? '';
  }

  /**
   * It tells a person's death as its act: its headline's first sentence or its body's, each without
   * its background clause (`actClause`: "X dies after being shot" tells the death, "X shot after the
   * rally" does not), say that one of its people died (`deathWords`): the person's surname, or a
   * role ("the president"), right before the word, or with only link words between ("X has been
   * confirmed dead", `deathLinks`). "X feared dead", "the crash that reportedly killed X", "X was
   * among those killed when …", "minister says 20 killed" tell a fear, another's death or the
   * sentence's background. In the active voice, a killing verb (`killingVerbs`) with the person
   * named just after it. The first sentence of the body too: a page's headline may be a photo
   * caption. Read when first needed.
   */
  get toldDeath(): boolean {
    if (this.death !== null) return this.death;
    const people = this.item.actors.filter((a) => a.kind === 'person');
    return (this.death = people.length > 0 && this.deathOf(new Set([...ROLE_WORDS, ...people.map((a) => a.name.split(' ').at(-1)!.toLowerCase())])));
  }

  /**
   * It tells the death of a person another report names (surnames, lower case), in the words
   * `toldDeath` reads, though reading found no person in it ("Racing Legend Ivo Marsh Dies In Crash",
   * a title-case run of capitals read as no one's name).
   */
  tellsDeathOf(surnames: readonly string[]): boolean {
    return surnames.length > 0 && this.deathOf(new Set(surnames));
  }

  /** Whether its lead's acts (`leadActs`) say one of `subjects` (surnames, roles) died (see `toldDeath`). */
  private deathOf(subjects: ReadonlySet<string>): boolean {
    const lead = this.leadActs;
    for (const m of lead.matchAll(DEATH)) {
      const before = lead.slice(0, m.index).split('\n').at(-1)!.toLowerCase().match(WORDS) ?? [];
      let k = before.length - 1;
      while (k >= 0 && (DEATH_LINKS.has(before[k]!) || /^\d+$/.test(before[k]!))) k--;
      if (k >= 0 && subjects.has(before[k]!.replace(/[’']s$/, ''))) return true;
    }
    // In the active voice, the dead after the verb: "Gunmen assassinate Ruritania's president", "attackers
    // killed X at his home" (not "the crash that killed X", "a plot to kill X", "kills two, wounds X").
    for (const m of lead.matchAll(KILLING)) {
      const prior = lead.slice(0, m.index).toLowerCase().match(WORDS)?.at(-1);
      if (prior !== undefined && KILLING_BACKGROUND.has(prior)) continue;
      const object = (lead.slice(m.index + m[0].length).split(CLAUSE_END, 1)[0]!.toLowerCase().match(WORDS) ?? []).slice(0, KILLED_OBJECT_WORDS);
      if (object.some((w) => subjects.has(w.replace(/[’']s$/, '')))) return true;
    }
    // The death confirmed, told by the noun: "Genetic tests confirm death of X", "X's death confirmed
    // by investigators" (`deathConfirmations` in the clause; "mourns the death of X" tells a mourning).
    for (const line of lead.split('\n')) {
      const words: string[] = line.toLowerCase().match(WORDS) ?? [];
      if (!words.some((w) => DEATH_CONFIRMATIONS.has(w))) continue;
      for (let k = words.indexOf('death'); k >= 0; k = words.indexOf('death', k + 1)) {
        const owner = words[k - 1];
        if (owner !== undefined && /[’']s$/.test(owner) && subjects.has(owner.replace(/[’']s$/, ''))) return true;
        if (words[k + 1] === 'of' && words.slice(k + 2, k + 2 + KILLED_OBJECT_WORDS).some((w) => subjects.has(w.replace(/[’']s$/, '')))) return true;
      }
    }
    return false;
  }

  /**
   * Its day is only its page's date: nothing in its text says when (`dateBasis` page, metadata or
   * received). A page of the day after may tell the day before's act.
   */
  get pageDated(): boolean {
    return PAGE_BASES.has(this.item.dateBasis);
  }

  /**
   * Lets go of what the getters above read from its text (they read it again when next asked: each
   * is the report's alone, so the evidence is the same). The memory store calls it for reports
   * merged long before (`MERGE_MEMO_REPORTS`). Not its story terms, which its page set.
   */
  forget(): void {
    this.correspondentPost = this.stated = this.leadQuoted = this.leadStated = this.death = this.expects = null;
    this.follows = this.states = this.reacts = this.marketMoves = this.leadNamed = this.doerVerbPairs = this.answeredPairs = null;
    this.leadStemSet = this.leadNames = this.capitals = this.headWords = null;
    this.planned = this.doerOf = this.leadDoerOf = undefined;
  }

  /** The report key (seed + headline fingerprint). */
  get key(): string { return this.item.key; }
  get seed(): string { return this.item.seed; }
  /** Lead terms (hashes, ascending). */
  get terms(): Uint32Array { return termsOf(this); }
  /** Where its terms start in `f` (their weights follow, in `w`, after `termCount` numbers), and how many. */
  get termsAt(): number { return termsStart(this); }
  get termCount(): number { return termCount(this); }
  /** Their weights before the neighbourhood's part: tf × rarity (`termWeight`), computed where the page was read. */
  get weights(): Float32Array { return weightsOf(this); }
  /** Quote 4-gram shingles, ascending. */
  get quotes(): Uint32Array { return quotesOf(this); }
  /** Lead word 3-grams, ascending. */
  get lead(): Uint32Array { return leadOf(this); }
  /** Those of its terms that only name someone or somewhere (ascending). */
  get names(): Uint32Array { return namesOf(this); }
  /** Its headline's act words (ascending): content words, no names, no reporting verbs. */
  get heads(): Uint32Array { return headsOf(this); }
  /** Its headline's name words (ascending): who the headline names, countries and titles left out. */
  get headNames(): Uint32Array { return headNamesOf(this); }
}

/** A page's rank: pages are fed to a full build in this order (publication time, then name). */
export const pageRank = (published: string | null, seed: string): string => `${published ?? UNDATED_RANK}|${seed}`;
/** Where an undated page ranks: after every dated one. */
const UNDATED_RANK = '9999';
/** The publication time a page's rank starts with, or null (undated). */
export const publishedOfRank = (rank: string): string | null => {
  const published = rank.slice(0, rank.indexOf('|'));
  return published === UNDATED_RANK ? null : published;
};

export function mergeReport(item: Item, text: TextFeatures, isArticle: boolean, pageRankKey: string): MergeReport {
  const principals = [...new Set(item.actors.filter((a) => a.role === 'principal' && a.kind !== 'country').map((a) => a.id))].sort();
  const headline = mergeHeadline(item);
  const speaker = headlineSpeakerOf(item, headline);
  const day = item.eventDate ? dayNumber(item.eventDate) : NaN;
  const rank = `${pageRankKey}|${String(item.order).padStart(5, '0')}`;
  return new MergeReport(item, text, isArticle, rank, principals.length ? principals : NO_ACTORS, speaker, day);
}

/**
 * Who speaks in the headline: a principal actor whose name (a person's surname) speaks there
 * (`speaksInHeadline`), else a person by the name's shape (`namedSpeaker`). A person whose name
 * reading glued a speaking verb to ("Vell Condemns") speaks by the surname before it, and is known
 * as the report's person of that surname ("Ana Vell", named in the body) or by the surname alone:
 * the stray verb names no one.
 */
export function headlineSpeakerOf(item: Item, headline: string): string | null {
  for (const a of item.actors) {
    if (a.role !== 'principal') continue;
    const name = a.kind === 'person' ? withoutSpeakingVerb(a.name) : a.name;
    const surname = a.kind === 'person' ? name.split(' ').at(-1)! : name;
    if (!speaksInHeadline(headline, surname)) continue;
    if (name === a.name) return a.id;
    return personOfSurname(item, surname.toLowerCase())?.id ?? `${NAMED_SPEAKER}${surname.toLowerCase()}`;
  }
  return namedSpeaker(item, headline);
}

/** The report's person whose name ends on that surname (lower case), or undefined. */
const personOfSurname = (item: Item, surname: string) =>
  item.actors.find((a) => a.kind === 'person' && a.name.split(' ').at(-1)!.toLowerCase() === surname);

/**
 * A headline speaker reading found no principal actor for: a person the headline names speaking by
 * the name's shape (`headlineSubject`), as the item's actor of that surname when it has one, else
 * as `NAMED_SPEAKER` + surname (see `namedSurname`).
 */
function namedSpeaker(item: Item, headline: string): string | null {
  const surname = headlineSubject(headline);
  if (surname === null) return null;
  return personOfSurname(item, surname)?.id ?? `${NAMED_SPEAKER}${surname}`;
}

const NO_ACTORS: readonly string[] = [];
/** Whether a word names nobody in particular (`genericWord`); made when first needed. */
let genericTest: ((word: string) => boolean) | null = null;
const isGenericWord = (): ((word: string) => boolean) => (genericTest ??= genericWord());
const LEAD_SHARE = MERGE.articleLeadShare;
const NO_TERMS = new Uint32Array(0);

/**
 * What a headline tells first: its first sentence, to a semicolon. A wire headline puts the act
 * first and what follows from it after a semicolon ("Varnby lab unveils cheaper battery cell;
 * carmakers to use it from next year"): the act is done, the future is its consequence's.
 */
const headlineClause = (item: Item): string => mergeHeadline(item).split(SENTENCE_END, 1)[0]!.split(';', 1)[0]!;
/** A sentence in the future tense (data/lexicon/words.json `futureMarkers`). */
const FUTURE = new RegExp(`\\b${FUTURE_MARKER}\\b`, 'i');
export const SENTENCE_END = /(?<=[.!?])\s/;
/** A reported statement's future (`reportedFutureMarkers`). */
const REPORTED_FUTURE = new RegExp(`\\b(?:${alternation(REPORTED_FUTURE_MARKERS)})\\b`, 'i');
/**
 * A headline's future: its verb in the infinitive ("Suspect to appear in court on May 18", "Leaders to
 * meet on Tuesday"): headlines say "to do" for "will do". Only read with a scheduled day its text gives.
 */
const HEADLINE_INFINITIVE = bmpLetters(/\bto\s+(?!be\b)\p{Ll}+\s+(?:\p{Ll}+\s+)*?(?:on|in|at|by|this|next)\b/u);
/** Whether a headline's first sentence looks ahead: a future marker, or a verb in the headline's infinitive. */
export const headlineLooksAhead = (first: string): boolean => FUTURE.test(first) || HEADLINE_INFINITIVE.test(first);
/** An expectation in a headline (`expectationMarkers`), its verb after it ("set to raise"). */
const EXPECTED = bmpLetters(new RegExp(`\\b${EXPECTATION_MARKER}\\s+\\p{L}`, 'iu'));
/**
 * A headline that opens on what its subject will do: a future marker (`futureMarkers`) among its
 * first `WILL_DO_WORDS` words ("Reeve will not make another bid for speaker", "Central bank will
 * raise rates"), and no reporting verb in the sentence ("Reeve says he will not run", "Inquiry will
 * be quick, minister says" are statements). Like an expectation, it tells an act to come, not the acts done that day (the
 * vote that removed him). Further on, a lead read for a headline tells what follows ("…; a new
 * speaker will be chosen next week").
 */
const WILL_DO_WORDS = 6;
const WILL_DO = new RegExp(`^(?:\\S+\\s+){0,${WILL_DO_WORDS - 1}}?(${FUTURE_MARKER})\\b`, 'i');
function willDo(first: string): { index: number } | null {
  // "Inquiry will be quick, minister says": a statement about what will be, wherever its verb stands.
  if (REPORTED.test(first)) return null;
  const m = WILL_DO.exec(first);
  return m ? { index: m[0].length - m[1]!.length } : null;
}
/**
 * A headline without the quoted words it opens on before a dash or a colon ("‘I reject what the
 * judges have found’ – Vell reacts to tribunal ruling" → "Vell reacts to tribunal ruling"): the
 * quote's clause is the speaker's words, not the headline's doer and verb. A headline that is all
 * quote is kept.
 */
const withoutOpeningQuote = (headline: string): string => {
  const m = OPENING_QUOTE.exec(headline);
  return m && m[0].length < headline.length ? headline.slice(m[0].length) : headline;
};
const OPENING_QUOTE = /^\s*[‘“"'][^’”"]+[’”"']\s*[–—:-]\s*/u;
/** A headline's infinitive right after a capitalised subject's word: "Premier to discuss …", "Vestmark to send …". */
const HEADLINE_TO = bmpLetters(/\p{Lu}[\p{L}.’'-]*\s+to\s+\p{Ll}/u);
/**
 * The same, its subject's word captured. Not a name after a lower-case "the": inside a headline that is
 * an object and its part in the act told ("Court has found that the premier unlawfully asked the
 * Regent to close the assembly", "… urges the Council to act"), not a subject whose part is announced;
 * a headline's own subject goes without an article or opens it ("The Premier to open …").
 */
const HEADLINE_TO_SUBJECT = bmpLetters(/(?<!(?:^|\s)the\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*)(\p{Lu}[\p{L}.’'-]*)\s+to\s+\p{Ll}/u);
/**
 * A follow-up act (data/lexicon/merge-acts.json `followUpActs`), a phrase's words with up to
 * `PHRASE_GAP_WORDS` words between them: "launches a full investigation", "holds its first news
 * conference", "says he is sorry".
 */
const PHRASE_GAP_WORDS = 2;
const FOLLOW_UP = bmpLetters(new RegExp(`\\b(?:${alternation(FOLLOW_UP_ACTS).replace(/ /g, `\\s+(?:[\\p{L}-]+\\s+){0,${PHRASE_GAP_WORDS}}`)})\\b`, 'iu'));
/** A reporting verb ("says", "said" …: `reportingVerbs`). */
const REPORTED = new RegExp(`\\b${REPORTING_VERB}\\b`, 'i');
/** A headline speaker's verb (`headlineSpeechVerbs`), a space any run of spaces. */
const STATEMENT = new RegExp(`\\b(?:${alternation(HEADLINE_SPEECH_VERBS).replace(/ /g, '\\s+')})\\b`, 'i');
/**
 * A holding moving as the act clause's subject: the company's name before it (capitalised words, up
 * to `MARKET_NAME_WORDS`: "Harbourline Group shares") or after "of" or "in" ("Shares of Harbourline
 * Group Ltd"), then a move ("soar", "fell", "up"). Not a move told after the act ("Bank collapses as
 * shares plunge": the collapse).
 */
const MARKET_NAME_WORDS = 4;
const MARKET_MOVE = bmpLetters(new RegExp(`^\\s*(?:[\\p{Lu}][\\p{L}\\p{N}.&’'-]*\\s+){0,${MARKET_NAME_WORDS}}(?:${alternation(MARKET_MOVE_HOLDINGS).replace(/ /g, '\\s+')})(?:\\s+(?:of|in)(?:\\s+[\\p{L}\\p{N}.&’'-]+){1,${MARKET_NAME_WORDS}}?)?\\s+(?:${alternation(HOLDING_MOVES)})(?![\\p{L}-])`, 'iu'));
/** A reaction's verb (`reactionVerbs`). */
const REACTION = new RegExp(`\\b(?:${alternation(REACTION_VERBS)})\\b`, 'i');
/** A stated death (data/lexicon/words.json `deathWords`). */
const DEATH = bmpLetters(new RegExp(`\\b${DEATH_WORD}\\b`, 'giu'));
/** Words that may stand between a person and the word saying they died (`deathLinks`). */
const DEATH_LINKS: ReadonlySet<string> = new Set(DEATH_LINK_WORDS);
/** Verbs confirming a death told by the noun ("confirm death of X"; `deathConfirmations`). */
const DEATH_CONFIRMATIONS: ReadonlySet<string> = new Set(DEATH_CONFIRMATION_WORDS);
/** Roles that name a report's person ("the president … confirmed dead"), lower case. */
const ROLE_WORDS: readonly string[] = ROLES.map((r) => r.toLowerCase());
/** A killing told in the active voice (`killingVerbs`). */
const KILLING = bmpLetters(new RegExp(`\\b${KILLING_VERB}\\b`, 'giu'));
const KILLING_BACKGROUND: ReadonlySet<string> = new Set(KILLING_BACKGROUND_WORDS);
/**
 * At most this many words after a killing verb name the dead: "assassinated President Aldo
 * Brandt" (three), "killed Ruritania's president" (two).
 */
const KILLED_OBJECT_WORDS = 4;
/** The end of a clause: the dead of a killing are named before it. */
const CLAUSE_END = /[,;:.!?\n]/;
const WORDS = bmpLetters(/[\p{L}\p{N}’'-]+/gu);
/** Date bases that say nothing of the act's own day. */
const PAGE_BASES = new Set<string>(['page', 'metadata', 'received']);

/** Days since 1970-01-01 of an ISO date (its first ten characters). */
const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/** Hash of an index key: kind + value, so an actor and a quote never share a key. */
export const indexKey = (kind: string, value: string | number): number => fnv1a(`${kind}:${value}`);
