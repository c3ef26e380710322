import { ACT_VERB, alternation, GOVERNMENT_VERB, REPORTING_VERB, STOCK_EXCHANGES, WIRE_AGENCIES } from '../lexicon';
import { bodyId, nameKey } from './actor-index';
import { newActor } from './actor-refs';
import { OPENERS } from './not-names';
import { OUTLETS } from './outlets';
import { type ActorScan, defineAcronym, mark } from './scan';
import { isWordChar } from '../shape';
import { bmpLetters } from '../bmp-letters';

/**
 * What news puts in brackets right after an organisation's name:
 *  - a listed company's ticker, after its exchange ("Harbourline (NYSE: HBL)") or after the
 *    company's possessive ("Harbourline’s (HBL) software"): the name is a company's;
 *  - the acronym its words spell ("Harbour Workers Movement (HWM)"): the name is a body's when
 *    the body speaks, acts or has an officer — the bracket followed by a reporting verb or a title,
 *    or the acronym doing so elsewhere ("HWM said", "HWM chief X") — since a programme, an index or
 *    a treaty is defined the same way ("Consumer Price Index (CPI)") and never speaks.
 * The name is one to five capitalised words, with "of", "and", "for", "the" between
 * ("Election Commission of Harbour (ECH)") and hyphenated words ("Tehreek-e-Watan").
 */
