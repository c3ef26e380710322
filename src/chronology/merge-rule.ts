import type { EventState } from './event-state';
import type { ActorRef } from '../model/types';
import { publishedOfRank, SENTENCE_END, type MergeReport } from './merge-report';
import { HEADLINE_VERB, namedSurname, twoDoers } from './headline-speaker';
import { HEAD_NAMES, HEADS, LEAD, mergeHeadline, QUOTES, sectionEnd, sectionStart } from './features';
import { alternation, CONTINUATION_MARKERS, EVENING_MARKERS, INVERTED_REPORTING_VERBS, literal, OTHER_HOLDER_MARKERS, OWNED_ACT_NOUNS, OWNED_ACT_PREPOSITIONS, ROLES, TITLES, WEEKDAY_NAMES, WEEKDAY_NC } from '../read/lexicon';
import { leadText, sharedCount, sharedCountIn, statedNumbers, tokenHashes, wordStem } from './similarity';
import { isSaying, oneDoer, sayingAndDeed, shareDoerOrVerb, twoDoerVerbs } from './doer-verb';
import { rarity, rarityCosine, type Weighting } from './term-weights';
import { bmpLetters } from '../read/bmp-letters';
import { fnv1a } from '../read/fingerprint';

/**
 * Which reports tell of the same act: the same actor(s) doing or saying the same thing on the
 * same day (../shared/practice/GUIDELINES.md, "Clusters"). A report is scored against an event as a
 * whole (the union of its reports' evidence, see `EventState`):
 *   quotes  the same quoted words (4-word shingles): the strongest signal;
 *   actors  principal people and bodies the event's reports name (countries alone are too broad);
 *   words   cosine of the report's headline and lead with the centroid of the event's reports
 *           (words weighted by rarity and by how common they are around the report: `Weighting`).
 * Wire copy republished with small edits is one act whatever its actors (near-identical wording);
 * two pages' headlines naming the same act in the same words (not names) are one act.
 * Dates must lie within a day of each other. Topic overlap alone never merges, nor do names alone
 * (one person's two statements of a day share the person: `minActCosine`). Rules for the ways a
 * page tells an act: a plain article attaches to the event it leads with, never to one person's
 * statement its headline does not name; a live blog telling one act twice names the same speaker
 * in both headlines; its correspondents' posts of a day assess one act.
 */
export const MERGE = {
  /** Score a report needs against an event to join it. Tuned on fixtures of our own and on the seeds. */
  threshold: 0.3,
  /** Weight of shared quotes (fraction of the smaller quote set, capped at 1). */
  quoteWeight: 0.6,
  /** Weight of the lexical cosine. */
  cosineWeight: 1.0,
  /** Bonus per shared principal actor (people and bodies), at most two counted. */
  actorBonus: 0.12,
  /** A quote match must share at least this many 4-word shingles (reports from two pages). */
  minSharedShingles: 2,
  /** Without a shared quote, a shared principal actor and this cosine (reports from two pages). */
  minCosineWithoutQuote: 0.18,
  /**
   * Two live posts without a shared quote or near-identical wording: the cosine over the words that tell the act
   * (names of people, places, countries, titles and roles left out: `nameTerms`) must reach this.
   * One person's two statements of a day share the person, the title and the countries, and
   * little else ("satisfied with the response" and "the other side must make concessions"); two
   * accounts of one statement share what was said, in any wording.
   */
  minActCosine: 0.05,
  /**
   * Two reports (not plain articles), one of them one person's statement, that each quote at least
   * this many 4-word shingles and share none tell two statements (about one sentence quoted on each
   * side; an article quotes whoever it likes further down, so it is left to the article rules).
   */
  minQuotedShinglesApart: 10,
  /**
   * Reports a day apart tell one act in the same quoted words (two zones' "late Wednesday" and
   * "Thursday"): at least this share of the smaller quote set. A few shared shingles among a hundred
   * are a phrase two speakers of a story both use, not one statement.
   */
  dayApartMinQuoteShare: 0.2,
  /**
   * Near-identical wording: this share of the shorter lead's word 3-grams (headline and first
   * paragraph) found in the other's. Two outlets' own accounts of one act share a few names and
   * phrases (well under a fifth); wire copy edited for another outlet keeps most of its sentences.
   */
  nearDuplicate: { minShare: 0.5, minShingles: 8 },
  /**
   * The same act named in both headlines: reports of two pages on the same day whose headlines
   * share `minSharedWords` act words (content words that are neither names, titles nor reporting
   * verbs: "declares national emergency", "hands over written response"), with a principal actor in
   * common (a country counts here: the act's words already say what was done) or both headlines
   * naming the same someone (`minSharedNameWords` words of a person's or body's name: two pages'
   * reading may give "Supreme Court" and "U.S. Supreme Court" two ids), and no two different
   * voices (two headline speakers, or one the other report never names: two officials saying the
   * same thing stay apart). `score` is added to the
   * cosine. On the seeds, practice pages and fixtures every such pair is one act.
   */
  headline: { minSharedWords: 2, minSharedNameWords: 1, score: 0.5 },
  /**
   * Two posts of one live blog need more: the page rarely tells one act twice. When it does, the
   * headlines often name the same speaker ("Ruritania says …" twice), or both posts name the same
   * `minSharedPrincipals` principal people and bodies (a call between two leaders and the account
   * one side's office gave of it): then a cosine of 0.3 will do. Two of a story's moments on one
   * page share one or two principal actors (the leader and the place), rarely three.
   */
  samePage: { minSharedShingles: 3, minCosineWithoutQuote: 0.45, minCosineSameSpeaker: 0.3, minSharedPrincipals: 3 },
  /**
   * A live page's story words: terms found in more than `share` of its posts, on a page of at least
   * `minPosts` posts ("Calder", "Amsel", "final", "penalties" on a match’s page; the strike's
   * place and the army on a war's page). Every moment of the story uses them, so two posts of the
   * page are compared without them (`samePageMatch`): the goal and the shoot-out share the teams and
   * the score line, two accounts of one moment share what happened in it.
   */
  story: { share: 0.5, minPosts: 4 },
  // (Two correspondents' posts of one page and day assess the same act — the day's meeting or
  // talks — whatever their words: `isCorrespondentPost`, GUIDELINES "Correspondent posts that only
  // assess or preview a meeting go into that meeting's cluster".)
  /**
   * A plain article is attached to the event it leads with, even in other words than the live
   * blogs use: with at least `minSharedActors` principal actors in common (each counted, up to
   * `maxActorsCounted`) a cosine of `minCosine` is enough. It attaches once, to its best match, and
   * never links two events.
   */
  article: { minSharedActors: 2, maxActorsCounted: 3, minCosine: 0.1 },
  /**
   * A plain article of the next day dated only by its page, sharing no quote with an event whose
   * words date it the day before and not its wire copy, joins only when its lead tells the event's
   * act in the event's words: a cosine of at least `minCosine` (the takeover's price, the executives
   * fired, the deal closed), whatever actors or headline words they share. The same people's next
   * act shares the people, the story's words and a headline word or two (a cosine of 0.20 to 0.25:
   * an arrival and the plea the next day, a crash and the condolences after it, the fourth boy
   * rescued and then all twelve); a next-morning retelling of the act shares its details (0.35 and more).
   */
  nextDayArticle: { minCosine: 0.3 },
  /**
   * A plain article dated only by its page (no day in its words: a weekly, a foreign paper) may
   * retell an act of up to `maxDays` days before its page: when its headline names that act (an act
   * word in common, `minSharedWords`: "resigns" is the whole act of "X resigns"), its lead retells it
   * (a cosine by rarity of `minCosine`, as a next-morning retelling reaches: the same person's other
   * act, "X visits Y" and "X visits Z", shares the name and the verb, not the details), a person
   * principal in both does it (`sharePerson`: the same named actor; or both headlines name someone
   * by `minSharedNameWords` words of a name, "Edda Lorn", when reading found no one), and one voice
   * tells both (`oneVoice`). Nothing in its words says another day; a story's next acts are told in
   * their own words (a successor chosen after a resignation) or refused as follow-up acts.
   */
  late: { maxDays: 3, minSharedWords: 1, minSharedNameWords: 2, minCosine: 0.3 },
  /**
   * Reports with no day of their own (no date in their words) meet only reports published within
   * `pageDays` days of their page: an undated post tells something of around its page's day, and
   * the same words on pages weeks or years apart (a first round and the run-off, a rate decision
   * every quarter, a template an outlet reuses) are other acts. It also bounds what an undated
   * report is compared with: its pages' days, not every undated report ever merged (issue 13).
   * Reports on pages with no date either meet one another only (nothing says which day is theirs).
   */
  undated: { pageDays: 1 },
  /**
   * An article whose headline says the event's doer acts (`MergeReport.doer`: the same person or
   * body, or the same act retold with its people, `retold`) but names another act (no headline act
   * word in common with any of the event's reports) and shares no quote, joins only when its lead
   * tells the event's act in the event's words: a cosine of at least `minCosineOtherAct`. One
   * premier's two acts of his first day (the speech outside his office, the cabinet he named that
   * afternoon) share the premier, the office and the day's words (0.21 on real pages); two
   * outlets' articles on one ruling in other headline words share its details (0.31 and more).
   */
  doer: { minCosineOtherAct: 0.3 },
  /**
   * Two reports that both tell the death of one person (a surname or a role just before "died",
   * "dead", "killed": `toldDeath`) tell one act: a person dies once. `score` is added to the cosine
   * (the same headline act's). A report telling the death and one telling what came before it (the
   * attack, the crash, the search, "feared dead") are two acts.
   */
  death: { score: 0.5 },
  /**
   * The share of a plain article's body (from its start, to the end of that line) whose quotes
   * attach it by the quote rule: what it leads with. An article's story goes on to the next act
   * further down ("… hours later, he said he would not run again: 'I will not run …'"), and those
   * quotes are the next act's, not its own. A share, not a count of paragraphs: a page's captions
   * and prompts often come first.
   */
  articleLeadShare: 0.5,
  /**
   * Two plain articles of one day whose lead words, weighted by their rarity in general English
   * alone (`rarityCosine`: names and rare words weigh the most), reach `minCosine` tell one act,
   * though reading found no principal actor in common (a photo caption read as the headline, one
   * body named two ways). Articles on one story's other acts of a day stay under 0.25 on the seeds,
   * the practice pages and fixtures; one act's articles in other words reach 0.3 to 0.7. Such an
   * article is found by its rarest lead terms (`maxKeys` of those rarer than `minRarity`: past the
   * 5,000 commonest English words) and scores its cosine plus `bonus`; two voices on the act stay
   * apart as under the headline rule. The two must share `minShared` rare terms at least: one rare
   * name alone (the town two stories of one day happen in) weighs enough for the cosine and tells
   * nothing of the act.
   */
  rareWords: { minCosine: 0.35, minRarity: 4.6, maxKeys: 8, bonus: 0.12, minShared: 2 },
  /**
   * An act nobody does in its headline (a fire, a crash, a quake, a building's collapse) or whose
   * doer reading did not find, told by two outlets' plain articles of one day: no headline speaker
   * on either side, the headlines share `minSharedWords` words, names and places included (title
   * case hides which are names: "Blaze At Harbourton Cathedral", "Harbourton cathedral on fire"),
   * `minActWords` of them naming no one (the act's noun: fire, collapse; the place alone is another
   * act's place too), and their leads share rare words at `minCosine` by rarity alone (below the
   * rare-words rule's bar: the headlines already say what happened where). Two accounts of one
   * fire or crash reach 0.27 to 0.34 on real pages; a story's other acts of the day that share its
   * place and noun are told by someone (a speaker, a doer: refused above) or in other words, and two
   * headlines naming two kinds of site (`sceneNouns`: the cathedral, the warehouse) tell two places.
   * Found by pairs of the `maxWords` smallest headline words; scores its cosine plus `bonus`.
   */
  sameScene: { minSharedWords: 2, minActWords: 1, minCosine: 0.25, maxWords: 8, bonus: 0.12 },
  /**
   * An article that may join two events by the rare-words rule makes them one only when its words
   * (the neighbourhood's cosine) resemble each at least this much, as a shared actor needs
   * (`minCosineWithoutQuote`): a day's plea and the speech after it share the story's rare names and
   * places, and an article on the speech resembles the plea's reports at 0.12.
   */
  bridgeMinCosine: 0.18,
  /**
   * A candidate link between two reports (what makes them one component, see `MergeStore`): a
   * shared quote or lead shingle among their smallest, or a shared principal actor or headline
   * speaker with at least this cosine. Looser than every rule above: it only says which events a
   * report is scored against.
   */
  linkMinCosine: 0.08,
  /**
   * Smallest quote and lead shingle hashes of a report used as index keys (a bottom-k sketch), and
   * how many of its headline act words (smallest hashes) are paired into keys (at most 28 pairs).
   */
  sketch: { quotes: 6, lead: 6, headlineWords: 8 },
  /**
   * One act dated on two calendar days by outlets in two time zones: a premier's resignation late in
   * the evening in her own zone is "Thursday" in her country's papers and "Wednesday" in a wire copy
   * filed from the other side of the date line, and a vote past midnight is "early Sunday" in one
   * and "Saturday" in the other. Two plain articles of two pages whose own words date them a day
   * apart are one act when the same person is principal in both, both retell it in the same rare
   * words (`minCosine`, by general-English rarity alone: names, figures and the act's details weigh
   * the most; real accounts of one act across the date line reach 0.39 to 0.67) and, unless their
   * leads are closer still (`minCosineWithoutHeadline`), their headlines share an act word (a
   * headline act word or its class: "resigns", "resignation"), in one voice, and neither states a
   * count the other does not share. The person must be named in both headlines (the act's own
   * person, not a source both quote: a fire chief's counts on two days of one fire), unless the
   * earlier report puts the act in the evening of its day ("late Tuesday", `eveningBefore`) and
   * both name the same doer (a body, a country's institution), and each
   * report's page of its day or the day after. Two statements of one speaker need the headline act
   * word (the leads' rare words are the speaker's and the story's). The same person's two acts on consecutive days (the
   * resignation one day, the farewell to the caucus the next) share the person and the story's
   * names, not the act's details and a headline's act word, and stay apart; one act done again
   * ("testifies for a second day", "talks resume": `continuationMarkers` in its headline or first
   * sentence) is another day's act; a preview, a follow-up act, another doer and the rest are
   * refused before this rule.
   * Scores its cosine plus `bonus`.
   */
  zones: { minCosine: 0.35, minCosineWithoutHeadline: 0.45, minSharedWords: 1, bonus: 0.12 },
  /**
   * The same doer doing the same thing on the same day (GUIDELINES, "Clusters"), told by two pages
   * in other words: their leads give one doer (a word of its name in common: "Orran Deep Space
   * Telescope", "Orran telescope"; or a short form of it, `oneDoer`: "Fed", "Federal Reserve Board") and one verb (`DoerVerb.verb`, a class of one act's verbs:
   * "launches", "lifts off", "blasts off"), a verb that is no saying (`isSaying`: one speaker's two
   * statements share doer and verb), in one voice, and their leads share rare words at `minCosine`
   * by rarity alone: the object and the place may be named two ways ("Kourou", "Europe's
   * spaceport"; the vehicle by its name or its kind), the act's details are the same. Three
   * outlets' accounts of one launch reach 0.33 to 0.41 on real pages; the same doer's other act of
   * a day is told by another verb. Scores its cosine plus `bonus`.
   */
  leadAct: { minCosine: 0.3, bonus: 0.12 },
} as const;

