import { alternation, BODY_SPEAKER_ROLES, COMPANY_HOLDINGS, COMPANY_SUFFIXES, COMPANY_TITLES, HOLDING_MOVES, MARKET_NOUNS, OFFICER_QUALIFIERS, TITLES, VERB_LIKE_HOLDINGS } from '../lexicon';
import { bodyId, nameKey } from './actor-index';
import { newActor } from './actor-refs';
import { ACRONYM, atSentenceStart, matchAllAt, SP, TOKEN, wordInLowerCase } from './name-patterns';
import { OPENERS } from './not-names';
import { OUTLETS } from './outlets';
import { type ActorScan, mark, markActing } from './scan';
import { WordPhrases } from '../word-index';
import { bmpLetters } from '../bmp-letters';

/**
 * "Harbourline’s CEO, Ana Reyes, said", "Kestrel chief executive Jo Reed": the capitalised name
 * right before a company officer's title (`companyTitles`), possessive or not, is the company's,
 * one word or up to three, or an acronym ("ACME founder …"). The name alone names it again on the
 * page ("Harbourline will hold …"). Not a demonym, a country, a place or a person the page names.
 * So is the name after an officer's title and "of" ("the chief executive of Tamberlink"), and the
 * name between an article and the role of one who speaks for a body ("a Tamberlink spokesperson",
 * `bodySpeakerRoles`).
 *
 * What only a company has stands for its officers' titles here (`companyHoldings`): "Halvard Lenn
 * shares fell", "Kestrel’s share price", "shares in Corvath Mining" — a listed company named by its
 * shares alone, as markets reports name it, even when its name is shaped like a person's.
 */
const TITLE_HIT = bmpLetters(new RegExp(`(?<![\\p{L}-])(?:${alternation(COMPANY_TITLES)})(?![\\p{L}-])`, 'uy'));
/** The titles' first words: TITLE_HIT is tried only where the item's word index finds one. */
const TITLE_WORDS = new WordPhrases(COMPANY_TITLES);
/** A company's holdings, in lower case or opening a sentence ("Shares in Corvath Mining slid"). */
const HOLDINGS = [...COMPANY_HOLDINGS, ...COMPANY_HOLDINGS.map((h) => h[0]!.toUpperCase() + h.slice(1))];
/** …but not before a market's noun ("stock markets", "share index": `marketNouns`). */
const HOLDING_HIT = bmpLetters(new RegExp(`(?<![\\p{L}-])(?:${alternation(HOLDINGS)})(?![\\p{L}-])(?!${SP}(?:${alternation(MARKET_NOUNS)})(?![\\p{L}]))`, 'uy'));
/**
 * "Ana Berg shares the prize", "Wall Street stock": a holding whose word is also a verb or a plain
 * noun (`verbLikeHoldings`) makes the name before it a company only when the shares move right after
 * it (`holdingMoves`: "Harbourline shares fell", "… stock was down") or the sentence ends there.
 */
const VERB_LIKE = new Set(VERB_LIKE_HOLDINGS);
const MOVES_AFTER = new RegExp(`^(?:${SP}(?:${alternation(HOLDING_MOVES)})\\b|\\s*(?:[.,;:]|$))`);
/** A title opening the name ("Prime Minister Ana Reyes shares …") makes it a person's. */
const TITLE_WORD = new Set(TITLES.flatMap((t) => t.split(/\s+/)).map((w) => w.toLowerCase()));
/** A letter (opensLongerName). */
const LETTER = bmpLetters(/\p{L}/u);
/** The holdings' first words: HOLDING_HIT is tried only where the item's word index finds one. */
const HOLDING_WORDS = new WordPhrases(HOLDINGS);
/** The company's name right before the title, with a possessive, a qualifier (`officerQualifiers`) and another title and "and" between. */
// "Takeda President and CEO": another title joined by "and" may stand between the name and the officer's title.
const COMPANY_BEFORE = bmpLetters(new RegExp(`(?<![\\p{L}\\d’'.-])((?:${TOKEN}${SP}){0,2}(?:${TOKEN}|${ACRONYM}))(?:’s|'s)?${SP}(?:(?:${alternation(OFFICER_QUALIFIERS)})${SP})?(?:(?:${alternation(TITLES)})${SP}(?:and|&)${SP})?$`, 'u'));
/** "Current CEO Jo Reed": a qualifier opening the sentence is no company's name. */
const QUALIFIERS = new Set(OFFICER_QUALIFIERS);
/** How far before a title the company's name may start. */
const LOOK_BACK = 64;

