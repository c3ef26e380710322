import { alternation, BODY_NOUNS, CLUB_ROLES, COMPANY_NOUNS, GROUP_ACTING_VERBS, NOT_NICKNAMES, PLACE_NOUNS, RESULT_NOUN, TEAM_ROLES, TOURNAMENT_NOUNS, WIN_VERB } from '../lexicon';
import { bodyId, nameKey } from './actor-index';
import { newActor } from './actor-refs';
import { SP, TOKEN } from './name-patterns';
import { OPENERS } from './not-names';
import { OUTLETS } from './outlets';
import { type ActorScan, mark, matchBefore } from './scan';
import { NOT_SIDE } from './score-lines';
import { bmpLetters } from '../bmp-letters';

/**
 * Teams by the shapes match reports give them. A team's name is one to three capitalised words
 * ending on a plural nickname ("Harbour Rovers", "the Kestrels", "Port Amsel 76ers"), and it is a
 * team where news writes one as a team:
 *  - before a player's position and a name ("Harbour Rovers striker Ana Reyes", "the Kestrels’
 *    quarterback Jo Reed": `teamRoles`);
 *  - on either side of a verb of winning in the headline or lead ("the Kestrels beat the Harbour
 *    Rovers": `winVerbs`);
 *  - after a result and "over" or "against" ("a 25-22 win over the Harbour Rovers": `resultNouns`);
 *  - after "the" as a sentence's subject, before a verb (`groupActingVerbs`, a past form in -ed,
 *    an adverb in -ly between), when the item names it twice: a display team, a unit, a band
 *    ("The Silver Kites opened their season … The Silver Kites will fly"), two or three words;
 *  - a name of two or three words in the singular before a club's role and a name ("Real Harbour
 *    coach Ana Reyes": `clubRoles`), when none of its words is a title's, a people's or a body's
 *    and it is no person, place or country the catalogue knows.
 * A team named in full and by its nickname alone ("the Rovers") is one actor: the nickname names it
 * again on the page. A country's side is the country (the catalogue's form).
 */
const TEAM_WORD = `(?:${TOKEN}|\\d{1,3}[a-z]+)`;
/** A club's name may open on its letters ("FC Harbour", "ATK Harbour Bagan", "AC Kessby"). */
const CLUB_LETTERS = `[\\p{Lu}]{2,4}(?![\\p{L}])${SP}`;
const TEAM = `(?:${CLUB_LETTERS})?(?:${TOKEN}${SP}){0,2}${TEAM_WORD}`;
/** A team's name right before a place (the text up to a position or a verb of winning). */
const TEAM_BEFORE = bmpLetters(new RegExp(`(?<![\\p{L}\\d’'.-])(${TEAM})(?:’s|'s|’|')?${SP}$`, 'u'));
/** A team's name right after a place (the text after a verb of winning or a result). */
const TEAM_AFTER = bmpLetters(new RegExp(`^${SP}(?:the${SP})?(${TEAM})(?![\\p{L}\\d])`, 'u'));
/** The positions, found among the titles and roles the scan holds (every one is a role too). */
const TEAM_ROLE_SET = new Set(TEAM_ROLES);
/** Spaces, then a capital: a name after the position. */
const NAME_NEXT = bmpLetters(/^[ \t\u00a0]+[\p{Lu}]/u);
/** Verbs of winning and results: ASCII words, so an ASCII word boundary bounds them (a cheap scan). */
const WIN_OR_RESULT = new RegExp(`\\b(?:${WIN_VERB}|(${RESULT_NOUN}[ ](?:over|against)))\\b`, 'g');
/** A plural nickname: a capitalised word ending in s ("Rovers"), or a number's ("76ers"); not in -ss, -us, -is ("Tennis", "Texas" is a place's). */
const PLURAL = bmpLetters(/^(?:[\p{Lu}][\p{Ll}]*[^su\P{Ll}]s|\d{1,3}[a-z]*s)$/u);
/** Words that end names of bodies, places and events, never a team's nickname ("Forces", "Games"). */
const NOT_NICKNAME = new Set([...BODY_NOUNS, ...PLACE_NOUNS, ...TOURNAMENT_NOUNS, ...COMPANY_NOUNS, ...NOT_NICKNAMES]);
/** A word that may be a team's nickname, named alone for the team ("Rovers" of "Harbour Rovers"). */
export const isNickname = (word: string): boolean => PLURAL.test(word) && !NOT_NICKNAME.has(word);
/** How far past the lead (headline and first paragraph) a verb of winning is looked for: a paragraph more. */
const LEAD_MORE = 400;
/** How far before a position or a verb a team's name may start. */
const LOOK_BACK = 60;
/** How far after a verb or a result a team's name may end. */
const LOOK_AHEAD = 64;

