import { describe, expect, it } from 'vitest';
import { sortLines } from './boilerplate';

const page = (text: string) => text.split('\n').map((t, i) => ({ no: i + 1, text: t }));

describe('sorting lines: the title', () => {
  it('is a live page’s headline that says it is live, not the site’s tagline above it', () => {
    const s = sortLines(page('Sun. Jan 24th, 2021\n\nHarbour Ledger\n\nLocal News and Opinion\n\nLIVE: Harbour Council Count Results\n\n12-13 December 2019 | Local News\n\n03:45: The mayor holds her seat in the old town by 149 votes.\n\n03:41: The Green party gains Keelby ward from the Harbour Party.'), { live: true, publisher: 'Harbour Ledger' });
    expect(s.title?.text).toBe('LIVE: Harbour Council Count Results');
  });

  it('stays the first headline on a page not said to be live, and on a live page whose first headline says so', () => {
    expect(sortLines(page('Local News and Opinion\n\nLIVE: Harbour Council Count Results\n\nThe mayor held her seat in the old town by 149 votes, the returning officer said.')).title?.text).toBe('Local News and Opinion');
    expect(sortLines(page('Harbour council count: live updates\n\nLive coverage continues below\n\n03:45: The mayor holds her seat in the old town by 149 votes.\n\n03:41: The Green party gains Keelby ward.'), { live: true }).title?.text).toBe('Harbour council count: live updates');
  });

  it('is never the outlet’s masthead, with or without its edition', () => {
    const s = sortLines(page('The Vestry Chronicle - EU\nThe Vestry Chronicle\n\nOrvel dam holds after a night of rain\n\nEngineers said on Tuesday that the dam wall had held through the night of heavy rain.'), { publisher: 'The Vestry Chronicle' });
    expect(s.title?.text).toBe('Orvel dam holds after a night of rain');
  });

  it('is never the masthead with a widget’s label beside it', () => {
    const s = sortLines(page('Vestry Chronicle Share\n\nOrvel dam holds after a night of rain\n\nEngineers said on Tuesday that the dam wall had held through the night of heavy rain.'), { publisher: 'Vestry Chronicle' });
    expect(s.title?.text).toBe('Orvel dam holds after a night of rain');
  });

  it('may begin with the outlet’s name when it goes on as a headline', () => {
    const s = sortLines(page('Vestry Chronicle poll shows support for the dam plan\n\nA majority of residents back the plan to rebuild the dam, a poll for the newspaper found on Monday.'), { publisher: 'Vestry Chronicle' });
    expect(s.title?.text).toBe('Vestry Chronicle poll shows support for the dam plan');
  });

  it('is never a line below the last paragraph, a source line or writers in turn', () => {
    const s = sortLines(page('Ada Berg (now); Tom Lind (earlier)\nThe first day of the festival in Harbourton was marked by rain and long queues at the gates.\nOrganisers said the second day would go ahead as planned despite the forecast.\nSource: Example Wire\n“For this year, o'));
    expect(s.title).toBeNull();
  });

  it('may be an explainer’s “What we know about …” on the copy’s first line; further down that is a summary’s heading', () => {
    const s = sortLines(page('What we know about the Vellmora dam breach\n\nSix people were killed when the dam broke on Monday, the regional police said in a statement.\n\nWhat we know about the victims\n\nThe victims include two engineers who were inspecting the wall, the company said.'));
    expect(s.title?.no).toBe(1);
    expect(s.dropped.find((d) => d.line === 5)?.reason).toBe('chrome');
  });

  it('reads a date glued before the copy’s first line as its stamp, not its text', () => {
    const s = sortLines(page('date 2021-10-05 Power cut leaves Vellmora without electricity\n\nMuch of Vellmora lost power on Tuesday morning after a fault at a substation, the grid operator said.'));
    expect(s.title?.text).toBe('Power cut leaves Vellmora without electricity');
    expect(s.facts.map((f) => f.text)).toContain('2021-10-05');
  });
});