/** "the chief executive of Tamberlink": the company's name after its officer's title and "of". */
const OFFICER_OF = bmpLetters(new RegExp(`${SP}of${SP}((?:${TOKEN}${SP}){0,2}(?:${TOKEN}|${ACRONYM}))(?![\\p{L}\\d’'-])`, 'uy'));
/** "shares in Corvath Mining", "shares of Kestrel": the company's name after its holdings and "in" or "of". */
const HOLDING_IN = bmpLetters(new RegExp(`${SP}(?:in|of)${SP}((?:${TOKEN}${SP}){0,2}(?:${TOKEN}|${ACRONYM}))(?![\\p{L}\\d’'-])`, 'uy'));
/** "a Tamberlink spokesperson": the body's name between an article and the role of one who speaks for it (the text before the role). */
const SPEAKER_FOR = bmpLetters(new RegExp(`(?<![\\p{L}])(?:[Aa]n?|[Tt]he)${SP}((?:${TOKEN}${SP}){0,2}(?:${TOKEN}|${ACRONYM}))${SP}$`, 'u'));
/** The roles of one who speaks for a body, as they stand in the text. */
const SPEAKER_ROLE = bmpLetters(new RegExp(`(?<![\\p{L}])(?:${alternation(BODY_SPEAKER_ROLES)})(?![\\p{L}])`, 'uy'));
/** The roles' first words: SPEAKER_ROLE is tried only where the item's word index finds one. */
const SPEAKER_ROLE_WORDS = new WordPhrases(BODY_SPEAKER_ROLES);
/** A capitalised word right before a word (the slice's end): a given name or a title ("Ana Reyes", "President Reyes"), unless it opens sentences ("But Reyes"). */
const WORD_BEFORE = bmpLetters(/(?<![\p{L}])([\p{Lu}][\p{Ll}]+)[ ]$/u);
/** Whether the text writes a one-word name after a given name or a title ("Donald Trump"): a person's surname, no company. */
function surnameInText(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (/[\p{L}]/u.test(text[i + word.length] ?? '')) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, i - 24), i))?.[1];
    if (before && !OPENERS.has(before)) return true;
  }
  return false;
}

/** "Tavel’s share price" after "Tavel Mining": a name the text also writes opening a longer capitalised name is that name's short form (surname-repeats.ts joins it). */
function opensLongerName(text: string, name: string): boolean {
  for (let i = text.indexOf(name + ' '); i >= 0; i = text.indexOf(name + ' ', i + 1)) {
    const next = text[i + name.length + 1] ?? '';
    if (next !== next.toLowerCase() && (i === 0 || !LETTER.test(text[i - 1]!))) return true;
  }
  return false;
}

