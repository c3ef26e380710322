import type { ChronoEvent, Chronology } from '../src/model/types';

/** A small hand-made event; fields override the defaults. */
export function event(over: Partial<ChronoEvent> = {}): ChronoEvent {
  return {
    id: 'minister-speaks-abc123',
    title: 'Minister speaks',
    summary: 'The minister spoke.',
    event_date: '2023-05-02',
    date_precision: 'day',
    time: '2023-05-02T10:00:00Z',
    time_basis: 'stated',
    scheduled_date: null,
    actors: [{ id: 'jane-doe', name: 'Jane Doe', kind: 'person', role: 'principal' }],
    topics: [{ id: 'energy', name: 'Energy' }],
    reports: [{ seed: 'a.txt', line: 3, headline: 'Minister speaks', publisher: 'Example News', published: '2023-05-02', url: 'https://news.example.org/2023/05/02/minister', page_title: 'Minister speaks', text: 'The minister spoke.' }],
    updated: '2023-05-03T08:00:00Z',
    ...over,
  };
}

export function chronology(events: ChronoEvent[]): Chronology {
  return {
    seeds_digest: 'sha256:test',
    updated: events.reduce((m, e) => (e.updated > m ? e.updated : m), '1970-01-01T00:00:00Z'),
    documents: [], events, actors: [], topics: [], redirects: {}, trace: [],
  };
}

/** The event holding the report whose headline starts so. */
export const eventWithHeadline = (c: Chronology, headline: string): ChronoEvent => c.events.find((e) => e.reports.some((r) => r.headline.startsWith(headline)))!;