/** How a report stands against an event: the evidence and, when it may join, the score and rule. */
export interface Verdict {
  score: number;
  quotes: number;
  cosine: number;
  actors: number;
  /** Why it may join, or null when it may not. */
  rule: 'quote' | 'words' | 'same headline speaker' | 'correspondents' | 'near-duplicate' | 'same headline act' | 'same lead act' | 'same death' | 'article' | 'rare words' | 'same scene' | 'late retelling' | 'one moment in two zones' | null;
  /** Why a close candidate was refused (traced), or null. */
  refusal: string | null;
}

/** Whether two reports are linked (a candidate pair): dates within a day, and shared evidence. */
export function linked(a: MergeReport, b: MergeReport): boolean {
  if (!withinADay(a, b)) return lateRetelling(a, b);
  if (sketchShared(a, b, QUOTES, MERGE.sketch.quotes) || sketchShared(a, b, LEAD, MERGE.sketch.lead)) return true;
  if (a.seed !== b.seed && sameDayOrNext(a, b) && sharedIn(a, b, HEADS) >= MERGE.headline.minSharedWords && headlineActSomeone(a, b)) return true;
  if (a.correspondent && b.correspondent && a.seed === b.seed) return true;
  if (rareWordsMatch(a, b) || sameScene(a, b) || sameLeadAct(a, b)) return true;
  // One act's evening in its zone and the next day in another (`MERGE.zones`): found though reading gave its doer two ids.
  if (Math.abs(a.day - b.day) === 1 && twoZones(a, b)) return true;
  const actor = (a.speaker !== null && a.speaker === b.speaker) || a.principals.some((x) => b.principals.includes(x));
  return actor && rarityCosine(a, b) >= MERGE.linkMinCosine;
}