/** A company's legal forms ("AG", "Corp"): a name ending on one may be longer than the window before a title or holding holds. */
const LEGAL_FORMS = new Set(COMPANY_SUFFIXES);
/** How many words COMPANY_BEFORE holds at most: a name of that many ending on a legal form may go on before them. */
const WINDOW_WORDS = 3;
/** A capitalised word and one space right before a name (the slice's end), after no letter, digit or mark of a word. */
const CAPITALISED_WORD_BEFORE = bmpLetters(/(?<![\p{L}\d’'.-])([\p{Lu}][\p{L}]+)[ ]$/u);
/**
 * "Halden Ostra Group AG shares fell": a name filling the window and ending on a legal form, a
 * collective noun before it ("Group AG"), takes the capitalised word right before it too, when that
 * word opens no sentence as a plain opener ("The", "But"): the company's whole name, never its last
 * three words ("Ostra Group AG").
 */
function withWordBefore(text: string, at: number, words: string[]): number {
  if (words.length !== WINDOW_WORDS || !LEGAL_FORMS.has(words.at(-1)!)) return at;
  const before = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[1];
  if (!before || OPENERS.has(before)) return at;
  words.unshift(before);
  return at - before.length - 1;
}

/** The companies and bodies named after an officer's title and "of", or before a spokesperson. */
function namedByOfficers(scan: ActorScan, titleHits: readonly RegExpExecArray[], holdingHits: readonly RegExpExecArray[]): void {
  const { text, ix, taken, notName } = scan;
  const found: Array<{ 1: string; index: number; 0: string; holding?: boolean }> = [];
  // The titles first (cheap), then the name after "of" right there; the roles, then the name right before.
  for (const t of titleHits) {
    OFFICER_OF.lastIndex = t.index + t[0].length;
    const m = OFFICER_OF.exec(text);
    if (m) found.push({ 0: m[0], 1: m[1]!, index: m.index });
  }
  for (const h of holdingHits) {
    HOLDING_IN.lastIndex = h.index + h[0].length;
    const m = HOLDING_IN.exec(text);
    if (m) found.push({ 0: m[0], 1: m[1]!, index: m.index, holding: true });
  }
  for (const r of matchAllAt(text, scan.words.starts(SPEAKER_ROLE_WORDS), SPEAKER_ROLE)) {
    const from = Math.max(0, r.index! - LOOK_BACK);
    const m = SPEAKER_FOR.exec(text.slice(from, r.index!));
    if (m) found.push({ 0: m[0], 1: m[1]!, index: from + m.index });
  }
  for (const m of found) {
    const words = m[1]!.split(/\s+/);
    while (words.length > 1 && OPENERS.has(words[0]!)) words.shift();
    const name = words.join(' ');
    const at = m.index! + m[0].indexOf(m[1]!) + m[1]!.length - name.length;
    if (OPENERS.has(name) || OUTLETS.has(name) || words.some((w) => ix.byDemonym.has(w) || notName.has(w))) continue;
    if (taken.some(([s, e]) => at < e && at + name.length > s)) continue;
    const known = ix.formIndex.get(name) ?? ix.byKey.get(nameKey(name));
    if ((known && known.kind !== 'organisation') || scan.surnames.has(name) || (words.length === 1 && surnameInText(text, name))) continue;
    if (m.holding && !known && opensLongerName(text, name)) continue;
    const actor = known ?? ix.byBodyId.get(bodyId(ix, name)) ?? newActor(name, 'organisation', m.holding ? 'company shares' : 'company officer', bodyId(ix, name));
    taken.push([at, at + name.length]);
    markBy(scan, actor, at, name, m.holding);
    if (!known && !scan.surnames.has(name)) scan.surnames.set(name, actor);
  }
}

/** A company whose shares the lead moves is what the report is about: principal in the headline or the lead (`markActing`); one before its officer's title as any mention. */
function markBy(scan: ActorScan, actor: Parameters<typeof mark>[1], at: number, name: string, holding = false): void {
  if (holding) markActing(scan, actor, at);
  else mark(scan, actor, at, name);
}

export function companyOfficerActors(scan: ActorScan): void {
  const { text, ix, taken, notName } = scan;
  // The officers' titles, found once for both rules.
  const titleHits = matchAllAt(text, scan.words.starts(TITLE_WORDS), TITLE_HIT);
  const holdingHits = matchAllAt(text, scan.words.starts(HOLDING_WORDS), HOLDING_HIT);
  const holdingAt = new Set(holdingHits.map((h) => h.index));
  for (const m of [...titleHits, ...holdingHits]) {
    const holding = holdingAt.has(m.index);
    const c = COMPANY_BEFORE.exec(text.slice(Math.max(0, m.index! - LOOK_BACK), m.index!));
    if (!c) continue;
    const words = c[1]!.split(/\s+/);
    while (words.length > 1 && OPENERS.has(words[0]!)) words.shift();
    const at = withWordBefore(text, m.index! - c[0].length + c[1]!.length - words.join(' ').length, words);
    const name = words.join(' ');
    if (OPENERS.has(name) || OUTLETS.has(name) || ix.byDemonym.has(name) || ix.byDemonym.has(words[0]!)) continue;
    // A title's or a role's word, a weekday, a month or a qualifier is no company ("Deputy CEO", "Monday’s founder", "Current CEO").
    if (words.length === 1 && (notName.has(name) || QUALIFIERS.has(name.toLowerCase()))) continue;
    // "Tanker owner sets up a fund" … "the tanker": a sentence's first word the text also writes in lower case is a common noun.
    if (words.length === 1 && atSentenceStart(text, at) && wordInLowerCase(text, name)) continue;
    if (taken.some(([s, e]) => at < e && at + name.length > s)) continue;
    const known = ix.formIndex.get(name) ?? ix.byKey.get(nameKey(name));
    if (known && known.kind !== 'organisation') continue;
    if (scan.surnames.has(name) || (holding && !known && opensLongerName(text, name))) continue;
    // "Other European shares": shares named by a people are a market's, no company's.
    if (holding && ix.byDemonym.has(words.at(-1)!)) continue;
    if (holding && VERB_LIKE.has(m[0]!.toLowerCase()) && !MOVES_AFTER.test(text.slice(m.index! + m[0]!.length, m.index! + m[0]!.length + 24))) continue;
    if (holding && TITLE_WORD.has(words[0]!.toLowerCase())) continue;
    const actor = known ?? ix.byBodyId.get(bodyId(ix, name)) ?? newActor(name, 'organisation', holding ? 'company shares' : 'company officer', bodyId(ix, name));
    taken.push([at, at + name.length]);
    markBy(scan, actor, at, name, holding);
    if (!known && !scan.surnames.has(name)) scan.surnames.set(name, actor);
  }
  namedByOfficers(scan, titleHits, holdingHits);
}
