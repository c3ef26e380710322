import { describe, expect, it } from 'vitest';
import type { Item, Seed } from '../model/types';
import { buildChronology } from './build';
import { addressWords, recurrenceRule, subjectPhrases } from './emerging-topics';
import { emptyRegistry } from './registry';

/** Articles of one day by several outlets (invented places and people throughout). */
const build = (...pages: Array<[string, string]>) => buildBy((k) => `Outlet ${'ABCDEFGH'[k]}`, ...pages);
const buildBy = (publisher: (k: number) => string, ...pages: Array<[string, string]>) => buildChronology(pages.map(([title, body], k): Seed => ({
  name: `${k}.txt`, text: `---\npublished: 2024-05-0${k + 1}\npublisher: ${publisher(k)}\n---\n${title}\n\n${body}\n`,
})), { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const topicsOf = (c: ReturnType<typeof build>) => c.events.map((e) => e.topics.map((t) => t.id));
const phrases = (headline: string, body = '', pageTitle: string | null = null) => [...subjectPhrases({ headline, body, pageTitle } as Item)];

describe('a story named after its place, body or person', () => {
  it('is one phrase for the forms headlines give it, in the headline, the lead or the page’s title', () => {
    expect(phrases('Vestland Quake Kills 40')).toContain('Vestland earthquake');
    expect(phrases('Toll rises', 'Vestland’s deadliest earthquake in decades killed 40.')).toContain('Vestland earthquake');
    expect(phrases('Crowds gather', 'People waited all night.', 'The death of Queen Aldra II')).toContain('Aldra death');
    expect(phrases('Crowds gather', 'People waited all night.', 'Live: Queen Aldra’s death and funeral')).toContain('Aldra death');
    expect(phrases('Tamber Savings Bank collapses after a run')).toContain('Tamber Savings Bank collapse');
  });

  it('is named where it happened, by the kind of place, by what became of its subject', () => {
    expect(phrases('Varna port explosion kills 12')).toContain('Varna explosion');
    expect(phrases('Toll rises', 'The explosion in Varna killed 12 on Tuesday.')).toContain('Varna explosion');
    expect(phrases('Rescue goes on', 'A shooting at Keel Street School left two hurt.')).toContain('Keel Street School shooting');
    expect(phrases('Ines Marr has resigned as leader')).toContain('Ines Marr resignation');
    expect(phrases('Crowds', 'Ines Marr quietly announced her resignation to aides.')).toContain('Ines Marr resignation');
    expect(phrases('Guests arrive for Queen Ines’ coronation')).toContain('Ines coronation');
    expect(phrases('Crowds', 'Ines Marr quietly announced her shock resignation to aides.')).toContain('Ines Marr resignation');
    expect(phrases('Ines Marr quits as leader')).toContain('Ines Marr resignation');
    expect(phrases('Ines Marr steps down as first minister')).toContain('Ines Marr resignation');
    expect(phrases('Toll rises', 'Ines Marr stood down as party leader on Friday.')).toContain('Ines Marr resignation');
    expect(phrases('Ines Marr officially steps down as first minister')).toContain('Ines Marr resignation');
    expect(phrases('Keel Tower suddenly collapsed on Sunday')).toContain('Keel Tower collapse');
    expect(phrases('Vela Ostrand has formally resigned')).toContain('Vela Ostrand resignation');
    // Any other word between names nothing.
    expect(phrases('Ines Marr herself steps down')).not.toContain('Ines Marr resignation');
    // A title alone names no one's resignation.
    expect(phrases('Minister steps down after a row')).toEqual([]);
  });

  it('is named without a title, a people or a common word before it, and read from a title-case headline as its body writes it', () => {
    expect(phrases('Former Pope Aldo XVI dead at 95')).toContain('Aldo death');
    expect(phrases('Peruvian President Ines Marr assassinated')).toContain('Ines Marr assassination');
    expect(phrases('Peruvian attack kills 12')).toEqual([]);
    expect(phrases('Peruvian Airlines crash kills 12')).toContain('Peruvian Airlines crash');
    expect(phrases('Helicopter crash kills five')).not.toContain('Helicopter crash');
    const body = 'Residents were told to leave after the train derailment near the border on Friday, officials in Keelby said, and schools stayed shut.';
    expect(phrases('Keelby Train Derailment Puts Town On Alert', body)).toContain('Keelby derailment');
    expect(phrases('Winter storm leaves millions without power', 'A winter storm sent temperatures plunging across the plains overnight.')).not.toContain('Winter storm');
    expect(phrases('Outages across Vestland as grid fails')).toContain('Vestland blackout');
    expect(phrases('Vestland tsunami: aid flights leave')).toContain('Vestland tsunami');
  });

  it('is the name after a possessive, not cut short by the possessor’s words', () => {
    expect(phrases('Orla Venn’s Marrow Fields Festival: toll rises to nine')).toContain('Marrow Fields Festival');
    expect(phrases('Orla Venn’s Marrow Fields Festival: toll rises to nine').some((p) => p.includes('Venn'))).toBe(false);
  });

  it('is a person’s by surname too, where the report names the person (the surname’s phrase is the one all its reports give)', () => {
    const item = { headline: 'Ines Marr has resigned as leader', body: '', pageTitle: null, actors: [{ id: 'ines-marr', name: 'Ines Marr', kind: 'person', role: 'principal' }] } as unknown as Item;
    expect([...subjectPhrases(item)]).toEqual(expect.arrayContaining(['Ines Marr resignation', 'Marr resignation']));
    // A body of several words gives no such short form ("Bank collapse").
    expect(phrases('Tamber Savings Bank collapses after a run')).not.toContain('Bank collapse');
  });

  it('never starts inside an abbreviation', () => {
    expect(phrases('Toll rises', 'They are the deadliest U.S. wildfires in a century.').some((p) => p.startsWith('S.'))).toBe(false);
    expect(phrases('Toll rises', 'They are the deadliest Vestland wildfires in a century.')).toContain('Vestland fire');
  });

  it('never where someone was when it happened, nor across a sentence’s end', () => {
    expect(phrases('Tributes', 'The singer died in Varna on Tuesday.')).not.toContain('Varna death');
    // A count of the dead at a place or a show is another story's toll, no death of its own.
    expect(phrases('Eight dead at Orla Venn show as crowd crush hits Marrow Fields').some((p) => p.endsWith(' death'))).toBe(false);
    expect(phrases('Six dead in Varno crash')).toContain('Varno crash');
    expect(phrases('Six dead in Varno crash').some((p) => p.endsWith(' death'))).toBe(false);
    expect(phrases('Guests arrive', 'Guests reached Keel Abbey. The coronation began at noon.').some((p) => p.includes('.'))).toBe(false);
  });

  it('not a story noun that is part of another phrase, nor a name that is only a sentence’s opener', () => {
    expect(phrases('Vestland’s death toll rises')).not.toContain('Vestland death');
    expect(phrases('Vestland earthquake death toll rises')).toContain('Vestland earthquake');
    expect(phrases('The earthquake struck at night')).toEqual([]);
  });

  it('becomes a topic of every report that tells it, its name and noun apart in the lead too', () => {
    const c = build(
      ['Vestland Quake Kills 40 People', 'The quake struck at night, officials said.'],
      ['Vestland earthquake toll rises to 52', 'Rescuers worked through the night, officials said.'],
      ['Vestland earthquake: toll reaches 60', 'Aid arrived on Friday, officials said.'],
      ['Vestland government reports 70 dead', 'The earthquake damaged the old town, officials said.'],
    );
    expect(c.topics.map((t) => t.id)).toContain('subject-vestland-earthquake');
    expect(topicsOf(c).every((ids) => ids.includes('subject-vestland-earthquake'))).toBe(true);
  });
});

describe('a story a people’s name places', () => {
  it('is its country’s when it happens to a place, or with a kind of place or of worker between; a people alone names who did it', () => {
    expect(phrases('Peruvian floods leave thousands homeless')).toContain('Peru floods');
    expect(phrases('Peruvian dock workers strike over pay')).toContain('Peru strike');
    expect(phrases('Peruvian attack kills 12')).toEqual([]);
    expect(phrases('Peruvian strike hits ports')).not.toContain('Peru strike');
  });

  it('is where a shipwreck or a stampede happened, off a coast or at a place', () => {
    expect(phrases('Dozens missing in migrant shipwreck off Peru')).toContain('Peru shipwreck');
    expect(phrases('Boat capsizes off Peru, dozens missing')).toContain('Peru shipwreck');
    expect(phrases('Stampede at Keelby stadium kills 40')).toContain('Keelby stampede');
    expect(phrases('Keelby stadium tragedy: what we know')).toContain('Keelby disaster');
    expect(phrases('The tragedy of Isla de Vela: a town reduced to ashes')).toContain('Isla de Vela disaster');
  });

  it('is told by leads that name the country by its people', () => {
    const c = build(
      ['Peru floods: thousands flee their homes', 'Rivers burst their banks overnight, officials said.'],
      ['Floods in Peru cut roads to the coast', 'Bridges were swept away, officials said.'],
      ['Peruvian rescuers search villages as floods recede', 'Helicopters dropped food to forty villages on Thursday.'],
    );
    const rescue = c.events.find((e) => e.reports.some((r) => r.headline.startsWith('Peruvian rescuers')))!;
    expect(rescue.reports).toHaveLength(1);
    expect(rescue.topics.map((t) => t.id)).toContain('subject-peru-floods');
  });

  it('is named by its town before its country, when pages name both', () => {
    const c = build(
      ['Peru floods: Keelby floods leave thousands homeless', 'Rivers burst their banks overnight, officials said.'],
      ['Peru floods cut roads as Keelby floods spread', 'Bridges were swept away, officials said.'],
      ['Peru floods: Keelby floods recede at last', 'Helicopters dropped food to forty villages on Thursday.'],
    );
    expect(c.topics.map((t) => t.name)).toContain('Keelby floods');
    expect(c.topics.map((t) => t.name)).not.toContain('Peru floods');
  });
});

describe('a candidate’s election', () => {
  const withActors = (headline: string, body: string, people: string[]) => [...subjectPhrases({ headline, body, pageTitle: null, actors: people.map((name) => ({ id: name.toLowerCase().replace(/ /g, '-'), name, kind: 'person', role: 'principal' })) } as unknown as Item)];
  it('is the election of the country the lead names, by the candidate’s full name or surname', () => {
    const got = withActors('Peru’s top court upholds Ana Vellan’s presidential election win', 'The court dismissed the petition of Tomas Reed.', ['Ana Vellan', 'Tomas Reed']);
    expect(got).toContain('Peru election');
    expect(got.join()).not.toMatch(/Vellan election/);
  });
  it('names no story when the lead names no country or several, and a place’s election stays its own', () => {
    expect(withActors('Court upholds Ana Vellan’s election win', 'The court dismissed the petition.', ['Ana Vellan']).join()).not.toMatch(/election/);
    expect(withActors('Peru and Chile watch Ana Vellan’s election win', 'The court dismissed the petition.', ['Ana Vellan']).join()).not.toMatch(/election/);
    expect(withActors('Keelby mayoral election won by Ana Vellan', 'Votes were counted overnight in Peru.', ['Ana Vellan'])).toContain('Keelby election');
  });
});

describe('a person’s name spelled another way on later pages', () => {
  it('is still the person, not a subject that names the story', () => {
    const c = build(
      ['Vane wins Peru presidency', 'Former President Tomas Ardell Vane da Costa won the Peru election on Sunday, officials said.'],
      ['Vane sworn in as president', 'Former President Tomaz Ardell Vane da Costa was sworn in on Monday after the Peru election.'],
      ['Vane names his cabinet', 'Former President Tomaz Ardell Vane da Costa named a cabinet on Tuesday after the Peru election.'],
      ['Vane meets army chiefs', 'Former President Tomaz Ardell Vane da Costa met army chiefs on Wednesday after the Peru election.'],
    );
    expect(c.topics.map((t) => t.id)).toContain('subject-peru-election');
    expect(c.topics.map((t) => t.id).join()).not.toMatch(/tomaz/);
  });
});

describe('a headline in title case', () => {
  const body = 'The challenger defeated the president in the second round of the elections on Sunday, the count showed, with most of the ballots counted by the evening and turnout high.';
  it('reads a word the body writes in another form, and a kind of vote before its noun, as common words', () => {
    const got = phrases('Challenger Defeats President In Peru’s Presidential Election', body);
    expect(got).toContain('Peru election');
    expect(got.join()).not.toMatch(/Defeats|Presidential Election/);
  });
  it('leaves a word the body never writes, which may be a name', () => {
    expect(phrases('Challenger Defeats Vellan In Peru’s Presidential Election', body).join()).toMatch(/Vellan/);
  });
});

describe('a story of a town and its region', () => {
  it('is one topic, named by the town, where its reports write the town as news places it ("Keelby, Varnshire")', () => {
    const c = build(
      ['Varnshire derailment: residents told to stay away', 'A freight train left the tracks on Friday night, officials said.'],
      ['Varnshire derailment: chemical burn planned', 'Crews will burn off the wagons’ load on Monday, the rail operator said.'],
      ['Varnshire derailment: fish die in two creeks', 'Wildlife officers counted 3,000 dead fish downstream on Tuesday.'],
      ['Keelby derailment: water declared safe', 'Residents of Keelby, Varnshire, can drink tap water again, the state agency said on Wednesday.'],
      ['Keelby derailment: rail chief visits', 'The head of the rail operator met families at the school hall on Thursday.'],
    );
    const story = c.topics.filter((t) => t.id.startsWith('subject-'));
    expect(story.map((t) => t.name)).toEqual(['Keelby derailment']);
    expect(topicsOf(c).every((ids) => ids.includes(story[0]!.id))).toBe(true);
  });

  it('is not the region’s story where the region holds two towns’ stories of that noun', () => {
    const c = build(
      ['Varnshire derailment: residents told to stay away', 'A freight train left the tracks on Friday night, officials said.'],
      ['Varnshire derailment: chemical burn planned', 'Crews will burn off the wagons’ load on Monday, the rail operator said.'],
      ['Keelby derailment: water declared safe', 'Residents of Keelby, Varnshire, can drink tap water again, the state agency said on Wednesday.'],
      ['Keelby derailment: rail chief visits', 'The head of the rail operator met families at the school hall on Thursday.'],
      ['Brook derailment: second train leaves the tracks', 'Another freight train derailed near Brook, Varnshire, on Saturday, carrying no chemicals.'],
      ['Brook derailment: line reopens', 'The line through Brook reopened on Sunday after crews cleared six wagons.'],
    );
    const names = c.topics.filter((t) => t.id.startsWith('subject-')).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Keelby derailment', 'Brook derailment']));
    const brook = c.events.filter((e) => e.title.startsWith('Brook'));
    expect(brook.every((e) => !e.topics.some((t) => t.name === 'Keelby derailment'))).toBe(true);
  });

  it('stays two stories where no report places one name in the other', () => {
    const c = build(
      ['Varnshire derailment: residents told to stay away', 'A freight train left the tracks on Friday night, officials said.'],
      ['Varnshire derailment: chemical burn planned', 'Crews will burn off the wagons’ load on Monday, the rail operator said.'],
      ['Varnshire derailment: fish die in two creeks', 'Wildlife officers counted 3,000 dead fish downstream on Tuesday.'],
      ['Keelby derailment: water declared safe', 'Residents of Keelby can drink tap water again, the state agency said on Wednesday.'],
      ['Keelby derailment: rail chief visits', 'The head of the rail operator met families at the school hall on Thursday.'],
    );
    expect(c.topics.filter((t) => t.id.startsWith('subject-')).map((t) => t.name).sort()).toEqual(['Keelby derailment', 'Varnshire derailment']);
  });
});

describe('a story told by two nouns', () => {
  it('is told by either where a lead that gives its phrase pairs them in a sentence', () => {
    const c = build(
      ['Vestland tsunami: aid flights leave', 'Aid flights left for Vestland on Monday after an undersea eruption triggered a tsunami.'],
      ['Ash grounds flights to Vestland', 'Flights to Vestland stayed grounded on Tuesday after the eruption, officials said.'],
      ['Vestland asks for water after eruption', 'Vestland asked its neighbours for drinking water on Wednesday.'],
    );
    const story = c.topics.filter((t) => t.id.startsWith('subject-'));
    expect(story.map((t) => t.name)).toEqual(['Vestland tsunami']);
    expect(topicsOf(c).every((ids) => ids.includes(story[0]!.id))).toBe(true);
  });

  it('is told by any story noun beside a name of several words that is no country’s', () => {
    const c = build(
      ['Eight dead in crush at Keel Arena Festival', 'A crush at the Keel Arena Festival killed eight people on Friday night.'],
      ['Keel Arena Festival cancels second day', 'The Keel Arena Festival cancelled its second day on Saturday, a day after the disaster.'],
    );
    const story = c.topics.filter((t) => t.id.startsWith('subject-'));
    expect(story.map((t) => t.name)).toEqual(['Keel Arena Festival stampede']);
    expect(topicsOf(c).every((ids) => ids.includes(story[0]!.id))).toBe(true);
  });

  it('never by a toll, which every story gives', () => {
    const c = build(
      ['Vestland tsunami: aid flights leave', 'Aid flights left for Vestland on Monday after the tsunami left 12 dead.'],
      ['Two dead in Vestland bus crash', 'Two people died when a bus left the road in Vestland on Tuesday.'],
      ['Vestland crash: driver questioned', 'Police in Vestland questioned the driver on Wednesday, four dead.'],
    );
    expect(c.topics.filter((t) => t.name === 'Vestland tsunami').length).toBe(0);
  });
});

describe('a story named where it happened and by a city it is near', () => {
  it('is one topic where one report’s lead names both', () => {
    const c = build(
      ['Keelby tower collapse leaves 12 missing', 'A residential tower collapsed in Keelby early on Thursday, officials said.'],
      ['Keelby collapse: rescuers search rubble', 'Rescuers searched the rubble of the Keelby tower on Friday.'],
      ['Tower collapse near Carrow: toll rises to four', 'The toll from the tower collapse in Keelby rose to four on Saturday, officials said.'],
      ['Carrow collapse: families wait for news', 'Families waited outside the cordon on Sunday.'],
    );
    const story = c.topics.filter((t) => t.id.startsWith('subject-'));
    expect(story.map((t) => t.name)).toEqual(['Keelby collapse']);
    expect(topicsOf(c).every((ids) => ids.includes(story[0]!.id))).toBe(true);
  });
});

describe('a story one page names', () => {
  it('is a topic when other pages tell it, its name and noun apart in their leads', () => {
    const c = build(
      ['Freight cars burn after Keelby Junction derailment', 'Crews fought the fire overnight, officials said.'],
      ['Residents of Keelby Junction told to leave', 'The evacuation follows Friday’s derailment of a freight train, officials said.'],
      ['Railway faces questions in Keelby Junction', 'Regulators asked how the derailment happened, officials said.'],
    );
    expect(c.topics.map((t) => t.name)).toContain('Keelby Junction derailment');
    expect(topicsOf(c).every((ids) => ids.includes('subject-keelby-junction-derailment'))).toBe(true);
  });

  it('is one topic where a page names it by two story nouns', () => {
    const c = build(
      ['Vestland bombings kill 40', 'Churches were hit during services, officials said.'],
      ['Vestland explosion toll rises', 'Hospitals asked for blood donors, officials said.'],
      ['Vestland bombings: arrests made', 'Police detained 13 suspects, officials said.'],
      ['Vestland explosion: curfew imposed', 'Streets were empty by nightfall, officials said.'],
      ['Vestland attack and explosion: what we know', 'Eight blasts struck three cities, officials said.'],
    );
    const story = c.topics.filter((t) => /^Vestland (?:attack|explosion)$/.test(t.name));
    expect(story).toHaveLength(1);
    expect(topicsOf(c).every((ids) => ids.includes(story[0]!.id))).toBe(true);
  });

  it('or a match, two names either side of "v" or a score; a page’s capitals after the name are no part of it', () => {
    expect(phrases('Keel Rovers 2-1 Varna Town', 'A late goal settled it.')).toContain('Keel Rovers v Varna Town');
    expect(phrases('Crowds gather', 'People waited all night.', 'Keel Rovers v Varna Town LIVE: cup final')).toContain('Keel Rovers v Varna Town');
    expect(phrases('What is a red warning?', 'It is the highest level.', 'Storm Vela UK tracker LIVE')).toContain('Storm Vela');
  });

  it('or a match named by who beat whom, the winner first; never by what was won', () => {
    expect(phrases('Vestland beat Norvenia to lift the cup', 'A late goal settled the final in Keelby.')).toContain('Vestland v Norvenia');
    expect(phrases('Cooler kicked after Vestland beats Norvenia 2-1', 'Vestland edged Norvenia in the final.')).toContain('Vestland v Norvenia');
    expect(phrases('Ines Marr wins Harbour Cup', 'She took the title on Sunday.').some((p) => p.includes(' v '))).toBe(false);
  });
});

describe('a story named by common nouns', () => {
  it('is named by the country a short name in capitals or another of its names stands for, or by the name the report spells out', () => {
    expect(phrases('UK election: Harbour Party wins a majority', 'The count ended overnight, officials said.')).toContain('United Kingdom election');
    expect(phrases('US election count goes on', 'Let us wait for the result, officials told us.')).toContain('United States election');
    expect(phrases('TVR bushfires: thousands flee', 'Thousands fled towns across the Tarren Valley Range on Monday.')).toContain('Tarren Valley Range fire');
    // A country's other name is the country's: one story whichever name its reports give.
    expect(phrases('Turkey earthquake toll passes 100', 'Rescuers worked through the night.')).toContain('Türkiye earthquake');
    expect(phrases('Britain election: Harbour Party wins', 'The count ended overnight.')).toContain('United Kingdom election');
    // …never one inside another country's names ("Congo" of "DR Congo").
    expect(phrases('Congo floods kill 40', 'Rescuers worked through the night.')).toContain('Congo floods');
    // Initials the report never spells out are a body's or a service's, no place.
    expect(phrases('RFS fire crews stretched', 'Crews worked through the night.').some((p) => p.includes('RFS'))).toBe(false);
    expect(phrases('TVR bushfires: thousands flee', 'Thousands fled their homes on Monday.').some((p) => p.includes('TVR'))).toBe(false);
  });

  it('is an outbreak named by its disease, a people’s name placing it, a place’s fire season its fires, a place that suffered it', () => {
    expect(phrases('Vestland cholera toll rises to 40')).toContain('Vestland outbreak');
    expect(phrases('Toll rises', 'Vestland’s latest COVID-19 wave filled hospitals on Tuesday.')).toContain('Vestland outbreak');
    expect(phrases('Chilean measles outbreak spreads')).toContain('Chile outbreak');
    expect(phrases('Vestland fire season worsens as crews battle 90 blazes')).toContain('Vestland fire');
    expect(phrases('Residents told to leave again', 'Residents of the flood-hit town of Keelby were told to leave on Tuesday.')).toContain('Keelby floods');
    expect(phrases('Aid reaches quake-stricken Vestland', 'Aid flights landed on Tuesday.')).toContain('Vestland earthquake');
    // "War-torn" is how a country is described in any of its stories.
    expect(phrases('Talks open in war-torn Vestland', 'Delegates met on Tuesday.')).not.toContain('Vestland war');
    // A season with no place before it names no story.
    expect(phrases('Fire season starts early', 'Crews were put on alert on Monday.')).toEqual([]);
  });

  it('is never a word one outlet capitalises that the reports telling it write in lower case', () => {
    const c = build(
      ['Results due at 9pm', 'Officials raced to finish counting the country’s 2022 Presidential election on Sunday.'],
      ['Top presidential contenders neck and neck', 'Four days after Vestland’s Presidential election, a quarter of the votes have been counted.'],
      ['Count slows as agents object', 'The count in the presidential election slowed on Saturday, officials said.'],
    );
    expect(c.topics.map((t) => t.name)).not.toContain('Presidential election');
  });
});

describe('a page’s title', () => {
  it('gives the story it names to every report of the page, those that do not name it too', () => {
    const BODIES = ['', '', '', 'Water rose a metre along the quay by dawn.', 'The grid operator said lines were down in four towns.', 'Pupils were told to stay home until Monday.',
      'Wind speeds fell below gale force by the afternoon.', 'Sailings to the islands were cancelled until Friday.', 'The motorway reopened after trees were cleared.'];
    const live = (day: number, posts: string[]): Seed => ({
      name: `live${day}.txt`,
      text: `---\npublished: 2024-05-0${day}\npublisher: Outlet ${day}\ntitle: Storm Vela live: latest updates\n---\n${posts.map((p, k) => `${10 + k}:05 BST\n${p}\n\n${BODIES[day * 3 + k]}\n`).join('\n')}`,
    });
    const c = buildChronology([
      live(1, ['Storm Vela floods the harbour', 'Power cut to 3,000 homes', 'Schools shut for the day']),
      live(2, ['Storm Vela weakens over land', 'Storm Vela: ferries stay in port', 'Roads reopen in the north']),
    ], { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
    expect(c.events.length).toBeGreaterThanOrEqual(4);
    expect(topicsOf(c).every((ids) => ids.includes('subject-storm-vela'))).toBe(true);
  });
});

describe('a story no phrase names', () => {
  it('is named after the person its pages lead with, never after a country', () => {
    const c = build(
      ['Premier Ines Marr announces sudden departure', 'Premier Ines Marr of Norvenia told her party on Thursday she would step down.'],
      ['Ines Marr to step down as premier', 'Norvenia’s premier Ines Marr said on Thursday she would leave office next month.'],
      ['Marr bows out after five years', 'Ines Marr said on Thursday that she no longer had enough in the tank.'],
    );
    expect(c.topics.map((t) => t.id)).toContain('subject-ines-marr');
    expect(topicsOf(c).every((ids) => ids.includes('subject-ines-marr'))).toBe(true);
    expect(c.topics.map((t) => t.id)).not.toContain('subject-norvenia');
  });

  it('is never named after an international organisation or a state’s institution: each acts in many stories', () => {
    const c = build(
      ['NATO sends four jets to guard Vestland airspace', 'NATO said on Monday it would send four fighter jets to patrol the skies over Vestland after drones crossed the border.'],
      ['NATO chief urges allies to spend more on defence', 'NATO Secretary General Ines Marr told a conference in Keelby on Tuesday that allies must raise spending.'],
      ['NATO opens a cyber centre in Norvenia', 'NATO opened a centre for cyber defence in the Norvenian capital on Wednesday, the alliance said.'],
      ['Kremlin rejects talks offer from Vestland', 'The Kremlin said on Monday it saw no reason to meet Vestland officials this month.'],
      ['Kremlin says grain deal will not be renewed', 'The Kremlin said on Tuesday that the grain deal would lapse at the end of the week.'],
      ['Kremlin denies drone flights over Norvenia', 'The Kremlin on Thursday denied that its drones had flown over Norvenia.'],
    );
    expect(c.topics.filter((t) => t.found_by?.startsWith('recurrence'))).toEqual([]);
  });

  it('keeps its id when later pages name it by a phrase', () => {
    const seeds = [
      ['Premier Ines Marr announces sudden departure', 'Premier Ines Marr of Norvenia told her party on Thursday she would step down.'],
      ['Ines Marr to step down as premier', 'Norvenia’s premier Ines Marr said on Thursday she would leave office next month.'],
      ['Marr bows out after five years', 'Ines Marr said on Thursday that she no longer had enough in the tank.'],
      ['Ines Marr resignation: party picks date', 'The Ines Marr resignation leaves the party a month to choose, aides said on Friday.'],
      ['Ines Marr resignation stuns party', 'The Ines Marr resignation took aides by surprise on Friday.'],
      ['Ines Marr resignation: what comes next', 'After the Ines Marr resignation, a vote is due on Friday.'],
    ].map(([title, body], k): Seed => ({ name: `${k}.txt`, text: `---\npublished: 2024-05-0${k + 1}\npublisher: Outlet ${'ABCDEF'[k]}\n---\n${title}\n\n${body}\n` }));
    const options = { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' };
    const first = buildChronology(seeds.slice(0, 3), options);
    expect(first.chronology.topics.map((t) => t.id)).toContain('subject-ines-marr');
    const all = buildChronology(seeds, { ...options, registry: first.registry }).chronology;
    expect(all.topics.map((t) => t.id)).toContain('subject-ines-marr');
    expect(topicsOf(all).every((ids) => ids.includes('subject-ines-marr'))).toBe(true);
    // Built at once, the story is one topic too, named by the phrase.
    const once = buildChronology(seeds, options).chronology;
    const story = once.topics.filter((t) => t.id.startsWith('subject-'));
    expect(story).toHaveLength(1);
    expect(topicsOf(once).every((ids) => ids.includes(story[0]!.id))).toBe(true);
  });

  it('is not named after whoever speaks in a live page’s posts: a page is about whom most of its reports lead with', () => {
    const live = (day: number): Seed => ({
      name: `live${day}.txt`,
      text: `---\npublished: 2024-05-0${day}\npublisher: Outlet ${day}\n---\n${['Premier Ines Marr visits the port', 'Ferries stay in port', 'Roads reopen in the north', 'Schools shut for the day']
        .map((p, k) => `${10 + k}:05 BST\n${p}\n\nThe update at ${10 + k}:05 on day ${day} said little more.\n`).join('\n')}`,
    });
    const c = buildChronology([live(1), live(2), live(3)], { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
    expect(c.topics.map((t) => t.id)).not.toContain('subject-ines-marr');
  });
});

describe('a live page', () => {
  it('tells one story: a topic most of its posts hold is a topic of all of them', () => {
    const live = (day: number): Seed => ({
      name: `live${day}.txt`,
      text: `---\npublished: 2024-05-0${day}\npublisher: Outlet ${day}\n---\n${['Storm Vela floods the harbour', 'Storm Vela: ferries stay in port', 'Storm Vela weakens over land', 'Schools shut for the day']
        .map((p, k) => `${10 + k}:05 BST\n${p}\n\nThe update at ${10 + k}:05 on day ${day} said little more.\n`).join('\n')}`,
    });
    const c = buildChronology([live(1), live(2)], { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
    const schools = c.events.filter((e) => e.title.startsWith('Schools'));
    expect(schools.length).toBeGreaterThan(0);
    expect(schools.every((e) => e.topics.some((t) => t.id === 'subject-storm-vela'))).toBe(true);
  });
});

describe('a live page of two posts', () => {
  const live = (day: number, posts: string[], title = 'Live: latest updates'): Seed => ({
    name: `live${day}.txt`,
    text: `---\npublished: 2024-05-0${day}\npublisher: Outlet ${day}\ntitle: ${title}\n---\n${posts.map((p, k) => `${10 + k}:05 BST\n${p}\n\nThe update at ${10 + k}:05 on day ${day} said little more.\n`).join('\n')}`,
  });
  const options = { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' };

  it('tells one story: the one topic a post holds is the other post’s too', () => {
    const c = buildChronology([
      live(1, ['Keelby derailment: crews reach the wagons', 'Keelby derailment: residents wait to go home']),
      live(2, ['Keelby derailment: fire put out', 'Keelby derailment: line stays shut']),
      live(3, ['Keelby derailment: inquiry opens', 'Divers search the river at dawn']),
    ], options).chronology;
    const divers = c.events.filter((e) => e.title.startsWith('Divers'));
    expect(divers).toHaveLength(1);
    expect(divers[0]!.topics.map((t) => t.id)).toContain('subject-keelby-derailment');
  });

  it('of two stories gives neither to the other, and an article’s report never takes another’s', () => {
    const c = buildChronology([
      live(1, ['Keelby derailment: crews reach the wagons', 'Keelby derailment: residents wait to go home']),
      live(2, ['Keelby derailment: fire put out', 'Varna explosion: port closed']),
      live(3, ['Varna explosion: toll rises', 'Varna explosion: inquiry opens']),
    ], options).chronology;
    const port = c.events.find((e) => e.title.startsWith('Varna explosion: port'))!;
    expect(port.topics.map((t) => t.id)).not.toContain('subject-keelby-derailment');
    const fire = c.events.find((e) => e.title.startsWith('Keelby derailment: fire'))!;
    expect(fire.topics.map((t) => t.id)).not.toContain('subject-varna-explosion');
  });
});

describe('a topic found by recurrence', () => {
  it('says how it was named in its found_by', () => {
    const story = build(
      ['Keelby derailment: crews reach the wagons', 'Crews reached the wagons on Monday, officials said.'],
      ['Keelby derailment: residents wait to go home', 'Residents waited in the school hall on Tuesday.'],
      ['Keelby derailment: inquiry opens', 'The rail inspectorate opened an inquiry on Wednesday.'],
    );
    expect(story.topics.find((t) => t.id === 'subject-keelby-derailment')?.found_by).toBe('recurrence: story phrase');
    const person = build(
      ['Premier Ines Marr announces sudden departure', 'Premier Ines Marr of Norvenia told her party on Thursday she would step down.'],
      ['Ines Marr to step down as premier', 'Norvenia’s premier Ines Marr said on Thursday she would leave office next month.'],
      ['Marr bows out after five years', 'Ines Marr said on Thursday that she no longer had enough in the tank.'],
    );
    expect(person.topics.find((t) => t.id === 'subject-ines-marr')?.found_by).toBe('recurrence: named after whom it is about');
    expect(recurrenceRule('Allied Resolve', new Set())).toBe('recurrence: capitalised phrase');
    expect(recurrenceRule('Vessby', new Set())).toBe('recurrence: one word');
    expect(recurrenceRule('Keel Rovers v Varna Town', new Set(['Keel Rovers']))).toBe('recurrence: match or case');
    expect(recurrenceRule('2026 election', new Set())).toBe('recurrence: vote named by its year');
  });
});

describe('a page’s address', () => {
  it('names its story as a title does, in lower case', () => {
    const page = (day: number, posts: string[], url: string): Seed => ({
      name: `live${day}.txt`,
      text: `---\npublished: 2024-05-0${day}\npublisher: Outlet ${day}\nurl: ${url}\n---\n${posts.map((p, k) => `${10 + k}:05 BST\n${p}\n\nThe update at ${10 + k}:05 on day ${day} said little more.\n`).join('\n')}`,
    });
    const c = buildChronology([
      page(1, ['Harbour floods at dawn', 'Power cut to 3,000 homes', 'Schools shut for the day', 'Trains halted'], 'https://news.example.org/2024/05/01/storm-vela-live-updates'),
      page(2, ['Storm Vela weakens over land', 'Storm Vela: ferries stay in port', 'Roads reopen in the north', 'Buses run again'], 'https://other.example.net/live/latest-123'),
      page(3, ['Storm Vela hits the coast', 'Warnings stay in place', 'Flights cancelled', 'Shops close early'], 'https://third.example.com/news/weather'),
    ], { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
    const schools = c.events.find((e) => e.title.startsWith('Schools'))!;
    expect(schools.topics.map((t) => t.id)).toContain('subject-storm-vela');
    // A live page that names its story in one post of four: the one topic its posts hold is all of theirs.
    const shops = c.events.find((e) => e.title.startsWith('Shops'))!;
    expect(shops.topics.map((t) => t.id)).toContain('subject-storm-vela');
  });

  it('as words of its path, without numbers, ids or a file’s ending', () => {
    expect(addressWords('https://news.example.org/2024/05/01/storm-vela-live-updates-3759380.html')).toBe('storm vela live updates');
    expect(addressWords('not an address')).toBe('');
  });

  it('without a possessive’s lone "s", but never the "s" of one letter before it', () => {
    expect(addressWords('https://news.example.org/world/ines-marr-s-resignation-shocks-party')).toBe('world ines marr resignation shocks party');
    expect(addressWords('https://news.example.org/u-s-sends-envoy')).toBe('u s sends envoy');
  });

  it('names a story phrase whose name it writes as a possessive, the apostrophe dropped', () => {
    const article = (day: number, title: string, body: string, url: string): Seed => ({
      name: `a${day}.txt`,
      text: `---\npublished: 2024-05-0${day}\npublisher: Outlet ${day}\nurl: ${url}\n---\n${title}\n\n${body}\n`,
    });
    const pages = [
      article(1, 'Singer Ines Marr dies at 60', 'Singer Ines Marr died on Sunday at her home in Keelby, her family said.', 'https://a.example.org/ines-marr-dies'),
      article(2, 'Ines Marr dies after long illness', 'Ines Marr died on Sunday, her agent confirmed to reporters.', 'https://b.example.org/ines-marr-dead'),
    ];
    const feature = (url: string) => article(3, 'A voice that filled the hall every night', 'Fans gathered outside the old concert hall on Monday with candles and flowers.', url);
    const topics = (url: string) => buildChronology([...pages, feature(url)], { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' })
      .chronology.events.find((e) => e.title.startsWith('A voice') || e.title.startsWith('Fans'))!.topics.map((t) => t.id);
    expect(topics('https://c.example.net/ines-marrs-death-leaves-fans-in-tears')).toContain('subject-marr-death');
    // An address that names no story of the page's: nothing.
    expect(topics('https://c.example.net/concert-hall-vigil')).not.toContain('subject-marr-death');
  });
});

describe('a vote named by its year', () => {
  it('is one story phrase from a headline or a page’s title, the year before or after its noun', () => {
    expect(phrases('Election 2026 live: polls close')).toContain('2026 election');
    expect(phrases('Polls close', 'Voting ended at six.', 'FEDERAL ELECTION 2026: Live results & updates')).toContain('2026 election');
    expect(phrases('Who won the 2026 general election?')).toContain('2026 election');
    expect(phrases('Election results 2026: Keel Labour wins a majority')).toContain('2026 election');
  });

  it('never from a lead, where a year’s vote is background, nor for a story no year names', () => {
    expect(phrases('Prices rise again', 'Prices have risen every month since the 2026 election, the bureau said.')).not.toContain('2026 election');
    expect(phrases('Storm 2026 hits the coast')).toEqual([]);
    expect(phrases('Election night: polls close at ten')).toEqual([]);
  });

  it('holds every post of the live pages whose titles name it, the posts that never say "election" too', () => {
    const page = (day: number, title: string, posts: string[]): Seed => ({
      name: `live${day}.txt`,
      text: `---\npublished: 2026-05-0${day}\npublisher: Outlet ${day}\ntitle: ${title}\n---\n${posts.map((p, k) => `${20 + k}:05 BST\n${p}\n\nThe update at ${20 + k}:05 on day ${day} said little more.\n`).join('\n')}`,
    });
    const c = buildChronology([
      page(1, 'Election 2026 live: counting under way', ['Ines Marr concedes in Keel North', 'Seat tracker after the first hundred counts', 'Turnout reported higher in the south']),
      page(2, 'ELECTION 2026 RESULTS LIVE', ['Tomas Quell gives his victory speech', 'Rival calls the win for Quell', 'Crowds gather outside party headquarters']),
      page(3, 'Budget 2026 live: what the minister announced', ['Fuel duty frozen for a year', 'Pensions to rise in April', 'Markets react to the plan']),
      page(4, 'Results live: Marr to stand down', ['Marr to lead no more\n\nInes Marr will not lead her party into the next vote after a heavy defeat in the 2026 general election, she said.']),
    ], { registry: emptyRegistry(), now: '2026-06-01T00:00:00Z', digest: 'sha256:test' }).chronology;
    const of = (start: string) => c.events.find((e) => e.title.startsWith(start))!.topics.map((t) => t.id);
    for (const post of ['Ines Marr concedes', 'Seat tracker', 'Tomas Quell gives', 'Crowds gather']) expect(of(post)).toContain('subject-2026-election');
    // A page whose title names no year: its post names the vote as its pages write it.
    expect(of('Marr to lead no more')).toContain('subject-2026-election');
    for (const post of ['Fuel duty', 'Pensions']) expect(of(post)).not.toContain('subject-2026-election');
  });
});

describe('a company of several words', () => {
  it('names a story its pages lead with, where an institution of several words is only an actor', () => {
    const c = build(
      ['Tamber Valley Bank shut by regulators', 'Regulators closed Tamber Valley Bank on Friday, officials said.'],
      ['Depositors queue at Tamber Valley Bank', 'Tamber Valley Bank customers waited outside branches on Friday.'],
      ['Tamber Valley Bank failure rattles markets', 'Shares fell after Tamber Valley Bank failed on Friday.'],
      ['Tamber Valley Bank buyer sought', 'Regulators sought a buyer for Tamber Valley Bank on Saturday.'],
    );
    expect(c.topics.map((t) => t.id)).toContain('subject-tamber-valley-bank');
    const d = build(
      ['Tamber Valley Ministry closes offices', 'The Tamber Valley Ministry closed its offices on Friday, officials said.'],
      ['Tamber Valley Ministry reopens', 'The Tamber Valley Ministry reopened its offices on Friday.'],
      ['Tamber Valley Ministry under fire', 'Critics attacked the Tamber Valley Ministry on Friday.'],
      ['Tamber Valley Ministry head named', 'A new head of the Tamber Valley Ministry was named on Saturday.'],
    );
    expect(d.topics.map((t) => t.id)).not.toContain('subject-tamber-valley-ministry');
  });
});

describe('a name found by recurrence', () => {
  it('is never a body’s name joined to a person’s, a hyphenated surname too', () => {
    const c = build(
      ['Vote', 'Envoy Jana Marsh-Lind spoke on Monday. The envoy to the United Nations Jana Marsh-Lind said the vote would wait.'],
      ['Vote', 'Envoy Jana Marsh-Lind spoke on Tuesday. The envoy to the United Nations Jana Marsh-Lind said the vote was near.'],
      ['Vote', 'Envoy Jana Marsh-Lind spoke on Wednesday. The envoy to the United Nations Jana Marsh-Lind said the vote was held.'],
    );
    // Three pages leading with her are her story, named after her alone (`actorStories`); no phrase joins her to a body.
    expect(c.topics.map((t) => t.id).filter((id) => /marsh/.test(id))).toEqual(['subject-jana-marsh-lind']);
  });

  it('is never a person’s, two actors joined, an outlet’s, or a word of a body’s longer name', () => {
    const c = build(
      ['Talks go on', 'Envoy Jana Horvat said the Tamber Affairs Council met. Close Horvat allies agreed, Outlet B reported. Chile-Peru talks go on.'],
      ['Talks go on', 'Envoy Jana Horvat said the Tamber Affairs Council met again. Close Horvat allies agreed, Outlet A reported. Chile-Peru talks go on.'],
      ['Talks go on', 'Envoy Jana Horvat said the Tamber Affairs Council met once more. Close Horvat allies agreed, Outlet A reported. Chile-Peru talks go on.'],
      ['Talks go on', 'The Tamber Affairs Council met, Outlet C said. Close Horvat allies agreed. Chile-Peru talks go on.'],
    );
    const ids = c.topics.map((t) => t.id).filter((id) => id.startsWith('subject-'));
    expect(ids).toEqual([]);
  });

  it('is never the name of an outlet that published the pages', () => {
    const c = buildBy((k) => (k % 2 ? 'Tamber Ledger' : 'Valley Courier'),
      ['Port reopens', 'The port reopened on Monday, the Tamber Ledger learned.'],
      ['Port reopens', 'Ships sailed on Monday, the Tamber Ledger learned.'],
      ['Port reopens', 'Crews returned on Monday, the Tamber Ledger learned.'],
    );
    expect(c.topics.map((t) => t.id)).not.toContain('subject-tamber-ledger');
  });

  it('may be the first word of a body’s longer name, its short name, and never a later word of it', () => {
    const c = build(
      ['Floods go on', 'Streets in central Tamberline flooded on Monday, while Board staff worked, officials said.\n\nThe Tamberline Water Board said pumps were running.'],
      ['Floods go on', 'Homes in central Tamberline flooded on Monday, while Board staff worked, officials said.\n\nThe Tamberline Water Board said pumps were running.'],
      ['Floods go on', 'Roads in central Tamberline flooded on Monday, while Board staff worked, officials said.\n\nThe Tamberline Water Board said pumps were running.'],
      ['Floods go on', 'Schools in central Tamberline shut on Monday, while Board staff worked, officials said.\n\nThe Tamberline Water Board said pumps were running.'],
    );
    const ids = c.topics.map((t) => t.id);
    expect(ids).toContain('subject-tamberline');
    expect(ids).not.toContain('subject-board');
  });

  it('is never one word next to another capitalised one, nor a place’s word alone', () => {
    expect(phrases('Talks', 'The talks were held at a luxury Hotel on the coast, as Tomas Brandt reported.')).toEqual(expect.not.arrayContaining(['Hotel', 'Tomas', 'Brandt']));
  });

  it('is words of one line: a headline’s last word and the next paragraph’s first are no phrase', () => {
    const found = phrases('Film director warned about the Keelstar', 'Movie makers said on Thursday the hull had looked weak to them for years.');
    expect(found).not.toContain('Keelstar Movie');
    expect(found).toContain('Keelstar');
  });
});

describe('a story named by a place and common nouns', () => {
  it('is a rescue or an alert of its place, never the noun alone', () => {
    expect(phrases('Toll rises', 'Eight people were brought down from a stalled cable car in a rescue in Vestland.')).toContain('Vestland rescue');
    expect(phrases('Keel Island missile alert sent in error')).toContain('Keel Island alert');
    expect(phrases('Rescue goes on through the night')).toEqual([]);
    expect(phrases('Alert lifted after two hours')).toEqual([]);
    // A body that rescued names no story (a coast guard rescues many times a year); a place does.
    expect(phrases('Harbour Coast Guard rescues 12 from sinking yacht')).toEqual([]);
    expect(phrases('Toll rises', 'Norway’s army has rescued eight people from a stalled cable car.')).toContain('Norway rescue');
    // An adjective opening the headline is how the story is told, when the body never writes it.
    const body = 'Soldiers lowered from a helicopter lifted six children and two adults from a cable car that had hung over a ravine in Vestland for most of the day.';
    expect(phrases('WATCH: Dramatic rescue of six children from cable car', body)).not.toContain('Dramatic rescue');
    expect(phrases('Keelby rescue: six children lifted to safety', 'Soldiers lowered from a helicopter lifted six children and two adults from a cable car that had hung over the ravine at Keelby for most of the day.')).toContain('Keelby rescue');
  });

  it('is a country’s when a headline opens on its name or its people’s, however the body writes the country', () => {
    // The body names the country by its people ("Peruvians") or its name, never by the word the headline opens on.
    const byPeople = 'Counting went on through the night as officials checked tally sheets from every region, and millions of Peruvians waited for the commission to say who had won the presidency from Ana Vell.';
    const byName = 'Counting went on through the night across Peru as officials checked tally sheets from every region, and voters waited for the commission to say who had won the presidency from Ana Vell.';
    expect(phrases('Peru election: Tomas Quell declared winner', byPeople)).toContain('Peru election');
    expect(phrases('Peruvian election: Tomas Quell declared winner', byName)).toContain('Peru election');
    // A common word opening the headline that the body never writes still names none.
    expect(phrases('Tense election: Tomas Quell declared winner', byName)).not.toContain('Tense election');
  });

  it('is a place’s election with the kind of vote between them, never the kind alone', () => {
    expect(phrases('Tomas Quell wins Peru presidential election')).toContain('Peru election');
    expect(phrases('Peruvian presidential election goes to a runoff')).toContain('Peru election');
    expect(phrases('Vestland snap election called for June')).toContain('Vestland election');
    expect(phrases('Presidential election: polls close across the country')).toEqual([]);
    expect(phrases('General election called for May')).toEqual([]);
    const c = build(
      ['Counting begins in Peru presidential election', 'Officials began counting ballots from every region on Sunday night as the polls closed, the electoral commission said in the capital.'],
      ['Ana Vell concedes Peru presidential election', 'Ana Vell conceded defeat on Tuesday, two days after the vote, telling supporters that the count had been fair and that she would lead the opposition.'],
      ['Tomas Quell sworn in after Peru presidential election', 'Tomas Quell was sworn in as president on Wednesday, promising a government of unity after a bitter campaign that divided families and regions.'],
    );
    expect(topicsOf(c).every((ids) => ids.includes('subject-peru-election'))).toBe(true);
  });

  it('is the place next to its noun, not the winner a title-case headline opens on', () => {
    const body = 'Tomas Quell was declared the winner on Monday after officials counted ballots from every region of Peru through the night, and the electoral commission said the presidential election had been fair.';
    const found = phrases('Tomas Quell Wins Peru Presidential Election', body);
    expect(found).toContain('Peru election');
    expect(found).not.toContain('Tomas Quell election');
    expect(found).not.toContain('Quell election');
    // A name the body writes whole stays whole.
    expect(phrases('Keel Harbour Town Earthquake Kills 40', 'Rescuers searched the rubble in Keel Harbour Town on Monday after the earthquake struck at night, and relatives waited at the hospital for news of the missing residents.')).toContain('Keel Harbour Town earthquake');
  });

  it('holds every report of an election whose headlines open on the country or its people', () => {
    const c = build(
      ['Peru election: counting begins as polls close', 'Officials began counting ballots from every region on Sunday night, and millions of Peruvians waited for the first results from the electoral commission in the capital.'],
      ['Peruvian election: Ana Vell concedes defeat', 'Ana Vell conceded defeat on Tuesday, two days after the vote, telling supporters that the count across Peru had been fair and that she would lead the opposition.'],
      ['Peru election: Tomas Quell sworn in as president', 'Tomas Quell was sworn in as president on Wednesday, promising Peruvians a government of unity after a bitter campaign that divided families and regions.'],
    );
    expect(c.topics.map((t) => t.id)).toContain('subject-peru-election');
    expect(topicsOf(c).every((ids) => ids.includes('subject-peru-election'))).toBe(true);
  });

  it('is its country’s when a capital is the sentence’s subject, a town’s when a town is', () => {
    const found = phrases('Talks stall', 'Oslo’s apology comes after its missile alert sent residents running.');
    expect(found).toContain('Norway alert');
    expect(found).not.toContain('Oslo alert');
    expect(phrases('Talks stall', 'Keelby’s apology comes after its missile alert sent residents running.')).toContain('Keelby alert');
  });

  it('is told weeks on by two pages’ leads naming its place and its noun, never by one', () => {
    const seed = (name: string, published: string, title: string, body: string): Seed => ({ name, text: `---\npublished: ${published}\npublisher: Outlet ${name}\n---\n${title}\n\n${body}\n` });
    const first = [
      seed('a.txt', '2024-05-06', 'Keelby tunnel collapse traps 30 road workers', 'Thirty road workers were trapped on Monday when part of a tunnel under construction caved in near Keelby.'),
      seed('b.txt', '2024-05-07', 'Keelby tunnel collapse: drills reach halfway', 'Crews drilling towards 30 workers trapped by the tunnel collapse near Keelby were halfway there on Tuesday.'),
    ];
    const later = [
      seed('c.txt', '2024-05-28', 'All 30 workers brought out after 22 days', 'All 30 workers trapped since the tunnel collapsed near Keelby were brought out on Tuesday, officials said.'),
      seed('d.txt', '2024-05-29', 'Freed workers thank rat-hole miners', 'Workers freed from the collapsed tunnel at Keelby on Tuesday thanked the miners who dug the last stretch by hand.'),
    ];
    const build2 = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
    const c = build2([...first, ...later]);
    const story = c.topics.find((t) => t.name === 'Keelby collapse')!;
    expect(story).toBeDefined();
    for (const e of c.events) expect(e.topics.map((t) => t.id)).toContain(story.id);
    // One page weeks on is a passing mention, not the story told again.
    const one = build2([...first, later[0]!]);
    const late = one.events.find((e) => e.reports.some((r) => r.seed === 'c.txt'))!;
    expect(late.topics.filter((t) => t.id.startsWith('subject-'))).toEqual([]);
  });

  it('is the act, not the person who answered for it, when most of the person’s leads give the act’s noun', () => {
    const c = build(
      ['Governor Ilse Varga apologises after false missile warning', 'Governor Ilse Varga apologised after residents were told to take shelter from a missile that never came.'],
      ['Varga orders review after mistaken alert', 'Governor Ilse Varga ordered a review of the emergency agency after a worker sent a missile alert to a million phones across Tamsin.'],
      ['Varga faces questions over delay in correcting alert', 'Governor Ilse Varga faced questions from senators about why it took 38 minutes to correct the false alert.'],
      ['Tamsin missile alert: what went wrong', 'The Tamsin missile alert was sent during a shift change, officials said, when a drill message was picked from the wrong menu.'],
    );
    const stories = c.topics.filter((t) => t.id.startsWith('subject-'));
    expect(stories.map((t) => t.name)).toEqual(['Tamsin alert']);
    for (const e of c.events) expect(e.topics.map((t) => t.id)).toContain(stories[0]!.id);
  });

  it('keeps a person’s name when the person is what links reports of different acts', () => {
    const c = build(
      ['Governor Ilse Varga signs budget after long stand-off', 'Governor Ilse Varga signed the state budget on Monday after weeks of talks with lawmakers.'],
      ['Varga visits flooded farms in the north', 'Governor Ilse Varga toured farms under water in the north of the state on Tuesday.'],
      ['Varga names new health chief', 'Governor Ilse Varga named a former hospital director as the state’s health chief on Wednesday.'],
    );
    expect(c.topics.filter((t) => t.id.startsWith('subject-')).map((t) => t.name)).toEqual(['Ilse Varga']);
  });
});

describe('a story named by a numbered name', () => {
  it('is one phrase in any case, a quarter of a year is none', () => {
    expect(phrases('Talks run late', 'Delegates at the Ksf9 ocean summit worked all night.')).toContain('KSF9');
    expect(phrases('KSF9 deal reached')).toContain('KSF9');
    expect(phrases('Profits rise', 'Tamber Group said Q3 sales rose.')).not.toContain('Q3');
    expect(phrases('Talks run late', 'Delegates met on Feb20 in Port Delmar.')).not.toContain('FEB20');
  });

  it('is a topic of the reports of the pages that name it, in any case', () => {
    const c = build(
      ['Ocean summit opens in Port Delmar', 'The KSF9 ocean summit opened on Monday with 140 delegations.'],
      ['Mining pause on the table', 'Delegates at Ksf9 discussed a pause on deep-sea mining on Tuesday.'],
      ['Island states walk out', 'Island states walked out of KSF9 talks on Wednesday over the mining text.'],
      ['KSF9 ends with a deal', 'The talks ended on Thursday with a five-year pause on mining licences.'],
    );
    const held = topicsOf(c).filter((ts) => ts.includes('subject-ksf9'));
    expect(held.length).toBe(4);
  });

  it('is kept in a page’s address, where numbers are dropped', () => {
    expect(addressWords('https://news.example.org/2025/06/14/ksf9-talks-live-updates-3759380.html')).toBe('ksf9 talks live updates');
    expect(addressWords('https://news.example.org/2025/06/14/feb20-talks-q3-live')).toBe('talks live');
  });
});
