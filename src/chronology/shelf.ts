import type { ActorRef, ChronoEvent, TopicRef } from '../model/types';
import type { WindowPiece } from './build';

/**
 * The chronology as a shelf of window pieces (build.ts `WindowPiece`), read without holding them
 * all (issue 13): each piece has a summary — what it holds, in a few numbers and ids per actor and
 * topic — and its events are loaded only when a request needs them, newest first, until it has
 * enough. The catalogues are sums over summaries; a feed's `updated` is a maximum over them. The
 * Worker's isolate keeps the summaries and a few pieces; the static build holds every piece.
 */

/** An event's place in newest-first order (see `compareOrder`): day, time, first report's page and line. */
export type OrderKey = readonly [day: string, time: string, seed: string, line: number];

export const orderKey = (e: ChronoEvent): OrderKey => [e.event_date ?? '', e.time ?? '', e.reports[0]!.seed, e.reports[0]!.line];

/** Newest first: by day, then time; ties keep page order (live blogs list newest first). Negative: `a` comes first. */
export function compareOrder(a: OrderKey, b: OrderKey): number {
  const d = b[0].localeCompare(a[0]);
  if (d) return d;
  const t = b[1].localeCompare(a[1]);
  if (t) return t;
  return a[2].localeCompare(b[2]) || a[3] - b[3];
}

/** Newest-first order of events (the chronology's order). */
export const newestFirst = (a: ChronoEvent, b: ChronoEvent): number => compareOrder(orderKey(a), orderKey(b));

/** An actor in a piece: how the piece's newest event naming it names it, and where it is principal. */
export interface ActorTally {
  ref: ActorRef;
  /** Positions (in the piece's events) of the events where it is principal (never changed once summarised). */
  principal: readonly number[];
  /** The newest event naming it. */
  newest: OrderKey;
  /** The latest `updated` of the events where it is principal, and of those that only mention it ('' for none). */
  updatedPrincipal: string;
  updatedMentioned: string;
}

export interface TopicTally {
  ref: TopicRef;
  events: number;
  newest: OrderKey;
  updated: string;
}

/** What a piece holds, without its events: enough to know whether a request needs it, and the catalogues. */
export interface PieceSummary {
  window: number;
  events: number;
  documents: number;
  /** Its pages' names and outlets. */
  seeds: string[];
  publishers: string[];
  /** Its events' ids, in its order (newest first). */
  ids: string[];
  /** Its newest event's place (null: no events). */
  newest: OrderKey | null;
  /** The latest `updated` of its events ('' for none). */
  updated: string;
  /** How many of its events are scheduled (calendars). */
  scheduled: number;
  actors: Record<string, ActorTally>;
  topics: Record<string, TopicTally>;
}

const summaries = new WeakMap<WindowPiece, PieceSummary>();

/** A piece's summary, computed once per piece (a piece is never changed). */
export function summaryOf(piece: WindowPiece): PieceSummary {
  let s = summaries.get(piece);
  if (s) return s;
  s = {
    window: piece.window,
    events: piece.events.length,
    documents: piece.documents.length,
    seeds: piece.documents.map((d) => d.seed),
    publishers: [...new Set(piece.documents.map((d) => d.publisher).filter((p): p is string => Boolean(p)))].sort().map(shared),
    ids: piece.events.map((e) => e.id),
    newest: piece.events.length ? orderKey(piece.events[0]!) : null,
    updated: piece.events.reduce((m, e) => (e.updated > m ? e.updated : m), ''),
    scheduled: piece.events.filter((e) => e.scheduled_date).length,
    actors: {},
    topics: {},
  };
  // (Summaries stay in memory for every window: each event's key is made once, shared by its tallies.)
  piece.events.forEach((e, k) => {
    const key = orderKey(e);
    for (const a of e.actors) {
      const t = (s!.actors[a.id] ??= { ref: sharedRef(a), principal: [], newest: key, updatedPrincipal: '', updatedMentioned: '' });
      if (a.role === 'principal') {
        (t.principal as number[]).push(k);
        if (e.updated > t.updatedPrincipal) t.updatedPrincipal = e.updated;
      } else if (e.updated > t.updatedMentioned) t.updatedMentioned = e.updated;
    }
    for (const topic of e.topics) {
      const t = (s!.topics[topic.id] ??= { ref: sharedRef(topic), events: 0, newest: key, updated: '' });
      t.events++;
      if (e.updated > t.updated) t.updated = e.updated;
    }
  });
  summaries.set(piece, compact(s));
  return s;
}

/**
 * One object per actor or topic reference, and one string per outlet, among the summaries an isolate
 * keeps (one per window: the same names would otherwise be held once per window). Grows with the
 * actors and topics of the archive, not with its pages: keyed by a reference's JSON, and by its
 * packed fields too once a stored summary named it (`unpackSummary`).
 */
