import { describe, expect, it } from 'vitest';
import { findTopics, pageTopics } from './topics';

/** Topic ids of one item (invented wording throughout). */
const ids = (headline: string, ...paragraphs: string[]) => findTopics(headline, paragraphs).map((t) => t.id);

describe('broad themes', () => {
  it('need their phrase in the headline or the lead', () => {
    expect(ids('Judge delays verdict', 'The court will sit again on Monday.')).toContain('courts-justice');
    expect(ids('Minister visits port', 'The visit went well.', 'Later a court sat.')).not.toContain('courts-justice');
  });

  it('file a strike under labour, never a military strike, a striker or a court striking a law down', () => {
    expect(ids('Rail workers walk out in pay dispute', 'Drivers began a 24-hour strike on Tuesday.')).toContain('labour');
    expect(ids('Nurses vote for industrial action', 'The union said members rejected the pay offer.')).toContain('labour');
    expect(ids('Air strike hits depot near Keelby', 'The army said a drone strike followed.')).not.toContain('labour');
    expect(ids('Keelby striker scores twice', 'The striker sealed the win.')).not.toContain('labour');
    expect(ids('Court strikes down speech law', 'Judges struck down the law on Monday.')).not.toContain('labour');
    for (const [headline, lead] of [['Earthquake strikes eastern province', 'The quake struck at dawn.'], ['Storm Vela strikes coast', 'Winds reached 120 km/h.'],
      ['Varnish strikes kill five in Keelby', 'Missiles hit two blocks.'], ['Varna strikes trade deal with Keel', 'The pact cuts tariffs.'], ['Tragedy strikes village', 'Two boys drowned.']]) {
      expect(ids(headline!, lead!)).not.toContain('labour');
    }
    expect(ids('Keelby nurses strike over pay', 'Thousands of nurses walked out on Tuesday.')).toContain('labour');
    // A strike is labour's, not a protest's.
    expect(ids('Rail workers walk out in pay dispute', 'Drivers began a 24-hour strike on Tuesday.')).not.toContain('protests-rights');
  });

  it('are not filed by a longer phrase that means something else', () => {
    expect(ids('Ruling party’s candidate wins presidential election', 'The ruling party took 40 percent.')).not.toContain('courts-justice');
    expect(ids('Harbour Bank agrees emergency rescue deal', 'The rescue package was agreed on Sunday.')).not.toContain('disasters');
    expect(ids('Court ruling awaited', 'The ruling is due on Monday.')).toContain('courts-justice');
    expect(ids('Ferry sinks off the coast', 'Nine people died, according to the coast guard.')).not.toContain('diplomacy');
    expect(ids('Gunfire ends campaign rally', 'Shots were fired at a campaign rally in Keelby.')).not.toContain('protests-rights');
    expect(ids('Thousands rally against the new law', 'Crowds marched in Keelby.')).toContain('protests-rights');
    expect(ids('Army opens a training centre', 'Recruits arrive in May.')).not.toContain('accidents-transport');
    expect(ids('Train hits lorry at crossing', 'Two people were hurt.')).toContain('accidents-transport');
    // An election won in a landslide is no disaster; a landslide that buries a road is.
    expect(ids('Vela Ostrand wins presidential election in a landslide', 'The former minister scored a landslide victory over the incumbent.')).not.toContain('disasters');
    expect(ids('Tomas Vellan wins by a landslide', 'His party took a landslide majority in Harbouria.')).not.toContain('disasters');
    expect(ids('Road to Keelby buried by a landslide', 'Three people died in a landslide after heavy rain.')).toContain('disasters');
    expect(ids('Reformer wins presidency in landslide vote', 'The candidate won the runoff election by a landslide.')).not.toContain('disasters');
    // A place described as a port city is no shipping story; ships staying in port are.
    expect(ids('Toll rises in the port city of Keelby', 'Floods swept through the port town of Vell on Sunday.')).not.toContain('accidents-transport');
  });

  it('file an election night’s posts that never say "election": a defeat conceded, a victory speech, an exit poll', () => {
    expect(ids('Ines Marr concedes defeat in Keel North', 'She thanked her volunteers.')).toContain('elections');
    expect(ids('Tomas Quell gives his victory speech', 'He thanked the crowd in Keelby.')).toContain('elections');
    expect(ids('Exit poll points to a hung parliament', 'Counting starts at ten.')).toContain('elections');
    // A political earthquake is an upset at the polls, no disaster.
    expect(ids('Vela Ostrand hails a political “earthquake” as her party wins', 'The result was called a political earthquake.')).not.toContain('disasters');
    expect(ids('Earthquake shakes Keelby', 'Buildings swayed for a minute.')).toContain('disasters');
    // A goal conceded is no vote.
    expect(ids('Keel Rovers concede twice in the second half', 'The defence conceded a penalty too.')).not.toContain('elections');
  });

  it('file a first minister with the prime minister, and a plane or a helicopter with transport', () => {
    expect(ids('Vela Ostrand resigns as first minister', 'She will stay on until a successor is chosen.')).toContain('domestic-politics');
    expect(ids('Helicopter comes down in fog', 'All nine aboard died.')).toContain('accidents-transport');
    expect(ids('Plane skids off icy runway', 'Passengers left by the emergency slides.')).toContain('accidents-transport');
    // An attack helicopter is the army's, not a flight's.
    expect(ids('Attack helicopters sent to the border', 'The army moved twelve of them on Monday.')).not.toContain('accidents-transport');
    // A planet is no plane.
    expect(ids('Astronomers find a new planet', 'The planet orbits a small star.')).not.toContain('accidents-transport');
  });

  it('are never the start of a capitalised name inside a sentence, and are at a sentence’s start', () => {
    expect(ids('Tributes paid in Stockvale', 'Mourners gathered in Crimeford and Portamsel on Sunday.')).toEqual([]);
    expect(ids('Stocks fall', 'Investors sold on Monday.')).toContain('markets');
    expect(ids('Crimes rise in the capital', 'Officers said on Monday.')).toContain('crime-policing');
    expect(ids('Ferries stay in port in Keelby', 'Sailings resumed from Port Amsel on Monday.')).toContain('accidents-transport');
    expect(ids('Varna beat Port Amsel', 'Keel Rovers beat Port Amsel 2-1 on Sunday.')).not.toContain('accidents-transport');
  });
});

