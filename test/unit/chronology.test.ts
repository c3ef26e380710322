import { describe, expect, it } from 'vitest';
import { assembleChronology, buildChronology, chronologyOf, mergedOf, mergePages, readOne } from '../../src/chronology/build';
import { EmergingMemo } from '../../src/chronology/emerging-topics';
import { emptyRegistry, type IdRegistry } from '../../src/chronology/registry';
import type { Chronology, Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

const NOW = '2026-01-01T00:00:00Z';
const eventIn = (chronology: Chronology) => (headline: string) => eventWithHeadline(chronology, headline);
const build = (seeds: Seed[], registry: IdRegistry = emptyRegistry(), now = NOW) =>
  buildChronology(seeds, { registry, now, digest: 'sha256:test' });

// Two outlets report one statement with different wording and trimmed quotes.
const outletA: Seed = { name: 'a-wire.txt', text: `Energy minister warns of winter gas shortfall

12 March 2024, 10:15

Energy Minister Clara Voss warned on Tuesday that the country faced a gas shortfall next winter unless new supply contracts were signed.

“We have perhaps eighteen months to replace every cubic metre we used to import, and there is no time to lose,” Voss told parliament.

Opposition leader Piet Marek said the government had been slow to act.

By Press Association
` };
// The live blog prints no year: its front matter gives the day, as a newsroom adding it would.
const outletB: Seed = { name: 'b-live.txt', text: `---
url: https://live.example.org/energy/2024/03/12/live
published: 2024-03-12
---
Live: Energy crisis updates

News from March 12: The energy minister addresses parliament as prices climb.

The live blog is now closed. Here are the updates for Tuesday March 12:

Voss: ‘No time to lose’ on gas supply

Energy Minister Clara Voss told lawmakers the country had “perhaps eighteen months to replace every cubic metre we used to import” and that there was no time to lose.

She said new supply contracts would be signed before the summer.

Prices rise for third day

Wholesale gas prices rose for a third day, traders said, as the market weighed the minister's warning.

Analysts at Harbour Capital said prices could rise further.

Marek attacks government over gas

Opposition leader Piet Marek said the government had wasted two years and should resign.

“They saw this coming and did nothing,” Marek told reporters in the capital.

Voss: Nuclear plant will stay open

Energy Minister Clara Voss said separately that the northern nuclear plant would stay open until 2030.

“Closing it now would be reckless,” Voss told a radio interviewer.

Source: Example Live and agencies
` };

describe('merging reports into events', () => {
  const { chronology } = build([outletA, outletB]);
  const find = eventIn(chronology);

  it('merges two outlets reporting one statement with different wording and trimmed quotes', () => {
    const e = find('Voss: ‘No time to lose’');
    expect(e.reports.map((r) => r.seed).sort()).toEqual(['a-wire.txt', 'b-live.txt']);
    expect(e.reports.map((r) => r.publisher).sort()).toEqual(['Example Live', 'Press Association']);
  });

  it('keeps two different officials on one subject the same day apart', () => {
    expect(find('Marek attacks government').id).not.toBe(find('Voss: ‘No time to lose’').id);
  });

  it('keeps one person’s two different statements apart', () => {
    expect(find('Voss: Nuclear plant').id).not.toBe(find('Voss: ‘No time to lose’').id);
  });

  it('gives the merged event its actors united and the earliest time', () => {
    const e = find('Voss: ‘No time to lose’');
    expect(e.actors.find((a) => a.id === 'clara-voss')?.role).toBe('principal');
    expect(e.event_date).toBe('2024-03-12');
  });

  it('explains every merge in the trace', () => {
    expect(chronology.trace.some((t) => /^merged a-w:1 with b-l:\d+|^merged b-l:\d+ with a-w:1/.test(t))).toBe(true);
  });
});

describe('ids that never change', () => {
  it('survive reordering, adding a seed and removing an unrelated one', () => {
    const first = build([outletB]);
    const again = build([outletA, outletB], first.registry);
    const ids1 = first.chronology.events.map((e) => e.id);
    const ids2 = new Set(again.chronology.events.map((e) => e.id));
    for (const id of ids1) expect(ids2.has(id)).toBe(true);
    const reordered = build([outletB, outletA], again.registry);
    expect(reordered.chronology.events.map((e) => e.id).sort()).toEqual(again.chronology.events.map((e) => e.id).sort());
  });

  it('are the same without a registry whatever the seed order', () => {
    const a = build([outletA, outletB]).chronology.events.map((e) => e.id).sort();
    const b = build([outletB, outletA]).chronology.events.map((e) => e.id).sort();
    expect(a).toEqual(b);
  });

  it('keep `updated` while an event is unchanged, and advance it when a report joins', () => {
    const first = build([outletB], emptyRegistry(), '2026-01-01T00:00:00Z');
    const second = build([outletA, outletB], first.registry, '2026-02-02T00:00:00Z');
    const joined = second.chronology.events.find((e) => e.reports.length === 2)!;
    const before = first.chronology.events.find((e) => e.id === joined.id)!;
    expect(before.updated).toBe('2026-01-01T00:00:00Z');
    expect(joined.updated).toBe('2026-02-02T00:00:00Z');
    const untouched = second.chronology.events.find((e) => e.reports.length === 1 && e.reports[0]!.seed === 'b-live.txt')!;
    expect(untouched.updated).toBe('2026-01-01T00:00:00Z');
  });

  it('redirect a merged-away id to the survivor', () => {
    // Build the two outlets apart (two registries' worth of ids), then together.
    const a = build([outletA]);
    const b = build([outletB]);
    const registry: IdRegistry = { version: 1, events: { ...a.registry.events, ...b.registry.events }, redirects: {} };
    const both = build([outletA, outletB], registry);
    const merged = both.chronology.events.find((e) => e.reports.length === 2)!;
    const old = [...Object.keys(a.registry.events), ...Object.keys(b.registry.events)]
      .filter((id) => !both.chronology.events.some((e) => e.id === id));
    expect(old).toHaveLength(1);
    expect(both.chronology.redirects[old[0]!]).toBe(merged.id);
  });
});

describe('a page that cannot be read', () => {
  it('is reported and skipped; the other pages are still served', () => {
    const { chronology } = build([outletA, { name: 'bad.txt', text: '\u0000\u0001\u0002' }]);
    expect(chronology.events.length).toBeGreaterThan(0);
    expect(chronology.documents.find((d) => d.seed === 'bad.txt')!.items).toBe(0);
  });
});

describe('named subjects found by recurrence', () => {
  const page = (name: string, body: string): Seed => ({ name, text: `Sailing news from the coast\n\n${body}\n` });
  it('are the same when a build keeps what it found per report for the next build (the Worker\'s memo)', () => {
    const pages = [
      page('one.txt', 'Organisers confirmed on Monday that the Harbour Regatta would go ahead, Mayor Ines Cardoso said.'),
      page('two.txt', 'The Harbour Regatta drew record crowds on Monday, Mayor Ines Cardoso told reporters.'),
      page('three.txt', 'Sailors at the Harbour Regatta complained about the Tidewater Cup on Monday, officials said.'),
      page('four.txt', 'The Tidewater Cup and the Harbour Regatta share a course, Cardoso said on Monday.'),
      page('five.txt', 'Entries for the Tidewater Cup closed on Monday, the Harbour Regatta office said.'),
    ];
    const options = { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'd' };
    const memo = new EmergingMemo();
    // The same read pages, assembled once with three pages and again with all five, keeping the memo.
    const read = pages.map((p) => readOne(p));
    const withMemo = (n: number) => {
      const kept = read.slice(0, n);
      for (const p of kept) for (const i of p.items) i.topics = i.topics.filter((t) => !t.id.startsWith('subject-'));
      return chronologyOf(mergedOf(mergePages(kept, options.registry)), kept, { ...options, memo }).chronology;
    };
    withMemo(3);
    const fresh = assembleChronology(pages.map((p) => readOne(p)), options).chronology;
    expect(JSON.stringify(withMemo(5).events)).toBe(JSON.stringify(fresh.events));
    expect(fresh.topics.map((t) => t.id)).toContain('subject-harbour-regatta');
  });

  it('make a topic of a capitalised phrase several pages repeat, and not of a name or a title', () => {
    const { chronology } = build([
      page('one.txt', 'Organisers confirmed on Monday that the Harbour Regatta would go ahead, Mayor Ines Cardoso said.'),
      page('two.txt', 'The Harbour Regatta drew record crowds on Monday, Mayor Ines Cardoso told reporters.'),
      page('three.txt', 'Sailors at the Harbour Regatta complained about the wind on Monday, officials said.'),
    ]);
    const ids = chronology.topics.map((t) => t.id);
    expect(ids).toContain('subject-harbour-regatta');
    expect(ids.some((id) => /ines-cardoso|mayor/.test(id))).toBe(false);
  });

  it('make a topic of a one-word body or vessel the story is about, and not of a person’s surname nor of an outlet', () => {
    const { chronology } = build([
      page('one.txt', 'The search for the submersible Kestrel resumed on Monday after Kestrel lost contact with its ship, coordinator Ada Pellow said.'),
      page('two.txt', 'Rescuers heard noises near the wreck site of the Kestrel on Monday, where Kestrel dived, coordinator Ada Pellow said, citing Reuters.'),
      page('three.txt', 'Debris from the Kestrel was found on Monday, near where Kestrel was last heard, officials said, citing Reuters.'),
      page('four.txt', 'Families of the Kestrel crew spoke on Monday as Kestrel was declared lost, Pellow told Reuters.'),
    ]);
    const ids = chronology.topics.map((t) => t.id);
    expect(ids).toContain('subject-kestrel');
    expect(ids.some((id) => /pellow|reuters/.test(id))).toBe(false);
  });
});

// A wire article that leads with one body's reaction, in its own words, and mentions another
// official's statement further down; a live blog of another outlet reports both as posts.
const harbourLive: Seed = { name: 'harbour-live.txt', text: `---
published: 2024-06-04
---
Live: Port strike updates

News from Tuesday June 4: The port strike enters its second week.

Port authority says strike demands ‘not addressed’

The Harbour Port Authority says the dockers’ main demands have not been addressed in the union’s latest proposal for ending the strike.

“We cannot say that our concerns were taken into account,” spokeswoman Ilse Brandt told reporters, adding that the authority would study the papers and would not rush to conclusions.

Brandt said the remarks coming from union leaders did not leave much room for optimism.

Transport minister rejects union ultimatum

Transport Minister Karel Dusek said the government would not accept the union’s ultimatum on pensions and would not negotiate under threat.

“Nobody sets deadlines for this government,” Dusek said in parliament.

Ferry crossings cancelled for a third day

All ferry crossings to the islands were cancelled for a third day, the operator said, as the strike kept cranes idle.

Source: Harbour Live and agencies
` };
const harbourWire: Seed = { name: 'harbour-wire.txt', text: `Hopes of swift settlement slim, docks operator warns

4 June 2024, 14:20

Hopes of a swift settlement of the dock stoppage are slim, the Harbour Port Authority has said, though it added that talks could go on.

The stoppage has halted most cargo traffic for more than a week, and exporters say losses are mounting.

Authority spokeswoman Ilse Brandt told reporters the documents would be examined carefully before any answer was given.

Transport Minister Karel Dusek said separately that the government would not bow to an ultimatum over pensions.

By Press Association
` };

describe('a plain article and the events of a live blog', () => {
  const { chronology } = build([harbourLive, harbourWire]);
  const find = eventIn(chronology);

  it('is attached to the event it leads with, though no quote is shared', () => {
    expect(find('Hopes of swift settlement').id).toBe(find('Port authority says').id);
    expect(find('Port authority says').reports.map((r) => r.seed).sort()).toEqual(['harbour-live.txt', 'harbour-wire.txt']);
  });

  // With words weighted by rarity and by the report's neighbourhood (no corpus IDF), the article's
  // lead is close enough to the post's for the plain word rule; an article still attaches once
  // whichever rule attaches it (the tests below).
  it('is attached with its evidence in the trace', () => {
    expect(chronology.trace.some((t) => /^merged har:\d+ with har:\d+: quotes \d+, cosine [\d.]+, shared actors [1-9]/.test(t))).toBe(true);
  });

  it('is attached once: not to another official’s statement it mentions further down', () => {
    expect(find('Transport minister rejects').reports).toHaveLength(1);
    expect(find('Ferry crossings').reports).toHaveLength(1);
  });

  it('is attached once even where a second page’s post shares its actors', () => {
    const other: Seed = { name: 'harbour-radio.txt', text: `---
published: 2024-06-04
---
Live: Port strike, day eight

News from Tuesday June 4: Talks and tours on the waterfront.

Brandt and Dusek tour container terminal

Spokeswoman Ilse Brandt of the Harbour Port Authority and Transport Minister Karel Dusek toured the idle container terminal on Tuesday, where cranes have stood still for a week.

The pair spoke to crane operators and walked past empty berths before leaving without comment.

Union to vote on new offer

Dockers will vote on Friday on whether to accept a new offer on pensions and shift pay, the union said.

Union leaders said they would not recommend either way and would leave the choice to members.

Exporters count the cost

Fruit exporters said losses were mounting as refrigerated containers waited at sea outside the harbour.

One grower said a week of delay had cost him a season of work and most of his buyers.

Source: Harbour Radio and agencies
` };
    const three = build([harbourLive, harbourWire, other]).chronology;
    const withWire = three.events.filter((e) => e.reports.some((r) => r.seed === 'harbour-wire.txt'));
    expect(withWire).toHaveLength(1);
    expect(withWire[0]!.reports.map((r) => r.headline)).toContain('Port authority says strike demands ‘not addressed’');
  });
});

// A live blog that tells one act twice, under two headlines naming the same speaker, and tells
// another act by the same speaker on the same day.
const repeatLive: Seed = { name: 'repeat-live.txt', text: `Live: Border tensions

News from Wednesday March 6: Accusations fly across the border.

Latvia says Estonia massing tanks near northern border

Latvia’s defence ministry accused Estonia of moving tanks, artillery and fuel trucks to the northern border, where it said thousands of troops had gathered in recent days.

The ministry said the build-up had been seen from the air on three days running.

Latvia says it will hold snap elections in May

Latvia will hold early parliamentary elections in May after the ruling coalition collapsed, the government said in a statement.

Opposition parties welcomed the decision and said they would campaign on the cost of living.

Estonia fishermen protest quotas

Hundreds of fishermen blocked the harbour of Estonia’s capital for a third day over new catch quotas set by the fisheries agency.

Latvia says Estonia moving tanks, artillery to northern border

Latvia’s military intelligence said Estonia was moving tanks and artillery towards the northern border and that fuel trucks had been seen with the columns.

It said thousands of troops were now stationed along the border.

Source: Border Live and agencies
` };

const embedsLive: Seed = { name: 'embeds-live.txt', text: `Live: Harbour Cup final, Tarnow Rovers v Kessel United

Follow the Harbour Cup final live, Saturday June 11, 2022.

Kessel United lift the Harbour Cup after a penalty shootout

Kessel United win the Harbour Cup! — Harbour Cup (@HarbourCupLive) June 11, 2022 Kessel United beat Tarnow Rovers 4-2 on penalties, with goalkeeper Ines Dobra saving twice.

Tarnow Rovers and Kessel United head to extra time

Extra time in the final! — Harbour Cup (@HarbourCupLive) June 11, 2022 Tarnow Rovers and Kessel United are level at 1-1 after ninety minutes, and thirty more minutes will be played.

Tarnow Rovers take the lead through Aron Vell

Goal for Tarnow Rovers! — Harbour Cup (@HarbourCupLive) June 11, 2022 Aron Vell heads Tarnow Rovers in front against Kessel United from a corner in the 34th minute.
` };

describe('posts of one live blog that embed posts of one account', () => {
  const { chronology } = build([embedsLive]);
  it('stay apart when they tell different moments: the embeds’ signatures are not what they report', () => {
    const of = (h: string) => chronology.events.find((e) => e.reports.some((r) => r.headline.startsWith(h)))!;
    expect(of('Kessel United lift').id).not.toBe(of('Tarnow Rovers and Kessel').id);
    expect(of('Tarnow Rovers take').id).not.toBe(of('Tarnow Rovers and Kessel').id);
    expect(of('Kessel United lift').id).not.toBe(of('Tarnow Rovers take').id);
  });
});

describe('a live blog telling one act twice', () => {
  const { chronology } = build([repeatLive]);
  const find = eventIn(chronology);

  it('merges the two posts with the same headline speaker and the same act', () => {
    expect(find('Latvia says Estonia massing').id).toBe(find('Latvia says Estonia moving').id);
    expect(chronology.trace.some((t) => t.includes('(same headline speaker)'))).toBe(true);
  });

  it('keeps the same speaker’s other act apart', () => {
    expect(find('Latvia says it will hold').reports).toHaveLength(1);
  });
});

// Two live blogs of one day, each with two statements by the same minister: one statement told by
// both in their own words, another told by one blog only.
const ministerLiveA: Seed = { name: 'minister-a.txt', text: `---
published: 2024-09-10
---
Live: Coalition talks

News from Tuesday September 10: The foreign minister speaks in Santiago.

Chile satisfied with the allies’ reply: Foreign minister

Foreign Minister Anselm Korda says Chile is satisfied with the allies’ written reply on the border treaty, which he says his ministry saw before it was delivered.

“We have no objections to the reply,” Korda said.

Korda warns of grain shortages

Foreign Minister Anselm Korda warned that grain stocks in the north would run short by spring unless rail freight resumed within a month.

Source: Minister Live and agencies
` };
const ministerLiveB: Seed = { name: 'minister-b.txt', text: `---
published: 2024-09-10
---
Live: Border treaty latest

News from Tuesday September 10: Reactions across the region.

“The other side has to make concessions,” says Chilean foreign minister

Foreign Minister Anselm Korda says it is the other side, not Chile, which has to make concessions to calm the dispute.

“The logic that we should always give ground is wrong,” Korda said.

Grain could run short by spring, minister says

Grain stocks in the north could run short by spring if rail freight does not resume within a month, Anselm Korda told reporters.

Source: Treaty Live and agencies
` };

describe('one minister’s statements of one day in two live blogs', () => {
  const { chronology } = build([ministerLiveA, ministerLiveB]);
  const find = eventIn(chronology);

  it('keeps two statements apart when only the names are shared', () => {
    expect(find('Chile satisfied').id).not.toBe(find('“The other side').id);
    expect(chronology.trace.some((t) => t.includes('only names in common'))).toBe(true);
  });

  it('merges one statement told in other words', () => {
    expect(find('Korda warns of grain').id).toBe(find('Grain could run short').id);
  });
});

// One minister's two statements a day apart that share one stock phrase among many quoted words.
const phraseDayOne: Seed = { name: 'phrase-1.txt', text: `Korda says the allies’ reply ignores his country’s concerns

14 October 2024, 11:00

Foreign Minister Anselm Korda said on Monday that the allies’ reply did not address the main concerns of Chile about the northern bases and the new radar sites.

“The reply does not answer a single one of our questions about the bases, the radar sites or the exercises planned for the spring, and we will say so at the next round,” Korda told reporters.

He added that Chile would not allow the alliance “to trample on our security interests”.

By Press Association
` };
const phraseDayTwo: Seed = { name: 'phrase-2.txt', text: `Minister says the country will not start a conflict

15 October 2024, 09:30

Foreign Minister Anselm Korda said on Tuesday that Chile would not start a conflict but warned that it would answer any provocation.

“We do not want a conflict, we will not start one, and we are ready to keep talking for as long as it takes to be heard,” Korda told radio stations in the capital.

He said the country would not let others “trample on our security interests” either.

By Press Association
` };

describe('reports a day apart', () => {
  it('stay apart when their quotes share a stock phrase and little else', () => {
    const { chronology } = build([phraseDayOne, phraseDayTwo]);
    expect(chronology.events.filter((e) => e.reports.length > 1)).toHaveLength(0);
  });
});

// A live blog with one minister's statements around a meeting, and an article on the meeting itself.
const meetingLive: Seed = { name: 'meeting-live.txt', text: `---
published: 2024-11-08
---
Live: Pension talks in Brelin

News from Friday November 8: The transport minister meets the dockers’ union.

Dusek: Talks were ‘frank and useful’

Transport Minister Karel Dusek says his talks with union leader Mira Holub were “frank and useful”, adding that he had set out the government’s ideas on shift pay.

“We have a clearer path to an agreement than we had a week ago,” Dusek told reporters after the meeting.

Exporters count the cost

Fruit exporters said losses were mounting as refrigerated containers waited at sea outside the harbour.

Source: Pension Live and agencies
` };
const meetingArticle: Seed = { name: 'meeting-article.txt', text: `Government and union agree to keep negotiating after meeting on pensions

8 November 2024, 18:05

The government and the dockers’ union made no breakthrough at a meeting on pensions on Friday but agreed to meet again next week, as the stoppage enters its third week.

Transport Minister Karel Dusek and union leader Mira Holub spent three hours together at the ministry, and both said they were open to further dialogue.

By Press Association
` };

describe('an article on a meeting and a statement made after it', () => {
  it('keeps the article apart from the minister’s statement its headline does not name', () => {
    const { chronology } = build([meetingLive, meetingArticle]);
    const find = eventIn(chronology);
    expect(find('Dusek: Talks').reports).toHaveLength(1);
    expect(chronology.trace.some((t) => t.includes('one person’s statement its headline does not name'))).toBe(true);
  });
});

// Two outlets' own articles on one act: little wording in common but the act named in both headlines.
const reformWireA: Seed = { name: 'reform-a.txt', text: `Chile approves pension overhaul after all-night sitting

21 May 2025, 07:40

Chile’s Congress voted through a sweeping overhaul of the pension system in the early hours of Wednesday, ending two years of wrangling between the coalition partners.

Employers will pay more into individual accounts from next year, and the minimum state pension rises by a fifth.

By Press Association
` };
const reformWireB: Seed = { name: 'reform-b.txt', text: `Lawmakers in Chile pass pension overhaul

21 May 2025, 16:10

Santiago lawmakers backed the long-delayed reform by 98 votes to 52 on Wednesday morning, after a debate that ran through the night.

Business groups said higher contributions would weigh on hiring, while unions called the bill a first step.

By Allied Wire
` };
// Two governments saying the same thing on the same day: two acts.
const twoGovernments: Seed = { name: 'two-governments.txt', text: `Peru says pension overhaul in Chile sets an example

21 May 2025, 18:00

Peru’s government said on Wednesday that the pension overhaul passed in Chile set an example for the region.

By Allied Wire
` };

describe('two outlets’ articles naming the same act in their headlines', () => {
  const { chronology } = build([reformWireA, reformWireB, twoGovernments]);
  const find = eventIn(chronology);

  it('are one event though they share few words', () => {
    expect(find('Chile approves pension').id).toBe(find('Lawmakers in Chile').id);
    expect(chronology.trace.some((t) => t.includes('(same headline act)'))).toBe(true);
  });

  it('do not take in another government’s words on the act', () => {
    expect(find('Peru says').reports).toHaveLength(1);
  });
});

// A live post quoting a minister, and an article on another act that quotes the same words far down.
const quoteLive: Seed = { name: 'quote-live.txt', text: `---
published: 2025-02-12
---
Live: Harbour strike, day ten

News from Wednesday February 12: The minister speaks as the strike goes on.

Dusek expects talks within a fortnight

Transport Minister Karel Dusek said the union was likely to stay at the table for at least two weeks.

“I think they will stay on the path of talks for at least the next two weeks, and we should use every day of it,” Dusek said.

Source: Strike Live and agencies
` };
const quoteArticle: Seed = { name: 'quote-article.txt', text: `Exporters count rising losses as refrigerated cargo spoils at sea

12 February 2025, 17:30

Fruit exporters said on Wednesday that losses were mounting as refrigerated containers waited outside the harbour, and growers warned of lost seasons.

One grower said a week of delay had cost him most of his buyers, and shipping lines began to divert vessels to other ports.

Insurers said claims for spoiled cargo had tripled since the stoppage began.

Transport Minister Karel Dusek said earlier in the day: “I think they will stay on the path of talks for at least the next two weeks, and we should use every day of it.”

By Press Association
` };

describe('an article that quotes another act further down', () => {
  it('stays with what it leads with', () => {
    const { chronology } = build([quoteLive, quoteArticle]);
    const find = eventIn(chronology);
    expect(find('Exporters count rising losses').reports).toHaveLength(1);
  });
});

// A live blog of one meeting day: two correspondents assess the talks in their own words.
const talksLive: Seed = { name: 'talks-live.txt', text: `---
published: 2025-03-07
---
Live: Harbour talks in Brelin

News from Friday March 7: The minister and the union leader meet for six hours.

‘Nothing settled, but the door is open’

Harbour Radio’s Ana Horvat, reporting from Brelin, says the two sides remain far apart on pensions despite warm words after the meeting.

“Nobody expected a deal today, but they will meet again,” she said.

Correspondent: mood ‘cautious’ in the port

Coastline Broadcasting’s Jonas Weber, reporting from Dalmer, says dockers greeted the news of the meeting with caution.

“People here have heard promises before,” he said.

Dusek: union ultimatum ‘unacceptable’

Transport Minister Karel Dusek said the government would not accept the union’s ultimatum on shift pay.

Source: Talks Live and agencies
` };

describe('correspondents’ posts of one live blog and day', () => {
  it('assess one act and are one event; a minister’s statement stays apart', () => {
    const { chronology } = build([talksLive]);
    const find = eventIn(chronology);
    expect(find('‘Nothing settled').id).toBe(find('Correspondent: mood').id);
    expect(find('Dusek: union').reports).toHaveLength(1);
    expect(chronology.trace.some((t) => t.includes('(correspondents of one page and day)'))).toBe(true);
  });
});


// Two outlets' articles on a resignation, and a live post of an MP's reaction that names the premier
// (pages of one day are fed by name: the live page comes after the articles).
const resignA: Seed = { name: 'resign-a.txt', text: `Premier Karel Dusek resigns as party leader

9 July 2025, 13:05

Premier Karel Dusek resigned as leader of the Harbour Party on Wednesday, telling reporters outside his office that the party needed a new leader after a wave of ministerial resignations.

Dusek said he would stay on as premier until the party chose his successor over the summer.

By Press Association
` };
const resignB: Seed = { name: 'resign-b.txt', text: `Dusek quits as Harbour Party leader after ministers walk out

9 July 2025, 13:40

Karel Dusek stepped down as Harbour Party leader on Wednesday, saying outside his office that it was clearly the will of the party to choose a new leader.

He will remain premier until a successor is elected.

By Allied Wire
` };
const reactionLive: Seed = { name: 'resign-live.txt', text: `---
published: 2025-07-09
---
Live: Dusek resigns

News from Wednesday July 9: The premier steps down as party leader.

Brandt: Dusek resignation ‘devastating’ for the party

Harbour Party MP Anna Brandt, a loyalist of Premier Karel Dusek, said his resignation as party leader was devastating and that the party would regret losing its leader.

She said ministers who resigned had forced him out.

Source: Harbour Live and agencies
` };

describe('another voice on an act', () => {
  it('stays apart from the act: its headline speaker is named by none of the act’s reports', () => {
    const { chronology } = build([resignA, resignB, reactionLive]);
    const find = eventIn(chronology);
    expect(find('Premier Karel Dusek resigns').id).toBe(find('Dusek quits').id);
    expect(find('Brandt: Dusek resignation').reports).toHaveLength(1);
    expect(chronology.trace.some((t) => t.includes('another voice'))).toBe(true);
  });
});

// Three outlets' articles on one ruling; two name the court with words the third's headline holds.
const rulingA: Seed = { name: 'ruling-a.txt', text: `Supreme Court strikes down Harbourland fuel levy

14 May 2025, 09:10

The Supreme Court struck down the fuel levy on Wednesday, finding that parliament had exceeded its powers when it passed the surcharge two years ago.

Hauliers welcomed the decision and said prices at the pump could fall within weeks.

By Press Association
` };
const rulingB: Seed = { name: 'ruling-b.txt', text: `Supreme Court judges annul fuel tax law

14 May 2025, 11:40

Judges in the capital on Wednesday annulled the statute behind the surcharge on petrol and diesel, a ruling the finance ministry said would cost the treasury dearly.

Motoring groups said drivers had waited years for relief.

By Allied Wire
` };
const rulingC: Seed = { name: 'ruling-c.txt', text: `Harbourland Supreme Court strikes down fuel tax law

14 May 2025, 15:20

Judges of the Supreme Court struck down the fuel tax law on Wednesday in a unanimous ruling read out in the capital.

The government has not said whether it will bring a new bill.

By Coastline News
` };

describe('three outlets’ articles on one ruling', () => {
  const find = (chronology: ReturnType<typeof build>['chronology'], headline: string) =>
    chronology.events.find((e) => e.reports.some((r) => r.headline.startsWith(headline)))!;

  it('are one act when both headlines name the same body, though reading gave it two ids', () => {
    const { chronology } = build([rulingA, rulingC]);
    expect(find(chronology, 'Supreme Court strikes down').id).toBe(find(chronology, 'Harbourland Supreme Court').id);
  });

  it('are one event when a later article names the act of two events in its headline', () => {
    const { chronology } = build([rulingA, rulingB, rulingC]);
    expect(find(chronology, 'Supreme Court strikes down').reports).toHaveLength(3);
    expect(chronology.trace.some((t) => t.startsWith('merged') && t.includes(' into '))).toBe(true);
  });
});

// One minister's two remarks of a day in two live blogs, each quoted at length; and a phone call
// of two ministers, each live blog quoting a different side.
const remarkA: Seed = { name: 'remark-a.txt', text: `---
published: 2025-02-12
---
Live: Harbour strike, day ten

News from Wednesday February 12: The minister speaks as the strike goes on.

Minister expects harbour talks to resume next week

Transport Minister Karel Dusek said on Wednesday that talks with the dockers' union over the harbour strike would resume next week.

“I have spoken to the union leadership this morning and we have agreed to sit down again on Monday, with mediators present,” Dusek told reporters at the harbour.

Source: Strike Live and agencies
` };
const remarkB: Seed = { name: 'remark-b.txt', text: `---
published: 2025-02-12
---
Live: Port stoppage

News from Wednesday February 12: Day ten of the harbour strike.

Minister refuses union demand on harbour shift pay

Transport Minister Karel Dusek said on Wednesday the government would not meet the dockers' union demand on shift pay, as the harbour strike went into its tenth day.

“Every extra crown for night shifts would come out of the pockets of taxpayers who have already paid for this strike twice over,” Dusek told reporters at the harbour.

Source: Port Live and agencies
` };
const callA: Seed = { name: 'call-a.txt', text: `---
published: 2025-02-12
---
Live: Harbour strike, day ten

News from Wednesday February 12: Ministers talk as the strike goes on.

Ruritanian and Harbourland ministers discuss strike in phone call

Ruritanian Foreign Minister Ana Horvat and Harbourland Transport Minister Karel Dusek discussed the harbour strike in a phone call on Wednesday.

“We call on both sides to return to the table and spare the region's trade another week of losses,” Horvat told Dusek, according to her ministry.

Source: Strike Live and agencies
` };
const callB: Seed = { name: 'call-b.txt', text: `---
published: 2025-02-12
---
Live: Port stoppage

News from Wednesday February 12: Day ten of the harbour strike.

Minister talks to counterpart as stoppage drags on

Harbourland Transport Minister Karel Dusek spoke by phone with Ruritanian Foreign Minister Ana Horvat about the harbour strike on Wednesday.

“The government has made its last offer and the dockers know where the door is,” Dusek told Horvat, according to a statement from his ministry.

Source: Port Live and agencies
` };

describe('reports quoting at length with no quoted words in common', () => {
  it('are two statements when one person speaks, however alike their words', () => {
    const { chronology } = build([remarkA, remarkB]);
    expect(chronology.events).toHaveLength(2);
    expect(chronology.trace.some((t) => t.includes('two statements'))).toBe(true);
  });

  it('are one call of two people, each side quoted', () => {
    const { chronology } = build([callA, callB]);
    expect(chronology.events).toHaveLength(1);
  });
});

// Two outlets' articles naming one act in their headlines in other forms of the words.
const closesA: Seed = { name: 'closes-a.txt', text: `Portugal closes frontier to lorries

3 June 2025, 10:20

Heavy goods vehicles may no longer cross from Tuesday after engineers found cracks in two piers of the main river span.

Hauliers face a detour of forty kilometres.

By Press Association
` };
const closedB: Seed = { name: 'closes-b.txt', text: `Frontier closed to lorry traffic, Portugal says

3 June 2025, 14:05

Inspectors reported corrosion under the deck, and trucks were turned back at both ends on Tuesday morning.

Repairs could take a year.

By Allied Wire
` };

describe('two headlines naming one act in other forms of its words', () => {
  it('are one act (“closes … lorries”, “closed to lorry”)', () => {
    const { chronology } = build([closesA, closedB]);
    expect(chronology.events).toHaveLength(1);
    expect(chronology.trace.some((t) => t.includes('(same headline act)'))).toBe(true);
  });
});

describe('an event’s reports', () => {
  it('lie within a day of each other: near-duplicates a day apart each never chain an event across the days', () => {
    const seeds = [1, 2, 3, 4, 5].map((d) => ({
      name: `p${d}.txt`,
      text: `---\npublished: 2024-03-0${d}\npublisher: Outlet ${d}\n---\nHarbour board approves berth plan\n\nThe harbour board of Keelby approved the berth plan on March ${d} 2024, its chair Ada Lind said.\n\nDock workers will vote on the plan on Friday, the union said in a statement.\n`,
    }));
    const c = buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
    for (const e of c.events) {
      const days = e.reports.map((r) => Number(r.seed.slice(1, 2)));
      expect(Math.max(...days) - Math.min(...days)).toBeLessThanOrEqual(1);
    }
    expect(c.events.length).toBeGreaterThanOrEqual(3);
  });
});