/** A report against an event (`members`: the event's reports), words weighted by `w`. */
export function judge(r: MergeReport, e: EventState, members: readonly MergeReport[], w: Weighting): Verdict {
  const cos = w.cosineWithCentroid(r, members);
  const samePage = e.pages.includes(r.seed) ? members.filter((m) => m.seed === r.seed) : [];
  const q = sharedCount(r.quotes, e.quotes);
  let actors = 0;
  for (const a of r.principals) if (e.actors.includes(a)) actors++;
  const sameSpeaker = r.speaker !== null && e.speakers.includes(r.speaker);
  const verdict: Verdict = { score: 0, quotes: q, cosine: cos, actors, rule: null, refusal: null };

  // One act is told within a day: every report of an event lies within a day of all the others, so
  // reports a day apart each do not chain an event across a week.
  if (!members.every((m) => withinADay(m, r) || lateRetelling(m, r))) {
    if (q > 0 || (actors > 0 && cos >= MERGE.minCosineWithoutQuote)) verdict.refusal = 'more than a day from one of the event’s reports';
    return verdict;
  }
  // A page rarely tells one act twice: every report of the same page must pass the stricter rule.
  for (const s of samePage) {
    if (!samePageMatch(r, s, w)) {
      if (q > 0 || (actors > 0 && cos >= MERGE.minCosineWithoutQuote)) verdict.refusal = `holds ${s.seed.slice(0, 3)}:${s.item.line}, a report of the same page it does not match`;
      return verdict;
    }
  }
  if (samePage.length && e.pages.length === 1) {
    // Only this page's reports: the same-page rule decided.
    verdict.score = MERGE.cosineWeight * cos + MERGE.quoteWeight * Math.min(1, q / 3);
    verdict.rule = sameSpeaker ? 'same headline speaker' : q >= MERGE.samePage.minSharedShingles ? 'quote'
      : r.correspondent && samePage.every((m) => m.correspondent) ? 'correspondents' : 'words';
    return verdict;
  }

  // A preview is not the act it announces (GUIDELINES: "a preview of a call is not the call"): a
  // report of the day before that announces this report's day ("Vestmark will join on Tuesday"), or
  // the other way round, tells another act, whatever quotes the act's reports repeat from it.
  if (previewOf(r, members)) {
    if (q > 0 || (actors > 0 && cos >= MERGE.minCosineWithoutQuote)) verdict.refusal = 'a preview and the act it announces';
    return verdict;
  }
  // Two doers in look-alike words: parallel statements of two bodies on one day ("We welcome the
  // measures …" from one central bank and from another country's treasury) share their quoted and
  // lead words, and are two acts (GUIDELINES: two officials on one subject stay apart). Both are
  // bodies' statements (no principal person), each headline names its doer, the two share no name and no principal actor, and neither report's
  // text names the other's doer (`twoDoersAlike`). Wire copy republished with small edits names its
  // doer in every copy.
  if (members.every((m) => twoDoersAlike(r, m))) {
    if (q > 0 || (actors > 0 && cos >= MERGE.minCosineWithoutQuote) || cos >= MERGE.bridgeMinCosine) verdict.refusal = 'two doers in look-alike words: each headline names its own, neither text names the other’s';
    return verdict;
  }
  if (nearDuplicateOfAny(r, members)) {
    verdict.score = 1 + cos;
    verdict.rule = 'near-duplicate';
    return verdict;
  }
  // A follow-up act is not the act it answers (GUIDELINES: the same act): the mayor's apology for
  // an alert sent in error, or a leader speaking to the rescued, shares the act's people, place, day
  // and words, and quotes it; only its headline tells it (`followUp`, `followUpOf`).
  if (followUpOf(r, members)) {
    if (q > 0 || (actors > 0 && cos >= MERGE.minCosineWithoutQuote) || cos >= MERGE.bridgeMinCosine) verdict.refusal = 'a follow-up act (apology, address, inquiry, celebration …) and the act it answers';
    return verdict;
  }
  // A market's move is not the act it moves on (GUIDELINES: the same actor doing the same thing):
  // "Harbourline Share Price Soars 31% on $12B Keller Takeover" names the takeover, its buyer, its
  // day and its price, and leads with the deal's words, but tells what the shares did (`marketMove`,
  // `marketMoveApart`). Wire copy (above) is one report whatever it tells.
  if (marketMoveApart(r, members)) {
    if (q > 0 || (actors > 0 && cos >= MERGE.minCosineWithoutQuote) || cos >= MERGE.bridgeMinCosine) verdict.refusal = 'a market’s move and the act it moves on';
    return verdict;
  }
  // Other figures: the report's lead and the leads of the event's reports each give precise figures
  // and none of them agree (`otherFiguresThanAll`): an early count ("with 54% counted, X has 50.2%")
  // and the final result ("X won 50.8% to 49.2%"), told in the same words of the same people on the
  // same day, are two moments of the count. Accounts of one result give its figures, to a decimal
  // more or less; a quote both lead with says one act.
  // (The quotes both lead with, counted once for this rule and the next.)
  const ledInCommon = ledQuotesInCommon(r, members);
  // A reaction is not the act it answers (GUIDELINES: the same actor doing the same thing): "Stocks
  // rallied after the central bank raised rates", "Shopkeepers march after council bans cars" tell
  // another doer's act, whose lead names the act it follows with its doer and verb, its day, place
  // and words (`answersAct`). A quote both lead with says one act told from two sides.
  if (ledInCommon < MERGE.minSharedShingles && members.some((m) => answersAct(r, m) || answersAct(m, r))) {
    if (q > 0 || (actors > 0 && cos >= MERGE.minCosineWithoutQuote) || cos >= MERGE.bridgeMinCosine) verdict.refusal = 'a reaction: one lead tells its own act after the other’s act';
    return verdict;
  }
  // A word on another's act is not that act (GUIDELINES: different speakers on the same subject get
  // different clusters): "Premier Vell has said he rejects the Tribunal's ruling against his order"
  // names the ruling as the tribunal's, and the ruling's headlines name the premier too, as the
  // owner of what was ruled on ("Vell's order … was unlawful, the Tribunal has ruled") or after
  // the tribunal's verb ("Tribunal rules Vell acted unlawfully"), so they share his name, the day
  // and the act's words (`onOthersAct`). A quote both lead with says one act told from two sides.
  if (ledInCommon < MERGE.minSharedShingles && members.some((m) => m.seed !== r.seed && (onOthersAct(r, m) || onOthersAct(m, r)))) {
    if (q > 0 || actors > 0 || cos >= MERGE.minCosineWithoutQuote) verdict.refusal = 'a word on another’s act: its headline names the act as the other report’s doer’s';
    return verdict;
  }
  if (ledInCommon < MERGE.minSharedShingles && otherFiguresThanAll(r, members)) {
    if (q > 0 || (actors > 0 && cos >= MERGE.minCosineWithoutQuote) || cos >= MERGE.bridgeMinCosine) verdict.refusal = 'other figures: its lead’s precise figures are none of the event’s';
    return verdict;
  }
  // A person's death is an act of its own (GUIDELINES: the same act): "X dies after being shot" is
  // not "X shot at a rally", nor "X confirmed dead" the crash or the search hours before, though the
  // person, the place and the story's words are the same and quotes of the attack are repeated.
  if (otherOutcome(r, members)) {
    if (q > 0 || (actors > 0 && cos >= MERGE.minCosineWithoutQuote)) verdict.refusal = 'one tells a person’s death, the other what came before it';
    return verdict;
  }
  // And a person dies once: two pages' reports that both tell the death of one person (`toldDeath`)
  // in one voice tell one act, in whatever words, a day apart in two zones too ("X dies in prison",
  // "X has died in a prison colony, the prison service announced on Friday").
  if (sameDeath(r, members)) {
    verdict.score = MERGE.death.score + MERGE.cosineWeight * cos;
    verdict.rule = 'same death';
    return verdict;
  }
  // Two people speaking: the report's headline names a person speaking and every report of the event
  // whose headline names a person speaking names another (GUIDELINES: different speakers on the same
  // subject get different clusters). Quotes do not join them: the one who reacts quotes the other
  // ("Varga says she will earn the nomination" repeats what "Brandt backs Varga" quoted).
  if (twoSpeakers(r, members)) {
    if (q > 0 || (actors > 0 && cos >= MERGE.minCosineWithoutQuote)) verdict.refusal = 'two people speaking: its headline speaker is not the event’s';
    return verdict;
  }
  // Another doer doing another thing: the report's lead says who did what (`doerVerbs`), no report
  // of the event shares its doer or verb, and those that tell the other kind (a deed against a
  // saying or call) each tell another doer's act, one side never naming the other's doer
  // (`otherDoerVerb`): "More than a dozen MPs have now called for X to resign" is the MPs' call, not
  // X's resignation, though it names X, the act and the day (GUIDELINES: the same actor doing or
  // saying the same thing). A quote both lead with, or wire copy (above), says one act told from two
  // sides; a quote one gives further down is the other act's words retold (`ledQuotesInCommon`: a
  // coup's article ends on the sanctions threat, the threat's article begins with it).
  if (ledInCommon < MERGE.minSharedShingles && otherDoerVerb(r, members)) {
    if (q > 0 || (actors > 0 && cos >= MERGE.minCosineWithoutQuote)) verdict.refusal = 'another doer doing another thing: its lead’s doer and verb are none of the event’s';
    return verdict;
  }
  // (A live post against an event of other pages' articles alike: "Staff ask the chief whether X will
  // be allowed back" is the staff's question, not X's statement that day.)
  // Another doer: an article whose headline says who acts, against an event whose reports' headlines
  // all say someone else acts and name the article's doer at most as an owner (`otherDoer`): "Court
  // strikes down X's plan" and "X launches new effort to salvage the plan" share the plan's words and
  // people, and are two acts (GUIDELINES: an article belongs to the act its headline and lead
  // report, never to a neighbour that only shares its actors). A quote in common, or wire copy
  // (above), says one act told from two sides.
  if ((r.isArticle || members.every((m) => m.isArticle && m.seed !== r.seed)) && q < MERGE.minSharedShingles && otherDoer(r, members)) {
    if (actors > 0 || cos >= MERGE.minCosineWithoutQuote) verdict.refusal = 'another doer: its headline says someone else acts';
    return verdict;
  }
  // A doer the event never names: the article's headline says a person acts ("Rival bid or not,
  // former chair Ana Horvat will not return to the board") and no report of the event names that
  // person anywhere (`doerNamedNowhere`): the event's accounts of one act name who did it; his words
  // on the day of another's act are his own act, though they share its story's rare words.
  if (r.isArticle && ledInCommon < MERGE.minSharedShingles && doerNamedNowhere(r, members)) {
    if (actors > 0 || cos >= MERGE.minCosineWithoutQuote) verdict.refusal = 'a doer none of the event’s reports names';
    return verdict;
  }
  // And the same doer's other act: the article's headline says the event's doer acts, in none of
  // the event's headline act words, without a quote in common or a lead that retells the act
  // (`MERGE.doer`): a premier's speech outside his office and the cabinet he named that afternoon.
  if (r.isArticle && q < MERGE.minSharedShingles && cos < MERGE.doer.minCosineOtherAct && sameDoerOtherAct(r, members) && !members.some((m) => sameLeadAct(r, m))) {
    if (actors > 0 || cos >= MERGE.minCosineWithoutQuote) verdict.refusal = 'the same doer’s other act: its headline names another act';
    return verdict;
  }
  // A late retelling (`MERGE.late`): an article dated only by its page, days after the act its
  // headline names, and the act's reports; every report of the event lies more than a day away.
  if (!members.some((m) => withinADay(m, r))) {
    if (members.some((m) => lateRetelling(m, r))) {
      verdict.score = MERGE.headline.score + cos;
      verdict.rule = 'late retelling';
    }
    return verdict;
  }
  // Another day's act: the report's own words date it (not its page) a day apart from every report
  // of the event its words date (GUIDELINES: the same act is the same day). A page of the next day
  // may tell the evening's act (`sameDayOrNext`), but "said on Sunday" is not "on Saturday", in
  // any zone; only the same quoted words (`dayApartMinQuoteShare`) say one statement was told twice.
  // The same statement told on two days, or by a report of unknown day: the same quoted words, a share of the fewer quotes.
  const quoteRetold = q >= MERGE.minSharedShingles && q >= MERGE.dayApartMinQuoteShare * Math.min(r.quotes.length, e.quotes.length);
  if (otherTextDay(r, members) && !quoteRetold) {
    // Unless it is the act's account from another zone (`MERGE.zones`): the same person's same act
    // retold in the same rare words, "Wednesday" where the other page says "Thursday".
    if (members.some((m) => twoZones(r, m))) {
      verdict.score = MERGE.zones.bonus + cos;
      verdict.rule = 'one moment in two zones';
      return verdict;
    }
    if (q > 0 || (actors > 0 && cos >= MERGE.minCosineWithoutQuote)) verdict.refusal = 'its words date it a day apart from the event’s';
    return verdict;
  }
  // A page of the next day, dated only by its page, tells the evening's act in that act's words: its
  // quotes, wire copy (the rule above), or a lead that retells the act (`MERGE.nextDayArticle`).
  // Sharing people, the story's words and a headline word or two with the day before's act is not
  // enough (a man's arrival one day, his plea the next; the fourth boy rescued, then all twelve).
  const dayBefore = r.isArticle && r.pageDated && qFrac0(q) && cos < MERGE.nextDayArticle.minCosine ? nextDayOnly(r, members) : null;
  if (dayBefore === 'words' || (dayBefore === 'pages' && actors < MERGE.article.minSharedActors)) {
    if (actors > 0 && cos >= MERGE.minCosineWithoutQuote) verdict.refusal = 'a page of the next day without the act’s words or quotes';
    return verdict;
  }
  // A statement of the next day: a plain article dated only by its page, the day after an event none
  // of whose headlines tells a statement, whose own headline tells one ("Inquiry into the alert will
  // be quick, minister says"), is that day's statement about the act, not the act retold the morning
  // after (GUIDELINES: a statement is dated the day it was made), without a quote in common.
  if (qFrac0(q) && nextDayStatement(r, members)) {
    if (actors > 0 || cos >= MERGE.minCosineWithoutQuote) verdict.refusal = 'a statement of the next day and the act it is about';
    return verdict;
  }
  if (members.some((m) => sameHeadlineAct(r, m))) {
    verdict.score = MERGE.headline.score + cos;
    verdict.rule = 'same headline act';
    return verdict;
  }
  // The same doer doing the same thing on the same day, in other words (`MERGE.leadAct`).
  if (members.some((m) => sameLeadAct(r, m))) {
    verdict.score = MERGE.leadAct.bonus + cos;
    verdict.rule = 'same lead act';
    return verdict;
  }
  // A report of unknown day (no front matter, no dateline, no day in its words) cannot show it tells
  // the event's day, and a story's next acts share its people and words (the crash and the death
  // confirmed four days later, the arrest and the charge the next morning). Only what tells one
  // act on any day joins it: wire copy, the same headline act (both above), or a quote shared as
  // reports a day apart must share one (`dayApartMinQuoteShare`). Unless their leads tell the same
  // weekday (`sameToldWeekday`: "stormed the residence on Saturday" in each): as far as their words
  // tell, one day, and the rules for one day's reports judge them; or their leads give the same
  // precise figures (`sameFigures`: "48.37%", "6,214,583 votes"), an act's own details as a quote is.
  if (undatedPair(r, members) && !quoteRetold && !sameToldWeekday(r, members) && !members.some((m) => sameFigures(r, m))) {
    if (q > 0 || (actors > 0 && cos >= MERGE.minCosineWithoutQuote)) verdict.refusal = 'no day known: neither wire copy, the same headline act nor a shared quote';
    return verdict;
  }
  // An article is quoted from end to end but belongs to what it leads with: a quote from further
  // down does not attach it to an event its lead does not resemble, nor do quotes it only gives
  // further down (`MERGE.articleLeadShare`: its story's next act).
  const articleAlone = r.isArticle || (e.reports.length === 1 && e.articles === 1);
  // And the other way round: a live post quoting what every article of the event quotes only further
  // down tells that quote's own act (a rescuer's words about one town, the quake's articles end on
  // them), not the act the articles lead with (`ledQuotesShared`).
  const qOwn = r.isArticle && q >= MERGE.minSharedShingles ? sharedCount(r.leadQuotes, e.quotes)
    : q >= MERGE.minSharedShingles && members.every((m) => m.isArticle) ? ledQuotesShared(r, members) : q;
  const quoted = qOwn >= MERGE.minSharedShingles && (!articleAlone || cos >= MERGE.article.minCosine);
  const qFrac = quoted ? Math.min(1, (2 * qOwn) / Math.max(1, Math.min(r.quotes.length, e.quotes.length))) : 0;
  const counted = Math.min(2, actors + (sameSpeaker && !r.principals.includes(r.speaker!) ? 1 : 0));
  // A day apart (two zones' "late Wednesday" and "Thursday") one act is told in the same quoted
  // words; without them, a story's acts on consecutive days only resemble each other.
  const sameDay = members.some((m) => sameDayOrNext(r, m));
  if (!sameDay && (qFrac === 0 || q < MERGE.dayApartMinQuoteShare * Math.min(r.quotes.length, e.quotes.length))) {
    if (q > 0 || (actors > 0 && cos >= MERGE.minCosineWithoutQuote)) verdict.refusal = 'a day apart without a shared quote';
    return verdict;
  }
  // One person's statement (every headline names that person speaking) is not the act an article
  // leads with when the article's headline does not: "A: talks were frank" is not "A and B agree
  // to keep talking" (GUIDELINES: an article belongs to the act of its headline and lead).
  if (articleAlone && qFrac === 0 && otherAct(r, members)) {
    if (actors > 0) verdict.refusal = 'an article and one person’s statement its headline does not name';
    return verdict;
  }
  // Another voice on the act: the report's headline names a person speaking whom none of the
  // event's reports names at all (GUIDELINES: different speakers on the same subject get different
  // clusters). An MP's reaction to a resignation is not the resignation. A deed told with its source
  // after it (`sourcedDeed`) is the deed: its source is no voice of its own.
  if (qFrac === 0 && !sourcedDeed(r) && otherVoice(r, members)) {
    if (actors > 0) verdict.refusal = 'another voice: its headline speaker is named by none of the event’s reports';
    return verdict;
  }
  // Two statements: one side is one person's statement, both sides quote at length and share no
  // quoted words. Accounts of one statement quote what was said; the same person's other remark at
  // the same briefing quotes something else (GUIDELINES: "clearly different statements by the same
  // speaker … get different clusters"). A call or a meeting of two is told through either side's words.
  if (q === 0 && !articleAlone && Math.min(r.quotes.length, e.quotes.length) >= MERGE.minQuotedShinglesApart
    && (onePersonSpeaks(r) || members.every(onePersonSpeaks))) {
    if (counted > 0 && cos >= MERGE.minCosineWithoutQuote) verdict.refusal = 'both quote at length and share no quoted words: two statements';
    return verdict;
  }
  // Other counts: a live post that leads with counts none of the event's posts leads with (each
  // leading with some) tells another moment, as on one page (`samePageMatch`): "six dead, the
  // minister says" is not "the dyke gave way, 9,000 told to leave", though the minister and the
  // place are the same. Articles retell with the counts of their hour and are left to their rules.
  if (qFrac === 0 && !r.isArticle && otherCountsThanAll(r, members)) {
    if (counted > 0 && cos >= MERGE.minCosineWithoutQuote) verdict.refusal = 'it leads with other counts than the event’s posts';
    return verdict;
  }
  if (qFrac > 0 || (counted > 0 && cos >= MERGE.minCosineWithoutQuote)) {
    const score = MERGE.quoteWeight * qFrac + MERGE.cosineWeight * cos + MERGE.actorBonus * counted;
    // Without a quote, the words must tell the same act, not only the same people. (An article
    // retells in its own words and attaches once, to its best match: the article rule below.)
    const act = score < MERGE.threshold || qFrac > 0 || articleAlone ? 1 : w.actCosineWithCentroid(r, members);
    if (act < MERGE.minActCosine) {
      verdict.refusal = `only names in common (act cosine ${act.toFixed(2)})`;
      return verdict;
    }
    if (score >= MERGE.threshold) {
      verdict.score = score;
      verdict.rule = qFrac > 0 ? 'quote' : 'words';
      return verdict;
    }
  }
  // An article standing alone and a report of another page, or an article against an event.
  if (articleAlone && actors >= MERGE.article.minSharedActors && cos >= MERGE.article.minCosine) {
    const score = MERGE.cosineWeight * cos + MERGE.actorBonus * Math.min(MERGE.article.maxActorsCounted, actors);
    if (score >= MERGE.threshold) {
      verdict.score = score;
      verdict.rule = 'article';
      return verdict;
    }
  }
  // Two articles of the day in the same rare words (`MERGE.rareWords`), whoever reading found in them.
  if (r.isArticle && members.some((m) => rareWordsMatch(r, m))) {
    verdict.score = MERGE.cosineWeight * cos + MERGE.rareWords.bonus;
    verdict.rule = 'rare words';
    return verdict;
  }
  // Two articles of the day on one act nobody does, in the same headline words (`MERGE.sameScene`).
  if (r.isArticle && members.some((m) => sameScene(r, m))) {
    verdict.score = MERGE.cosineWeight * cos + MERGE.sameScene.bonus;
    verdict.rule = 'same scene';
    return verdict;
  }
  if (q >= 1 || (actors > 0 && cos >= MERGE.minCosineWithoutQuote / 2)) verdict.refusal = 'evidence below the rule';
  return verdict;
}