describe('sorting lines: a copy that starts in its text', () => {
  it('has lost its title: a question heading or a map’s label further down is none', () => {
    const s = sortLines(page('date 2023-09-15 The toll in Vellmora has risen to 300 as searches go on after the dam broke, the Red Crescent said today.\n\nHere’s a look at where things stand:\n\nWhat happened in Vellmora?\n\nThe storm broke the dam on Monday, and the water swept through the lower town within minutes.\n\nMap of the flooded area\n\nRescuers said on Thursday that hundreds were still missing in the lower town.'));
    expect(s.title).toBeNull();
    expect(s.kept[0]?.no).toBe(1);
  });

  it('drops only the furniture above its first paragraph when it has no line that can be a title', () => {
    const s = sortLines(page('Live video from the harbour https://t.example/abc — Example Monitor (@exmonitor) August 4, 2020\n\nA large blast struck the harbour of Vellmora today, shattering windows across the old town.\n\nThere are no reports of casualties yet.\n\nEngineers said two blasts had been heard within fifteen minutes of each other.'), { live: true });
    expect(s.kept.map((l) => l.no)).toEqual([3, 5, 7]);
  });

  it('keeps its title under a lone paragraph printed above it (a teaser, a summary)', () => {
    const s = sortLines(page('Top story: the council approved the budget on Monday after a long debate over the dam repairs.\n\nOrvel dam holds after a night of rain\n\nEngineers said on Tuesday that the dam wall had held through the night of heavy rain.\n\nThe river fell by a metre by the afternoon, the regional office said.'));
    expect(s.title?.no).toBe(3);
  });

  it('keeps its title above a blog of headline + paragraph pairs: the paragraph on top introduces the blog', () => {
    const s = sortLines(page('Follow the count with us through the night as the results come in from every district.\n\nElection night in Norland\n\nTurnout passes 60 per cent\n\nThe electoral office said turnout had passed 60 per cent by 8pm.\n\nHarbourton declares first\n\nHarbourton was the first district to declare its result, officials said.\n\nRecount ordered in Vellmora\n\nA recount was ordered in Vellmora after a margin of 12 votes, the office said.'));
    expect(s.title?.no).toBe(3);
  });

  it('keeps its title on a live page: a pinned paragraph may stand above it', () => {
    const s = sortLines(page('Pinned: crews reached the ridge overnight and the fire is now half contained, officials said.\n\nWildfire live: ridge road reopens\n\nThe ridge road reopened to traffic at noon after crews cleared the fallen trees, police said on Tuesday.'), { live: true });
    expect(s.title?.no).toBe(3);
  });
});

describe('sorting lines: pictures', () => {
  it('drops the caption above a credit alone on its line, however long the caption, in a small block', () => {
    const s = sortLines(page('Evacuation goes on at Vellmora airport\n\nBy Example Wire - 24 August 2021\nCrowds have grown at the airport in the heat and dust of the day over the past week, hindering flights as the authorities try to move thousands of people out of the valley before the deadline.\nImage: Jo Reed/Example Wire\n\nThe evacuation is being conducted on a war footing, a diplomat told the agency on Tuesday.'));
    expect(s.dropped.find((d) => d.line === 4)?.reason).toBe('caption');
    expect(s.kept.map((l) => l.no)).toEqual([1, 7]);
  });
});

describe('sorting lines: a caption printed twice', () => {
  it('drops the first, however long, when the second is the same text with its credit', () => {
    const caption = 'Firefighters try to put out the fire at the port of Harbourton, which had been burning for two days after the containers stacked on the quay toppled in the quake on Monday.';
    const s = sortLines(page(`Quake live\n\nThe toll has risen to 8,700, the agency said on Wednesday, and rescuers are still searching the rubble.\n\n${caption}\n${caption} Photograph: Jo Reed/Example Wire\n\nRescuers said on Wednesday that they had pulled a girl alive from the rubble after 40 hours.`), { live: true });
    expect(s.dropped.find((d) => d.line === 5)?.reason).toBe('caption');
    // Under the title, the lead picture's caption is the page's standfirst: it stays.
    const lead = sortLines(page(`Quake live\n\n${caption}\n${caption} Photograph: Jo Reed/Example Wire\n\nThe toll has risen to 8,700, the agency said on Wednesday, and rescuers are still searching the rubble.`), { live: true });
    expect(lead.dropped.find((d) => d.line === 3)).toBeUndefined();
  });
});

