import mergeActsData from '../../data/lexicon/merge-acts.json';
import hostsData from '../../data/lexicon/news-hosts.json';
import zonesData from '../../data/lexicon/time-zones.json';
import wordsData from '../../data/lexicon/words.json';

/**
 * The word lists every reading rule shares (data/lexicon/*.json), each defined once, and the
 * pattern fragments built from them. A rule that needs months, weekdays, reporting verbs, zones or
 * agencies takes them from here and keeps no copy.
 */

/** Words as a regex alternation, longest first, special characters escaped. */
export const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(literal).join('|');
/** A word or name as a regular expression's literal text (a name found on a page may hold a "." or a "("). */
export const literal = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const MONTH_NAMES: readonly string[] = wordsData.months;
/** The forms of "to be" ('was', 'has been'): passives and states (words.json `beForms`). */
export const BE_FORMS: readonly string[] = wordsData.beForms;
/** Words that open a subordinate clause ("where", "after"): a date in one is the clause's. */
export const SUBORDINATORS: readonly string[] = wordsData.subordinators;
/** The fields of a state's own ministries ("Foreign", "Defence"). */
export const STATE_FIELD_WORDS: readonly string[] = wordsData.stateFieldWords;
/** Words that say a state's body is the whole country's ('National', 'Federal'), often left out. */
export const NATION_WORDS: readonly string[] = wordsData.nationWords;
/** Words of the present and the perfect ("has", "says"). */
export const PRESENT_TENSE_MARKERS: readonly string[] = wordsData.presentTenseMarkers;
export const WEEKDAY_NAMES: readonly string[] = wordsData.weekdays;
export const WIRE_AGENCIES: readonly string[] = wordsData.wireAgencies;
/** Wire agencies by their full names ("Kyodo News"): sources, never actors. */
export const WIRE_AGENCY_NAMES: readonly string[] = wordsData.wireAgencyNames;
export const TITLES: readonly string[] = wordsData.titles;
/** Titles that are also adjectives ("Major"): inside a longer capitalised name, no title (name-shapes.ts). */
export const ADJECTIVE_TITLES: readonly string[] = wordsData.adjectiveTitles;
/** Numbers as words, each at its value's place ("six" at 6). */
export const NUMBER_WORDS: readonly string[] = wordsData.numberWords;
export const ROLES: readonly string[] = wordsData.roles;
/** Verbs a headline gives someone's stated reaction by ('Ruritania protests …'): a headline speaker's verb (chronology/headline-speaker.ts). */
export const REACTION_VERBS: readonly string[] = wordsData.reactionVerbs;
/** Words that open a headline's background clause ("… after ending his campaign"). */
export const HEADLINE_BACKGROUND: readonly string[] = wordsData.headlineBackground;
/** Roles of those who report the news ("editor", "correspondent"): a name after one is a journalist's. */
export const NEWSROOM_ROLES: readonly string[] = wordsData.newsroomRoles;
/** Roles a page credits its own staff by on a reporter's card or in a byline, besides NEWSROOM_ROLES ("analyst", "producer"); in prose they introduce people in the news. */
export const NEWSROOM_CARD_ROLES: readonly string[] = wordsData.newsroomCardRoles;
/** Verbs by which a headline gives its subject's statement, demand or refusal ("says", "calls for"). */
export const HEADLINE_SPEECH_VERBS: readonly string[] = wordsData.headlineSpeechVerbs;
/** Words besides weekdays and months that may carry a date ("yesterday", "week"). */
export const DATE_CUE_WORDS: readonly string[] = wordsData.dateCueWords;
/** Parts of a day or of days: before "of" and a day they time it (dates.ts NAMED_BY_DAY_OF). */
export const DAY_PARTS: readonly string[] = wordsData.dayParts;
/** Past participles without -ed that may describe a noun with a day after them ('the talks held on Monday'), data/lexicon/words.json. */
export const REDUCED_RELATIVE_PARTICIPLES: readonly string[] = wordsData.reducedRelativeParticiples;
/** Words ending in -ed that are no past participles ('bed', 'hundred'), data/lexicon/words.json. */
export const ED_NON_PARTICIPLES: readonly string[] = wordsData.edNonParticiples;
/** Words after which a noun phrase opens a clause of its own ('and', 'believe'), data/lexicon/words.json. */
export const CLAUSE_JOINERS: readonly string[] = wordsData.clauseJoiners;
/** "third", "12th": an ordinal, spelled out or in figures with its suffix. No capture. */
export const ORDINAL = `(?:${wordsData.ordinals.join('|')}|\\d+(?:st|nd|rd|th))`;
export const SENTENCE_OPENERS: readonly string[] = wordsData.sentenceOpeners;
/** Short words a title-case headline leaves in lower case ("to", "of", "with"). */
export const TITLE_CASE_SMALL_WORDS: readonly string[] = wordsData.titleCaseSmallWords;
/** The same, as a set (lower case words). */
export const TITLE_CASE_SMALL_SET: ReadonlySet<string> = new Set(TITLE_CASE_SMALL_WORDS);
/** Dotted short forms a sentence never ends on ("Mr.", "St."), besides the dotted titles. */
export const SHORT_FORMS: readonly string[] = wordsData.shortForms;
/** Words that open a sentence going on from the one before ("He", "But"). */
export const CONTINUATION_OPENERS: readonly string[] = wordsData.continuationOpeners;
/** Nouns saying a body is a news outlet ("broadcaster", "newspaper"): a name after one reporting is a source. */
export const OUTLET_KINDS: readonly string[] = wordsData.outletKinds;
export const ACRONYM_OUTLET_KINDS: readonly string[] = wordsData.acronymOutletKinds;
export const OUTLET_VERBS: readonly string[] = wordsData.outletVerbs;
/** The last words of a news agency's name ("… Press Agency"): an outlet (outlets.ts). */
export const OUTLET_NAME_ENDS: readonly string[] = wordsData.outletNameEnds;
/** Words before the outlet a report comes from ("as reported by", "according to"): an outlet after one is a source. */
export const SOURCE_CUES: readonly string[] = wordsData.sourceCues;
/** A country's news media after its name ("US media reported"): a source, the country no actor. */
export const PRESS_NOUNS: readonly string[] = wordsData.pressNouns;
/** Capitalised nouns ending a news organisation's name ('… News', '… Press Association'). */
export const OUTLET_NAME_NOUNS: readonly string[] = wordsData.outletNameNouns;
/** Words that rank a body among others ("Biggest", "Largest"): a run opening on one describes, it does not name. */
export const RANKING_WORDS: readonly string[] = wordsData.rankingWords;
/** Nouns a body's name ends on ("… Authority", "… Service"). */
export const BODY_NOUNS: readonly string[] = wordsData.bodyNouns;
/** Legal forms after a company's name ("… Corp", "… AG"). */
export const COMPANY_SUFFIXES: readonly string[] = wordsData.companySuffixes;
/** Lower-case words inside a person's name ("de la", "van der", "al-"). */
export const NAME_PARTICLES: readonly string[] = wordsData.nameParticles;
/** Words of the names of places, storms and buildings: never in a person's name. */
export const PLACE_NOUNS: readonly string[] = wordsData.placeNouns;
export const PLACE_QUALIFIERS: readonly string[] = wordsData.placeQualifiers;
/** The same, as a set: the one lookup every rule that asks "is this word a place's qualifier?" uses. */
export const PLACE_QUALIFIER_SET: ReadonlySet<string> = new Set(PLACE_QUALIFIERS);
/** Words of the styles that address royalty, clergy and envoys ('His Royal Highness'): never a name of their own. */
export const HONORIFIC_STYLES: readonly string[] = wordsData.honorificStyles;
/** Plural nouns after a demonym that make it speak for its state ("Chilean officials"). */
export const STATE_COLLECTIVES: readonly string[] = wordsData.stateCollectives;
/** A country's voters, citizens, people after its demonym (`peopleCollectives`), acting by `peopleActs` only. */
export const PEOPLE_COLLECTIVES: readonly string[] = wordsData.peopleCollectives;
/** What a country's people do as its people (`peopleActs`: voted, rejected, said …). */
export const PEOPLE_ACTS: readonly string[] = wordsData.peopleActs;
/** PEOPLE_ACTS as a pattern, no capture. */
export const PEOPLE_ACT = `(?:${alternation(PEOPLE_ACTS)})`;
/** A state's own services in lower case after its demonym ("navy", "coast guard"). */
export const STATE_SERVICES: readonly string[] = wordsData.stateServices;
/** The noun ending a state body's lower-case name after a word or two ("interior ministry", "disaster agency"). */
export const STATE_BODY_NOUNS: readonly string[] = wordsData.stateBodyNouns;
/** A state's news outlets in lower case ("state news agency"): sources, not actors. */
export const SOURCE_BODIES: readonly string[] = wordsData.sourceBodies;
/** Lower-case nouns before a company's or body's name ("the grid operator X"). */
export const BODY_DESCRIPTORS: readonly string[] = wordsData.bodyDescriptors;
/** Story nouns and the forms that name them ("quake" → earthquake): what a story is named after. */
export const STORY_NOUNS: Readonly<Record<string, readonly string[]>> = wordsData.storyNouns;
/** Words between a story's name and its noun ("Varna port explosion"): the kind of place it happened to. */
export const STORY_MODIFIERS: readonly string[] = wordsData.storyModifiers;
export const LAUNCH_VERBS: readonly string[] = wordsData.launchVerbs;
export const STORY_STRUCK_PLACES: readonly string[] = wordsData.storyStruckPlaces;
/** Kinds of place or vehicle a story happens in or to ("cable car", "tunnel"): a lead pairing one with a story noun tells that story by it. */
export const STORY_THINGS: readonly string[] = wordsData.storyThings;
/** Story nouns whose verb's subject may have done it ("the Harbour Coast Guard rescued"): a body's name before a verb form names no story. */
export const STORY_NOUNS_BY_AGENT: readonly string[] = wordsData.storyNounsByAgent;
/** Story nouns of what a whole country goes through once in a story (words.json `countryStoryNouns`: a quake, a vote, a war; not an attack). */
export const COUNTRY_STORY_NOUNS: readonly string[] = wordsData.countryStoryNouns;
/** How an act was done, between a name and its story's verb ("Ines Marr formally resigns", "Keel Tower suddenly collapsed"). */
export const STORY_ADVERBS: readonly string[] = wordsData.storyAdverbs;
/** Story nouns a headline or title names by its year alone ("Election 2026 live" → "2026 election"): a vote. */
export const STORY_NOUNS_BY_YEAR: readonly string[] = wordsData.storyNounsByYear;
/** A year as news writes one, 1900–2099 ("2026"), no capture: a vote's name, a model number's neighbour, a label's lead. */
export const YEAR = '(?:19|20)\\d\\d';
/** A year standing alone between the separators of a page's address ("/2022/04/", "-2023-"). */
const URL_YEAR = new RegExp(`(?:^|[/_-])(${YEAR})(?=[/_-]|$)`, 'g');
/** Phrases that open with a story noun's form but name something else ("death toll"). */
export const NOT_STORY_PHRASES: readonly string[] = wordsData.notStoryPhrases;
/** Story nouns of what happens to a place ("Spanish floods"): a demonym before one names its country's story. */
export const STORY_NOUNS_PLACED_BY_PEOPLE: readonly string[] = wordsData.storyNounsPlacedByPeople;
/** Story nouns whose story is a country's, never a candidate's ("Vell election" → "Vestland election"; emerging-topics.ts). */
export const STORY_NOUNS_OF_COUNTRIES: readonly string[] = wordsData.storyNounsOfCountries;
/** A company named again without its name ("the company"). */
export const COMPANY_ROLES: readonly string[] = wordsData.companyRoles;
/** The last words of a company's name besides its legal form ("Bank", "Group"). */
export const COMPANY_NOUNS: readonly string[] = wordsData.companyNouns;
/** Exchanges named before a ticker in brackets ('(NYSE: HBL)'). */
export const STOCK_EXCHANGES: readonly string[] = wordsData.stockExchanges;
/** Words right before the company a deal is for ('takeover of'). */
export const DEAL_PHRASES: readonly string[] = wordsData.dealPhrases;
/** A place's own services in lower case after its name ("police", "jury"). */
export const LOCAL_SERVICES: readonly string[] = wordsData.localServices;
/** A future-tense marker, no capture. */
export const FUTURE_MARKER = `(?:${alternation(wordsData.futureMarkers)})`;
/** The one-word future markers of words.json `futureMarkers` ("will", "shall"), lower case. */
export const FUTURE_MARKER_WORDS: readonly string[] = wordsData.futureMarkers.filter((w: string) => !/\s/.test(w)).map((w: string) => w.toLowerCase());
/** Words that schedule the day right after them (`scheduledForMarkers`: "set for", "planned for" …), no capture. */
export const SCHEDULED_FOR_MARKER = `(?:${alternation(wordsData.scheduledForMarkers)})`;
/** Words by which a headline says an act is expected, not done (`expectationMarkers`: "set to", "expected to" …), as an alternation. */
export const EXPECTATION_MARKER = `(?:${alternation(wordsData.expectationMarkers)})`;
/** Follow-up acts of a story (data/lexicon/merge-acts.json `followUpActs`: an apology, an address, an inquiry …; chronology/merge-report.ts). */
export const FOLLOW_UP_ACTS: readonly string[] = mergeActsData.followUpActs;
/** Reporting verbs that are also an act done to a person (merge-acts.json `appointmentVerbs`; chronology/features.ts). */
export const APPOINTMENT_VERBS: readonly string[] = mergeActsData.appointmentVerbs;
/** Classes of words that name one act in headlines ("confirms", "OKs", "approval"; "raises", "hikes"), each a list, its first word the class's. */
export const ACT_CLASSES: readonly (readonly string[])[] = mergeActsData.actClasses;
/** Background words by which a lead tells an earlier act its own act answers (merge-acts.json `answeringBackground`: "after", "following"; chronology/doer-verb.ts). */
export const ANSWERING_BACKGROUND: readonly string[] = mergeActsData.answeringBackground;
/** Kinds of site where an act nobody does happens (data/lexicon/merge-acts.json `sceneNouns`). */
export const SCENE_NOUNS: readonly string[] = mergeActsData.sceneNouns;
/** An act continued or done once more (data/lexicon/merge-acts.json `continuationMarkers`; chronology/merge-rule.ts `MERGE.zones`). */
export const CONTINUATION_MARKERS: readonly string[] = mergeActsData.continuationMarkers;
/** Words before an office saying its holder is not the one in office now (data/lexicon/merge-acts.json `otherHolderMarkers`; chronology/merge-rule.ts). */
export const OTHER_HOLDER_MARKERS: readonly string[] = mergeActsData.otherHolderMarkers;
/** Words putting an act in the evening of the weekday they stand beside (data/lexicon/merge-acts.json `eveningMarkers`; chronology/merge-rule.ts `MERGE.zones`). */
export const EVENING_MARKERS: { readonly before: readonly string[]; readonly after: readonly string[] } = mergeActsData.eveningMarkers;
/** Nouns naming an act as its doer's after a preposition ("with the tribunal's ruling": merge-acts.json `ownedActNouns`; chronology/merge-rule.ts `onOthersAct`). */
export const OWNED_ACT_NOUNS: readonly string[] = mergeActsData.ownedActNouns;
/** Prepositions before such an act ("with", "to", "against": merge-acts.json `ownedActPrepositions`). */
export const OWNED_ACT_PREPOSITIONS: readonly string[] = mergeActsData.ownedActPrepositions;
/** A reported statement's future (data/lexicon/merge-acts.json `reportedFutureMarkers`). */
export const REPORTED_FUTURE_MARKERS: readonly string[] = mergeActsData.reportedFutureMarkers;
/** Verbs a lead's doer acts by, base forms (merge-acts.json `leadVerbs`; doer-verb.ts). */
export const LEAD_VERBS: readonly string[] = mergeActsData.leadVerbs;
/** Verbs of a doer's stance on an act, a saying, base forms (merge-acts.json `stanceVerbs`; doer-verb.ts `isSaying`). */
export const STANCE_VERBS: readonly string[] = mergeActsData.stanceVerbs;
/** What a company's shares are called when a headline tells them moving (merge-acts.json `marketMoveHoldings`). */
export const MARKET_MOVE_HOLDINGS: readonly string[] = mergeActsData.marketMoveHoldings;
/** Verbs relaying another doer's deed, as written, each one of `REPORTING_VERBS` (merge-acts.json `relayVerbs`; doer-verb.ts `twoDoerVerbs`). */
export const RELAY_VERBS: readonly string[] = mergeActsData.relayVerbs;
for (const v of RELAY_VERBS) if (!wordsData.reportingVerbs.includes(v)) throw new Error(`merge-acts.json relayVerbs: "${v}" is not one of words.json reportingVerbs`);
/** Words that may stand before the word opening a lead's background clause ("Hours after …"; merge-acts.json `backgroundTimeWords`; doer-verb.ts). */
export const BACKGROUND_TIME_WORDS: readonly string[] = mergeActsData.backgroundTimeWords;
/** Auxiliaries between a lead's doer and its verb (merge-acts.json `leadAuxiliaries`). */
export const LEAD_AUXILIARIES: readonly string[] = mergeActsData.leadAuxiliaries;
/** Auxiliaries of a tense or stress, not a mood ("has", "did"; merge-acts.json `leadTenseAuxiliaries`; doer-verb.ts modals are the others). */
export const LEAD_TENSE_AUXILIARIES: readonly string[] = mergeActsData.leadTenseAuxiliaries;
/** Adverbs between an auxiliary and its verb (merge-acts.json `leadAdverbs`). */
export const LEAD_ADVERBS: readonly string[] = mergeActsData.leadAdverbs;
/** Irregular past forms of a lead's verbs (merge-acts.json `leadPastForms`). */
export const LEAD_PAST_FORMS: readonly string[] = mergeActsData.leadPastForms;
/** Classes of one act's lead verbs, particles included (merge-acts.json `leadVerbClasses`). */
export const LEAD_VERB_CLASSES: readonly (readonly string[])[] = mergeActsData.leadVerbClasses;
/** A word stating that someone died ("dies", "confirmed dead"), no capture (chronology/merge-report.ts). */
export const DEATH_WORD = `(?:${alternation(wordsData.deathWords)})`;
/** Verbs that tell a killing in the active voice, the dead after them ("gunmen assassinate the president"), no capture. */
export const KILLING_VERB = `(?:${alternation(wordsData.killingVerbs)})`;
/** Words right before a killing verb that make it background, an intent or a doubt ("the crash that killed X"). */
export const KILLING_BACKGROUND_WORDS: readonly string[] = wordsData.killingBackground;
/** Words that may stand between a person and the word saying they died ("X has been confirmed dead"). */
export const DEATH_LINK_WORDS: readonly string[] = wordsData.deathLinks;
/** Verbs that confirm a death told by the noun ("confirm death of X", "X's death confirmed"; `deathConfirmations`). */
export const DEATH_CONFIRMATION_WORDS: readonly string[] = wordsData.deathConfirmations;
/** A verb after which a capital stands for its government, no capture. */
export const GOVERNMENT_VERB = `(?:${alternation(wordsData.governmentVerbs)})`;

