import { escapeHtml } from './escape';

/**
 * A tagged template for HTML, in the spirit of Hono's `html` helper but free of Hono (render/ knows
 * no web framework): every interpolated value is escaped unless it is markup this module made —
 * the result of another `html` call or of `raw`. Arrays are joined; null, undefined and false
 * write nothing.
 */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string { return this.value; }
}

type Value = Markup | string | number | null | undefined | false | readonly Value[];

function write(v: Value): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Markup) return v.value;
  if (Array.isArray(v)) return v.map(write).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += write(values[i]!) + strings[i + 1]!;
  return new Markup(out);
}

/** Markup already escaped (e.g. an entry's content built by feed-view.ts). */
export const raw = (s: string): Markup => new Markup(s);

/** "1 event", "2 events"; `many` for irregular plurals. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** Pieces of markup (or text, escaped) one after another. */
export const cat = (...parts: Value[]): Markup => new Markup(parts.map(write).join(''));
