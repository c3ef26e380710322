/**
 * The id registry: what keeps event ids stable across rebuilds. It remembers, for each id, the
 * report keys it held and when it last changed, plus redirects from merged-away ids. The Worker
 * keeps it in KV, the static build in a file in its output folder.
 */
export interface IdRegistry {
  version: 1;
  events: Record<string, { reports: string[]; updated: string }>;
  redirects: Record<string, string>;
  /** People's spelling keys → their one actor id (see actor-identity.ts): feed URLs that stay. */
  actors?: Record<string, string>;
  /** Named subjects' phrases → their topic id (see emerging-topics.ts): topic feed URLs that stay. */
  topics?: Record<string, string>;
  /**
   * Which assembly wrote it (the Worker's, served-merge.ts): an isolate that finds its own stamp in
   * the stored registry assembles only the windows a change touches.
   */
  stamp?: string;
}

export const emptyRegistry = (): IdRegistry => ({ version: 1, events: {}, redirects: {} });

/** Reads a registry from untrusted JSON; anything malformed gives an empty one (ids are then re-derived). */
export function parseRegistry(json: unknown): IdRegistry {
  if (!json || typeof json !== 'object') return emptyRegistry();
  const r = json as Partial<IdRegistry>;
  if (r.version !== 1 || typeof r.events !== 'object' || typeof r.redirects !== 'object') return emptyRegistry();
  const actors = r.actors && typeof r.actors === 'object' ? { ...r.actors } : {};
  const topics = r.topics && typeof r.topics === 'object' ? { ...r.topics } : {};
  const stamp = typeof r.stamp === 'string' ? { stamp: r.stamp } : {};
  return { version: 1, events: { ...r.events }, redirects: { ...r.redirects }, actors, topics, ...stamp };
}
