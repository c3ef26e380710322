import { MONTH_NAMES, SENTENCE_OPENERS, TITLES, WEEKDAY_NAMES } from '../lexicon';
import { newActor } from './actor-refs';
import { linesWith, SP, TOKEN } from './name-patterns';
import { type ActorScan, mark } from './scan';
import { bmpLetters } from '../bmp-letters';

/** A side's name: one to four capitalised words ("Port Amsel", "Calder Rovers"). */
const SIDE = `(${TOKEN}(?:${SP}${TOKEN}){0,3})`;
/**
 * A score line: two sides with their scores, "Calder Rovers 2, Port Amsel 1" or "Calder Rovers
 * 2-1 Port Amsel". A score is one or two digits standing alone (never a year, a time or a
 * figure with a unit after it).
 */
const SCORE_LINE = bmpLetters(new RegExp(`(?<![\\p{L}’'.-])${SIDE}${SP}(\\d{1,2}),${SP}${SIDE}${SP}(\\d{1,2})(?![\\d:.,]\\d|[\\p{L}%])|(?<![\\p{L}’'.-])${SIDE}${SP}(\\d{1,2})[-–](\\d{1,2})${SP}${SIDE}(?![\\p{L}])`, 'gu'));

/** A score's digits before a comma and a capital, or a score's dash: the lines SCORE_LINE reads (it never runs across a line's end). */
const SCORE_HINT = bmpLetters(/\d(?:,[ \t\u00a0]+\p{Lu}|[-–]\d{1,2}[ \t\u00a0]+\p{Lu})/gu);

/** The name stands whole somewhere outside [from, to). */
export function namedElsewhere(text: string, name: string, from: number, to: number): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (i >= from && i < to) continue;
    if (!/[\p{L}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}]/u.test(text[i + name.length] ?? ' ')) return true;
  }
  return false;
}
/** Words that open no side's name: dates, sentence openers, titles ("March 3, April 4", "Article 5"). */
export const NOT_SIDE = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES, ...SENTENCE_OPENERS, ...TITLES.flatMap((t) => t.split(' '))]);

/**
 * The sides of a score line are actors: teams, clubs or countries playing ("Calder Rovers 2, Port
 * Amsel 1"). A country's side is the country (the catalogue's form); a side opening on a date's or
 * a sentence's word ("March 3, April 4") is no side.
 */
export function scoreLineActors(scan: ActorScan): void {
  const { text } = scan;
  for (const [line, offset] of linesWith(text, SCORE_HINT)) for (const m of line.matchAll(SCORE_LINE)) {
    const index = offset + m.index;
    const sides = m[1] !== undefined ? [m[1], m[3]!] : [m[5]!, m[8]!];
    if (sides.some((s) => NOT_SIDE.has(s.split(/\s+/)[0]!))) continue;
    // A side no catalogue knows is named again outside the score line, as the teams of a match report are.
    if (sides.some((s) => !scan.ix.formIndex.has(s) && !namedElsewhere(text, s, index, index + m[0].length))) continue;
    for (const side of sides) {
      const at = index + m[0].indexOf(side);
      if (scan.taken.some(([s, e]) => at < e && at + side.length > s)) continue;
      const known = scan.ix.formIndex.get(side);
      mark(scan, known ?? newActor(side, 'organisation', 'score line'), at, side);
      scan.taken.push([at, at + side.length]);
    }
  }
}