/**
 * Whether a report that joins one event may bring a second into it (`placeReport`). A live post may
 * (the union must still pass the same-page rule). An article attaches once, to its best match, unless
 * it is wire copy of a report in each (near-duplicate), names the act of each in its headline, or
 * shares the rare words of an article in each: then the two events tell one act, as three outlets'
 * articles on one ruling do. A link by the article rule (shared actors, some words) never joins two
 * events.
 */
export function bridges(r: MergeReport, best: Verdict, other: Verdict): boolean {
  if (best.rule === 'article' || other.rule === 'article') return false;
  // The same rare words link an article to an event its words resemble (`MERGE.bridgeMinCosine`):
  // a story's names and places alone are shared by its next act too (the plea and the speech after it).
  if ((byWords(best) || byWords(other)) && Math.min(best.cosine, other.cosine) < MERGE.bridgeMinCosine) return false;
  // An article whose headline names one event's act and shares only the story's rare words (names,
  // places) with the other belongs to the act its headline names: the rare-words rule is for
  // articles whose headline tells nothing (a caption read for one), not a second act of the story.
  if ((best.rule === 'same headline act' && byWords(other)) || (byWords(best) && other.rule === 'same headline act')) return false;
  return !r.isArticle || (STRONG.has(best.rule!) && STRONG.has(other.rule!));
}

/** The rules that say an article tells the very act of an event: its wording, its headline’s act or its lead’s doer and verb, or the same rare words (or headline words and rare words) as an article of it. */
const STRONG = new Set<Verdict['rule']>(['near-duplicate', 'same headline act', 'same lead act', 'rare words', 'same scene']);

/** A verdict by the words of two articles alone (`MERGE.rareWords`, `MERGE.sameScene`), whoever reading found in them. */
const byWords = (v: Verdict): boolean => v.rule === 'rare words' || v.rule === 'same scene';

/**
 * Two posts of one page: more quotes, or more words, or the same headline speaker or three principal
 * actors in common and fewer words, or
 * two correspondents' assessments of the day. Posts that lead with counts and share none of them tell
 * two moments (a toll of six and a toll of four, a 2-0 and a 3-3) unless they quote the same words.
 */
export function samePageMatch(a: MergeReport, b: MergeReport, w: Weighting): boolean {
  if (a.key === b.key) return false;
  if (a.correspondent && b.correspondent && a.day === b.day) return true;
  // Two posts whose headlines name two doers, neither named in the other's text: two bodies'
  // statements, whatever words they share (`twoDoersAlike`).
  if (twoDoersAlike(a, b)) return false;
  if (sharedCount(a.quotes, b.quotes) >= MERGE.samePage.minSharedShingles) return true;
  if (otherCounts(a.numbers, b.numbers)) return false;
  // Its story words left out: every post of the page uses them (`MERGE.story`).
  const cos = a.storyTerms.length ? w.cosineWithout(a, b, a.storyTerms) : w.cosine(a, b);
  const sameSpeaker = a.speaker !== null && a.speaker === b.speaker;
  const sameActors = a.principals.filter((x) => b.principals.includes(x)).length >= MERGE.samePage.minSharedPrincipals;
  if ((sameSpeaker || sameActors) && cos >= MERGE.samePage.minCosineSameSpeaker) return true;
  // A statement and a deed: one post's headline names someone speaking, the other's no one ("X
  // sworn in as premier" and "'A new government starts today': X" an hour before; a concession and
  // the statement after it). The page tells them as two moments; only their quoted words (above)
  // would say one.
  if ((a.speaker === null) !== (b.speaker === null)) return false;
  return cos >= MERGE.samePage.minCosineWithoutQuote;
}

/** Every report of the event is a live post leading with counts (headline and first sentence), and none shares one of the report's (see `judge`). */
function otherCountsThanAll(r: MergeReport, members: readonly MergeReport[]): boolean {
  return r.leadNumbers.length > 0 && members.every((m) => !m.isArticle && otherCounts(r.leadNumbers, m.leadNumbers));
}

/** Both state counts and none is in common (ascending lists). */
function otherCounts(a: readonly number[], b: readonly number[]): boolean {
  if (!a.length || !b.length) return false;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) return false;
    if (a[i]! < b[j]!) i++; else j++;
  }
  return true;
}

/**
 * A live page's story words (see `MERGE.story`), ascending: terms in more than `share` of the
 * page's posts; none for an article or a page of few posts. Computed from the page alone, so the
 * same page always gives the same words, whenever it arrives.
 */
export function pageStoryTerms(reports: readonly MergeReport[]): Uint32Array {
  if (reports.length < MERGE.story.minPosts || reports.some((r) => r.isArticle)) return new Uint32Array(0);
  const df = new Map<number, number>();
  for (const r of reports) for (const t of r.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const out: number[] = [];
  for (const [t, n] of df) if (n > MERGE.story.share * reports.length) out.push(t);
  return Uint32Array.from(out).sort();
}

/**
 * Two plain articles of two pages and one day in the same rare words (see `MERGE.rareWords`), with
 * one voice (`oneVoice`: "Vestria says Kessby's pension overhaul sets an example" shares the overhaul's
 * words and is Vestria's act), neither answering the other (`answers`).
 */
function rareWordsMatch(a: MergeReport, b: MergeReport): boolean {
  return a.isArticle && b.isArticle && a.seed !== b.seed && a.day === b.day && oneVoice(a, b) && answers(a) === answers(b)
    && rarityCosine(a, b) >= MERGE.rareWords.minCosine && sharedRareTerms(a, b) >= MERGE.rareWords.minShared;
}

/** How many terms rarer than `MERGE.rareWords.minRarity` two reports share (their terms are ascending). */
function sharedRareTerms(a: MergeReport, b: MergeReport): number {
  const x = a.terms, y = b.terms;
  let i = 0, j = 0, n = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) { if (rarity(x[i]!) >= MERGE.rareWords.minRarity) n++; i++; j++; } else if (x[i]! < y[j]!) i++; else j++;
  }
  return n;
}

/**
 * Its headline answers the act — someone speaks of it, reacts to it or follows it up ("Harbourton
 * mayor calls for inquiry into fire") — rather than telling it: no headline of the act itself, even
 * in the same rare words. A wire headline that only names its source after the act ("Blaze guts
 * warehouse, fire service says", `SOURCE_AFTER_ACT`) tells the act.
 */
const answers = (r: MergeReport): boolean => r.reactsInHeadline || r.followUp || (voiced(r) && !SOURCE_AFTER_ACT.test(mergeHeadline(r.item)));
/** A headline's last clause only naming who says it, after a comma: "…, fire service says" (`invertedReportingVerbs`). */
const SOURCE_AFTER_ACT = bmpLetters(new RegExp(`,[ ][^,]{1,40}[ ](?:${alternation(INVERTED_REPORTING_VERBS)})[.!]?$`, 'iu'));

/**
 * Two plain articles of two pages and one day (both dated) telling one act in the same headline
 * words and rare lead words, no one speaking, reacting or answering it in either headline
 * (`voiced`; see `MERGE.sameScene`).
 */
export function sameScene(a: MergeReport, b: MergeReport): boolean {
  if (!a.isArticle || !b.isArticle || a.seed === b.seed || a.day !== b.day || voiced(a) || voiced(b)) return false;
  const x = a.headlineWords, y = b.headlineWords, { minSharedWords, minActWords, minCosine } = MERGE.sameScene;
  // Each names a kind of site and they share none: a fire at the cathedral and one at the warehouse.
  if (x.sites.length && y.sites.length && !sharedCount(x.sites, y.sites)) return false;
  // Each lead names places or things the other report never names: two launches, two fires, of one day.
  const an = a.leadNameWords, bn = b.leadNameWords;
  if (an.size && bn.size && ![...an].some((w) => b.capitalisedWords.has(w)) && ![...bn].some((w) => a.capitalisedWords.has(w))) return false;
  return sharedCount(x.words, y.words) >= minSharedWords && sharedCount(x.acts, y.words) >= minActWords
    && sharedCount(y.acts, x.words) >= minActWords && rarityCosine(a, b) >= minCosine;
}

/**
 * Someone speaks, reacts or answers the act in its headline: a headline speaker, a speaking or
 * reacting verb whoever reading found ("Harbourton mayor calls for inquiry into fire"), or a
 * follow-up act (an apology, an inquiry opened).
 */
const voiced = (r: MergeReport): boolean => r.speaker !== null || r.statesInHeadline || r.reactsInHeadline || r.followUp;

/**
 * Two pages' reports of one day (both dated) whose leads give the same doer doing the same thing,
 * no saying, in one voice, in the same rare words (see `MERGE.leadAct`).
 */
export function sameLeadAct(a: MergeReport, b: MergeReport): boolean {
  if (a.seed === b.seed || a.day !== a.day || b.day !== b.day || !sameDayOrNext(a, b)) return false;
  const x = a.doerVerbs, y = b.doerVerbs;
  if (!x.length || !y.length) return false;
  const one = x.some((p) => !isSaying(p.verb) && y.some((o) => o.verb === p.verb && oneDoer(o.doer, p.doer)));
  return one && oneVoice(a, b) && rarityCosine(a, b) >= MERGE.leadAct.minCosine;
}

/** Two pages' reports of one day whose headlines name the same act (see `MERGE.headline`). */
function sameHeadlineAct(r: MergeReport, m: MergeReport): boolean {
  if (m.seed === r.seed || !sameDayOrNext(r, m) || sharedCount(r.heads, m.heads) < MERGE.headline.minSharedWords) return false;
  return oneVoice(r, m) && headlineActSomeone(r, m) && !statementOnAct(r, m) && !statementOnAct(m, r);
}

/**
 * Who two headlines naming one act in the same words (`MERGE.headline`) must have in common: the
 * same someone (`sameSomeone`), or a person or body principal in one that the other names in any
 * role. A headline that tells the act in the passive ("Trade deal agreed in Port Edda") leaves its
 * doers to the lead ("… completed between the bloc and the kingdom"), and reading may make someone
 * else the page's principal (a politician quoted further down), while the other page's doer is
 * named there all the same. (Countries alone are too broad: every page of a story names them.)
 */
function headlineActSomeone(a: MergeReport, b: MergeReport): boolean {
  if (sameSomeone(a, b)) return true;
  // On one day only (both undated alike): the next day's page names the act's doer for its next act too (the launch, then the lander in orbit).
  // And two plain articles only: a live page's post names every side of its story (a match's goal and the final whistle).
  const oneDay = a.day === b.day || (a.day !== a.day && b.day !== b.day);
  return oneDay && a.isArticle && b.isArticle && (principalNamedBy(a, b) || principalNamedBy(b, a));
}

/** A person or body principal in `a` (`MergeReport.principals`: countries left out) is one of `b`'s actors, in any role. */
const principalNamedBy = (a: MergeReport, b: MergeReport): boolean => a.principals.some((id) => b.item.actors.some((x) => x.id === id));

/**
 * `said`'s headline is one person's statement (`personStatement`: "Here's what the chancellor said
 * at her press conference on the fisheries pact", "Premier hails …") and `act`'s headline tells a
 * deed — no one speaking in it, no speaking verb, no saying in its lead (`isSaying`) — without naming that person: the act words both
 * headlines share ("fisheries pact") are what the person speaks about, the act the other tells, not
 * one act (GUIDELINES: different speakers …, a statement is dated and clustered as its own act).
 * A person telling their own act names themselves in its headline ("Vell and Orr sign pact").
 */
function statementOnAct(said: MergeReport, act: MergeReport): boolean {
  // (A lead telling a saying is a statement too, its speaker given by office: "The president of the summit has insisted …".)
  if (personStatement([said]) === null || act.speaker !== null || act.statesInHeadline || act.doerVerbs.some((p) => isSaying(p.verb))) return false;
  const surname = speakerSurname(said);
  return surname !== null && !headlineWordSet(act).has(surname);
}