describe('sorting lines: post starts', () => {
  it('cuts a story updated in place at its “Update 2:” labels, and only with two or more', () => {
    const two = sortLines(page('Power returns\n\nThe grid operator said power was back in most districts on Tuesday.\n\nUpdate: Trams are running again, the city said.\n\nUpdate 2: The mayor thanked engineers for their work overnight.'));
    expect([...two.stamps.keys()]).toEqual([5, 7]);
    const one = sortLines(page('Power returns\n\nThe grid operator said power was back in most districts on Tuesday.\n\nUpdate: Trams are running again, the city said.'));
    expect(one.stamps.size).toBe(0);
  });

  it('reads an update label alone on its line (“UPDATE –”) as labelling the line below it, never as a wire dateline', () => {
    const s = sortLines(page('UPDATE –\n\nThe agency has now confirmed that 19 people died.\n\nUPDATE –\n\nVELLMORA (Example Wire) – The toll has risen to 18, a senator said.\n\nUPDATE – The agency confirmed that 14 people died.\n\nAt least two people died in the shooting, police said on Tuesday.'));
    expect([...s.stamps.keys()].sort((a, b) => a - b)).toEqual([3, 7, 9]);
    expect([...s.stamps.values()].every((t) => t.mark === 'update-label')).toBe(true);
  });

  it('starts a post at the story below a notice that the updates above it will go on', () => {
    const s = sortLines(page('UPDATE –\n\nThe agency has now confirmed that 19 people died.\n\nUPDATE – The agency confirmed that 14 people died.\n\nThe exact number of injuries is unknown.\n\nTHIS IS A DEVELOPING STORY AND WILL BE UPDATED AS MORE INFORMATION BECOMES AVAILABLE\n\nAt least two people died in the shooting at the school, police said on Tuesday.'));
    expect([...s.stamps.keys()].sort((a, b) => a - b)).toEqual([3, 5, 11]);
  });

  it('cuts a live blog without times or headlines after the pictures a post shows', () => {
    const s = sortLines(page('Quake live: rescuers race against time\n\nThis girl was rescued after being trapped for 40 hours in Harbourton:\n\nGirl rescued from collapsed building after 40 hours – video\n\nHere are some of the latest pictures to reach us from the disaster zone.\n\nA tent city set up at a sports stadium in Vellmora.\nA tent city set up at a sports stadium in Vellmora. Photograph: Jo Reed/Example Wire\n\nOur correspondent reported overnight on the anger in the city at the speed of the rescue response there.'), { live: true });
    expect([...s.stamps.keys()].sort((a, b) => a - b)).toEqual([3, 7, 12]);
    const notShown = sortLines(page('Quake live: rescuers race against time\n\nHere is what the minister said on Wednesday about the rescue effort in the city.\n\nThe toll has risen to 8,700, the agency said on Wednesday.\n\nRescuers said they had pulled a girl alive from the rubble after 40 hours.'), { live: true });
    expect(notShown.stamps.size).toBe(0);
  });

  it('starts a post after each lone “Updated” line of a live blog without post times, past a handover note', () => {
    const s = sortLines(page('Dam breach – as it happened\n\nThe authority has raised the number of people evacuated to 12,400, a spokesperson said on Wednesday.\n\nUpdated\n\nWith that, I’m handing over to my colleague Ada Berg.\n\nThis family was rescued from the roof of their house in Lower Orvel:\n\nUpdated\n\nEngineers said the water had stopped rising by the afternoon.'), { live: true });
    expect([...s.stamps.keys()]).toEqual([9, 13]);
    expect(s.dropped.find((d) => d.line === 7)?.reason).toBe('chrome');
  });

  it('never cuts at a writer’s name standing under a post’s headline: that is the post’s byline', () => {
    const s = sortLines(page('Floods live: river peak revised down\n\nThe river is now expected to peak below the levee, forecasters said on Tuesday.\n\nCouncil opens evacuation centre\n\nBy Ada Berg\n\nThe council has opened an evacuation centre at the showground for residents of the low-lying streets.\n\nResidents urged to monitor warnings\n\nBy Tom Lind\n\nThe council is urging residents and landholders along the river to monitor the flood warnings tonight.'), { live: true });
    expect(s.stamps.has(1)).toBe(false);
  });

  it('keeps a post headline cut off at the copy’s end under a byline', () => {
    const s = sortLines(page('Wildfire live\n\nCrews reached the fire line this morning, officials said on Wednesday.\n\nTom Lind\n\nGovernor declares state of emergency for Ridgeline Cou'), { live: true });
    expect(s.cutHeadline?.no).toBe(7);
    const article = sortLines(page('Wildfire reaches the ridge\n\nCrews reached the fire line this morning, officials said on Wednesday.\n\nTom Lind\n\nGovernor declares state of emergency for Ridgeline Cou'));
    expect(article.cutHeadline).toBeNull();
  });
});

