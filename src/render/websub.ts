import type { Chronology } from '../model/types';

/** What the hub was last told: the chronology it has heard of (digest) and its newest change. */
export interface Announced {
  digest: string;
  updated: string;
}

/** Most feed URLs pinged for one change (3 formats each): a hub call is cheap, a flood is not. */
export const MAX_PINGED_FEEDS = 60;

/**
 * The feeds a change of the chronology touched, as absolute URLs (every format): the main feeds
 * always; the feeds of each actor (and of the body an official belongs to) and each topic of the
 * events whose `updated` is newer than what the hub last heard. Without a previous announcement
 * (first run), the main feeds only. Bounded by MAX_PINGED_FEEDS, main feeds first.
 */
export function changedFeeds(chron: Chronology, origin: string, last: Announced | null): string[] {
  const bases = new Set<string>(['/']);
  if (last) {
    const affiliation = new Map(chron.actors.map((a) => [a.id, a.affiliation]));
    for (const e of chron.events) {
      if (e.updated <= last.updated) continue;
      for (const a of e.actors) {
        if (a.role !== 'principal') continue;
        bases.add(`/actors/${encodeURIComponent(a.id)}/`);
        const body = affiliation.get(a.id);
        if (body) bases.add(`/actors/${encodeURIComponent(body)}/`);
      }
      for (const t of e.topics) bases.add(`/topics/${encodeURIComponent(t.id)}/`);
    }
  }
  return [...bases].flatMap((b) => ['rss', 'atom', 'json'].map((f) => new URL(`${b}feed.${f}`, origin).toString())).slice(0, MAX_PINGED_FEEDS);
}
