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
 * registered while the group's reports are the same, and becomes `now` when they change.
 *
 * `again`: the registered events these groups replace (those of the windows assembled again:
 * build.ts `assemblePieces`); every other registered event keeps its id as it is, and no group
 * takes it. Without it, the groups replace every registered event. What this reads and compares is
 * the events it replaces, not the registry: a change of one window costs that window.
 */
export function assignIds(groups: Item[][], registry: IdRegistry, now: string, again?: ReadonlySet<string>): { ids: Assigned[]; registry: IdRegistry } {
  const replaced = again ?? Object.keys(registry.events);
  const owner = new Map<string, string>();
  for (const id of replaced) for (const k of registry.events[id]?.reports ?? []) owner.set(k, id);
  const next: IdRegistry = { version: 1, events: again ? { ...registry.events } : {}, redirects: { ...registry.redirects } };
  for (const id of again ?? []) delete next.events[id];
  // Taken: given now, or an event of a window not assembled again.
  const given = new Set<string>();
  const taken = (id: string) => given.has(id) || (again !== undefined && id in registry.events && !again.has(id));

  const ids = groups.map((group) => {
    const keys = group.map((i) => i.key).sort();
    const votes = new Map<string, number>();
    for (const k of keys) {
      const id = owner.get(k);
      if (id && !given.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    let id = ranked[0]?.[0];
    if (!id) {
      const anchor = group.find((i) => i.key === keys[0])!;
      id = newId(anchor, taken, registry);
    }
    given.add(id);
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

function newId(anchor: Item, taken: (id: string) => boolean, registry: IdRegistry): string {
  const base = `${slug(anchor.headline).split('-').slice(0, 8).join('-').slice(0, 60).replace(/-$/, '') || 'event'}-${fingerprint(anchor.key).slice(0, 6)}`;
  let id = base;
  for (let n = 2; taken(id) || (registry.events[id] && !registry.events[id]!.reports.includes(anchor.key)); n++) id = `${base}-${n}`;
  return id;
}
