import { sha256Hex } from '../model/digest';
import { gzip } from '../store/gzip';
import type { BodyMeta } from '../store/kv';

/**
 * A body is rendered once and kept as gzip bytes with what answering needs (type, strong ETag,
 * Last-Modified): a request that finds it never renders, hashes or re-encodes anything. Gzip rather
 * than leaving compression to the edge because Cloudflare compresses `application/rss+xml` and
 * `application/json` by default but not `application/atom+xml` or `application/feed+json`, and
 * because a stored gzip body is a fifth of the KV bytes. Cloudflare's edge (and Miniflare under
 * `wrangler dev`) hands the Worker `Accept-Encoding: br, gzip` whatever the client sent, and keeps the
 * client's own header in `request.cf.clientAcceptEncoding`: that is the one judged, so a client that
 * asked for no coding gets the bytes inflated here.
 */

/** Feed pollers: Miniflux waits max(<ttl>, max-age, Expires). 5 minutes at the edge and in browsers. */
export const CACHE_CONTROL = 'public, max-age=300';

/** Where the body came from (`X-Cache`): KV, a concurrent render, rendered and stored, or not stored. */
export type CacheState = 'hit' | 'shared' | 'miss' | 'bypass';

/** A rendered body, ready for any number of requests. */
export interface PreparedBody {
  gzip: Uint8Array;
  meta: BodyMeta;
}

/** Renders once: the identity bytes' SHA-256 (the ETag, 128 bits) and their gzip member. */
export async function prepareBody(text: string, type: string, lastModified: string): Promise<PreparedBody> {
  const identity = new TextEncoder().encode(text);
  const tag = await sha256Hex(identity, 16);
  const bytes = gzip(identity);
  return { gzip: bytes, meta: { type, tag, modified: new Date(lastModified).toUTCString(), coding: 'gzip', size: bytes.byteLength } };
}

/**
 * Whether the request takes gzip (RFC 9110 §12.5.3): listed (or `*`) with a q-value above 0. No
 * header means any coding is acceptable, but a client that sends none is safest served identity.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let gzip: number | null = null;
  let star: number | null = null;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (name === 'gzip' || name === 'x-gzip') gzip = q;
    else if (name === '*') star = q;
  }
  return (gzip ?? star ?? 0) > 0;
}

/** The client's own Accept-Encoding: `cf.clientAcceptEncoding` where the platform rewrote the header. */
export function clientAcceptEncoding(req: Request): string | undefined {
  const original = (req.cf as { clientAcceptEncoding?: unknown } | undefined)?.clientAcceptEncoding;
  return typeof original === 'string' ? original : (req.headers.get('Accept-Encoding') ?? undefined);
}

/**
 * The strong ETag of each representation: the identity bytes' tag, and the same tag marked for the
 * gzip bytes (RFC 9110 §8.8.3: another content-coding is another representation).
 */
const etagOf = (meta: BodyMeta, gzip: boolean) => (gzip ? `"${meta.tag}-gzip"` : `"${meta.tag}"`);

/**
 * RFC 9110 §13.1.2 and §13.1.3, evaluated in §13.2.2's order: If-None-Match (weak comparison, either
 * representation's tag, or `*`) decides alone when sent; otherwise If-Modified-Since.
 */
function notModified(req: Request, meta: BodyMeta): boolean {
  const inm = req.headers.get('If-None-Match') ?? undefined;
  if (inm !== undefined) {
    return inm.split(',').some((t) => {
      const tag = t.trim().replace(/^W\//, '');
      return tag === '*' || tag === `"${meta.tag}"` || tag === `"${meta.tag}-gzip"`;
    });
  }
  const ims = req.headers.get('If-Modified-Since');
  if (!ims) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Date.parse(meta.modified) <= since;
}

/**
 * Answers with a stored or freshly rendered body: 304 when the validators match (keeping ETag,
 * Last-Modified, Cache-Control and Vary; CORS is added by its middleware), HEAD without a body, the
 * gzip bytes as they are when the client takes gzip, else inflated on the way out. `extra`: headers
 * the app's middleware would add, for a response built before the app runs (cache-first.ts).
 */
export function sendBody(req: Request, meta: BodyMeta, gzip: Uint8Array | ReadableStream<Uint8Array>, cache: CacheState, extra: ReadonlyArray<readonly [string, string]> = []): Response {
  const takesGzip = acceptsGzip(clientAcceptEncoding(req));
  // One list handed to the Response as its init: the runtime builds its headers once (a Headers
  // object built here and then set would be built, then copied, header by header).
  const headers: Array<readonly [string, string]> = [
    ...extra,
    ['ETag', etagOf(meta, takesGzip)],
    ['Last-Modified', meta.modified],
    ['Cache-Control', CACHE_CONTROL],
    ['Vary', 'Accept-Encoding'],
    ['X-Cache', cache],
  ];
  const status = notModified(req, meta) ? 304 : 200;
  if (status === 304 || req.method === 'HEAD') {
    if (gzip instanceof ReadableStream) void gzip.cancel().catch(() => {});
    if (status === 200) headers.push(['Content-Type', meta.type]);
    return new Response(null, { status, headers: headers as Array<[string, string]> });
  }
  headers.push(['Content-Type', meta.type]);
  if (takesGzip) {
    headers.push(['Content-Encoding', 'gzip']);
    // "manual": the bytes are already gzip; the runtime must not encode them again.
    return new Response(gzip, { headers: headers as Array<[string, string]>, encodeBody: 'manual' });
  }
  const stream = gzip instanceof ReadableStream ? gzip : new Blob([gzip]).stream();
  return new Response(stream.pipeThrough(new DecompressionStream('gzip')), { headers: headers as Array<[string, string]> });
}