/** One or two capitalised words right before a nickname (the slice's end): the team's full name. */
const WORDS_BEFORE = bmpLetters(new RegExp(`(?<![\\p{L}])((?:${TOKEN}${SP}){1,2})$`, 'u'));
/** "the" right before a name (a slice's end): a nickname's, or an outlet's ("the Kessby Ledger", name-shapes.ts). */
export const THE_BEFORE = bmpLetters(/(?<![\p{L}])[Tt]he[ \u00a0]$/u);
const LETTER = bmpLetters(/\p{L}/u);
const LETTER_OR_DIGIT = bmpLetters(/[\p{L}\d]/u);

/** The words the text first writes right before the nickname, as whole words ("Harbour " of "Harbour Rovers"). */
const wordsBefore = (text: string, name: string): string | undefined => matchBefore(text, name, WORDS_BEFORE, LOOK_BACK, LETTER_OR_DIGIT);

/** Whether the text writes the nickname after "the" ("the Rovers"). */
function afterThe(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (LETTER.test(text[i + name.length] ?? '')) continue;
    if (THE_BEFORE.test(text.slice(Math.max(0, i - 5), i)) && !LETTER.test(text[i - 5] ?? '')) return true;
  }
  return false;
}

/** The team's name a run gives, without the sentence's opening words, or null when it is no team's. */
function teamName(scan: ActorScan, run: string): string | null {
  const words = run.split(/\s+/);
  while (words.length > 1 && OPENERS.has(words[0]!)) words.shift();
  const last = words.at(-1)!;
  if (!isNickname(last) || NOT_SIDE.has(words[0]!)) return null;
  const name = words.join(' ');
  // "Americans", "Swiss officials": a demonym's people speak for their state, they are no team.
  if (scan.ix.byDemonym.has(name) || scan.ix.byDemonym.has(last.slice(0, -1)) || OUTLETS.has(name)) return null;
  return name;
}

/**
 * "The Silver Kites opened …", "the Silver Kites ultimately took part": "the", a plural name of two
 * or three capitalised words, then a verb a plural subject takes (an adverb in -ly between).
 */
const GROUP_ACTING = bmpLetters(new RegExp(`(?<![\\p{L}])[Tt]he${SP}((?:${TOKEN}${SP}){1,2}${TOKEN})(?=${SP}(?:[\\p{Ll}]+ly${SP})?(?:[\\p{Ll}]{2,}ed|${alternation(GROUP_ACTING_VERBS)})(?![\\p{L}]))`, 'gu'));
/** How often an item names a group acting, with or without a verb after, for it to be one. */
const GROUP_MENTIONS = 2;
/**
 * Groups acting under a plural name after "the" (a display team, a unit, a band): each name's
 * places, where the item names it at least twice (GROUP_MENTIONS) and it is a team's name (no
 * demonym, outlet or body's, place's or event's noun: teamName) of two words or more, none of them
 * a title's or a sentence opener, and no place or country the catalogue knows.
 */
function groupsActing(scan: ActorScan): Array<{ run: string; at: number }> {
  const out: Array<{ run: string; at: number }> = [];
  for (const m of scan.text.matchAll(GROUP_ACTING)) {
    const run = m[1]!;
    const words = run.split(/\s+/);
    if (words.some((w) => NOT_SIDE.has(w)) || teamName(scan, run) !== run) continue;
    const known = scan.ix.formIndex.get(run);
    if (known && known.kind !== 'organisation') continue;
    if (mentions(scan.text, run) < GROUP_MENTIONS) continue;
    out.push({ run, at: m.index! + m[0].length - run.length });
  }
  return out;
}
/** How often the text writes the name as whole words, up to GROUP_MENTIONS. */
function mentions(text: string, name: string): number {
  let n = 0;
  for (let i = text.indexOf(name); i >= 0 && n < GROUP_MENTIONS; i = text.indexOf(name, i + 1)) if (!LETTER.test(text[i - 1] ?? '') && !LETTER.test(text[i + name.length] ?? '')) n++;
  return n;
}

/** The roles a club's singular name stands before. */
const CLUB_ROLE_SET = new Set(CLUB_ROLES);
/**
 * "Real Harbour coach Ana Reyes": the club's name of two or three words before a club's role, or
 * null. Not a title's, role's, people's or body's word (notName), nor a known person, place or country.
 */
