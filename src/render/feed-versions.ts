import { sha256Hex } from '../model/digest';
import type { ChronoEvent, Chronology } from '../model/types';
import { actorSpec, topicSpec } from './specs';
import type { FeedSpec } from './views';

/**
 * Versions of the actor and topic feeds, so a change of pages invalidates exactly the feeds it
 * touches (issue 13). An actor's or a topic's feed shows nothing but its spec (`specs.ts`): title,
 * description, its events and their notes. Its version is a SHA-256 of all of that for the feed's
 * widest variant (an actor's with mentions; filters and pages are slices of it), so it is
 * content-addressed: a body stored under a version shows exactly what that version names, and a
 * change that leaves a feed's events as they were leaves its version, and its stored bodies hits.
 */

/** The feed a path belongs to, for the routes whose bodies are keyed by it: `actor:<id>` or `topic:<id>`. */
export function feedOfPath(path: string): string | null {
  const m = /^\/(actors|topics)\/([^/]+)\/feed\.(?:rss|atom|json)$/.exec(path);
  if (!m) return null;
  try {
    return `${m[1] === 'actors' ? 'actor' : 'topic'}:${decodeURIComponent(m[2]!)}`;
  } catch {
    return null;
  }
}

/** The spec a feed key names, or null when the chronology has no such actor or topic. */
function specOf(chron: Chronology, feed: string): FeedSpec | null {
  const at = feed.indexOf(':');
  const kind = feed.slice(0, at), id = feed.slice(at + 1);
  return kind === 'actor' ? actorSpec(chron, id, true) : kind === 'topic' ? topicSpec(chron, id) : null;
}

/** Versions computed, per chronology (a chronology is never changed): a miss after the build reuses the build's. */
const versions = new WeakMap<Chronology, Map<string, Promise<string | null>>>();

/** The version of one feed in a chronology, or null when it has no such feed. */
export function feedVersion(chron: Chronology, feed: string): Promise<string | null> {
  let known = versions.get(chron);
  if (!known) versions.set(chron, (known = new Map()));
  let v = known.get(feed);
  if (!v) known.set(feed, (v = computeVersion(chron, feed)));
  return v;
}

/**
 * An event's digest: SHA-256 of it as rendered, memoised per event object (the digest, not the
 * rendered text: that would hold a second copy of every event). A feed's version hashes
 * its events' digests, so each event is hashed once per chronology, not once per feed it is in
 * (at 1,000 pages: 464 feeds over 3,268 events, 2.5 s → see README "Performance").
 */
const digests = new WeakMap<ChronoEvent, Promise<string>>();
const eventDigest = (e: ChronoEvent) => {
  let d = digests.get(e);
  if (!d) { d = sha256Hex(JSON.stringify(e), 16); digests.set(e, d); }
  return d;
};

async function computeVersion(chron: Chronology, feed: string): Promise<string | null> {
  const spec = specOf(chron, feed);
  if (!spec) return null;
  // With no events, a feed's Last-Modified is the chronology's (feedView): part of what it shows.
  const parts = [spec.title, spec.description, spec.events.length ? '' : chron.updated];
  const hashes = await Promise.all(spec.events.map(eventDigest));
  spec.events.forEach((e, k) => parts.push(hashes[k]!, spec.note?.(e) ?? ''));
  return sha256Hex(parts.join('\u0000'), 12);
}

/**
 * The feeds whose version events can change: those of the actors and topics they name, and of the
 * bodies those actors belong to (`affiliation`, from the catalogue: a country's feed holds its
 * officials' events). A change that
 * replaced some events (the windows assembled again: their old and new events) leaves every other
 * feed as it was.
 */
export function feedsOf(events: Iterable<ChronoEvent>, affiliation: (actor: string) => string | null | undefined): Set<string> {
  const feeds = new Set<string>();
  for (const e of events) {
    for (const a of e.actors) {
      feeds.add(`actor:${a.id}`);
      const parent = affiliation(a.id);
      if (parent) feeds.add(`actor:${parent}`);
    }
    for (const t of e.topics) feeds.add(`topic:${t.id}`);
  }
  return feeds;
}

/**
 * Every actor and topic feed's version in a chronology, or only those of `only` (see `feedsOf`):
 * a feed of `only` that the chronology no longer has is left out (its stored version is deleted).
 */
export async function feedVersions(chron: Chronology, only?: ReadonlySet<string>): Promise<Map<string, string>> {
  const feeds = only ? [...only].sort() : [...chron.actors.map((a) => `actor:${a.id}`), ...chron.topics.map((t) => `topic:${t.id}`)];
  const out = new Map<string, string>();
  for (const feed of feeds) {
    const v = await feedVersion(chron, feed);
    if (v) out.set(feed, v);
  }
  return out;
}
