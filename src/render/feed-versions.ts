import { sha256Hex } from '../model/digest';
import type { WindowPiece } from '../chronology/build';
import { type Served, viewOf } from '../chronology/served';
import type { PieceSummary } from '../chronology/shelf';
import type { ChronoEvent } from '../model/types';
import { actorSpec, topicSpec } from './specs';

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

/** An event's digest: SHA-256 of it as rendered, memoised per event object (the digest, not the text). */
const digests = new WeakMap<ChronoEvent, Promise<string>>();
const eventDigest = (e: ChronoEvent) => {
  let d = digests.get(e);
  if (!d) { d = sha256Hex(JSON.stringify(e), 16); digests.set(e, d); }
  return d;
};

/**
 * A piece's share of each actor and topic feed: the digest of its events in that feed, each with
 * why it is there (its note's kind: the actor leads it, one of its officials or bodies does, or it
 * only mentions the actor), in the piece's order. An actor's feed is its widest variant (mentions
 * included; filters and pages are slices of it). Computed once per piece and stored with its summary,
 * so a feed's version needs no piece's events (`feedVersion`).
 */
export async function pieceFeedDigests(piece: WindowPiece, affiliation: (actor: string) => string | null | undefined): Promise<Record<string, string>> {
  const feeds = new Map<string, Array<[ChronoEvent, string]>>();
  for (const e of piece.events) {
    const why = new Map<string, string>();
    const add = (feed: string, note: string) => {
      const prev = why.get(feed);
      if (prev === undefined || NOTE_RANK[note]! < NOTE_RANK[prev]!) why.set(feed, note);
    };
    for (const a of e.actors) {
      if (a.role !== 'principal') { add(`actor:${a.id}`, 'mentions'); continue; }
      add(`actor:${a.id}`, 'leads');
      const parent = affiliation(a.id);
      if (parent) add(`actor:${parent}`, 'through');
    }
    for (const t of e.topics) add(`topic:${t.id}`, 'leads');
    for (const [feed, note] of why) {
      const list = feeds.get(feed);
      if (list) list.push([e, note]); else feeds.set(feed, [[e, note]]);
    }
  }
  const out: Record<string, string> = {};
  for (const [feed, list] of [...feeds].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const parts = await Promise.all(list.map(async ([e, note]) => `${await eventDigest(e)}:${note}`));
    out[feed] = await sha256Hex(parts.join('\u0000'), 16);
  }
  return out;
}

/** Why an event is in an actor's feed, strongest first (an actor's feed notes the strongest). */
const NOTE_RANK: Record<string, number> = { leads: 0, through: 1, mentions: 2 };

/** Versions computed, per served chronology (never changed): a miss after the build reuses the build's. */
const versions = new WeakMap<Served, Map<string, Promise<string | null>>>();

/**
 * The version of one feed of a served chronology, or null when it has no such feed: the feed's
 * title and description, then its pieces' digests (`pieceFeedDigests`, stored with their summaries),
 * newest window first. Content-addressed: a change that leaves a feed's events as they were leaves it.
 */
export function feedVersion(served: Served, feed: string): Promise<string | null> {
  let known = versions.get(served);
  if (!known) versions.set(served, (known = new Map()));
  let v = known.get(feed);
  if (!v) known.set(feed, (v = computeVersion(served, feed)));
  return v;
}

async function computeVersion(served: Served, feed: string): Promise<string | null> {
  const at = feed.indexOf(':');
  const kind = feed.slice(0, at), id = feed.slice(at + 1);
  const view = viewOf(served, []);
  const spec = kind === 'actor' ? actorSpec(view, id, true) : kind === 'topic' ? topicSpec(view, id) : null;
  if (!spec) return null;
  const parts = [spec.title, spec.description];
  for (const p of [...served.shelf].reverse()) {
    const d = p.feeds?.[feed];
    if (d) parts.push(d);
  }
  // With no events, a feed's Last-Modified is the chronology's (feedView): part of what it shows.
  if (parts.length === 2) parts.push(served.updated);
  return sha256Hex(parts.join('\u0000'), 12);
}

/**
 * The feeds whose version a change can change: those of the actors and topics the pieces it
 * replaced and the pieces it assembled name, and of the bodies those actors belong to
 * (`affiliation`, from the catalogue: a country's feed holds its officials' events). Every other
 * feed is as it was.
 */
export function feedsOf(summaries: Iterable<PieceSummary>, affiliation: (actor: string) => string | null | undefined): Set<string> {
  const feeds = new Set<string>();
  for (const s of summaries) {
    for (const id of Object.keys(s.actors)) {
      feeds.add(`actor:${id}`);
      const parent = affiliation(id);
      if (parent) feeds.add(`actor:${parent}`);
    }
    for (const id of Object.keys(s.topics)) feeds.add(`topic:${id}`);
  }
  return feeds;
}

/**
 * Every actor and topic feed's version in a served chronology, or only those of `only` (see
 * `feedsOf`): a feed of `only` that the chronology no longer has is left out (its stored version is deleted).
 */
export async function feedVersions(served: Served, only?: ReadonlySet<string>): Promise<Map<string, string>> {
  const feeds = only ? [...only].sort() : [...served.actors.map((a) => `actor:${a.id}`), ...served.topics.map((t) => `topic:${t.id}`)];
  const out = new Map<string, string>();
  for (const feed of feeds) {
    const v = await feedVersion(served, feed);
    if (v) out.set(feed, v);
  }
  return out;
}

/** A served chronology whose pieces are in memory (the static build, tests), with their feeds' digests. */
export async function withFeedDigests(served: Served, affiliation: (actor: string) => string | null | undefined): Promise<Served> {
  const shelf = await Promise.all(served.shelf.map(async (p) => ({ ...p, feeds: await pieceFeedDigests(await p.load(), affiliation) })));
  return { ...served, shelf };
}
