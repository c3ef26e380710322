import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call } from '../call';
import { settled } from '../ingest';

const AUTH = { Authorization: `Bearer ${(env as { ADMIN_TOKEN: string }).ADMIN_TOKEN}` };

/** A page that states no date at all: no front matter, no dateline, no year. */
const UNDATED = [
  'Ferry operator suspends island crossings',
  '',
  'The island ferry operator Tidewater Lines said it had suspended all crossings because of high winds.',
  '',
  'Its chief executive, Mara Holt, said services would resume on Thursday if the wind dropped.',
  '',
].join('\n');

interface Doc { seed: string; published: string | null; published_basis: string | null }
const documents = async () => (await (await call('/chronology.json')).json() as { documents: Doc[] }).documents;

describe('a page received without any date', () => {
  it('is dated once, the day it was received, and a rebuild does not move it', async () => {
    const res = await call('/admin/seeds/undated-ferry.txt', { method: 'PUT', body: UNDATED, headers: { ...AUTH, 'Content-Type': 'text/plain' } });
    expect(res.status).toBe(202);
    await settled(['undated-ferry.txt']);
    const doc = (await documents()).find((d) => d.seed === 'undated-ferry.txt')!;
    expect(doc.published_basis).toBe('received');
    expect(doc.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const listed = (await (await call('/admin/seeds', { headers: AUTH })).json() as { added: Array<{ name: string; received_at: string }> }).added;
    expect(doc.published).toBe(listed.find((p) => p.name === 'undated-ferry.txt')!.received_at.slice(0, 10));
    // Another page changes the set and forces a rebuild; the first page keeps its day.
    await call('/admin/seeds/other-ferry.txt', { method: 'PUT', body: UNDATED.replace('Tidewater', 'Saltmarsh'), headers: { ...AUTH, 'Content-Type': 'text/plain' } });
    await settled(['other-ferry.txt']);
    expect((await documents()).find((d) => d.seed === 'undated-ferry.txt')!.published).toBe(doc.published);
  });
});