const BRACKET = new RegExp(`(’s|'s|’|‘|')?[ ]\\((?:(${alternation(STOCK_EXCHANGES)}|[A-Za-z]+):[ ]?)?([A-Z][A-Z.]{1,5})\\)`, 'uy');
/** A letter or a closing quote: what a name before a bracket ends on. */
const NAME_END = bmpLetters(/[\p{L}’'‘]/u);

/** The bracket after a name at the " (" at `i`, if one is there (a sticky test, cheaper than a search with a lookbehind). */
function bracketAt(text: string, i: number): RegExpExecArray | null {
  // A ticker, an exchange and an acronym all open on a capital: most brackets ("(pictured)", "(15:28 GMT)") are left at once.
  const c = text.charCodeAt(i + 2);
  if (c < 65 || c > 90) return null;
  // The possessive or quote before the space belongs to the match: start there.
  const start = text[i - 2] === '’' || text[i - 2] === "'" ? (text[i - 1] === 's' ? i - 2 : i) : text[i - 1] === '’' || text[i - 1] === '‘' || text[i - 1] === "'" ? i - 1 : i;
  if (!NAME_END.test(text[start - 1] ?? '')) return null;
  BRACKET.lastIndex = start;
  return BRACKET.exec(text);
}
/** A capitalised word of a name, hyphenated parts allowed ("Tehreek-e-Watan", "QuillStrike"). */
// An apostrophe inside a word ("Ta’zim", "D'Arcy") keeps it whole; a possessive's "’s" does not.
const WORD = bmpLetters(/^[\p{Lu}][\p{L}]*(?:-[\p{L}]+|[’'](?!s$)[\p{L}]+)*$/u);
const JOINERS = new Set(['of', 'and', 'for', 'the', '&']);
const EXCHANGES = new Set(STOCK_EXCHANGES);
/** How many capitalised words a name before a bracket may have (joiners between them not counted). */
const MAX_WORDS = 5;
/** The capitals a name's words give ("Tehreek-e-Watan" → "TW"): lower-case joiners and parts left out. */
const initialsOf = (words: readonly string[]): string => words.flatMap((w) => w.split('-')).filter((w) => /^[\p{Lu}]/u.test(w)).map((w) => w[0]).join('');
/** A reporting, government or acting verb, a few words after (" said", " in a statement announced"). */
const ACTS = bmpLetters(new RegExp(`^(?:[ ]+(?:in|on|via)[ ][^,.;“”"]{0,30}?)?[ ]+(?:${REPORTING_VERB}|${GOVERNMENT_VERB}|${ACT_VERB})(?![\\p{L}])`, 'u'));
const NOT_SHORT_FORMS = new Set(WIRE_AGENCIES);

/** The capitalised words (and joiners between them) ending right before `end`: the longest name a bracket may follow. */
function nameBefore(text: string, end: number): string[] {
  const words = text.slice(Math.max(0, end - 120), end).split(/[ \u00a0]+/);
  // A line's break ends the run, and so does a word that is no name's (a sentence's last word keeps its stop).
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < MAX_WORDS * 2; i--) {
    const w = words[i]!;
    if (w.includes('\n')) { const tail = w.split('\n').at(-1)!; if (WORD.test(tail)) out.unshift(tail); break; }
    if (WORD.test(w)) out.unshift(w);
    else if (JOINERS.has(w) && out.length) out.unshift(w);
    else break;
  }
  while (out.length && JOINERS.has(out[0]!)) out.shift();
  while (out.length > 1 && OPENERS.has(out[0]!)) out.shift();
  return out;
}

/** A title right after `at` (a scan's title hit starting there, past spaces). */
function titleAt(scan: ActorScan, at: number): boolean {
  let i = at;
  while (scan.text[i] === ' ') i++;
  return scan.titles.some((t) => t.at === i);
}

/** A reporting, government or acting verb or a title right after `at`. */
const speaksAt = (scan: ActorScan, at: number): boolean => ACTS.test(scan.text.slice(at, at + 60)) || titleAt(scan, at);
/** The acronym, standing alone elsewhere (possessive or not), speaks or acts there, or has an officer ("HWM chief X"). */
function shortFormSpeaks(scan: ActorScan, short: string): boolean {
  const { text } = scan;
  for (let i = text.indexOf(short); i >= 0; i = text.indexOf(short, i + short.length)) {
    if (isWordChar(text[i - 1]) || text[i - 1] === '(') continue;
    let after = i + short.length;
    if ((text[after] === '’' || text[after] === "'") && text[after + 1] === 's') after += 2;
    if (isWordChar(text[after]) || text[after] === ')') continue;
    if (speaksAt(scan, after)) return true;
  }
  return false;
}

export function bracketedNameActors(scan: ActorScan): void {
  const { text, ix, taken, notName, surnames } = scan;
  for (let i = text.indexOf(' ('); i >= 0; i = text.indexOf(' (', i + 2)) {
    const m = bracketAt(text, i);
    if (!m) continue;
    const possessive = m[1] ?? '', exchange = m[2], short = m[3]!.replace(/\./g, '');
    if (exchange && !EXCHANGES.has(exchange)) continue;
    if (NOT_SHORT_FORMS.has(short) || OUTLETS.has(short)) continue;
    const end = m.index!;
    let words = nameBefore(text, end);
    if (!words.length) continue;
    const afterBracket = m.index! + m[0].length;
    let company = false;
    if (exchange || (possessive && possessive !== '’' && possessive !== '‘' && possessive !== "'")) {
      // A ticker: the company's name is its last words that no title, place or person holds.
      if (!exchange && initialsOf(words).endsWith(short)) continue;
      words = words.slice(-3);
      while (words.length > 1 && (JOINERS.has(words[0]!) || notName.has(words[0]!))) words.shift();
      company = true;
    } else {
      // An acronym: the fewest last words whose capitals spell it.
      let n = 1;
      while (n <= words.length && initialsOf(words.slice(-n)) !== short) n++;
      if (n > words.length) continue;
      words = words.slice(-n);
      if (!speaksAt(scan, afterBracket) && !shortFormSpeaks(scan, short)) continue;
    }
    const name = words.join(' ');
    const at = end - name.length;
    if (text.slice(at, end) !== name) continue;
    if (ix.formIndex.get(name)?.kind === 'country' || ix.byDemonym.has(name) || OUTLETS.has(name) || notName.has(name) || notName.has(words.at(-1)!)) continue;
    const known = ix.formIndex.get(name) ?? ix.byKey.get(nameKey(name));
    if (known && known.kind !== 'organisation') continue;
    if (surnames.get(name)?.kind === 'person') continue;
    const overlapping = taken.find(([s, e]) => at < e && end > s);
    if (overlapping && !(overlapping[0] === at && overlapping[1] === end)) continue;
    const id = bodyId(ix, name);
    const actor = known ?? ix.byBodyId.get(id) ?? scan.found.get(id)?.actor ?? newActor(name, 'organisation', company ? 'company ticker' : 'acronym in brackets', id);
    if (!overlapping) taken.push([at, end]);
    mark(scan, actor, at, name);
    if (!surnames.has(name)) surnames.set(name, actor);
    if (!company) defineAcronym(scan, actor, short);
  }
}
