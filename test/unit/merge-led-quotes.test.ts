import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented pages in the shapes real ones take on a disaster's day: two outlets' articles lead with the
// flood and its toll and end on a rescuer's words about one village; a live page gives the rescuer's
// words a post of their own; another live page gives the minister's toll the articles lead with. The live
// page ranks after the articles (same day, name order): it meets the event of both.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

const seeds: Seed[] = [
  article('a-wire.txt', '2025-04-14', `Floods kill at least 80 in Lenmark's river valleys

Floods swept through the river valleys of Lenmark on Monday, killing at least 80 people and cutting off dozens of villages, the government said.

"This is the worst flooding our country has seen in forty years, and the toll will rise," Interior Minister Rasa Kolby told reporters in the capital, Tarnholm.

The river Vell rose by four metres overnight after three days of rain, the weather service said.

Army helicopters lifted families from rooftops in the lower valley, and schools were closed across the region.

Bridges on the main road north were closed as engineers checked them for damage.

In the village of Osby, a volunteer diver with the Blue Harbour rescue team said: "The water came through the doors in minutes, whole streets are gone and people are still on the roofs."
`),
  article('b-paper.txt', '2025-04-14', `Lenmark floods: dozens dead as river Vell bursts its banks

At least 80 people have died in floods across Lenmark, Interior Minister Rasa Kolby said on Monday, calling it "the worst flooding our country has seen in forty years, and the toll will rise".

The river Vell burst its banks after days of heavy rain, flooding towns along the lower valley.

Rescuers used boats and helicopters to reach stranded residents, and the army opened shelters in sports halls.

Neighbouring countries offered pumps and boats.

"The water came through the doors in minutes, whole streets are gone and people are still on the roofs," a diver with the Blue Harbour rescue team said of the village of Osby.
`),
  { name: 'c-live.txt', text: `---
published: 2025-04-14
url: https://example.org/live/lenmark-floods-latest
---
Lenmark floods live: dozens dead as river Vell bursts its banks

14:20
'Whole streets are gone'
A diver with the Blue Harbour rescue team described the scene in Osby, a village on the lower Vell: "The water came through the doors in minutes, whole streets are gone and people are still on the roofs."

13:05
Neighbours send pumps and boats
The government of Vessria said on Monday it would send 40 pumps and a team of army engineers to Lenmark by the evening.
` },
];

describe('a live post quoting what the articles of an act quote only further down', () => {
  const c = build(seeds);
  it('tells that quote’s own act, not the act the articles lead with', () => {
    const flood = eventWithHeadline(c, 'Floods kill at least 80').id;
    expect(eventWithHeadline(c, 'Lenmark floods: dozens dead').id).toBe(flood);
    expect(eventWithHeadline(c, '\'Whole streets are gone\'').id).not.toBe(flood);
  });
});

describe('a live post quoting what the articles of an act lead with', () => {
  const c = build([...seeds.slice(0, 2), { name: 'c-live.txt', text: `---
published: 2025-04-14
url: https://example.org/live/lenmark-floods-latest
---
Lenmark floods live: dozens dead as river Vell bursts its banks

13:05
Toll rises to 80, minister says
Interior Minister Rasa Kolby said at least 80 people had died: "This is the worst flooding our country has seen in forty years, and the toll will rise."
` }]);
  it('joins them', () => {
    expect(eventWithHeadline(c, 'Toll rises to 80').id).toBe(eventWithHeadline(c, 'Floods kill at least 80').id);
  });
});
