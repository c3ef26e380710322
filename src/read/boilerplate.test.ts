import { describe, expect, it } from 'vitest';
import { sortLines } from './boilerplate';

const page = (text: string) => text.split('\n').map((t, i) => ({ no: i + 1, text: t }));

describe('sorting lines: the title', () => {
  it('is never the outlet’s masthead, with or without its edition', () => {
    const s = sortLines(page('The Vestry Chronicle - EU\nThe Vestry Chronicle\n\nOrvel dam holds after a night of rain\n\nEngineers said on Tuesday that the dam wall had held through the night of heavy rain.'), { publisher: 'The Vestry Chronicle' });
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

  it('reads a date glued before the copy’s first line as its stamp, not its text', () => {
    const s = sortLines(page('date 2021-10-05 Power cut leaves Vellmora without electricity\n\nMuch of Vellmora lost power on Tuesday morning after a fault at a substation, the grid operator said.'));
    expect(s.title?.text).toBe('Power cut leaves Vellmora without electricity');
    expect(s.facts.map((f) => f.text)).toContain('2021-10-05');
  });
});

describe('sorting lines: post starts', () => {
  it('cuts a story updated in place at its “Update 2:” labels, and only with two or more', () => {
    const two = sortLines(page('Power returns\n\nThe grid operator said power was back in most districts on Tuesday.\n\nUpdate: Trams are running again, the city said.\n\nUpdate 2: The mayor thanked engineers for their work overnight.'));
    expect([...two.stamps.keys()]).toEqual([5, 7]);
    const one = sortLines(page('Power returns\n\nThe grid operator said power was back in most districts on Tuesday.\n\nUpdate: Trams are running again, the city said.'));
    expect(one.stamps.size).toBe(0);
  });

  it('starts a post after each lone “Updated” line of a live blog without post times, past a handover note', () => {
    const s = sortLines(page('Dam breach – as it happened\n\nThe authority has raised the number of people evacuated to 12,400, a spokesperson said on Wednesday.\n\nUpdated\n\nWith that, I’m handing over to my colleague Ada Berg.\n\nThis family was rescued from the roof of their house in Lower Orvel:\n\nUpdated\n\nEngineers said the water had stopped rising by the afternoon.'), { live: true });
    expect([...s.stamps.keys()]).toEqual([9, 13]);
    expect(s.dropped.find((d) => d.line === 7)?.reason).toBe('chrome');
  });

  it('keeps a post headline cut off at the copy’s end under a byline', () => {
    const s = sortLines(page('Wildfire live\n\nCrews reached the fire line this morning, officials said on Wednesday.\n\nTom Lind\n\nGovernor declares state of emergency for Ridgeline Cou'), { live: true });
    expect(s.cutHeadline?.no).toBe(7);
    const article = sortLines(page('Wildfire reaches the ridge\n\nCrews reached the fire line this morning, officials said on Wednesday.\n\nTom Lind\n\nGovernor declares state of emergency for Ridgeline Cou'));
    expect(article.cutHeadline).toBeNull();
  });
});