describe('sorting lines: the title printed twice (session 9)', () => {
  it('drops the title repeated under itself above the story, and keeps it under the first post time', () => {
    const twice = sortLines(page('Storm tracker: how much rain will the coast get?\n\nStorm tracker: how much rain will the coast get?\n\nThe storm is expected to reach the coast on Sunday evening, forecasters said on Friday.'));
    expect(twice.title?.no).toBe(1);
    expect(twice.dropped.find((d) => d.line === 3)?.reason).toBe('repeat');
    const underTime = sortLines(page('Crowds remain outside the stadium as curfew begins\n\n6:31 p.m. ET, January 6, 2021\n\nCrowds remain outside the stadium as curfew begins\n\nA curfew for the city began at 6 p.m. and will last until the morning, the mayor said.'), { live: true });
    expect(underTime.dropped.find((d) => d.line === 5)).toBeUndefined();
  });
});

describe('sorting lines: promotions above the title (session 15)', () => {
  it('passes over an app’s promotion and short labels above the headline', () => {
    const s = sortLines(page('Get Radio+\nScan to download the app\n\nLocal News\n\nHarbourton ferry crossings cancelled for a third day as strike goes on\n\nThe operator said on Tuesday that no ferry would sail before the weekend, the union said.'));
    expect(s.title?.text).toBe('Harbourton ferry crossings cancelled for a third day as strike goes on');
  });

  it('never takes a programme’s slot for the title or a post time', () => {
    const s = sortLines(page('Drive with Vela Ostrand 4pm - 6pm\nHarbourton ferry crossings cancelled for a third day\n12 March 2021, 08:06\nThe operator said on Tuesday that no ferry would sail before the weekend, the union said.'));
    expect(s.title?.text).toBe('Harbourton ferry crossings cancelled for a third day');
    expect(s.stamps.has(1)).toBe(false);
  });

  it('reads “US” in capitals as the country, not as the site talking to its reader', () => {
    const s = sortLines(page('US Election: Live coverage, updates and results\n\nVotes are still being counted across the country, with the race too close to call.\n\nCount complete in the old town\n\nThe returning officer declared the count complete on Tuesday night, officials said.'), { live: true });
    expect(s.title?.text).toBe('US Election: Live coverage, updates and results');
  });

  it('never passes a short label over a post time to take the post’s headline for the title', () => {
    const s = sortLines(page('Ferry strike\n\n14:32 GMT\n\nOperator agrees to talks with the union\n\nThe operator said on Tuesday that it would meet the union, its chief said.\n\n13:10 GMT\n\nStrikers rally at the ferry terminal\n\nAbout 400 strikers rallied outside the terminal, police said.'));
    expect(s.title).toBeNull();
  });
});

