import { HONOUR_NOUN, literal, RESULT_NOUN, WIN_VERB, WIN_VERBS } from '../lexicon';
import { newActor } from './actor-refs';
import { linesAt, SP, TOKEN } from './name-patterns';
import { OPENERS } from './not-names';
import { OUTLETS } from './outlets';
import { type ActorScan, markActing } from './scan';
import { namedElsewhere, NOT_SIDE } from './score-lines';
import { WordPhrases } from '../word-index';
import { bmpLetters } from '../bmp-letters';

/**
 * The sides of a result, named in the singular as news names clubs, provinces' and cities' sides
 * ("Harbourton beat Kessby 2-0", "a 2-0 victory over Kessby", "Harbourton wins the title",
 * "Kessby were crowned champions"): each is a side of the match, an organisation, when the text
 * names it again (a team's name repeats in its report). A country's side is the country (the
 * catalogue's form). Plural names around the same verbs are teams.ts's.
 *
 * It runs after the people are found: a person winning ("Vell beat Reyes 6-4") is no side, so no
 * side holds a word of a person's name the item gives, nor is a known person, nor is a name of two
 * words or more whose last word stands alone elsewhere (a surname: "Mia Reyes … Reyes said").
 * Principal where it wins in the headline or the lead.
 */

/** A side's name: one to three capitalised words. */
const SIDE = `(${TOKEN}(?:${SP}${TOKEN}){0,2})`;
/** A score after a result ("2-0", "by 3–1"). */
const SCORE = `(?:by${SP})?\\d{1,2}[-–]\\d{1,2}(?![\\d\\p{L}])`;
/** "Harbourton beat Kessby 2-0": a verb of winning between two sides, the score after. */
const BEAT_WITH_SCORE = bmpLetters(new RegExp(`(?<![\\p{L}’'.-])${SIDE}${SP}${WIN_VERB}${SP}(?:the${SP})?${SIDE}${SP}${SCORE}`, 'gu'));
/** "a 2-0 victory over Kessby": a score, a result, then the side that lost. */
const SCORE_RESULT_OVER = bmpLetters(new RegExp(`\\d{1,2}[-–]\\d{1,2}${SP}${RESULT_NOUN}${SP}(?:over|against)${SP}(?:the${SP})?${SIDE}`, 'gu'));
/** "Harbourton wins the title", "Kessby were crowned champions": a side winning an honour. */
const WINS_HONOUR = bmpLetters(new RegExp(`(?<![\\p{L}’'.-])${SIDE}${SP}(?:${WIN_VERB}|(?:were|was|are|is)${SP}crowned)${SP}(?:the${SP})?(?:\\d{4}${SP})?${HONOUR_NOUN}(?![\\p{L}])`, 'gu'));
/**
 * A digit between a dash and a digit, or a verb of winning or "crowned" (whole words, found through
 * the item's word index): the lines the patterns above read (none runs across a line's end).
 */
const SCORE_DASH = /\d[-–]\d/g;
const RESULT_WORDS = new WordPhrases(['crowned', ...WIN_VERBS]);

/** The word stands alone (no capitalised word either side of it) outside the run [from, to). */
function aloneElsewhere(text: string, word: string, from: number, to: number): boolean {
  const alone = new RegExp(`(?<![\\p{L}’'.-]|[\\p{Lu}][\\p{Ll}]+${SP})${literal(word)}(?![\\p{L}]|${SP}[\\p{Lu}])`, 'gu');
  return [...text.matchAll(alone)].some((m) => m.index < from || m.index >= to);
}

export function resultSideActors(scan: ActorScan): void {
  const { text } = scan;
  const personWords = new Set([...scan.found.values()].filter(({ actor }) => actor.kind === 'person').flatMap(({ actor }) => actor.name.split(/\s+/)));
  const sides: Array<{ name: string; at: number }> = [];
  const add = (run: string, at: number): void => {
    const words = run.split(/\s+/);
    while (words.length > 1 && OPENERS.has(words[0]!)) words.shift();
    const name = words.join(' ');
    if (NOT_SIDE.has(words[0]!) || words.some((w) => personWords.has(w)) || OUTLETS.has(name)) return;
    if (words.length > 1 && aloneElsewhere(text, words.at(-1)!, at, at + run.length)) return;
    sides.push({ name, at: at + run.length - name.length });
  };
  const hints = [...Array.from(text.matchAll(SCORE_DASH), (m) => m.index), ...scan.words.starts(RESULT_WORDS)].sort((a, b) => a - b);
  for (const [line, offset] of linesAt(text, hints)) {
    for (const m of line.matchAll(BEAT_WITH_SCORE)) {
      add(m[1]!, offset + m.index);
      add(m[2]!, offset + m.index + m[0].lastIndexOf(m[2]!));
    }
    for (const m of line.matchAll(SCORE_RESULT_OVER)) add(m[1]!, offset + m.index + m[0].lastIndexOf(m[1]!));
    for (const m of line.matchAll(WINS_HONOUR)) add(m[1]!, offset + m.index);
  }
  for (const { name, at } of sides) {
    if (scan.taken.some(([s, e]) => at < e && at + name.length > s)) continue;
    const known = scan.ix.formIndex.get(name);
    if (known?.kind === 'person' || (!known && !namedElsewhere(text, name, at, at + name.length))) continue;
    markActing(scan, known ?? newActor(name, 'organisation', 'result line'), at);
    scan.taken.push([at, at + name.length]);
  }
}
