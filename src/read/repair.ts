import type { Line } from '../model/types';
import { bmpLetters } from './bmp-letters';

/**
 * Mends text damaged by a lost encoding, where every lost character shows as `?`.
 * Only what is certain is repaired; a real question is left alone.
 *
 * - a name with lost letters ("Horv?t") is restored when exactly one known name fits;
 * - `?` between two words ("meeting?is", "Chile?shows", "Jo?Marsh") is a lost space;
 * - `?` after a sentence's end (".?", ",”?", "“??Nobody") is junk;
 * - a line-final `?` on a sentence with no interrogative shape is junk — on a page that shows the
 *   damage inside its lines (a `?` in a word, between words, after a sentence's end: the sure
 *   repairs change some line); with none, a line-final `?` closes a question, even one without its
 *   interrogative words ("Planning to travel tomorrow?").
 */
export interface RepairLog {
  line: number;
  from: string;
  to: string;
}

const INTERROGATIVE_START =
  /^[\s“"‘'(]*(what|why|how|who|whom|whose|when|where|which|whether|can|could|will|would|is|are|was|were|do|does|did|should|shall|has|have|had|may|might|must|isn't|aren't|won't|didn't)\b/i;
const INTERROGATIVE_INSIDE = /[,:;—–-]\s*[“"‘']?(what|why|how|who|when|where|which|can|could|will|would|is|are|do|does|did)\b/i;
const LETTER = '\\p{L}';
/** `?` between two words or after closing punctuation: a lost space ("meeting?is"). */
const MARKS_BETWEEN_WORDS = bmpLetters(new RegExp(`([${LETTER}\\d.,”’)])\\?+(?=[${LETTER}\\d“‘(])`, 'gu'));

export function repairLines(lines: Line[], knownNames: readonly string[]): { lines: Line[]; log: RepairLog[] } {
  const log: RepairLog[] = [];
  const names = indexNameTokens(knownNames);
  // The sure repairs first, on every line with a `?`: what they change shows the page's damage.
  const sure = lines.map((l) => (l.text.includes('?') ? repairText(l.text, names, false) : l.text));
  const damaged = sure.some((t, i) => t !== lines[i]!.text);
  const out = lines.map((l, i) => {
    if (!l.text.includes('?')) return l;
    const text = damaged ? repairText(l.text, names, true) : sure[i]!;
    if (text !== l.text) log.push({ line: l.no, from: l.text, to: text });
    return { no: l.no, text };
  });
  return { lines: out, log };
}

export function repairText(input: string, names: Map<number, string[]> = new Map(), lineEndJunk = true): string {
  let t = input;
  // 1. Names with lost letters: a token holding `?` between letters that fits one known name.
  t = restoreNames(t, names);
  // 2. Junk after a sentence end or an opening quote.
  t = t.replace(/([.,;:!”"’])\?+(?=\s|$|[“"‘A-Z])/g, '$1');
  t = t.replace(/([“"‘(])\?+/g, '$1');
  // 3. Lost spaces between words (letters, digits and closing punctuation on each side).
  t = t.replace(MARKS_BETWEEN_WORDS, '$1 ');
  t = t.replace(/ {2,}/g, ' ');
  // 4. A line-final `?` that closes no question. Several `?` at the end are junk whatever the sentence.
  if (!lineEndJunk) return t;
  t = t.replace(/\?{2,}$/, '');
  if (t.endsWith('?') && !isQuestion(lastSentence(t))) t = t.slice(0, -1).trimEnd();
  return t;
}

/** A letter of one unit (of the BMP, as the patterns here read letters), or a `?`: a unit of a word that may hold `?` for lost letters ("Horv?t"). */
const LETTER_UNIT = bmpLetters(/^\p{L}$/u);
const inToken = (unit: string): boolean => unit === '?' || LETTER_UNIT.test(unit);
/**
 * The words that hold a `?` (a run of letters and `?` with a letter in it), each restored to the one
 * known name it fits: found from the line's `?`s, each widened to its run, not by a pattern and a
 * callback at every word of the line.
 */
function restoreNames(t: string, names: Map<number, string[]>): string {
  let out = '', done = 0;
  for (let q = t.indexOf('?'); q >= 0;) {
    let start = q, end = q + 1;
    while (start > 0 && inToken(t[start - 1]!)) start--;
    while (end < t.length && inToken(t[end]!)) end++;
    const tok = t.slice(start, end);
    // (A run of `?` alone holds no letter: no token.)
    const name = /[^?]/.test(tok) ? restoreName(tok, names) : undefined;
    if (name !== undefined) { out += t.slice(done, start) + name; done = end; }
    q = t.indexOf('?', end);
  }
  return done === 0 ? t : out + t.slice(done);
}

function lastSentence(t: string): string {
  const parts = t.slice(0, -1).split(/(?<=[.!?])\s+(?=[“"‘A-Z])/);
  return parts[parts.length - 1] ?? t;
}

export function isQuestion(sentence: string): boolean {
  return INTERROGATIVE_START.test(sentence) || INTERROGATIVE_INSIDE.test(sentence);
}

/**
 * The index of each catalogue's names, built once: a catalogue's list never changes, and indexing it
 * for every page cost more than reading most pages' lines. Weak, so it lives as long as its list.
 */
const indexed = new WeakMap<readonly string[], Map<number, string[]>>();

/** Known-name tokens with non-ASCII letters, by length (the only ones an encoding loss can damage). */
function indexNameTokens(knownNames: readonly string[]): Map<number, string[]> {
  const known = indexed.get(knownNames);
  if (known) return known;
  const byLength = new Map<number, string[]>();
  indexed.set(knownNames, byLength);
  for (const name of knownNames) {
    for (const tok of name.split(/[\s-]+/)) {
      if (!/[^\x00-\x7F]/.test(tok)) continue;
      const list = byLength.get(tok.length) ?? [];
      if (!list.includes(tok)) list.push(tok);
      byLength.set(tok.length, list);
    }
  }
  return byLength;
}

function restoreName(tok: string, names: Map<number, string[]>): string | undefined {
  const candidates = names.get(tok.length);
  if (!candidates) return undefined;
  const fits = candidates.filter((c) =>
    [...c].every((ch, i) => tok[i] === ch || (tok[i] === '?' && /[^\x00-\x7F]/.test(ch))));
  return fits.length === 1 ? fits[0] : undefined;
}