const sharedRefs = new Map<string, ActorRef | TopicRef>();
const sharedStrings = new Map<string, string>();
const shared = (s: string): string => {
  let v = sharedStrings.get(s);
  if (v === undefined) sharedStrings.set(s, (v = s));
  return v;
};
function sharedRef<R extends ActorRef | TopicRef>(r: R): R {
  const key = JSON.stringify(r);
  let v = sharedRefs.get(key);
  if (!v) sharedRefs.set(key, (v = r));
  return v as R;
}

/**
 * A summary as a store keeps it (the Worker's KV, pieces.ts): each string once, in `strings`, and
 * each place in the newest-first order once, in `keys`; a tally holds their numbers. An isolate that
 * starts cold parses the summary of every window of the archive before its first feed: written as
 * held, a summary repeats each tally's name, kind, role, newest event (its day, time and page name)
 * and timestamps, and was 41 KiB per window of the generated corpus, 90 % of it actor tallies.
 */
export interface PackedSummary {
  events: number;
  documents: number;
  scheduled: number;
  strings: string[];
  /** Its pages' names, its outlets, its events' ids (numbers into `strings`). */
  seeds: number[];
  publishers: number[];
  ids: number[];
  /** Order keys, four numbers each: day, time and page name (into `strings`), and line. */
  keys: number[];
  /** Its newest event's key (into `keys`), or -1; its latest `updated` (into `strings`). */
  newest: number;
  updated: number;
  /** Each actor: its reference, its principal positions, its newest key, its two latest `updated`. */
  actors: Array<[ref: PackedRef, principal: number[], newest: number, updatedPrincipal: number, updatedMentioned: number]>;
  /** Each topic: its reference, its events, its newest key, its latest `updated`. */
  topics: Array<[ref: PackedRef, events: number, newest: number, updated: number]>;
}

/** A reference as its fields' numbers into `strings` (id, name, and an actor's kind and role), or as it is when it holds more. */
type PackedRef = number[] | ActorRef | TopicRef;
const ACTOR_FIELDS = ['id', 'name', 'kind', 'role'] as const;
const TOPIC_FIELDS = ['id', 'name'] as const;

/** A summary in its stored form (`unpackSummary` gives it back, equal). */
export function packSummary(s: Omit<PieceSummary, 'window'>): PackedSummary {
  const strings: string[] = [];
  const at = new Map<string, number>();
  const str = (x: string): number => {
    let k = at.get(x);
    if (k === undefined) { at.set(x, (k = strings.length)); strings.push(x); }
    return k;
  };
  const keys: number[] = [];
  const keyAt = new Map<string, number>();
  const key = (o: OrderKey): number => {
    const text = `${o[0]}\u0000${o[1]}\u0000${o[2]}\u0000${o[3]}`;
    let k = keyAt.get(text);
    if (k === undefined) { keyAt.set(text, (k = keys.length / 4)); keys.push(str(o[0]), str(o[1]), str(o[2]), o[3]); }
    return k;
  };
  const ref = (r: ActorRef | TopicRef, fields: readonly string[]): PackedRef => {
    const entries = Object.entries(r);
    return entries.length === fields.length && fields.every((f, k) => entries[k]![0] === f && typeof entries[k]![1] === 'string')
      ? entries.map(([, v]) => str(v as string)) : r;
  };
  return {
    events: s.events,
    documents: s.documents,
    scheduled: s.scheduled,
    strings,
    seeds: s.seeds.map(str),
    publishers: s.publishers.map(str),
    ids: s.ids.map(str),
    keys,
    newest: s.newest ? key(s.newest) : -1,
    updated: str(s.updated),
    actors: Object.values(s.actors).map((t) => [ref(t.ref, ACTOR_FIELDS), [...t.principal], key(t.newest), str(t.updatedPrincipal), str(t.updatedMentioned)]),
    topics: Object.values(s.topics).map((t) => [ref(t.ref, TOPIC_FIELDS), t.events, key(t.newest), str(t.updated)]),
  };
}

