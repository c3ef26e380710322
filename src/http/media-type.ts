/**
 * Content-Type, parsed as RFC 9110 §8.3.1 defines it, not prefix-matched:
 *   media-type = type "/" subtype *( OWS ";" OWS parameter ),  parameter = token "=" ( token / quoted-string )
 * Type, subtype and parameter names are case-insensitive; so is the charset value (§8.3.2).
 */
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const TYPE = new RegExp(`^(${TOKEN})/(${TOKEN})`);
const PARAM = new RegExp(`^[ \\t]*;[ \\t]*(${TOKEN})=(?:(${TOKEN})|"((?:[^"\\\\]|\\\\.)*)")`);

export interface MediaType {
  /** Lower-case `type/subtype`. */
  essence: string;
  /** Lower-case names → values as sent (quotes and escapes removed). */
  params: Map<string, string>;
}

/** Null when the header is not a well-formed media type, or names one parameter twice. */
export function parseMediaType(header: string): MediaType | null {
  const head = TYPE.exec(header.trim());
  if (!head) return null;
  const params = new Map<string, string>();
  let rest = header.trim().slice(head[0].length);
  while (rest.replace(/^[ \t]*;?[ \t]*$/, '') !== '') {
    const m = PARAM.exec(rest);
    if (!m) return null;
    const name = m[1]!.toLowerCase();
    if (params.has(name)) return null;
    params.set(name, m[2] ?? m[3]!.replace(/\\(.)/g, '$1'));
    rest = rest.slice(m[0].length);
  }
  return { essence: `${head[1]}/${head[2]}`.toLowerCase(), params };
}

/** What the ingest API takes: exactly `text/plain`, with `charset` absent or `utf-8`. */
export function isPlainUtf8(header: string | undefined): boolean {
  const m = parseMediaType(header ?? '');
  if (!m || m.essence !== 'text/plain') return false;
  const charset = m.params.get('charset');
  return charset === undefined || charset.toLowerCase() === 'utf-8';
}
