import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented pages in the shapes real ones take: a match's live page, a live page's successive tolls,
// a preview and the act it announces, an article published the morning after the act.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
type Chronology = ReturnType<typeof build>;
const eventOf = eventWithHeadline;
const eventOfPage = (c: Chronology, seed: string) => c.events.find((e) => e.reports.some((r) => r.seed === seed))!;

const matchLive: Seed = { name: 'match-live.txt', text: `---
published: 2025-05-04
---
Live: Coastal Cup final, Brennmoor v Dalsvik

Follow the Coastal Cup final live, Sunday May 4, 2025.

Brennmoor win the Coastal Cup final on penalties

Brennmoor beat Dalsvik on penalties in the Coastal Cup final after a 2-2 draw, keeper Lina Orsk saving the last kick.

Coastal Cup final between Brennmoor and Dalsvik goes to penalties

Brennmoor and Dalsvik are still level at 2-2 after extra time in the Coastal Cup final, and penalties will decide it.

Dalsvik equalise late in the Coastal Cup final against Brennmoor

Dalsvik equalise against Brennmoor in the Coastal Cup final as Tomas Reeve scores from a corner to make it 2-2.

Brennmoor lead Dalsvik at half time of the Coastal Cup final

Brennmoor lead Dalsvik 2-1 at half time in the Coastal Cup final after goals from Pia Lund and Ada Vey.
` };

describe('posts of one live page telling moments of one match', () => {
  const c = build([matchLive]);
  it('stay apart though they share the teams, the stage and the score line: the page’s story words are left out', () => {
    expect(eventOf(c, 'Brennmoor win').id).not.toBe(eventOf(c, 'Coastal Cup final between').id);
    expect(eventOf(c, 'Coastal Cup final between').id).not.toBe(eventOf(c, 'Dalsvik equalise').id);
    expect(c.events).toHaveLength(4);
  });
});

const tollLive: Seed = { name: 'toll-live.txt', text: `---
published: 2025-09-16
---
Live: Varno tram crash

Follow the latest on the tram crash in Varno.

Darr says six dead in Varno tram crash

Varno police chief Ilse Darr said six people had died after two trams collided in the city centre, and that more than twenty were in hospital.

Darr says four dead in Varno tram crash

Varno police chief Ilse Darr said four people had died after two trams collided in the city centre, and that rescuers were still at the scene.

Darr: six people killed when two trams collided in Varno

Six people were killed when two trams collided in the centre of Varno, police chief Ilse Darr said in an update.

City council opens a hotline for relatives

The city council said relatives could call a hotline for news of the injured.

Mayor cancels weekend festival

Mayor Oskar Brandt cancelled the weekend's harbour festival and said flags would fly at half mast.

Trains replace trams on the east line

The transport authority said buses and trains would replace trams on the east line until Friday.

Hospital asks for blood donors

The regional hospital asked donors of all blood groups to come forward after the crash.
` };

describe('a live page’s successive tolls', () => {
  const c = build([tollLive]);
  it('stay apart when they state other counts, and one toll told twice is one event', () => {
    expect(eventOf(c, 'Darr says six dead').id).not.toBe(eventOf(c, 'Darr says four dead').id);
    expect(eventOf(c, 'Darr says six dead').id).toBe(eventOf(c, 'Darr: six people killed').id);
  });
});

const previewArticle: Seed = { name: 'compact-preview.txt', text: `---
published: 2025-03-10
---
Osterland will join the Northern Compact on Tuesday, secretary general says

Osterland will become the ninth member of the Northern Compact on Tuesday, Secretary General Hanne Brodal said on Monday.

“Tomorrow will be a good day for Osterland’s security and a good day for the whole of the Compact,” Brodal told reporters at the Compact’s offices in Velden.
` };
const actArticleA: Seed = { name: 'compact-joins-a.txt', text: `---
published: 2025-03-11
---
Osterland joins the Northern Compact as its ninth member

Osterland became the ninth member of the Northern Compact on Tuesday when Foreign Minister Anja Koll handed over its instruments of accession at a ceremony in Velden.

On the eve of the ceremony Secretary General Hanne Brodal had said: “Tomorrow will be a good day for Osterland’s security and a good day for the whole of the Compact.”
` };
const actArticleB: Seed = { name: 'compact-joins-b.txt', text: `---
published: 2025-03-11
---
Osterland officially joins Northern Compact

VELDEN – Osterland officially joined the Northern Compact on Tuesday at a ceremony in the alliance’s offices, Secretary General Hanne Brodal said.

Foreign Minister Anja Koll signed the last documents.
` };

describe('a preview and the act it announces', () => {
  const c = build([previewArticle, actArticleA, actArticleB]);
  it('are two acts though the act’s article quotes the preview; the act’s articles are one event', () => {
    expect(eventOf(c, 'Osterland joins the Northern').id).toBe(eventOf(c, 'Osterland officially joins').id);
    expect(eventOf(c, 'Osterland will join').id).not.toBe(eventOf(c, 'Osterland joins the Northern').id);
    expect(c.trace.some((t) => t.includes('a preview and the act it announces'))).toBe(true);
  });
});

const verdictEvening: Seed = { name: 'verdict-evening.txt', text: `---
published: 2025-06-02
---
Harwick court convicts former mayor of bribery

A jury in Harwick on Monday found former mayor Edvin Sallo guilty of taking bribes for building permits.

Sallo will be sentenced on Tuesday, the court said.
` };
const verdictMorning: Seed = { name: 'verdict-morning.txt', text: `---
published: 2025-06-03
---
Former Harwick mayor Sallo found guilty of bribery

A jury has found former Harwick mayor Edvin Sallo guilty of taking bribes for building permits, ending a trial that lasted two months.

Sallo did not comment as he left the courthouse.
` };

describe('an article published the morning after the act', () => {
  const c = build([verdictEvening, verdictMorning]);
  it('joins the act of the day before when its text names no day, though the first article mentions the next day’s step', () => {
    expect(eventOf(c, 'Harwick court convicts').id).toBe(eventOf(c, 'Former Harwick mayor').id);
  });
});

const captionFirst: Seed = { name: 'lake-caption.txt', text: `---
published: 2025-08-21
---
FILE PHOTO: Hikers cross the moraine below the Skarvanes glacier, August 2019. Picture taken August 3, 2019.

KARI LUND/NORDPIX

A glacial lake above Skarvanes burst through its moraine dam on Thursday, sending a torrent of meltwater and boulders down the Holtedal valley and forcing the evacuation of four hamlets.

Hydrologists had warned for weeks that the meltwater lake behind the moraine was rising faster than in any summer on record.
` };
const lakeArticle: Seed = { name: 'lake-article.txt', text: `---
published: 2025-08-21
---
Glacial lake bursts its moraine dam above Skarvanes

A meltwater lake above Skarvanes broke through its moraine dam on Thursday, and a torrent of water and boulders swept down the Holtedal valley; four hamlets were evacuated.

Hydrologists said the glacial lake had been rising for weeks.
` };

describe('two outlets’ articles on one act that share no principal actor', () => {
  const c = build([captionFirst, lakeArticle]);
  it('are one event by their rare words, though one page’s photo credit was read as its headline', () => {
    expect(eventOfPage(c, 'lake-caption.txt').id).toBe(eventOfPage(c, 'lake-article.txt').id);
    expect(c.trace.some((t) => t.includes('(articles in the same rare words)'))).toBe(true);
  });
});
