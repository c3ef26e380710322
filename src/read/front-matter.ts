/**
 * The front-matter block a page may begin with (the `---` convention of static-site tools; see
 * docs/CONTRACT.md): what the person who adds a page knows of its origin.
 *
 *   ---
 *   url: https://www.example.com/news/2022/1/27/port-night-shifts
 *   published: 2022-01-27T11:54:00Z
 *   publisher: Example News
 *   title: Port authority suspends night shifts
 *   ---
 *
 * Pure and small: the reader uses it (bad values are warnings, the value is ignored) and so does the
 * ingest API (any problem is a 400 naming the line).
 */
import { instant } from './calendar';

export interface FrontMatterFields {
  /** Absolute http(s) URL of the page. */
  url?: string;
  /** `YYYY-MM-DD`, or an RFC 3339 date-time with `Z` or an offset. */
  published?: string;
  /** The outlet's name. */
  publisher?: string;
  /** The page's title, when its first line is not it. */
  title?: string;
}

export interface FrontMatterProblem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface FrontMatter {
  /** Values that passed their checks; a bad value is left out (and listed in `errors`). */
  fields: FrontMatterFields;
  /** Lines the block takes (its two `---` included); 0 when the page has no block. */
  bodyStart: number;
  errors: FrontMatterProblem[];
}

export const FRONT_MATTER_KEYS = ['url', 'published', 'publisher', 'title'] as const;

/** A block longer than this is not front matter: a page that starts with a rule line. */
export const MAX_FRONT_MATTER_LINES = 40;
/** Longest value kept, in characters (a URL or a title; a longer one is a pasted page). */
const MAX_VALUE_CHARS = 2_000;

const DELIMITER = /^---\s*$/;
const KEY_VALUE = /^([A-Za-z_][A-Za-z0-9_-]*)\s*:\s?(.*)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

export function parseFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { fields: {}, bodyStart: 0, errors: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/, MAX_FRONT_MATTER_LINES + 2);
  if (!DELIMITER.test(lines[0] ?? '')) return none;
  const close = lines.findIndex((l, i) => i > 0 && DELIMITER.test(l));
  if (close < 0) {
    return { ...none, errors: [{ line: 1, message: `front matter opened with "---" on line 1 is never closed (no "---" within ${MAX_FRONT_MATTER_LINES} lines): read as page text` }] };
  }
  const fields: FrontMatterFields = {};
  const errors: FrontMatterProblem[] = [];
  for (let i = 1; i < close; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    const kv = KEY_VALUE.exec(raw.trim());
    if (!kv) { errors.push({ line, message: `front matter line ${line} is not "key: value"` }); continue; }
    const key = kv[1]!.toLowerCase();
    const value = unquote(kv[2]!.trim());
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      errors.push({ line, message: `front matter line ${line}: unknown key "${key.slice(0, 40)}" (known: ${FRONT_MATTER_KEYS.join(', ')}); ignored` });
      continue;
    }
    if (!value) { errors.push({ line, message: `front matter line ${line}: "${key}" has no value` }); continue; }
    if (value.length > MAX_VALUE_CHARS) { errors.push({ line, message: `front matter line ${line}: "${key}" is longer than ${MAX_VALUE_CHARS} characters` }); continue; }
    const problem = check(key as keyof FrontMatterFields, value);
    if (problem) errors.push({ line, message: `front matter line ${line}: ${problem}; ignored` });
    else fields[key as keyof FrontMatterFields] = value;
  }
  return { fields, bodyStart: close + 1, errors };
}

function unquote(v: string): string {
  return /^(["']).*\1$/.test(v) && v.length >= 2 ? v.slice(1, -1).trim() : v;
}

function check(key: keyof FrontMatterFields, value: string): string | null {
  if (key === 'url') {
    try {
      const u = new URL(value);
      return u.protocol === 'http:' || u.protocol === 'https:' ? null : `url "${value.slice(0, 80)}" is not http(s)`;
    } catch {
      return `url "${value.slice(0, 80)}" is not an absolute URL`;
    }
  }
  if (key === 'published') {
    return validDate(value) ? null : `published "${value.slice(0, 40)}" is not a date (YYYY-MM-DD) or a date-time with Z or an offset`;
  }
  return null;
}

/** A real calendar day and time: "2022-02-30" and "25:00" are refused. */
function validDate(v: string): boolean {
  const d = DATE.exec(v) ?? DATE_TIME.exec(v);
  if (!d) return false;
  const [y, m, day] = [+d[1]!, +d[2]!, +d[3]!];
  const probe = new Date(Date.UTC(y, m - 1, day));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== day) return false;
  if (d.length > 4 && d[4] !== undefined) {
    if (+d[4] > 23 || +d[5]! > 59 || (d[6] !== undefined && +d[6] > 60)) return false;
  }
  return true;
}

/**
 * `published` → the page's own calendar day (the date as written: the publisher's local day, which
 * is what its "Thursday" means) and, for a date-time, the instant in UTC.
 */
export function publishedParts(v: string): { day: string; instant: string | null } {
  if (DATE.test(v)) return { day: v, instant: null };
  const t = Date.parse(v.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return { day: v.slice(0, 10), instant: Number.isNaN(t) ? null : instant(t) };
}
