import { exports } from 'cloudflare:workers';

/**
 * Calls the Worker (each call a separate workerd request) and reads the whole body before returning:
 * a response left unread holds one of the test's few connections open, and later calls queue behind it.
 */
export async function call(path: string, init?: RequestInit): Promise<Response> {
  const res = await exports.default.fetch(new Request(`http://chronofeed.test${path}`, init));
  const body = await res.arrayBuffer();
  return new Response([101, 204, 205, 304].includes(res.status) ? null : body, res);
}
