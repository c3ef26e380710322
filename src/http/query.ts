import { validator } from 'hono/validator';
import { problem } from './problem';

/** Feed query parameters, validated: `limit` 1–500 (default 50), `before` an event id, `include=mentions`. */
export interface FeedQuery {
  limit: number;
  before: string | null;
  mentions: boolean;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,159}$/;

export const feedQuery = validator('query', (q, c): FeedQuery | Response => {
  const one = (k: string) => (Array.isArray(q[k]) ? (q[k] as string[])[0] : (q[k] as string | undefined));
  const limitText = one('limit');
  const before = one('before') ?? null;
  const include = one('include');
  let limit = DEFAULT_LIMIT;
  if (limitText !== undefined) {
    if (!/^\d{1,4}$/.test(limitText) || +limitText < 1 || +limitText > MAX_LIMIT) {
      return problem(c, 400, 'Bad limit', `limit must be a whole number from 1 to ${MAX_LIMIT}; got "${limitText.slice(0, 40)}".`);
    }
    limit = +limitText;
  }
  if (before !== null && !ID_PATTERN.test(before)) {
    return problem(c, 400, 'Bad cursor', 'before must be the id of an event in this feed (lower-case letters, digits and hyphens).');
  }
  if (include !== undefined && include !== 'mentions') {
    return problem(c, 400, 'Bad include', 'include takes one value: mentions.');
  }
  return { limit, before, mentions: include === 'mentions' };
});
