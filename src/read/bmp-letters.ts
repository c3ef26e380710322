/**
 * A reading rule's regex with its Unicode property classes (`\p{L}`, `\p{Lu}`, `[^\p{L}’']` …) kept
 * to the Basic Multilingual Plane, the letters of every living script news is written in.
 *
 * Why: V8 compiles each such class of a `u` regex, for two-byte text (news text with a curly quote
 * always is), into range tests over the surrogate pairs of every letter beyond the BMP as well, at
 * each place the class stands: three to seven times the native code of the same class within the
 * BMP. The rules' regexes held 24 MiB of the Worker isolate's live heap that way (sixteenth
 * session's snapshot, 1,003 pages), a fixed cost against its 128 MB.
 *
 * What changes: a letter beyond the BMP (mathematically styled letters "𝐁𝐨𝐥𝐝", historic scripts,
 * rare CJK ideographs) is no letter to a rule built with this, and a negated class or `\P{…}`
 * matches it as it matches an emoji. A text holding no such letter reads exactly as before; every
 * other code point, an emoji or any astral symbol included, is matched as the `u` regex matches it.
 *
 * The pattern is rewritten once, when its module loads, into the `v` flag's syntax (class set
 * subtraction: `[\p{Lu}--[\u{10000}-\u{10FFFF}]]`); a regex without a property class is returned
 * as it is. A case-insensitive regex may negate only properties whose letters' other cases are in them
 * too (`\p{L}`, `\p{N}`): `v` folds the case of a negated `\p{Lu}` otherwise than `u` does (a class
 * such as `[\p{Lu}]`, matched or looked around for, folds alike under both).
 */
export function bmpLetters(re: RegExp): RegExp {
  if (!re.flags.includes('u') || !/\\[pP]\{/.test(re.source)) return re;
  if (re.flags.includes('i') && negatedProperties(re.source).some((p) => !CASE_CLOSED.has(p))) {
    throw new Error(`bmpLetters: /${re.source}/${re.flags} is case-insensitive over a negated property of one case`);
  }
  return new RegExp(bmpSource(re.source), re.flags.replace('u', 'v'));
}

/** Properties that hold every case of their letters: a case-insensitive regex reads them alike under `u` and `v`. */
const CASE_CLOSED = new Set(['L', 'N']);
/** The properties a pattern negates: `\P{…}`, or `\p{…}` in a negated class (a `u` class holds no class). */
function negatedProperties(source: string): string[] {
  const inNegated = Array.from(source.matchAll(/(?<!\\)\[\^((?:\\.|[^\]\\])*)\]/g), (m) => m[1]!).join('');
  return [...source.matchAll(/\\P\{([^}]*)\}/g), ...inNegated.matchAll(/\\p\{([^}]*)\}/g)].map((m) => m[1]!);
}

/** The code points beyond the BMP, taken out of each property class. */
const ASTRAL = '[\\u{10000}-\\u{10FFFF}]';
/** Characters a `v` class must escape (its syntax characters and reserved punctuators); `u` allowed them bare. */
const CLASS_ESCAPE = new Set('()[]{}/|&!#%,:;<=>@`~^$.*+?');

/** A `u` pattern's source in the `v` syntax, its property classes without the astral planes. */
export function bmpSource(source: string): string {
  let out = '';
  let i = 0;
  const property = (): string => {
    // At "\p{…}" or "\P{…}": the class without the astral code points (its complement with all of them).
    const end = source.indexOf('}', i);
    const negated = source[i + 1] === 'P';
    const inner = `[\\p${source.slice(i + 2, end + 1)}--${ASTRAL}]`;
    i = end + 1;
    return negated ? `[^${inner}]` : inner;
  };
  const escape = (): string => {
    // Any other escape, copied whole ("\u{2019}" holds braces the class scan must not escape).
    const end = source[i + 1] === 'u' && source[i + 2] === '{' ? source.indexOf('}', i) + 1 : i + 2;
    const text = source.slice(i, end);
    i = end;
    return text;
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') out += source[i + 1] === 'p' || source[i + 1] === 'P' ? property() : escape();
    else if (c !== '[') { out += c; i++; }
    else {
      out += '[';
      i++;
      if (source[i] === '^') { out += '^'; i++; }
      const first = i;
      while (source[i] !== ']') {
        const d = source[i]!;
        if (d === '\\') out += source[i + 1] === 'p' || source[i + 1] === 'P' ? property() : escape();
        else {
          // A hyphen between two characters is a range; first or last in the class it is itself.
          const literalHyphen = d === '-' && (i === first || source[i + 1] === ']');
          out += CLASS_ESCAPE.has(d) || literalHyphen ? `\\${d}` : d;
          i++;
        }
      }
      out += ']';
      i++;
    }
  }
  return out;
}
