import type { Item } from '../model/types';
import { slug } from '../read/catalogue';
import { fingerprint } from '../read/fingerprint';
import type { IdRegistry } from './registry';

export interface Assigned {
  id: string;
  updated: string;
}

/**
 * Gives each group of reports its id. A group that holds reports the registry knows keeps the id
 * they had (the one holding most of them; the others become redirects to it). A new group gets an id
 * derived from its smallest report key, so it does not depend on seed order. `updated` stays as
 * registered while the group's reports are the same, and becomes `now` when they change. The
 * `kept` events are others, given no group (the windows not assembled: build.ts `assemblePieces`).
 */
export function assignIds(groups: Item[][], registry: IdRegistry, now: string, kept: ReadonlySet<string> = new Set()): { ids: Assigned[]; registry: IdRegistry } {
  const owner = new Map<string, string>();
  for (const [id, e] of Object.entries(registry.events)) if (!kept.has(id)) for (const k of e.reports) owner.set(k, id);
  // Events of windows not assembled this time (`kept`) hold their ids as they are.
  const taken = new Set<string>(kept);
  const next: IdRegistry = { version: 1, events: Object.fromEntries([...kept].map((id) => [id, registry.events[id]!])), redirects: { ...registry.redirects } };

  const ids = groups.map((group) => {
    const keys = group.map((i) => i.key).sort();
    const votes = new Map<string, number>();
    for (const k of keys) {
      const id = owner.get(k);
      if (id && !taken.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    let id = ranked[0]?.[0];
    if (!id) {
      const anchor = group.find((i) => i.key === keys[0])!;
      id = newId(anchor, taken, registry);
    }
    taken.add(id);
    for (const [other] of ranked.slice(1)) next.redirects[other] = id;
    delete next.redirects[id];
    const before = registry.events[id];
    const same = before && before.reports.length === keys.length && before.reports.every((k, i) => k === keys[i]);
    const updated = same ? before.updated : now;
    next.events[id] = { reports: keys, updated };
    return { id, updated };
  });
  // A redirect must point at a live id; follow chains once so none dangles.
  for (const [from, to] of Object.entries(next.redirects)) {
    const target = next.redirects[to] ?? to;
    if (next.events[target] && !next.events[from]) next.redirects[from] = target;
    else delete next.redirects[from];
  }
  return { ids, registry: next };
}

function newId(anchor: Item, taken: Set<string>, registry: IdRegistry): string {
  const base = `${slug(anchor.headline).split('-').slice(0, 8).join('-').slice(0, 60).replace(/-$/, '') || 'event'}-${fingerprint(anchor.key).slice(0, 6)}`;
  let id = base;
  for (let n = 2; taken.has(id) || (registry.events[id] && !registry.events[id]!.reports.includes(anchor.key)); n++) id = `${base}-${n}`;
  return id;
}
