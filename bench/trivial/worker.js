/**
 * The yardstick of `npm run bench:http`: the least a Worker can do to serve a stored feed — one KV
 * read, streamed back with its type. `GET /` answers the identity bytes, or the gzip bytes (with
 * Content-Encoding, not encoded again) when the request takes gzip: the same bytes chronofeed sends.
 */
export default {
  async fetch(request, env) {
    const gzip = /\bgzip\b/.test(request.headers.get('Accept-Encoding') ?? '');
    const body = await env.KV.get(gzip ? 'gzip' : 'identity', 'stream');
    if (!body) return new Response('not seeded', { status: 404 });
    const headers = { 'Content-Type': 'application/feed+json; charset=utf-8' };
    if (gzip) headers['Content-Encoding'] = 'gzip';
    return new Response(body, { headers, encodeBody: gzip ? 'manual' : 'automatic' });
  },
};
