/**
 * The yardstick of `npm run bench:http`: the least a Worker can do to serve a stored feed — one KV
 * read, streamed back with its type. `GET /` answers the identity bytes, or the gzip bytes (with
 * Content-Encoding, not encoded again) when the request takes gzip: the same bytes chronofeed sends.
 * With `SAME_HEADERS` (a JSON list of [name, value], parsed once) `GET /same-headers` also sends the
 * headers chronofeed's hit sends (security, CORS, validators), so the two responses differ in code only.
 * `PUT /write` stores the body under a new key: the bench's measure of what one KV write costs the
 * local simulator, which runs in the same workerd process as the Worker.
 */
let writes = 0;
let sameHeaders = null;

export default {
  async fetch(request, env) {
    if (request.method === 'PUT') {
      await env.KV.put(`write-${writes++}`, await request.arrayBuffer(), { expirationTtl: 3600, metadata: { n: writes } });
      return new Response(null, { status: 204 });
    }
    const gzip = /\bgzip\b/.test(request.headers.get('Accept-Encoding') ?? '');
    const body = await env.KV.get(gzip ? 'gzip' : 'identity', 'stream');
    if (!body) return new Response('not seeded', { status: 404 });
    let headers = { 'Content-Type': 'application/feed+json; charset=utf-8' };
    if (new URL(request.url).pathname === '/same-headers' && env.SAME_HEADERS) headers = Object.fromEntries(sameHeaders ??= JSON.parse(env.SAME_HEADERS));
    if (gzip) headers['Content-Encoding'] = 'gzip';
    return new Response(body, { headers, encodeBody: gzip ? 'manual' : 'automatic' });
  },
};
