import { describe, expect, it } from 'vitest';
import { chronology, event } from '../../test/helpers';
import type { Chronology } from '../model/types';
import { type Served, servedOf } from '../chronology/served';
import { feedOfPath, feedVersion, feedVersions, withFeedDigests } from './feed-versions';

const jane = { id: 'jane-doe', name: 'Jane Doe', kind: 'person' as const, role: 'principal' as const };
const omar = { id: 'omar-haddad', name: 'Omar Haddad', kind: 'person' as const, role: 'principal' as const };
const entry = (a: typeof jane) => ({ id: a.id, name: a.name, kind: a.kind, aliases: [], affiliation: null, role: null, events: 1, found_by: 'name shape' });

/** Two actors' events, in two windows (pieces), served with their feeds' digests. */
function twoActors(over: Partial<Parameters<typeof event>[0]> = {}): Promise<Served> {
  const a = event({ id: 'jane-speaks-aaaaaa', actors: [jane], topics: [{ id: 'energy', name: 'Energy' }] });
  const b = event({ id: 'omar-speaks-bbbbbb', title: 'Omar speaks', actors: [omar], topics: [], ...over });
  const c: Chronology = { ...chronology([a, b]), actors: [entry(jane), entry(omar)], topics: [{ id: 'energy', name: 'Energy', events: 1, found_by: 'recurrence' }] };
  return withFeedDigests(servedOf(c, [{ window: 1, documents: [], events: [a] }, { window: 2, documents: [], events: [b] }]), () => null);
}

describe('feed versions', () => {
  it('names the feed of an actor or topic feed path, and nothing else', () => {
    expect(feedOfPath('/actors/jane-doe/feed.rss')).toBe('actor:jane-doe');
    expect(feedOfPath('/topics/energy/feed.json')).toBe('topic:energy');
    expect(feedOfPath('/actors/caf%C3%A9/feed.atom')).toBe('actor:café');
    for (const path of ['/feed.rss', '/actors/jane-doe', '/actors/jane-doe/calendar.ics', '/actors.json', '/topics/energy/feed.xml', '/actors/%E0%A4/feed.rss']) {
      expect(feedOfPath(path), path).toBeNull();
    }
  });

  it('changes the version of the feeds a change touches, and of no other', async () => {
    const before = await feedVersions(await twoActors());
    expect([...before.keys()].sort()).toEqual(['actor:jane-doe', 'actor:omar-haddad', 'topic:energy']);
    expect(await feedVersions(await twoActors())).toEqual(before); // the same chronology, the same versions
    const after = await feedVersions(await twoActors({ title: 'Omar speaks again' }));
    expect(after.get('actor:omar-haddad')).not.toBe(before.get('actor:omar-haddad'));
    expect(after.get('actor:jane-doe')).toBe(before.get('actor:jane-doe'));
    expect(after.get('topic:energy')).toBe(before.get('topic:energy'));
    expect(await feedVersion(await twoActors(), 'actor:nobody')).toBeNull();
  });
});
