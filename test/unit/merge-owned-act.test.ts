import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// A word on another's act, naming that act as its doer's after a preposition ("… rejects the
// tribunal's ruling", "… reaction to the tribunal ruling", "not pleased with the tribunal's
// decision"), and the act itself (merge-rule.ts `onOthersAct`): invented pages in the shapes of
// fixtures s440–s446.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const page = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('a minister’s word on a tribunal’s ruling against her', () => {
  const c = build([
    page('r1.txt', '2025-04-08T10:00:00Z', `Minister Alva Renning's ban on night flights at Tollmark airport was unlawful, the Supreme Tribunal has ruled.

Ms Renning banned the flights in January, saying the noise harmed the towns near the airport.

But the tribunal said she had no power to ban them without a vote of the council.
`),
    page('r2.txt', '2025-04-08T11:00:00Z', `Supreme Tribunal rules Alva Renning acted unlawfully in banning night flights

The Supreme Tribunal of Ostrava ruled on Tuesday that Transport Minister Alva Renning had acted unlawfully when she banned night flights at Tollmark airport, and that the ban was void.
`),
    page('w1.txt', '2025-04-08T14:00:00Z', `Alva Renning has said she "deeply regrets" the Supreme Tribunal's harsh ruling against her flight ban but will respect it.

Speaking in Harnby, the minister told Radio Ostrava: "We will respect this judgment. But I deeply regret what the judges have decided."
`),
    page('w2.txt', '2025-04-08T15:00:00Z', `Transport Minister Alva Renning has given her first reaction to the Supreme Tribunal ruling that her ban on night flights was unlawful.

"I deeply regret what the judges have decided," she told reporters in Harnby.
`),
    page('w3.txt', '2025-04-08T16:00:00Z', `Renning not pleased with Supreme Tribunal's decision

Ostrava's transport minister, Alva Renning, says she will respect the judgment of the country's highest court after it found her ban on night flights "unlawful".

Speaking in Harnby, the minister said she deeply regrets what the judges have decided.
`),
  ]);
  it('is not the ruling, told with her as its owner or as the one it acts on', () => {
    const ruling = eventWithHeadline(c, 'Supreme Tribunal rules Alva Renning').id;
    expect(eventWithHeadline(c, 'Minister Alva Renning\'s ban').id).toBe(ruling);
    for (const h of ['Alva Renning has said', 'Transport Minister Alva Renning has given', 'Renning not pleased']) {
      expect(eventWithHeadline(c, h).id, h).not.toBe(ruling);
    }
  });
});