function clubBefore(scan: ActorScan, roleAt: number): { name: string; at: number } | null {
  const m = TEAM_BEFORE.exec(scan.text.slice(Math.max(0, roleAt - LOOK_BACK), roleAt));
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  while (words.length > 1 && OPENERS.has(words[0]!)) words.shift();
  if (words.length < 2 || words.some((w) => scan.notName.has(w) || /^\d/.test(w))) return null;
  const name = words.join(' ');
  const known = scan.ix.formIndex.get(name);
  if ((known && known.kind !== 'organisation') || scan.ix.byKey.has(nameKey(name)) || OUTLETS.has(name)) return null;
  return { name, at: roleAt - m[0].length + m[1]!.length - name.length };
}

export function teamActors(scan: ActorScan): void {
  const { text } = scan;
  const runs: Array<{ run: string; at: number }> = [];
  const before = (at: number): void => {
    const m = TEAM_BEFORE.exec(text.slice(Math.max(0, at - LOOK_BACK), at));
    if (m) runs.push({ run: m[1]!, at: at - m[0].length });
  };
  const after = (at: number): void => {
    const m = TEAM_AFTER.exec(text.slice(at, at + LOOK_AHEAD));
    if (m) runs.push({ run: m[1]!, at: at + m[0].length - m[1]!.length });
  };
  const clubs: Array<{ name: string; at: number }> = [];
  for (const hit of scan.titles) {
    if (!TEAM_ROLE_SET.has(hit.phrase) || !NAME_NEXT.test(text.slice(hit.at + hit.phrase.length, hit.at + hit.phrase.length + 4))) continue;
    before(hit.at);
    if (CLUB_ROLE_SET.has(hit.phrase)) {
      const club = clubBefore(scan, hit.at);
      if (club) clubs.push(club);
    }
  }
  for (const { name, at } of clubs) {
    if (scan.taken.some(([s, e]) => at < e && at + name.length > s)) continue;
    mark(scan, scan.ix.formIndex.get(name) ?? newActor(name, 'organisation', 'team', bodyId(scan.ix, name)), at, name);
    scan.taken.push([at, at + name.length]);
  }
  // A match report names its sides winning in its headline and lead: the rest of a long post is not scanned.
  for (const m of text.slice(0, scan.leadEnd + LEAD_MORE).matchAll(WIN_OR_RESULT)) {
    // "the Kestrels beat the Rovers": both sides; "a win over the Rovers": the side after.
    if (m[1] === undefined) before(m.index!);
    after(m.index! + m[0].length);
  }
  runs.push(...groupsActing(scan));
  if (!runs.length) return;
  const teams = runs.flatMap(({ run, at }) => {
    const name = teamName(scan, run);
    return name ? [{ name, at: at + run.length - name.length }] : [];
  });
  // The longest names first: "the Rovers" is the "Harbour Rovers" the page names in full.
  teams.sort((a, b) => b.name.length - a.name.length);
  // A nickname alone is a team's where the text names the team in full ("Harbour Rovers") or writes
  // it after "the" ("the Rovers"); a sport or a town never is ("Tennis star …").
  const fullNames = new Map<string, string>();
  for (const t of teams) if (t.name.includes(' ')) fullNames.set(t.name.split(' ').at(-1)!, t.name);
  const alone = (name: string): string | null => {
    if (fullNames.has(name)) return fullNames.get(name)!;
    const full = wordsBefore(text, name)?.trim().split(/\s+/).filter((w) => !OPENERS.has(w));
    if (full?.length) return `${full.join(' ')} ${name}`;
    return afterThe(text, name) ? name : null;
  };
  const byNickname = new Map<string, ReturnType<typeof newActor>>();
  for (const { name, at } of teams) {
    if (scan.taken.some(([s, e]) => at < e && at + name.length > s)) continue;
    const full = name.includes(' ') ? name : alone(name);
    if (!full) continue;
    const known = scan.ix.formIndex.get(full);
    if (known && known.kind === 'place') continue;
    const nickname = full.split(' ').at(-1)!;
    const actor = known ?? byNickname.get(nickname) ?? newActor(full, 'organisation', 'team', bodyId(scan.ix, full));
    if (!known && !byNickname.has(nickname)) byNickname.set(nickname, actor);
    mark(scan, actor, at, name);
    scan.taken.push([at, at + name.length]);
  }
  // The nickname alone names the team again ("the Rovers rallied").
  for (const [nickname, actor] of byNickname) if (actor.name !== nickname && !scan.surnames.has(nickname)) scan.surnames.set(nickname, actor);
}