describe('a page’s title (pageTopics)', () => {
  const posts = [{ headline: 'Which lines are affected', paragraphs: ['Most services into Keelby will not run.'] }, { headline: 'Drivers begin walkout', paragraphs: ['The union said 400 drivers stopped work.'] }];

  it('gives its topics to every post of a page of several', () => {
    const ts = pageTopics('Keelby rail strike: live updates', posts).map((x) => x.map((t) => t.id));
    expect(ts[0]).toContain('labour');
    expect(ts[1]).toContain('labour');
  });

  it('gives a title topic a quarter of the posts hold on their own to every post, those naming their own too', () => {
    const four = [...posts, { headline: 'Court delays ruling', paragraphs: ['The judge sat again on Monday.'] }, { headline: 'Court clerks join', paragraphs: ['The judge’s clerks said they backed the drivers.'] }];
    const ts = pageTopics('Keelby rail strike: live updates', four).map((x) => x.map((t) => t.id));
    expect(ts[2]).toContain('courts-justice');
    expect(ts[2]).toContain('labour');
  });

  it('gives nothing to a post that names its own topics when too few posts hold the title’s', () => {
    const court = { headline: 'Court delays ruling', paragraphs: ['The judge sat again on Monday.'] };
    const ts = pageTopics('Keelby rail strike: live updates', [posts[0]!, court, court, court, court]).map((x) => x.map((t) => t.id));
    expect(ts[0]).toContain('labour');
    expect(ts[1]).toContain('courts-justice');
    expect(ts[1]).not.toContain('labour');
  });

  it('gives nothing to a page of one post, nor without a title', () => {
    expect(pageTopics('Keelby rail strike: live updates', posts.slice(0, 1))[0]!.map((t) => t.id)).not.toContain('labour');
    expect(pageTopics(undefined, posts)[0]!.map((t) => t.id)).not.toContain('labour');
  });
});