/** A stored summary as held, its references shared like those `summaryOf` makes, what repeats shared like `compact`'s. */
export function unpackSummary(p: PackedSummary, window: number): PieceSummary {
  const str = p.strings;
  const keys: OrderKey[] = [];
  for (let k = 0; k < p.keys.length; k += 4) keys.push([str[p.keys[k]!]!, str[p.keys[k + 1]!]!, str[p.keys[k + 2]!]!, p.keys[k + 3]!]);
  const ref = <R extends ActorRef | TopicRef>(r: PackedRef, fields: readonly string[]): R => {
    if (!Array.isArray(r)) return sharedRef(r as R);
    // Found by its fields in the one map of shared references (no object built or stringified to
    // find it; the key's mark keeps it apart from `sharedRef`'s JSON keys).
    const at = `\u0001${r.map((k) => str[k]).join('\u0000')}`;
    let v = sharedRefs.get(at);
    if (!v) sharedRefs.set(at, (v = sharedRef(Object.fromEntries(fields.map((f, k) => [f, str[r[k]!]!])) as unknown as R)));
    return v as R;
  };
  const actors: Record<string, ActorTally> = {};
  for (const [r, principal, newest, up, um] of p.actors) {
    const t: ActorTally = { ref: ref<ActorRef>(r, ACTOR_FIELDS), principal: principal.length ? principal : NO_POSITIONS, newest: keys[newest]!, updatedPrincipal: str[up]!, updatedMentioned: str[um]! };
    actors[t.ref.id] = t;
  }
  const topics: Record<string, TopicTally> = {};
  for (const [r, events, newest, updated] of p.topics) {
    const t: TopicTally = { ref: ref<TopicRef>(r, TOPIC_FIELDS), events, newest: keys[newest]!, updated: str[updated]! };
    topics[t.ref.id] = t;
  }
  return {
    window,
    events: p.events,
    documents: p.documents,
    seeds: p.seeds.map((k) => str[k]!),
    publishers: p.publishers.map((k) => shared(str[k]!)),
    ids: p.ids.map((k) => str[k]!),
    newest: p.newest < 0 ? null : keys[p.newest]!,
    updated: str[p.updated]!,
    scheduled: p.scheduled,
    actors,
    topics,
  };
}

/** The principal positions of an actor that a piece only mentions: one array for all (never changed once summarised). */
const NO_POSITIONS: readonly number[] = Object.freeze([]);

/**
 * A summary's tallies made to share what repeats within it: one order key per event (the tallies
 * of the actors and topics of one event name the same newest event), one string per timestamp, day,
 * time and page name, one empty list for every actor the piece only mentions. Summaries stay in
 * memory for every window of the archive: a summary read back from KV would otherwise hold a copy of
 * each of these per tally (the largest part of an isolate's memory that grows with its pages,
 * sixteenth session's heap snapshots). Changes no value.
 */
function compact<S extends PieceSummary | Omit<PieceSummary, 'window'>>(s: S): S {
  const strings = new Map<string, string>();
  const one = (x: string): string => {
    const v = strings.get(x);
    if (v !== undefined) return v;
    strings.set(x, x);
    return x;
  };
  const keys = new Map<string, OrderKey>();
  const key = (k: OrderKey): OrderKey => {
    const at = `${k[0]}\u0000${k[1]}\u0000${k[2]}\u0000${k[3]}`;
    let v = keys.get(at);
    if (!v) keys.set(at, (v = [one(k[0]), one(k[1]), one(k[2]), k[3]]));
    return v;
  };
  s.seeds = s.seeds.map(one);
  s.updated = one(s.updated);
  if (s.newest) s.newest = key(s.newest);
  for (const t of Object.values(s.actors)) {
    t.newest = key(t.newest);
    t.updatedPrincipal = one(t.updatedPrincipal);
    t.updatedMentioned = one(t.updatedMentioned);
    if (!t.principal.length) t.principal = NO_POSITIONS;
  }
  for (const t of Object.values(s.topics)) {
    t.newest = key(t.newest);
    t.updated = one(t.updated);
  }
  return s;
}

/** Remembers a summary read from a store for its piece read later (the same summary object is kept). */
export const knowSummary = (piece: WindowPiece, summary: PieceSummary): void => { summaries.set(piece, summary); };

/** Each id's count and how the newest piece naming it names it, summed over pieces. */
function summed<R>(parts: ReadonlyArray<Record<string, { ref: R; newest: OrderKey }>>, count: (t: { ref: R; newest: OrderKey }) => number): Map<string, { ref: R; events: number }> {
  const out = new Map<string, Total<R>>();
  for (let k = 0; k < parts.length; k += SUM_BLOCK) add(out, blockSum(parts.slice(k, k + SUM_BLOCK), count));
  return out;
}

interface Total<R> { ref: R; events: number; newest: OrderKey }

/**
 * Pieces summed a block at a time, each block's sum kept while its pieces are the same objects: a
 * change replaces a few windows' summaries (new windows come last), so a catalogue sums again the
 * blocks those fall in and adds up the others' sums, not every window's tallies.
 */
const SUM_BLOCK = 32;
const blockSums = new WeakMap<object, { parts: readonly object[]; sum: Map<string, Total<unknown>> }>();
function blockSum<R>(parts: ReadonlyArray<Record<string, { ref: R; newest: OrderKey }>>, count: (t: { ref: R; newest: OrderKey }) => number): Map<string, Total<R>> {
  const memo = blockSums.get(parts[0]!);
  if (memo && memo.parts.length === parts.length && memo.parts.every((p, k) => p === parts[k])) return memo.sum as Map<string, Total<R>>;
  const sum = new Map<string, Total<R>>();
  for (const part of parts) for (const [id, t] of Object.entries(part)) add(sum, [[id, { ref: t.ref, events: count(t), newest: t.newest }]]);
  blockSums.set(parts[0]!, { parts, sum });
  return sum;
}

