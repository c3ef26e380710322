import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// An infinitive after "the" and its noun inside a headline ("… asked the Regent to close …") is the
// object's part in the act told, not a part announced (merge-report.ts `plannedBy`): invented pages
// in the shape of fixture s447.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const page = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('a ruling whose headline has an infinitive after its object', () => {
  const c = build([
    page('a1.txt', '2025-05-20T10:00:00Z', `Harbour Tribunal rules Minister Enna Loft acted unlawfully in shutting Quay Nine

The Harbour Tribunal of Tollmark ruled on Tuesday that Minister Enna Loft had acted unlawfully when she had Quay Nine shut for a month, and that the closure was void.
`),
    page('a2.txt', '2025-05-20T12:00:00Z', `The Harbour Tribunal has found that Minister Enna Loft unlawfully asked the Port Office to shut Quay Nine for a month.

The tribunal declared the closure of Quay Nine void, so the quay was never shut in law, its president said.
`),
  ]);
  it('is one act with the ruling, no preview of the object’s part', () => {
    expect(eventWithHeadline(c, 'The Harbour Tribunal has found').id).toBe(eventWithHeadline(c, 'Harbour Tribunal rules Minister Enna Loft').id);
  });
});