describe('sorting lines: alt text on a copy without blank lines (session 15)', () => {
  it('keeps a sentence that attributes above a credit: alt text describes, it does not report', () => {
    const s = sortLines(page('Ferry runs aground off Harbourton\nA ferry ran aground off Harbourton, leaving 40 passengers stranded for hours at sea overnight.\nCoastguard officials said the ferry struck rocks at around 11:20 p.m. Wednesday near the harbour wall.\nHarbourton Coastguard / Agency\nAll passengers were taken off safely by lifeboat crews, officials said on Thursday.'));
    expect(s.kept.map((l) => l.no)).toContain(3);
    const alt = sortLines(page('Ferry runs aground off Harbourton\n\nThe ferry on the rocks near the harbour wall\nHarbourton Coastguard / Agency\n\nAll passengers were taken off safely by lifeboat crews, officials said on Thursday.'));
    expect(alt.kept.map((l) => l.no)).not.toContain(3);
  });
});

describe('sorting lines: a widget run onto the title (session 15)', () => {
  it('drops a share widget’s label run onto the title it shares, and keeps a headline that only ends like the title', () => {
    const s = sortLines(page('Ferry strike ends\n\nCrossings resumed after a deal between union and operator.\n\nSHARE Ferry strike ends\n\nThe first ferry left Harbourton at 6 a.m. on Tuesday, the operator said.'));
    expect(s.dropped.find((d) => d.line === 5)?.reason).toBe('chrome');
    const t = sortLines(page('Ferry strike ends\n\nCrossings resumed after a deal between union and operator.\n\nWhy the ferry strike ends\n\nThe first ferry left Harbourton at 6 a.m. on Tuesday, the operator said.'));
    expect(t.kept.map((l) => l.no)).toContain(5);
  });
});

describe('sorting lines: a live page’s title under its section labels (session 15)', () => {
  it('is the headline the page’s byline stands under, not the topic label above it', () => {
    const s = sortLines(page('World\nStorm Vela\n\nPandemic\n\nStorm Vela barrels toward the coast\n\nBy Jo Reed and Ann Lee, Example News\n\nUpdated 12:04 a.m. ET, May 5, 2022\n\n36 min ago\n\nStorm Vela is less than 50 miles away and will make landfall within hours\n\nThe storm keeps its strength, forecasters said on Wednesday night.\n\n51 min ago\n\nPower cut to 13,000 homes\n\nThe grid operator said 13,000 homes had lost power in the south.'), { live: true });
    expect(s.title?.text).toBe('Storm Vela barrels toward the coast');
  });

  it('stays a live page’s short first title when no byline marks a headline below it', () => {
    const s = sortLines(page('Storm Vela live\n\nStorm Vela barrels toward the coast\n\nThe storm keeps its strength, forecasters said on Wednesday night.\n\nPower cut to 13,000 homes\n\nThe grid operator said 13,000 homes had lost power in the south.'), { live: true });
    expect(s.title?.text).toBe('Storm Vela live');
  });
});

describe('title: a video\'s promotion above an article\'s headline (issue 10, session 24)', () => {
  const copy = (promo: string) => page(`${promo}\nTarnby port closed as Storm Hale batters the coast\nBy Jo Renner\nThe port of Tarnby was closed on Thursday as Storm Hale brought gusts of up to 90 mph to the coast, the harbour authority said.\nAll ferry crossings were cancelled and more than 20 ships were told to stay at anchor in the bay.`);
  for (const promo of ['WATCH: Waves crash over the harbour wall at Tarnby', 'Video | Storm Hale reaches the coast', 'PHOTOS: The storm in pictures']) {
    it(`is a teaser, the headline under "${promo}" the title`, () => {
      expect(sortLines(copy(promo), { live: false }).title?.text).toBe('Tarnby port closed as Storm Hale batters the coast');
    });
  }
  it('leaves a headline that only mentions a video the title', () => {
    expect(sortLines(copy('Watchdog fines port over storm warning'), { live: false }).title?.text).toBe('Watchdog fines port over storm warning');
  });
});