/** Adds totals into `out` (its entries are its own: a kept block's sum is never changed). */
function add<R>(out: Map<string, Total<R>>, totals: Iterable<[string, Total<R>]>): void {
  for (const [id, t] of totals) {
    const prev = out.get(id);
    if (!prev) out.set(id, { ...t });
    else {
      prev.events += t.events;
      if (compareOrder(t.newest, prev.newest) < 0) { prev.ref = t.ref; prev.newest = t.newest; }
    }
  }
}

/** Each actor's principal events and name (as its newest event names it), over the pieces. */
export const actorTotals = (pieces: readonly PieceSummary[]) => summed(pieces.map((p) => p.actors), (t) => (t as ActorTally).principal.length);
/** Each topic's events and name, over the pieces. */
export const topicTotals = (pieces: readonly PieceSummary[]) => summed(pieces.map((p) => p.topics), (t) => (t as TopicTally).events);

/**
 * The events in an actor's feed (build select.ts `eventsOfActor`: where it or one of its officials
 * and bodies is principal), counted over the pieces: each event once.
 */
export function feedCount(pieces: readonly PieceSummary[], ids: readonly string[]): number {
  let n = 0;
  for (const p of pieces) {
    const at = new Set<number>();
    for (const id of ids) for (const k of p.actors[id]?.principal ?? []) at.add(k);
    n += at.size;
  }
  return n;
}

/** The latest `updated` of the events of a feed: an actor's (with its members, with mentions) or a topic's. */
export function feedUpdated(pieces: readonly PieceSummary[], feed: { actors?: readonly string[]; mentionsOf?: string; topic?: string }): string {
  let m = '';
  for (const p of pieces) {
    for (const id of feed.actors ?? []) { const u = p.actors[id]?.updatedPrincipal ?? ''; if (u > m) m = u; }
    if (feed.mentionsOf) { const u = p.actors[feed.mentionsOf]?.updatedMentioned ?? ''; if (u > m) m = u; }
    if (feed.topic) { const u = p.topics[feed.topic]?.updated ?? ''; if (u > m) m = u; }
    if (!feed.actors && !feed.mentionsOf && !feed.topic && p.updated > m) m = p.updated;
  }
  return m;
}

/** A piece on a shelf: its summary, and its events when asked. */
export interface Shelved {
  summary: PieceSummary;
  load(): Promise<WindowPiece>;
  /** Its share of each feed (render/feed-versions.ts `pieceFeedDigests`), when known. */
  feeds?: Record<string, string>;
}

/**
 * The events of the pieces `relevant` keeps that `match` takes, newest first, loading pieces one
 * by one (by their newest event) until `enough` says the events in final order suffice — those
 * newer than every piece not loaded yet. Returns them, and whether every relevant piece was read
 * (then they are all there are).
 */
export async function collect(
  shelf: readonly Shelved[],
  want: { relevant?: (s: PieceSummary) => boolean; match?: (e: ChronoEvent) => boolean; enough?: (events: readonly ChronoEvent[]) => boolean },
): Promise<{ events: ChronoEvent[]; complete: boolean }> {
  const queue = shelf.filter((p) => p.summary.newest && (want.relevant?.(p.summary) ?? true))
    .sort((a, b) => compareOrder(a.summary.newest!, b.summary.newest!));
  let pending: ChronoEvent[] = [];
  const final: ChronoEvent[] = [];
  for (let k = 0; k < queue.length; k++) {
    const piece = await queue[k]!.load();
    const taken = want.match ? piece.events.filter(want.match) : piece.events;
    pending = mergeOrdered(pending, taken);
    const bound = queue[k + 1]?.summary.newest;
    // Events newer than the next piece's newest are in their final place.
    let cut = 0;
    while (cut < pending.length && (!bound || compareOrder(orderKey(pending[cut]!), bound) < 0)) cut++;
    final.push(...pending.slice(0, cut));
    pending = pending.slice(cut);
    if (want.enough?.(final) && k + 1 < queue.length) return { events: final, complete: false };
  }
  final.push(...pending);
  return { events: final, complete: true };
}

/** Two newest-first lists as one. */
function mergeOrdered(a: readonly ChronoEvent[], b: readonly ChronoEvent[]): ChronoEvent[] {
  if (!a.length) return [...b];
  if (!b.length) return [...a];
  const out: ChronoEvent[] = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) out.push(newestFirst(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
