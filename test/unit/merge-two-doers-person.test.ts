import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// One act told by two outlets, one naming its doer as a person and one as the body that person
// leads (merge-rule.ts `twoDoersAlike` keeps apart only bodies' statements: a report with a
// principal person is never refused as "two doers"). Invented pages.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const page = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });
const QUOTE = '"Prices are still climbing faster than wages, and we will not stand by while savers lose ground," the statement read.';

describe('one act, its doer named as a person by one outlet and as a body by another', () => {
  it('is one event', () => {
    const c = build([
      page('a.txt', '2024-03-07T10:00:00Z', `Governor Ilse Varn raises Kessby interest rates to 5.25%\n\nGovernor Ilse Varn on Thursday raised the Kessby benchmark rate by half a point to 5.25%, the highest level in nine years.\n\n${QUOTE}\n`),
      page('b.txt', '2024-03-07T11:00:00Z', `Kessby Monetary Authority raises interest rates to 5.25%\n\nThe Kessby Monetary Authority on Thursday raised its benchmark rate by half a point to 5.25%, the highest level in nine years.\n\n${QUOTE}\n`),
    ]);
    expect(eventWithHeadline(c, 'Kessby Monetary Authority raises').id).toBe(eventWithHeadline(c, 'Governor Ilse Varn raises').id);
  });
});