/** A month, full or abbreviated, with an optional dot: one capture group. */
export const MONTH = `(${alternation([...wordsData.months, ...wordsData.monthAbbreviations])})\\.?`;
/** A month, full or abbreviated, with an optional dot, no capture. */
export const MONTH_NC = `(?:${alternation([...wordsData.months, ...wordsData.monthAbbreviations])})\\.?`;
/** A weekday name: one capture group. */
export const WEEKDAY = `(${alternation(wordsData.weekdays)})`;
/** A weekday name, no capture. */
export const WEEKDAY_NC = `(?:${alternation(wordsData.weekdays)})`;
/** A weekday, full or abbreviated ("Tue", "Thurs."), with an optional dot, no capture. */
export const WEEKDAY_ANY_NC = `(?:${alternation([...wordsData.weekdays, ...wordsData.weekdayAbbreviations])})\\.?`;
/**
 * "12-" of "12-13 December 2019": the first day of the range a dateline may print (the line dates
 * the range's last day, where the page stands). No capture.
 */
export const DAY_RANGE_START = '(?:\\d{1,2}(?:st|nd|rd|th)?\\s*[-–]\\s*)?';
/** "| Local News", "| 4 min read": a short label a dateline carries after a bar (a section, a reading time). No capture. */
export const DATELINE_LABEL = '(?:\\s*\\|\\s*[^|.!?]{1,30})?';
/** A verb by which an actor acts in a lead ("met", "signed"), no capture. */
export const ACT_VERB = `(?:${alternation(wordsData.actVerbs)})`;
/** The reporting verbs ("said", "told"), data/lexicon/words.json. */
export const REPORTING_VERBS: readonly string[] = wordsData.reportingVerbs;
/** The same as one alternation, no capture. */
export const REPORTING_VERB = `(?:${alternation(REPORTING_VERBS)})`;
/** The reporting verbs news puts before the speaker’s name ("…,” said Ana Reyes"), data/lexicon/words.json. */
export const INVERTED_REPORTING_VERBS: readonly string[] = wordsData.invertedReportingVerbs;
/** The same as one alternation, no capture. */
export const INVERTED_REPORTING_VERB = `(?:${alternation(INVERTED_REPORTING_VERBS)})`;
/** A label before a page's date or time stamp ("Updated", "First published"), no capture; callers match it in any case. */
export const STAMP_LABEL = `(?:${alternation(wordsData.stampLabels).replace(/ /g, '\\s+')})`;
/** A wire or photo agency, no capture. */
export const AGENCY = `(?:${alternation(wordsData.wireAgencies)})`;