/**
 * `said`'s headline names an act as its doer's after a preposition (`OWNED_ACT`: "… rejects the
 * Tribunal's ruling", "… first reaction to the Tribunal ruling", "Vell not pleased with Tribunal's
 * decision", "Orr slams Assembly's vote on …"), its own doer (if its headline gives one) is someone
 * else, and `act`'s headline tells that owner acting: its doer or, with no doer read, its speaker or
 * its words outside any possessive ("Vell's order … was unlawful, the Tribunal has ruled"), and
 * does not name an act as the same owner's in the same way (two words on one ruling both name it as
 * the tribunal's). The one the act was done to is named by both and decides nothing.
 */
function onOthersAct(said: MergeReport, act: MergeReport): boolean {
  const owner = actOwner(said);
  if (owner === null || (said.doer !== null && namedIn(owner, said.doer.who))) return false;
  const its = actOwner(act);
  if (its !== null && namedIn(owner, its)) return false;
  if (act.doer !== null) return namedIn(owner, act.doer.who);
  if (act.speaker !== null) return namedIn(owner, act.speaker.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return namedIn(owner, nameWords(mergeHeadline(act.item).replace(POSSESSIVE_NAME, ' ')));
}

/** The owner's words of the act a headline names as someone's after a preposition (`OWNED_ACT`), or null. */
function actOwner(r: MergeReport): string[] | null {
  let owner = OWNERS.get(r);
  if (owner === undefined) {
    const m = OWNED_ACT.exec(mergeHeadline(r.item));
    owner = m ? nameWords(m[1] ?? m[2]!) : null;
    OWNERS.set(r, owner?.length ? owner : null);
  }
  return owner ?? null;
}
const OWNERS = new WeakMap<MergeReport, string[] | null>();

/** Most words of a name (more than half, as `namesDoer` counts) among `words`. */
const namedIn = (name: readonly string[], words: readonly string[]): boolean => 2 * name.filter((w) => words.includes(w)).length > name.length;

/** A name's words, lower case, dots out ("U.K." is "uk"), "the" out. */
const nameWords = (text: string): string[] => (text.toLowerCase().replace(/\./g, '').match(HEADLINE_WORD) ?? []).filter((w) => w !== 'the');

/** A word as a headline writes it in sentence or title case ("with", "With"). */
const eitherCase = (w: string): string => `[${w[0]}${w[0]!.toUpperCase()}]${literal(w.slice(1))}`;
const eitherCaseAlternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(eitherCase).join('|');

/**
 * An act named as its doer's (data/lexicon/merge-acts.json `ownedActNouns`): after a preposition
 * (`ownedActPrepositions`) up to four capitalised words of a name, a possessive or not, or after a
 * verb a name with a possessive; one word more ("brutal") at most, then the act's noun. "With the
 * Tribunal's ruling", "to the Tribunal Ruling", "rejects the Tribunal's ruling", "slams Assembly's
 * vote"; not "against his decision" (no name), nor a headline opening on its owner ("Vell's order …
 * was unlawful, the Tribunal has ruled": the act told).
 */
const OWNER_NAME = '((?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*?)';
const OWNED_ACT = bmpLetters(new RegExp(`(?:(?<![\\p{L}])(?:${eitherCaseAlternation(OWNED_ACT_PREPOSITIONS)})\\s+(?:[Tt]he\\s+)?${OWNER_NAME}(?:[’']s)?|(?<=\\p{Ll}\\s+)(?:the\\s+)?${OWNER_NAME}[’']s)\\s+(?:\\p{Ll}+\\s+)?(?:${eitherCaseAlternation(OWNED_ACT_NOUNS)})(?![\\p{L}])`, 'u'));
/** A name with a possessive ("Premier Vell's"): the owner of what a headline tells, not its doer. */
const POSSESSIVE_NAME = bmpLetters(/(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s(?![\p{L}])/gu);

/** A report's headline words, lower case. */
const headlineWordSet = (r: MergeReport): ReadonlySet<string> => new Set(mergeHeadline(r.item).toLowerCase().match(HEADLINE_WORD) ?? []);
const HEADLINE_WORD = bmpLetters(/[\p{L}\p{N}-]+/gu);

/**
 * One side is a plain article dated only by its page, whose headline tells a statement
 * (`statesInHeadline`), and the other side tells an act of the day before in headlines that tell
 * none: its reports of that day, and pages of the statement's day dated only by their page (the act
 * retold the next morning).
 */
function nextDayStatement(r: MergeReport, members: readonly MergeReport[]): boolean {
  const statement = (s: MergeReport): boolean => s.isArticle && s.pageDated && s.statesInHeadline;
  const actBefore = (a: MergeReport, s: MergeReport): boolean => !a.statesInHeadline && (a.day === s.day - 1 || (a.day === s.day && a.pageDated));
  if (statement(r)) return members.some((m) => m.day === r.day - 1) && members.every((m) => actBefore(m, r));
  return members.length > 0 && members.every((m) => statement(m) && actBefore(r, m));
}

/**
 * How many of a live post's quote shingles the event's articles lead with (`MergeReport.leadQuotes`,
 * `MERGE.articleLeadShare`): an article's quotes further down are its story's other acts.
 */
function ledQuotesShared(r: MergeReport, articles: readonly MergeReport[]): number {
  let n = 0;
  for (const s of r.quotes) if (articles.some((m) => m.leadQuotes.includes(s))) n++;
  return n;
}

/**
 * The most quote shingles the report's lead shares with the lead of one of the event's reports
 * (`MergeReport.leadQuotes`, `MERGE.articleLeadShare`): words both report as their act's.
 */
function ledQuotesInCommon(r: MergeReport, members: readonly MergeReport[]): number {
  let n = 0;
  for (const m of members) n = Math.max(n, sharedCount(r.leadQuotes, m.leadQuotes));
  return n;
}

/** No quote in common to speak of (fewer shingles than a quote match needs). */
const qFrac0 = (q: number): boolean => q < MERGE.minSharedShingles;

/**
 * The event lies on the day before the report's page date: 'words' when the reports its words date
 * all lie there (it may only tell their evening), 'pages' when none is dated by its words and all
 * their pages are of that day (the two pages' dates say little of the act's: two principal actors
 * in common will do, as under the article rule); null otherwise.
 */
function nextDayOnly(r: MergeReport, members: readonly MergeReport[]): 'words' | 'pages' | null {
  const dated = members.filter((m) => m.day === m.day && !m.pageDated);
  if (dated.length) return dated.every((m) => m.day === r.day - 1) ? 'words' : null;
  return members.length > 0 && members.every((m) => m.day === r.day - 1) ? 'pages' : null;
}

/**
 * The report is dated by its own words (not its page) and the event's reports dated by theirs all
 * lie on another day (see `judge`).
 */
function otherTextDay(r: MergeReport, members: readonly MergeReport[]): boolean {
  if (r.day !== r.day || r.pageDated) return false;
  const dated = members.filter((m) => m.day === m.day && !m.pageDated);
  return dated.length > 0 && dated.every((m) => m.day !== r.day);
}

/**
 * Not two voices on one act: two headline speakers, or a headline speaker the other report does not
 * name at all, or a country speaking that the other report names only in passing ("Ruritania says
 * it opposes the Vestmark move to shoot down its drone" names the shooting down, which Ruritania
 * only reacts to; its own official announcing its own act is a person, and stays one voice).
 */
function oneVoice(r: MergeReport, m: MergeReport): boolean {
  if (roleVoice(r, m) || roleVoice(m, r)) return true;
  // Two headlines giving their speakers by two offices or roles ("The premier says …", "Opposition
  // leader says …"), reading having found neither: two voices.
  if (r.speaker === null && m.speaker === null) {
    const a = roleSpeaking(r), b = roleSpeaking(m);
    if (a !== null && b !== null && a !== b) return false;
  }
  if (r.speaker !== null && m.speaker !== null && !oneSpeaker(r, m)) return false;
  if (r.speaker !== null && m.speaker === null && !voiceOf(m, r)) return false;
  if (m.speaker !== null && r.speaker === null && !voiceOf(r, m)) return false;
  return true;
}

/** Whether `r` names `speaking`'s headline speaker: at all for a person or body, as a principal actor for a country. */
function voiceOf(r: MergeReport, speaking: MergeReport): boolean {
  const a = speaking.item.actors.find((x) => x.id === speaking.speaker);
  return namesSpeaker(r, speaking.speaker!, a?.kind !== 'country');
}

/**
 * Whether `r` names the headline speaker `speaker`: as one of its actors (`anyRole`, or as a
 * principal one), or, for a speaker known only by its headline's words (`namedSurname`), by that
 * surname in its headline or lead.
 */
function namesSpeaker(r: MergeReport, speaker: string, anyRole = true): boolean {
  const surname = namedSurname(speaker);
  if (surname !== null) return (leadText(r.item).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? ([] as string[])).includes(surname);
  return r.item.actors.some((x) => x.id === speaker && (anyRole || x.role === 'principal'));
}

/** A headline speaker that is a person: an actor of that kind, or a name's shape (`namedSurname`). */
const isPerson = (r: MergeReport, speaker: string): boolean =>
  namedSurname(speaker) !== null || r.item.actors.some((a) => a.id === speaker && a.kind === 'person');

/** A principal actor in common, or both headlines naming the same person or body (see `MERGE.headline`). */
function sameSomeone(a: MergeReport, b: MergeReport): boolean {
  return sharePrincipal(a, b) || sharedIn(a, b, HEAD_NAMES) >= MERGE.headline.minSharedNameWords;
}

/** Whether two reports share a principal actor of any kind (a country counts). */
function sharePrincipal(a: MergeReport, b: MergeReport): boolean {
  return a.item.actors.some((x) => x.role === 'principal' && b.item.actors.some((y) => y.role === 'principal' && y.id === x.id));
}

/** One side is one person's statement, the other (an article or an article's event) names no one or someone else speaking. */
function otherAct(r: MergeReport, members: readonly MergeReport[]): boolean {
  // (A deed told with its source after it, `sourcedDeed`, is still read here as its source's
  // statement: exempting it split one act in the Worker's D1 path, where a body named by its first
  // word on an earlier page keeps an id of its own — see test/unit/merge-sourced-deed.test.ts.)
  const theirs = personStatement(members), mine = personStatement([r]);
  // (A headline telling what the speaker will do is that statement told as the doing, `ownWords`.)
  if (theirs !== null) return !oneSpeaker(r, members[0]!) && !members.some((m) => ownWords(r, m));
  return mine !== null && members.every((m) => !oneSpeaker(m, r) && !ownWords(m, r));
}

/**
 * A report whose headline tells another doer's act and names its speaker only as its source after
 * it ("Vessland's assembly on Tuesday approved the bid by 188 votes to 8, Speaker Ana Horvat said"):
 * its lead's doer (`doerVerbs`) is not the speaker but names another of its principal people or
 * bodies (a country's word counts: "Vessland's assembly"). The act, told with its source, not the
 * speaker's statement (a claim, "Rates will rise, governor says", has no actor for its doer).
 */
function sourcedDeed(r: MergeReport): boolean {
  const act = r.doerVerbs[0];
  const surname = r.speaker === null ? null : speakerSurname(r);
  if (act === undefined || surname === null || act.doer.includes(wordStem(surname)) || !sourceAtEnd(mergeHeadline(r.item), surname)) return false;
  // (Its verb may be a reporting verb's class too: "approves" is one act with "confirms".)
  return r.item.actors.some((a) => a.role === 'principal' && a.id !== r.speaker && a.name.split(/\s+/).some((w) => act.doer.includes(wordStem(w.toLowerCase()))));
}

/**
 * The headline names its speaker only after its act, as its source: the surname stands in its last
 * clause after a comma (within `SOURCE_CLAUSE_MAX` characters of it: "…, Harrowgate's chief executive
 * Mara Lindt said") right before an inverted reporting verb ("said", "says": `invertedReportingVerbs`),
 * and only a short clause may follow, another source (", Radio Kessby reports."). "X resigns: Y calls
 * for an election" names Y as the doer of its second clause, not as a source.
 */
function sourceAtEnd(headline: string, surname: string): boolean {
  const lower = headline.toLowerCase();
  const at = lower.lastIndexOf(surname);
  if (at < 0) return false;
  const comma = lower.lastIndexOf(', ', at);
  return comma >= 0 && at - comma <= SOURCE_CLAUSE_MAX && SOURCE_VERB_AFTER.test(headline.slice(at + surname.length));
}
const SOURCE_CLAUSE_MAX = 60;
/** A second source after the first (", Radio Kessby reports."), at most so many characters. */
const SOURCE_TAIL_MAX = 40;
const SOURCE_VERB_AFTER = bmpLetters(new RegExp(`^\\s+(?:${alternation(INVERTED_REPORTING_VERBS)})(?:,[ ][^,]{1,${SOURCE_TAIL_MAX}})?[.!]?$`, 'iu'));

/** The report names one principal person: one person's statement or act, not a call or meeting of two. */
const onePersonSpeaks = (r: MergeReport): boolean => r.item.actors.filter((a) => a.role === 'principal' && a.kind === 'person').length === 1;

/**
 * The report tells a person's death and none of the event's reports does, or the other way round
 * (`toldDeath`), about the same person: principal in the report or one of the event's reports and
 * named in the other's headline or lead (a crash's first reports name the passenger in passing,
 * the death's lead with him; reading may find no one in a report that opens on a quote; see `judge`).
 */
function otherOutcome(r: MergeReport, members: readonly MergeReport[]): boolean {
  // A report tells the death when it says so of its own people, or of a person another report tells dead (`deathRetold`).
  const all = [r, ...members];
  const dead = (m: MergeReport): boolean => m.toldDeath || all.some((x) => deathRetold(x, m));
  const mine = dead(r);
  return members.length > 0 && members.every((m) => dead(m) !== mine) && members.some((m) => samePerson(r, m) || samePerson(m, r));
}

/**
 * `dead` tells a person's death (`toldDeath`) and `other`, in which reading found no such person,
 * tells the same person's death in the same words (`tellsDeathOf`: "… Ivo Marsh Dies In Crash"
 * under a title-case headline whose capitals were read as no one).
 */
function deathRetold(dead: MergeReport, other: MergeReport): boolean {
  if (!dead.toldDeath || other.toldDeath) return false;
  return other.tellsDeathOf(dead.item.actors.filter((x) => x.role === 'principal' && x.kind === 'person').map((x) => x.name.split(' ').at(-1)!.toLowerCase()));
}

/**
 * Both the report and a report of the event from another page tell the death of one person
 * (`toldDeath`, `samePerson`), with the same headline speaker or none: "the ministry says X died of
 * natural causes" is the ministry's statement, not the death.
 */
function sameDeath(r: MergeReport, members: readonly MergeReport[]): boolean {
  return members.some((m) => m.seed !== r.seed && m.speaker === r.speaker && ((r.toldDeath && m.toldDeath) || deathRetold(r, m) || deathRetold(m, r))
    && (samePerson(r, m) || samePerson(m, r)));
}

/** A person principal in `a` whose surname `b`'s headline or lead names. */
function samePerson(a: MergeReport, b: MergeReport): boolean {
  const surnames = a.item.actors.filter((x) => x.role === 'principal' && x.kind === 'person').map((x) => x.name.split(' ').at(-1)!.toLowerCase());
  if (!surnames.length) return false;
  const words = new Set(leadText(b.item).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  return surnames.some((s) => words.has(s));
}

/** The report's headline speaker is a person, and the event's reports whose headline speaker is a person all have another (see `judge`). */
function twoSpeakers(r: MergeReport, members: readonly MergeReport[]): boolean {
  if (!personSpeaks(r)) return false;
  const speaking = members.filter(personSpeaks);
  return speaking.length > 0 && speaking.every((m) => !oneSpeaker(m, r));
}

/**
 * Two reports' headline speakers are one: the same id, or a surname one headline gave by its
 * shape alone (`namedSurname`) and the other's person of that surname (reading found the person in
 * one report and not in the other).
 */
function oneSpeaker(a: MergeReport, b: MergeReport): boolean {
  if (a.speaker === b.speaker) return true;
  if (roleVoice(a, b) || roleVoice(b, a)) return true;
  if (a.speaker === null || b.speaker === null || (namedSurname(a.speaker) === null && namedSurname(b.speaker) === null)) return false;
  const surname = speakerSurname(a);
  return surname !== null && surname === speakerSurname(b);
}

/** The surname of a report's headline speaker when it is a person, lower case. */
function speakerSurname(r: MergeReport): string | null {
  const named = namedSurname(r.speaker!);
  if (named !== null) return named;
  const person = r.item.actors.find((a) => a.id === r.speaker && a.kind === 'person');
  return person ? person.name.split(' ').at(-1)!.toLowerCase() : null;
}

/**
 * The report's lead says who did what (`MergeReport.doerVerbs`); no report of the event from
 * another page shares its doer or verb (`shareDoerOrVerb`: those may tell the act itself), and the
 * event's reports whose leads tell the other kind (a deed against a saying or call, or the other
 * way round: `sayingAndDeed`) are at least one and each another doer's act (`twoDoerVerbs`).
 * Reports whose lead gives no doer and verb (a pronoun, a title alone, a passive, a headline in
 * title case), and those of the report's own kind (two voices, two deeds), decide nothing here.
 */
function otherDoerVerb(r: MergeReport, members: readonly MergeReport[]): boolean {
  if (!r.doerVerbs.length) return false;
  const told = members.filter((m) => m.seed !== r.seed && m.doerVerbs.length > 0);
  if (told.some((m) => shareDoerOrVerb(r.doerVerbs, m.doerVerbs))) return false;
  const other = told.filter((m) => sayingAndDeed(r.doerVerbs, m.doerVerbs));
  return other.length > 0 && other.every((m) => twoDoerVerbs(r.doerVerbs, r.leadStems, m.doerVerbs, m.leadStems));
}

/**
 * The report's headline says a person acts (`MergeReport.doer`, one of its people by id) and no
 * report of the event from another page names that person: not among its people, nor the person's
 * surname in its text (reading may miss a name another page's reading finds), nor the office the
 * report gives the person right before the name, nor gives a speaker by office alone (`roleSpeaking`: "The premier says …" may be the person, `roleVoice`).
 */
function doerNamedNowhere(r: MergeReport, members: readonly MergeReport[]): boolean {
  const id = r.doer?.id;
  const person = id === undefined ? undefined : r.item.actors.find((a) => a.id === id && a.kind === 'person');
  if (person === undefined) return false;
  const surname: number[] = [];
  tokenHashes(person.name.split(/\s+/).at(-1)!, (h) => surname.push(h));
  // (Nor the office the report gives the person: "Premier Edda Norum resigns" and "the premier quits".)
  const office: number[] = [];
  const before = OFFICE_BEFORE.exec(headAndFirstSentence(r).split(person.name)[0] ?? '');
  if (before) tokenHashes(before[1]!, (h) => office.push(h));
  const others = members.filter((m) => m.seed !== r.seed);
  return others.length > 0 && others.every((m) => !m.item.actors.some((a) => a.id === id) && !surname.some((h) => textWords(m).has(h))
    && !(office.length > 0 && office.every((h) => textWords(m).has(h))) && roleSpeaking(m) === null);
}
/** A title or role right before a name ("former chair", "Premier"): the office a report gives its person. */
const OFFICE_BEFORE = bmpLetters(new RegExp(`(?:^|[\\s(])(${alternation([...TITLES, ...ROLES]).replace(/ /g, '\\s+')})\\s+$`, 'iu'));

/**
 * The report's headline says who acts (`MergeReport.doer`), and every report of the event whose
 * headline says so names another who does not act on or with it, nor it on or with them (`twoDoers`:
 * "Xi tells Biden …" and "Biden warns Xi …" tell one call from either side).
 */
function otherDoer(r: MergeReport, members: readonly MergeReport[]): boolean {
  const mine = r.doer;
  if (mine === null) return false;
  const acting = members.filter((m) => m.doer !== null);
  return acting.length > 0 && acting.every((m) => twoDoers(mine, m.doer!) && !retold(r, m) && !retold(m, r));
}

/**
 * The report's headline says one of the event's doers acts (`otherDoer`'s contrary: the same
 * person or body, or one act retold as the other's, `retold`), and its headline shares no act word
 * with any of the event's reports' (`HEADS`).
 */
function sameDoerOtherAct(r: MergeReport, members: readonly MergeReport[]): boolean {
  const mine = r.doer;
  if (mine === null) return false;
  return members.some((m) => m.doer !== null && (!twoDoers(mine, m.doer) || retold(r, m) || retold(m, r)))
    && members.every((m) => sharedCount(r.heads, m.heads) === 0);
}

/**
 * Whether `a`'s lead retells its headline's act as the act of `b`'s doer: its first sentence says
 * `b`'s doer acts and names `a`'s own doer, not as an owner ("Finance minister stays on" over
 * "The premier has kept the finance minister …" is the premier's reshuffle; "Premier announces a
 * new plan" over "The court struck down the premier's plan" is not the ruling).
 */
function retold(a: MergeReport, b: MergeReport): boolean {
  const lead = a.leadDoer;
  return lead !== null && lead.who.some((w) => b.doer!.who.includes(w)) && a.doer!.who.some((w) => a.leadWords.has(w));
}

/** Its headline names a person speaking (not a body or a country). */
const personSpeaks = (m: MergeReport): boolean => m.speaker !== null && isPerson(m, m.speaker);

/** The report's headline speaker is a person none of the reports names (see `judge`). */
function otherVoice(r: MergeReport, members: readonly MergeReport[]): boolean {
  const speaker = r.speaker;
  if (speaker === null || !isPerson(r, speaker)) return false;
  return members.every((m) => !namesSpeaker(m, speaker) && !roleVoice(m, r));
}

/**
 * `role`'s headline gives its speaker by an office alone ("The president says …", "Prime minister
 * warns …": `roleSpeaking`, reading found no one speaking) and `person`'s headline speaker is a
 * person its headline or lead gives that office ("President Mira Tolland", "the prime minister,
 * Aksel Vedrin"): one speaker, named two ways (pages of one story name its office holders by
 * office). A former holder ("Former president says …") is someone else.
 */
function roleVoice(role: MergeReport, person: MergeReport): boolean {
  if (role.speaker !== null || !personSpeaks(person)) return false;
  const office = roleSpeaking(role);
  if (office === null) return false;
  const surname = speakerSurname(person);
  if (surname === null) return false;
  const { cased, words } = leadWordsOf(person);
  const title = office.split(/\s+/);
  for (let i = 0; i + title.length <= words.length; i++) {
    if (!title.every((t, k) => words[i + k] === t)) continue;
    // The office, then up to two first names, then the speaker's surname: capitalised words only
    // ("President Tolland and Vedrin" gives Tolland alone).
    const from = i + title.length;
    const names = cased.slice(from, from + MAX_FIRST_NAMES + 1);
    const end = names.findIndex((w) => !CAPITALISED.test(w));
    const after = (end < 0 ? names : names.slice(0, end)).map((w) => w.toLowerCase().replace(/[’']s$/, ''));
    if (after.includes(surname)) return true;
  }
  return false;
}
/** A report's lead words as written and lower case, read once per report (the voice rules judge it against every candidate). */
function leadWordsOf(r: MergeReport): { cased: string[]; words: string[] } {
  let w = leadWordsMemo.get(r);
  if (!w) {
    const cased = leadText(r.item).match(LEAD_WORDS) ?? [];
    leadWordsMemo.set(r, (w = { cased, words: cased.map((x) => x.toLowerCase()) }));
  }
  return w;
}
const leadWordsMemo = new WeakMap<MergeReport, { cased: string[]; words: string[] }>();
/** First names (and initials) that may stand between an office and a surname ("President Mira Tolland"). */
const MAX_FIRST_NAMES = 2;
const LEAD_WORDS = bmpLetters(/[\p{L}\p{N}’'.-]+/gu);
const CAPITALISED = bmpLetters(/^\p{Lu}/u);

/**
 * The office or role a headline's speaker is given by, alone (`titles`, `roles`: "The president
 * says …", "Estmark prime minister warns …", "Opposition leader says …"), with the word before it,
 * lower case, or null: the
 * headline opens on it (after "the" or one word, a country's), a speaking verb right after it, no
 * name between, and no word saying it is not its holder now (`otherHolderMarkers`: "Former
 * president says …").
 */
function roleSpeaking(r: MergeReport): string | null {
  // Read once per report: the voice rules ask for it against every candidate.
  if (roleSpoken.has(r)) return roleSpoken.get(r)!;
  const m = ROLE_SPEAKING.exec(mergeHeadline(r.item));
  // The word before the office is part of it ("Vice president", "Defence minister", "Opposition
  // leader", "Estmark prime minister"): the other lead must give the whole of it.
  const office = !m || OTHER_HOLDER.has((m[1] ?? '').toLowerCase()) ? null : `${m[1] ? `${m[1]} ` : ''}${m[2]}`.toLowerCase().replace(/\s+/g, ' ');
  roleSpoken.set(r, office);
  return office;
}
const roleSpoken = new WeakMap<MergeReport, string | null>();
const ROLE_SPEAKING = bmpLetters(new RegExp(`^\\s*(?:the\\s+)?(?:([\\p{L}’'.-]+)\\s+)?(${alternation([...TITLES, ...ROLES]).replace(/ /g, '\\s+')})\\s+(?:has\\s+|have\\s+)?${HEADLINE_VERB}\\b`, 'iu'));
const OTHER_HOLDER: ReadonlySet<string> = new Set(OTHER_HOLDER_MARKERS);

/** The person every report's headline names speaking ("A: …", "…, says A"), or null. */
function personStatement(reports: readonly MergeReport[]): string | null {
  const speaker = reports[0]?.speaker ?? null;
  if (speaker === null || reports.some((m) => m.speaker !== speaker)) return null;
  return isPerson(reports[0]!, speaker) ? speaker : null;
}

/**
 * Whether the report and one of the event's reports from another page are a preview and the act it
 * announces: one is dated the day before the other and leads with the other's day as the day it
 * looks ahead to (`announcedDay`), or one headline says its act is expected and the other's tells
 * an act done (`expectsAct`, `looksAhead`: "Central bank set to raise rates" in the morning,
 * "Central bank raises rates" in the afternoon; two previews stay one), unless the act done is its
 * doer saying what it will do (`ownWords`), on one day as far as their words tell (`sameDayOrNext`):
 * the act told the next morning by a page dated only by its page ("Varnby lab unveils cheaper
 * battery cell" under the next day's date) is the act done, not the preview; and a preview dated
 * only by its page the day after an act ("X expected to break silence after defeat") does not
 * expect that act. Two pages whose words date them a day apart are left to the day rules (a
 * resignation "on Wednesday" in one zone, "Thursday" in the other, "…, will leave by April 2").
 */
function previewOf(r: MergeReport, members: readonly MergeReport[]): boolean {
  // (Undated reports of pages near in time, `sameDayOrNext`, are one day as far as their words tell: an expectation and a deed there are two acts too.)
  const dayBefore = (m: MergeReport): boolean => r.day === r.day && ((m.day === r.day - 1 && m.announcedDay === r.day) || (r.day === m.day - 1 && r.announcedDay === m.day));
  return members.some((m) => m.seed !== r.seed && (dayBefore(m)
    || (sameDayOrNext(m, r) && ((m.expectsAct && !r.looksAhead && !ownWords(m, r)) || (r.expectsAct && !m.looksAhead && !ownWords(r, m))
      || partAnnounced(m, r) || partAnnounced(r, m)))));
}

/**
 * `planned`'s headline announces its subject's part to come (`plannedBy`: "Premier Ostrander to open
 * the bridge by video link") and `done`'s headline tells an act done without naming that subject
 * ("Vellmark bridge opens to traffic"): two acts, the announcement and another doer's act.
 */
const partAnnounced = (planned: MergeReport, done: MergeReport): boolean =>
  planned.plannedBy !== null && !done.looksAhead && !headlineWordSet(done).has(planned.plannedBy);

/**
 * `ahead`'s headline says what its doer will do ("Vell will not seek the chair again") and `said`'s
 * headline is that doer speaking of what is to come (`speaksAhead`: "Vell says he will not run
 * again"): one statement, told as the doing or as the saying, not a preview of another act.
 */
const ownWords = (ahead: MergeReport, said: MergeReport): boolean => said.speaksAhead && ahead.doer?.id !== undefined && ahead.doer.id === said.speaker;

/**
 * Two reports tell of one day: the same day, or the later one a plain article a day after, dated
 * only by its page (`pageDated`): an article published the morning after tells the evening's act,
 * and says "Monday" further down or not at all. (A live page's undated posts are of its own day.)
 */
export function sameDayOrNext(a: MergeReport, b: MergeReport): boolean {
  if (a.day === b.day) return true;
  if (a.day !== a.day && b.day !== b.day) return pagesNear(a, b); // two undated: their pages say which days
  if (Math.abs(a.day - b.day) !== 1) return false;
  const later = a.day > b.day ? a : b;
  return later.isArticle && later.pageDated;
}

/**
 * Two doers in look-alike words: both headlines name who acts or speaks (`doerNames`), the two
 * share no word of it and no principal person or body, and neither report's text (headline and
 * body) names the other's doer (more than half its words). Two bodies' parallel statements of one
 * day ("the central bank welcomes …", "the treasury and the reserve welcome …", in the same
 * phrases) are two acts however alike their words; one act's reports — wire copy edited for
 * another outlet, one call told from either side, a deed told by its doer and by the one it was
 * done to — name the same doer, or each other's.
 */
export function twoDoersAlike(a: MergeReport, b: MergeReport): boolean {
  // Bodies only: one act told by two outlets may name its doer as a person in one and as a body in
  // the other ("Governor X raises rates" / "the Monetary Authority raises rates"): a report with a
  // principal person is never refused so.
  if (!bodiesSpeak(a) || !bodiesSpeak(b)) return false;
  const x = doerNames(a), y = doerNames(b);
  if (!x.length || !y.length || x.some((h) => y.includes(h))) return false;
  if (a.item.actors.some((p) => isDoerActor(p) && b.item.actors.some((o) => isDoerActor(o) && o.id === p.id))) return false;
  return !namesDoer(textWords(b), x) && !namesDoer(textWords(a), y);
}
/** A report with no principal person: a body's statement (its body may be one the reading does not know). */
const bodiesSpeak = (r: MergeReport): boolean => !r.item.actors.some((p) => p.role === 'principal' && p.kind === 'person');
/** A principal person or body (places and countries are what both may speak of, not who speaks). */
const isDoerActor = (a: ActorRef): boolean => a.role === 'principal' && (a.kind === 'person' || a.kind === 'organisation');
/** A text names a doer: more than half of its name words (a body's "bank" alone is any bank's). */
const namesDoer = (text: ReadonlySet<number>, doer: readonly number[]): boolean => 2 * doer.filter((h) => text.has(h)).length > doer.length;
/**
 * Who a report's headline says acts or speaks, as name words (`HEAD_NAMES` hashes): those of its
 * lead's doer (`doerVerbs`: the subject, not the thing acted on, "X welcomes Y's deal") when its
 * headline gives one; all its headline's names when the headline has no verb ("Statement from X").
 */
function doerNames(r: MergeReport): number[] {
  let out = DOER_NAMES.get(r);
  if (out) return out;
  const names = Array.from(r.headNames);
  const acts = r.doerVerbs;
  const subject = new Set<number>();
  // (A doer none of whose words stands in the headline is its first sentence's: the headline has no verb.)
  if (acts.length) for (const w of mergeHeadline(r.item).split(/\s+/)) {
    if (acts[0]!.doer.includes(wordStem(w.toLowerCase().replace(NOT_NAME_CHAR, '')))) tokenHashes(w, (h) => subject.add(h));
  }
  out = subject.size ? names.filter((h) => subject.has(h)) : names;
  DOER_NAMES.set(r, out);
  return out;
}
const DOER_NAMES = new WeakMap<MergeReport, number[]>();
const NOT_NAME_CHAR = bmpLetters(/[^\p{L}\p{N}-]/gu);
/** Every content word's hash of a report's headline and body (`tokenHashes`), kept per report. */
const textWords = (r: MergeReport): ReadonlySet<number> => {
  let out = TEXT_WORDS.get(r);
  if (!out) {
    const words = new Set<number>();
    tokenHashes(`${r.item.headline}\n${r.item.body}`, (h) => words.add(h));
    TEXT_WORDS.set(r, out = words);
  }
  return out;
};
const TEXT_WORDS = new WeakMap<MergeReport, ReadonlySet<number>>();

function nearDuplicateOfAny(r: MergeReport, members: readonly MergeReport[]): boolean {
  const { minShare, minShingles } = MERGE.nearDuplicate;
  return members.some((s) => {
    if (s.seed === r.seed || twoDoersAlike(r, s)) return false;
    const smaller = Math.min(r.lead.length, s.lead.length);
    return smaller >= minShingles && sharedCount(r.lead, s.lead) >= minShare * smaller;
  });
}

/**
 * One side tells a follow-up act (`MergeReport.followUp`: an apology, an address, an inquiry, a
 * celebration) and the other the deed itself: the report against an event whose reports all tell
 * a deed, or a deed against an event whose reports all tell a follow-up — the same day too: the
 * official's apology or address about an alert his agency sent that morning is his act, not the
 * alert (GUIDELINES: same actor, same act; different speakers on one subject stay apart). A deed is
 * a headline with no follow-up act and no one speaking in it: "Mayor says alert was no mistake" is
 * the mayor's statement, and may be the apology's other account; and one whose headline names the
 * same doer as a report of the other side tells that doer's act in other words.
 */
function followUpOf(r: MergeReport, members: readonly MergeReport[]): boolean {
  const deed = (m: MergeReport): boolean => !m.followUp && m.speaker === null;
  if (!members.length) return false;
  // Whether one side follows up the other first: it stops at the first member that does not, where
  // comparing doers goes through every member of the event (most reports follow up nothing).
  if (!((r.followUp && members.every(deed)) || (deed(r) && members.every((m) => m.followUp)))) return false;
  return !members.some((m) => sameDoer(r, m));
}

/**
 * A report whose headline tells a company's shares moving against an event none of whose headlines
 * does, or the other way round (every report of the event tells one): "Harbourline shares soar"
 * beside "Keller agrees to buy Harbourline". Two outlets' accounts of the move both tell it.
 */
function marketMoveApart(r: MergeReport, members: readonly MergeReport[]): boolean {
  return r.marketMove ? !members.some((m) => m.marketMove) : members.every((m) => m.marketMove);
}

/**
 * `a` answers `b`'s act: the act `a`'s lead says its own act follows (`answeredActs`: "… after the
 * central bank raised rates") is `b`'s lead act (`doerVerbs`: the same verb class and a doer word in
 * common), and `a`'s own doer and verb are none of `b`'s (`shareDoerOrVerb`): the market's move
 * after a rate decision, a march after a council's vote. Two pages' reports only.
 */
function answersAct(a: MergeReport, b: MergeReport): boolean {
  if (a.seed === b.seed || !a.doerVerbs.length || !a.answeredActs.length) return false;
  // A lead whose doer and verb reading did not find (a headline in title case over a caption): its
  // headline's words tell its act — the answered act's verb and one of its doer's words, and none of
  // `a`'s own doer's words (a headline naming both doers may be `a`'s own act told again).
  if (!b.doerVerbs.length) {
    return a.answeredActs.some((x) => headlineNames(b, x.verb) && x.doer.some((w) => headlineHas(b, w)))
      && !a.doerVerbs.some((y) => headlineNames(b, y.verb) || y.doer.some((w) => headlineHas(b, w)));
  }
  if (!a.answeredActs.some((x) => b.doerVerbs.some((y) => x.verb === y.verb && oneDoer(x.doer, y.doer)))) return false;
  return !shareDoerOrVerb(a.doerVerbs, b.doerVerbs);
}

/** Whether a report's headline holds a word by its stem (`DoerVerb.doer`'s words; `MergeReport.headlineWords`). */
const headlineHas = (r: MergeReport, stem: string): boolean => r.headlineWords.words.includes(fnv1a(stem));

/** Whether a report's headline act words (`HEADS`, a class's words as its first word's stem) hold a verb's stem (`DoerVerb.verb`). */
function headlineNames(r: MergeReport, verb: string): boolean {
  const h = fnv1a(verb);
  for (let k = sectionStart(r, HEADS), end = sectionEnd(r, HEADS); k < end; k++) if (r.f[k] === h) return true;
  return false;
}

/** Both headlines say the same person or body acts (`MergeReport.doer`): "Premier speaks to the rescued" and "Premier interacts with the rescued" tell one act. */
const sameDoer = (a: MergeReport, b: MergeReport): boolean => a.doer !== null && b.doer !== null && !twoDoers(a.doer, b.doer);

/** A plain article dated only by its page (see `MERGE.late`): it may retell an act of the days before. */
export const mayRetellLate = (r: MergeReport): boolean => r.isArticle && r.pageDated && r.day === r.day;

/**
 * Two pages' reports two to `MERGE.late.maxDays` days apart, the later a plain article dated only by
 * its page, whose headlines name the same act (`MERGE.late`: an act word in common, a lead that
 * retells it) done by a person principal in both (or named in both headlines), in one voice, and neither a follow-up act of the other (`followUpOf`).
 */
function lateRetelling(a: MergeReport, b: MergeReport): boolean {
  const [early, late] = a.day < b.day ? [a, b] : [b, a];
  const gap = late.day - early.day;
  return gap >= 2 && gap <= MERGE.late.maxDays && mayRetellLate(late) && early.seed !== late.seed
    && sharedIn(early, late, HEADS) >= MERGE.late.minSharedWords && rarityCosine(early, late) >= MERGE.late.minCosine && oneVoice(early, late)
    && (sharePerson(early, late) || sharedIn(early, late, HEAD_NAMES) >= MERGE.late.minSharedNameWords)
    && !followUpOf(late, [early]) && !followUpOf(early, [late]);
}

/**
 * Two plain articles of two pages, a day apart by their own words, that tell one act across two
 * time zones (`MERGE.zones`): a principal person in both, the same rare words in their leads, a
 * headline act word in common (or leads closer still), one voice, no count one states and the
 * other does not share. Each page is of its report's day or the day after (a page does not date
 * its own act the day after its publication).
 */
function twoZones(a: MergeReport, b: MergeReport): boolean {
  if (!a.isArticle || !b.isArticle || a.seed === b.seed || Math.abs(a.day - b.day) !== 1) return false;
  // The cheap tests first: candidate pairs a day apart are tested here too (`linked`).
  const pa = pageDay(a), pb = pageDay(b);
  if (!(pa - a.day >= 0 && pa - a.day <= 1 && pb - b.day >= 0 && pb - b.day <= 1 && Math.abs(pa - pb) <= 1)) return false;
  if (otherCounts(a.leadNumbers, b.leadNumbers)) return false;
  const { minCosine, minCosineWithoutHeadline, minSharedWords } = MERGE.zones;
  const rare = rarityCosine(a, b);
  if (rare < minCosine) return false;
  if (!(personInBothHeadlines(a, b) || eveningBefore(a, b)) || !oneVoice(a, b) || continues(a) || continues(b)) return false;
  // Two statements of one speaker a day apart are one only in the same headline words (or quotes,
  // judged before): the speaker's name, country and story weigh the most by rarity, and the same
  // person's statement of the next day on another matter shares them all.
  const statements = a.speaker !== null && b.speaker !== null;
  return (!statements && rare >= minCosineWithoutHeadline) || sharedIn(a, b, HEADS) >= minSharedWords;
}

/**
 * A person principal in both reports whose surname both headlines give: the act's own person ("X
 * announces resignation", "X ousted"), not a source both quote under headlines that name no one
 * (a fire commissioner's count each day, a minister's two interviews under "Ruritania says …").
 */
function personInBothHeadlines(a: MergeReport, b: MergeReport): boolean {
  const inHeadline = (r: MergeReport, surname: string): boolean => new RegExp(`(?<![\\p{L}])${literal(surname)}(?![\\p{L}])`, 'iu').test(mergeHeadline(r.item));
  // Either report's spelling of the name may be the one both headlines give: the answer must not depend on which came first.
  return sharedPersons(a, b).some(([x, y]) => [x.name, y.name].some((n) => inHeadline(a, surnameOf(n)) && inHeadline(b, surnameOf(n))));
}

/**
 * The earlier of two reports a day apart puts its act in the evening of its own day ("late
 * Tuesday", "Tuesday night": `eveningMarkers` beside the weekday of its day, in its headline or first
 * sentence), and both name the same doer (`sameSomeone`: a body or a country's institution, whose
 * reading may give two ids, "Senate" and "Varossa's Senate"). An act of a country's evening is the
 * next day in the zones ahead of it, where other outlets date it so: the evening stands for the
 * act's own person named in both headlines (`personInBothHeadlines`), the rest of `MERGE.zones`
 * (the same rare words, a headline act word, one voice, no other counts) still holds. The same
 * doer's act of the next day is told in other words and its own headline act.
 */
function eveningBefore(a: MergeReport, b: MergeReport): boolean {
  const early = a.day < b.day ? a : b;
  if (early.pageDated || !sameSomeone(a, b)) return false;
  const weekday = WEEKDAY_NAMES[(((early.day + 4) % 7) + 7) % 7]!; // 1970-01-01, day 0, was a Thursday
  return eveningOf(weekday).test(headAndFirstSentence(early));
}
/** The evening of a weekday, as `eveningMarkers` put it ("late Tuesday", "late on Tuesday", "Tuesday night"), one pattern a weekday, built once. */
const EVENINGS = new Map(WEEKDAY_NAMES.map((d) => [d, bmpLetters(new RegExp(
  `(?<![\\p{L}])(?:(?:${alternation(EVENING_MARKERS.before).replace(/ /g, '\\s+')})\\s+${literal(d)}|${literal(d)}\\s+(?:${alternation(EVENING_MARKERS.after)}))(?![\\p{L}])`, 'iu'))]));
const eveningOf = (weekday: string): RegExp => EVENINGS.get(weekday)!;

/** Its headline and first sentence. */
const headAndFirstSentence = (r: MergeReport): string => `${mergeHeadline(r.item)} ${r.item.body.split(SENTENCE_END, 1)[0] ?? ''}`;
/** Its headline or first sentence tells an act continued or done once more (`continuationMarkers`: "testifies for a second day", "talks resume"). */
const continues = (r: MergeReport): boolean => CONTINUATION.test(headAndFirstSentence(r));
const CONTINUATION = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation(CONTINUATION_MARKERS)})(?![\\p{L}])`, 'iu'));


/** A person's surname: the last word of the name ("Vela Ostrand" → "Ostrand"). */
const surnameOf = (name: string): string => name.trim().split(/\s+/).pop() ?? name;

/**
 * Two reports' pages were published within `MERGE.undated.pageDays` days, or neither page gives a
 * day (what the index lets meet: merger.ts `undatedDays`).
 */
function pagesNear(a: MergeReport, b: MergeReport): boolean {
  const da = pageDay(a), db = pageDay(b);
  if (da !== da || db !== db) return da !== da && db !== db;
  return Math.abs(da - db) <= MERGE.undated.pageDays;
}

/** The day of a report's page (days since 1970-01-01, its publication's own calendar day), NaN when the page gives none. */
export function pageDay(r: MergeReport): number {
  const published = publishedOfRank(r.rank);
  return published === null ? NaN : Math.floor(Date.parse(published.slice(0, 10)) / 86_400_000);
}

/** The principal persons two reports share, as each names them. */
function sharedPersons(a: MergeReport, b: MergeReport): Array<[ActorRef, ActorRef]> {
  const out: Array<[ActorRef, ActorRef]> = [];
  for (const x of a.item.actors) {
    if (x.role !== 'principal' || x.kind !== 'person') continue;
    const y = b.item.actors.find((z) => z.role === 'principal' && z.id === x.id);
    if (y) out.push([x, y]);
  }
  return out;
}
/** Whether two reports share a principal person. */
const sharePerson = (a: MergeReport, b: MergeReport): boolean => sharedPersons(a, b).length > 0;

/** The report or one of the event's reports has no day (see `judge`). */
/**
 * A report and every report of an event tell their act's day by one weekday, the same: each lead
 * (headline and its first `TOLD_WEEKDAY_PARAGRAPHS` paragraphs) names one weekday and no other
 * ("… stormed the president's residence on Saturday"). Pages copied without their date still say
 * when their act happened in its lead; two leads naming one weekday are of one day as far as their
 * words tell (a story's acts a week apart are rare within a day's reports), and two naming two
 * weekdays, or none, are left to the undated rule.
 */
function sameToldWeekday(r: MergeReport, members: readonly MergeReport[]): boolean {
  const day = toldWeekday(r);
  return day !== null && members.every((m) => toldWeekday(m) === day);
}
/**
 * Two reports' leads (headline and first `FIGURE_PARAGRAPHS` paragraphs) give at least
 * `MIN_SHARED_FIGURES` of the same precise figures (`preciseFigures`): a count to the unit, a share
 * to the decimal ("6,214,583 votes", "48.37%", "$3.25 billion"). Such figures are the act's own
 * details, written down once and copied by every account; the story's round numbers ("six days",
 * "40 workers") recur in its next acts.
 */
function sameFigures(a: MergeReport, b: MergeReport): boolean {
  const x = preciseFigures(a), y = preciseFigures(b);
  return x.filter((n) => y.includes(n)).length >= MIN_SHARED_FIGURES;
}
/**
 * The report's lead gives `MIN_SHARED_FIGURES` precise figures or more (`preciseFigures`), and so does
 * the lead of at least one of the event's reports of another page of the same day or the next
 * (`sameDayOrNext`), and each of those gives none that
 * agrees with one of the report's (`figuresAgree`): two moments of a count, not one act's accounts.
 */
function otherFiguresThanAll(r: MergeReport, members: readonly MergeReport[]): boolean {
  const mine = preciseFigures(r);
  if (mine.length < MIN_SHARED_FIGURES) return false;
  // Two moments of one count are told on one day (or the evening's told the next morning): reports of other days are left to the day rules.
  const stating = members.filter((m) => m.seed !== r.seed && sameDayOrNext(r, m) && preciseFigures(m).length >= MIN_SHARED_FIGURES);
  return stating.length > 0 && stating.every((m) => !preciseFigures(m).some((n) => mine.some((k) => figuresAgree(n, k))));
}
/**
 * Two figures agree when they are one at the lesser precision of the two ("50.84%" and "50.8%"; not
 * "50.9%"): outlets round a result their own way.
 */
function figuresAgree(a: number, b: number): boolean {
  const places = Math.min(decimals(a), decimals(b));
  return Math.abs(a - b) <= 0.5 * 10 ** -places + 1e-9;
}
const decimals = (n: number): number => { const s = String(n); const dot = s.indexOf('.'); return dot < 0 ? 0 : s.length - dot - 1; };
/** Precise figures two leads must share (`sameFigures`): one may be a coincidence (a share, a price), two are the act's result. */
const MIN_SHARED_FIGURES = 2;
/** Paragraphs of a body read with its headline for its figures: the lead and the two after it (a result's figures follow its lead). */
const FIGURE_PARAGRAPHS = 3;
/**
 * A figure is precise when it gives at least this many significant digits ("48.37", "6,214,583",
 * "5.25") and, whole, runs to a thousand or more: a round one ("10,000 protesters", "2.5%", "1.5
 * million") or a small count is any report's of a story, and its acts repeat it (years are no
 * figures, `statedNumbers`).
 */
const PRECISE_FIGURE_DIGITS = 3;
const PRECISE_WHOLE_MIN = 1000;
const significantDigits = (n: number): number => String(Math.abs(n)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
const preciseFigures = (r: MergeReport): readonly number[] => {
  let out = FIGURES.get(r);
  if (!out) FIGURES.set(r, out = statedNumbers(leadText(r.item, FIGURE_PARAGRAPHS)).filter((n) => significantDigits(n) >= PRECISE_FIGURE_DIGITS && (!Number.isInteger(n) || n >= PRECISE_WHOLE_MIN)));
  return out;
};
const FIGURES = new WeakMap<MergeReport, readonly number[]>();
/** Paragraphs of a body read with its headline for the weekday its lead tells: the lead and the one after it (a lead's second sentence often says when). */
const TOLD_WEEKDAY_PARAGRAPHS = 2;
/** The one weekday a report's lead names (`sameToldWeekday`), or null (none, or two). */
const toldWeekday = (r: MergeReport): string | null => {
  let out = TOLD_WEEKDAY.get(r);
  if (out === undefined) {
    const days = new Set(Array.from(leadText(r.item, TOLD_WEEKDAY_PARAGRAPHS).matchAll(WEEKDAY), (m) => m[0]));
    TOLD_WEEKDAY.set(r, out = days.size === 1 ? [...days][0]! : null);
  }
  return out;
};
const TOLD_WEEKDAY = new WeakMap<MergeReport, string | null>();
const WEEKDAY = new RegExp(`\\b${WEEKDAY_NC}\\b`, 'g');
const undatedPair = (r: MergeReport, members: readonly MergeReport[]): boolean => r.day !== r.day || members.some((m) => m.day !== m.day);

function withinADay(a: MergeReport, b: MergeReport): boolean {
  if (a.day !== a.day || b.day !== b.day) return a.day !== a.day && b.day !== b.day; // undated meet only undated
  return Math.abs(a.day - b.day) <= 1;
}

/** Whether the k smallest values of two reports' section `i` (ascending) share one. */
function sketchShared(a: MergeReport, b: MergeReport, i: number, k: number): boolean {
  const a0 = sectionStart(a, i), b0 = sectionStart(b, i);
  return sharedCountIn(a.f, a0, Math.min(a0 + k, sectionEnd(a, i)), b.f, b0, Math.min(b0 + k, sectionEnd(b, i))) > 0;
}

/** How many values two reports' section `i` share, read in place (no view made: links are tested for every candidate pair). */
const sharedIn = (a: MergeReport, b: MergeReport, i: number): number =>
  sharedCountIn(a.f, sectionStart(a, i), sectionEnd(a, i), b.f, sectionStart(b, i), sectionEnd(b, i));

