import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles of one day: an assembly removes its speaker; that evening he says he will not
// run again, told by one outlet as a statement ("says he will not run again", after a title's full
// stop), by another in the reported past ("said he would not"), by a third as what he will do
// ("will not seek the speakership again"). The third is his statement told as the doing, not a preview of it,
// and still not the vote that removed him.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const page = (name: string, publisher: string, text: string): Seed => ({ name, text: `---\npublished: 2025-10-07\npublisher: ${publisher}\n---\n${text}` });

describe('what one will not do, told as a statement and as the doing', () => {
  const c = build([
    page('a.txt', 'Daily Globe', `Vessby assembly removes Speaker Tomas Reeve in historic vote

The Vessby assembly voted on Tuesday to remove Tomas Reeve as its speaker, by 216 votes to 210, after members of his own party joined the opposition.
`),
    page('b.txt', 'Capital Wire', `Rep. Tomas Reeve, removed as speaker earlier Tuesday, says he will not run again for the post

Tomas Reeve told reporters on Tuesday evening: "I will not run for speaker again. I fought for what I believe in and I would do it all again."
`),
    page('c.txt', 'Evening Post', `Rep. Tomas Reeve said he would not run for speaker again in remarks on Tuesday

Hours after his removal, Reeve said: "I will not run for speaker again." He said he had no regrets.
`),
    page('d.txt', 'Harbour Ledger', `Tomas Reeve will not seek the speakership again after his removal

Tomas Reeve said on Tuesday evening that he would not seek the post again. "I will not run for speaker again. I fought for what I believe in," he told reporters.
`),
  ]);
  it('joins the doing to the statement’s other accounts', () => {
    const statement = eventWithHeadline(c, 'Rep. Tomas Reeve, removed as speaker').id;
    expect(eventWithHeadline(c, 'Rep. Tomas Reeve said he would not run').id).toBe(statement);
    expect(eventWithHeadline(c, 'Tomas Reeve will not seek the speakership').id).toBe(statement);
  });
  it('keeps it apart from the vote that removed him', () => {
    expect(eventWithHeadline(c, 'Tomas Reeve will not seek the speakership').id).not.toBe(eventWithHeadline(c, 'Vessby assembly removes').id);
  });
});