/** Offsets from UTC in minutes of the zone abbreviations pages print after a time. */
const ZONES: Readonly<Record<string, number>> = zonesData.zones;
const GENERIC_ZONES: Readonly<Record<string, number>> = zonesData.generic;
/** Zones spelled out ("Greenwich Mean Time") and the abbreviation each stands for. */
export const ZONE_NAMES: Readonly<Record<string, string>> = zonesData.names;
/** A zone printed as its offset: "UTC+5", "GMT-3", "UTC+05:30". */
const OFFSET_ZONE = /^(?:UTC|GMT)\s?([+−-])\s?(\d{1,2})(?::?(\d{2}))?$/i;
/** Any zone abbreviation we know, or an offset from UTC/GMT; no capture. */
export const ZONE = `(?:(?:UTC|GMT) ?[+−-] ?\\d{1,2}(?::?\\d{2})?|${alternation([...Object.keys(ZONES), ...Object.keys(GENERIC_ZONES)])})`;

/**
 * Offset from UTC in minutes of a zone abbreviation on a given day, or null when unknown. US
 * generic zones (ET, PT…) follow daylight saving: second Sunday of March to first Sunday of November.
 */
export function zoneOffset(abbr: string, day: string): number | null {
  const z = abbr.toUpperCase();
  const offset = OFFSET_ZONE.exec(z);
  if (offset) return (offset[1] === '+' ? 1 : -1) * (+offset[2]! * 60 + +(offset[3] ?? 0));
  if (z in ZONES) return ZONES[z]!;
  if (!(z in GENERIC_ZONES)) return null;
  return GENERIC_ZONES[z]! + (usDaylightSaving(day) ? 60 : 0);
}

