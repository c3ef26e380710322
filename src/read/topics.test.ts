import { describe, expect, it } from 'vitest';
import { findTopics } from './topics';

/** Topic ids of one item (invented wording throughout). */
const ids = (headline: string, ...paragraphs: string[]) => findTopics(headline, paragraphs).map((t) => t.id);

describe('broad themes', () => {
  it('need their phrase in the headline or the lead', () => {
    expect(ids('Judge delays verdict', 'The court will sit again on Monday.')).toContain('courts-justice');
    expect(ids('Minister visits port', 'The visit went well.', 'Later a court sat.')).not.toContain('courts-justice');
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

  it('are never the start of a capitalised name inside a sentence, and are at a sentence’s start', () => {
    expect(ids('Tributes paid in Stockvale', 'Mourners gathered in Crimeford and Portamsel on Sunday.')).toEqual([]);
    expect(ids('Stocks fall', 'Investors sold on Monday.')).toContain('markets');
    expect(ids('Crimes rise in the capital', 'Officers said on Monday.')).toContain('crime-policing');
    expect(ids('Ferries stay in port in Keelby', 'Sailings resumed from Port Amsel on Monday.')).toContain('accidents-transport');
    expect(ids('Varna beat Port Amsel', 'Keel Rovers beat Port Amsel 2-1 on Sunday.')).not.toContain('accidents-transport');
  });
});