function usDaylightSaving(day: string): boolean {
  const y = Number(day.slice(0, 4));
  const nthSunday = (month: number, n: number) => {
    const first = new Date(Date.UTC(y, month, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (n - 1);
  };
  const start = `${y}-03-${String(nthSunday(2, 2)).padStart(2, '0')}`;
  const end = `${y}-11-${String(nthSunday(10, 1)).padStart(2, '0')}`;
  return day >= start && day < end;
}

const HOSTS: Readonly<Record<string, string>> = hostsData.hosts;
/** The names of the well-known news outlets ("Example News"), once each, without a "(Country)" note. */
export const OUTLET_NAMES: readonly string[] = [...new Set(Object.values(HOSTS).map((n) => n.replace(/\s*\(.*\)$/, '')))];

/**
 * The outlet behind a page URL: a well-known news host's name (a subdomain matches its parent:
 * edition.example-news.com → Example News; `known`), else the host name itself without `www.`. Null for a URL that
 * does not parse.
 */
export function outletOfUrl(url: string): { name: string; known: boolean } | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return null;
  }
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    if (HOSTS[h]) return { name: HOSTS[h]!, known: true };
  }
  return host ? { name: host, known: false } : null;
}

/** Years in a URL's path ("/news/2022/1/27/…"): the page's year, as its address gives it. */
export function urlYears(url: string | null): number[] {
  if (!url) return [];
  try {
    return [...new URL(url).pathname.matchAll(URL_YEAR)].map((m) => +m[1]!);
  } catch {
    return [];
  }
}

/** Positions between a team's name and a player's ("striker", "quarterback"). */
export const TEAM_ROLES: readonly string[] = wordsData.teamRoles;
/** Verbs by which one side beats another ("beat", "defeated"). */
export const WIN_VERBS: readonly string[] = wordsData.winVerbs;
/** The same as one alternation, no capture. */
export const WIN_VERB = `(?:${alternation(WIN_VERBS)})`;
/** Team roles a club's name stands before in the singular too ("Real Harbour coach"). */
export const CLUB_ROLES: readonly string[] = wordsData.clubRoles;
/** A match's result before the side that lost it ("win", "victory"), no capture. */
export const RESULT_NOUN = `(?:${alternation(wordsData.resultNouns)})`;
/** What a side wins besides a match ("title", "premiership", "champions"), no capture. */
export const HONOUR_NOUN = `(?:${alternation(wordsData.honourNouns)})`;
/** A company's officers' titles ("CEO", "chief executive"). */
export const COMPANY_TITLES: readonly string[] = wordsData.companyTitles;
/** What only a company has: a name right before one, or after it and "in"/"of", is a company's (company-officers.ts). */
export const COMPANY_HOLDINGS: readonly string[] = wordsData.companyHoldings;
/** A market's nouns: a holding before one is a market's ("stock markets"), no company's. */
export const MARKET_NOUNS: readonly string[] = wordsData.marketNouns;
/** Holdings whose word is also a verb or a plain noun: a name before one is a company only when a move follows (HOLDING_MOVES). */
export const VERB_LIKE_HOLDINGS: readonly string[] = wordsData.verbLikeHoldings;
/** What shares do, right after the word ("X shares fell"). */
export const HOLDING_MOVES: readonly string[] = wordsData.holdingMoves;
/** The last words of a tournament's name ("Cup", "Open"). */
export const TOURNAMENT_NOUNS: readonly string[] = wordsData.tournamentNouns;
/** Plural words that end names and are never a team's nickname (with bodies', places', tournaments' and companies' nouns). */
export const NOT_NICKNAMES: readonly string[] = wordsData.notNicknames;
/** A state's services that are its broadcasters ("state TV"): sources when they report. */
export const STATE_OUTLETS: readonly string[] = wordsData.stateOutlets;
/** Officers whose office is a body named by their title in the possessive ("… County Sheriff’s Office"). */
export const OFFICE_HOLDER_POSSESSIVES: readonly string[] = wordsData.officeHolderPossessives;
/** Verbs a plural subject takes right after its name, besides a past form in -ed ("will", "took"). */
export const GROUP_ACTING_VERBS: readonly string[] = wordsData.groupActingVerbs;
/** Words between "the" and a title for the one who has just taken it ("new", "newly crowned"). */
export const TITLE_QUALIFIERS: readonly string[] = wordsData.titleQualifiers;
/** Letters of economic figures and market indices ("GDP", "FTSE"): never a body acting. */
export const INDEX_ACRONYMS: readonly string[] = wordsData.indexAcronyms;
/** A company's collective noun pages drop as readily as its legal form ("… Group AG", "… Group"). */
export const COMPANY_GROUP_NOUNS: readonly string[] = wordsData.companyGroupNouns;
/** Titles before a given name, not a surname ("Queen Ana", "Pope Pius"). */
export const GIVEN_NAME_TITLES: readonly string[] = wordsData.givenNameTitles;
/** Prefixes of surnames written with an inner capital ("Mc", "De"): such a word is a person's, not a company's. */
export const SURNAME_PREFIXES: readonly string[] = wordsData.surnamePrefixes;
/** Words between a company's name and its officer's title ("former", "interim"). */
export const OFFICER_QUALIFIERS: readonly string[] = wordsData.officerQualifiers;
/** Roles of someone who speaks for a body ("a Tamberlink spokesperson"). */
export const BODY_SPEAKER_ROLES: readonly string[] = wordsData.bodySpeakerRoles;
/** Countries' names that are also given names ("Jordan", "Georgia"): before a surname they open a person's name. */
export const COUNTRY_GIVEN_NAMES: readonly string[] = wordsData.countryGivenNames;
/** Words right before an institution named by its building where the building is a place ("outside", "gates of"). */
export const BUILDING_PREPOSITIONS: readonly string[] = wordsData.buildingPrepositions;
/** An institution's people quoted from inside it ("officials", "sources"): before "at" its building, the institution speaks. */
export const INSIDER_NOUNS: readonly string[] = wordsData.insiderNouns;
export const PEERAGE_TITLES: readonly string[] = wordsData.peerageTitles;
export const LEADER_QUALIFIERS: readonly string[] = wordsData.leaderQualifiers;
/** Endings that make a country's name an adjective of place or origin ("-based", "-born"): no actor. */
export const PLACE_ADJECTIVE_SUFFIXES: readonly string[] = wordsData.placeAdjectiveSuffixes;
/** Familiar forms of given names and the names they stand for ("Joe" → "Joseph"). */
export const GIVEN_NAME_FORMS: Readonly<Record<string, readonly string[]>> = wordsData.givenNameForms;
/** Words of countries' longer names that are also people's names ("Costa" of "Costa Rica"): they may stand in a person's name. */
export const COUNTRY_WORDS_IN_NAMES: readonly string[] = wordsData.countryWordsInNames;
/** Particles joining a name's parts with hyphens ("ul" of "Aziz-ul-Haq"). */
export const JOINED_NAME_PARTICLES: readonly string[] = wordsData.joinedNameParticles;
/** A chamber's short name and its full name ("Lords" → "House of Lords"): chamber-nouns.ts names the body in full. */
export const CHAMBER_SHORT_NAMES: Readonly<Record<string, string>> = wordsData.chamberShortNames;
/** A legislature's or cabinet's common noun that names it acting ("the Senate voted"), its short names ("the Lords voted") among them: chamber-nouns.ts. */
export const CHAMBER_NOUNS: readonly string[] = [...wordsData.chamberNouns, ...Object.keys(CHAMBER_SHORT_NAMES)];
/** What a chamber does as one body ("voted", "passes", "confirmed"). */
export const CHAMBER_VERBS: readonly string[] = wordsData.chamberVerbs;
/** The people of a place named before them ("Harbourton officials"): places.ts. */
export const PLACE_PEOPLE: readonly string[] = wordsData.placePeople;
/** Titles of those who lead a place below a state ('Harbourton Premier Ana Vell'): the place before one is the government they speak for. */
export const REGIONAL_LEADER_TITLES: readonly string[] = wordsData.regionalLeaderTitles;
/** Nouns of the places a country is divided into ("province", "state"): a name after one and "of" or in commas is a place's. */
export const REGION_NOUNS: readonly string[] = wordsData.regionNouns;
/** Nouns after a leader's surname naming the government the leader heads ("the Vell administration"): leader-governments.ts. */
export const LEADER_GOVERNMENT_NOUNS: readonly string[] = wordsData.leaderGovernmentNouns;
/** The nouns a named building or site ends on ("Keel Arena", "Vell Tower"): places.ts. */
export const SITE_NOUNS: readonly string[] = wordsData.siteNouns;
/** Words of a violent act that make the named site after them the place it happened to (places.ts). */
export const SITE_ATTACK_WORDS: readonly string[] = wordsData.siteAttackWords;
/** The nouns of a unit's name that take a number after them ("Task Force 73"): name-shapes.ts. */
export const UNIT_NOUNS: readonly string[] = wordsData.unitNouns;
/** The nouns of a meeting named by a name with a number ("the KSF9 ocean summit"): see data/lexicon/words.json. */
export const GATHERING_NOUNS: readonly string[] = wordsData.gatheringNouns;
/** A place glued by a hyphen to one of these before a body's name ("the Norvel-based Harlan Institute"): no word of the name. */
export const BODY_DESCRIPTOR_PARTICIPLES: readonly string[] = wordsData.bodyDescriptorParticiples;
/** A stance glued by a hyphen to a name before a body's name ("Pro-Vellmark Dock Workers Federation"). */
export const STANCE_PREFIXES: readonly string[] = wordsData.stancePrefixes;
/** A word before a party's name naming its members in one house ("the Parliamentary Liberal Party" is the Liberal Party). */
export const PARTY_QUALIFIERS: readonly string[] = wordsData.partyQualifiers;
