import { describe, expect, it } from 'vitest';
import { readFacts } from './document-facts';
import { readSeed } from './read-seed';

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe('page facts: the date a copy carries before its first line', () => {
  it('reads "date 2022-11-01 Title" as the stated publication day', () => {
    expect(readFacts(lines('date 2022-11-01 Harbourton council approves budget', '', 'The council voted on Tuesday.'))).toMatchObject({ published: '2022-11-01', publishedBasis: 'stated' });
    expect(readFacts(lines('', '2021-10-05', 'Power returns to Vellmora'))).toMatchObject({ published: '2021-10-05', publishedBasis: 'stated' });
  });

  it('reads nothing from an ISO date inside the text or one that is no date', () => {
    expect(readFacts(lines('Harbourton council approves budget', 'The 2022-11-01 deadline was missed.')).published).toBeNull();
    expect(readFacts(lines('2022-13-40 Harbourton council approves budget')).published).toBeNull();
    expect(readFacts(lines('2022-11 figures show a fall in exports')).published).toBeNull();
  });
});

describe('page facts: the date from the copy alone', () => {
  it('reads a labelled "Published" date before a later "Updated" one', () => {
    expect(readFacts(lines('Harbour strike ends', 'By Jo Reed', 'Published: 08:16, 24 October 2023 | Updated: 01:31, 25 October 2023', 'The strike ended.'))).toMatchObject({ published: '2023-10-24', publishedBasis: 'stated' });
  });

  it('reads a page dated only by its "Updated" line by that line, not by a day it announces', () => {
    const page = lines('Live Updates', 'The harbour closure', 'By Jo Reed and Ana Vell, Northline', 'Updated 12:39 AM EDT, Fri September 9, 2022', 'Harbour stores close for a day',
      'The stores will reopen on Saturday 10 September, the owners said.');
    expect(readFacts(page)).toMatchObject({ published: '2022-09-09', publishedBasis: 'stated' });
    expect(readFacts(lines('Harbour strike ends', 'Last Updated: 10:05 GMT, 3 March 2021', 'The strike ended.'))).toMatchObject({ published: '2021-03-03', publishedBasis: 'stated' });
  });

  it('reads an ISO date alone on its line or under a "Date:" label', () => {
    expect(readFacts(lines('Harbour strike ends', 'Editor: staff', '2023-11-20 08:38:15', 'The strike ended.')).published).toBe('2023-11-20');
    expect(readFacts(lines('Harbour strike ends', 'Date: 2019-08-12 14:29', 'The strike ended.')).published).toBe('2019-08-12');
  });

  it('reads a date glued to the byline before it', () => {
    expect(readFacts(lines('Storm makes landfall', 'Jo Reed12 October 2019', 'The storm made landfall on Saturday.')).published).toBe('2019-10-12');
  });

  it('dates a wire dateline without its year by the year of the page\'s full dates, or not at all', () => {
    expect(readFacts(lines('Bondholders not paid', 'Men ride past the headquarters, September 26, 2021. Agency/Jo Reed', 'HARBOURTON, Sept 30 (Reuters) - Bondholders have not been paid.')).published).toBe('2021-09-30');
    expect(readFacts(lines('Shares fall', 'A photo taken December 28, 2021.', 'HARBOURTON, Jan 3 (Reuters) - Shares fell.')).published).toBe('2022-01-03');
    expect(readFacts(lines('Shares fall', 'HARBOURTON, Dec 30 (Reuters) - Shares fell 9%.')).published).toBeNull();
  });

  it('reads no date from "published" in a sentence', () => {
    expect(readFacts(lines('Report on the harbour', 'The report, published 3 May 2021 by the council, found damage.')).publishedBasis).not.toBe('stated');
  });
});

describe('page facts: dated mentions', () => {
  it('reads an ordinal day and passes over a date announced for later', () => {
    expect(readFacts(lines('Verdict in harbour fraud case', 'Sunday 19th November 2023', 'The jury found him guilty.')).published).toBe('2023-11-19');
    expect(readFacts(lines('Verdict in harbour fraud case', 'Nov. 2, 2023', 'His sentencing is scheduled for March 28, 2024.')).published).toBe('2023-11-02');
  });

  it('takes no date a paragraph of the story recalls as the page\'s day', () => {
    expect(readFacts(lines('Harbourton mourns its oldest skipper', 'Skipper Vela Ostrand, who has died at 92, was born in the old fishing quarter on May 4, 1931, and sailed until she was 80.')).published).toBeNull();
    expect(readFacts(lines('Letter of the late harbour master published', 'The port authority published the letter, which harbour master Ilka Marr wrote on March 2, 2004, a year into her office, on its website.')).published).toBeNull();
  });
  it('still dates a page by a caption\'s date, or a date opening its line', () => {
    expect(readFacts(lines('Harbourton floods', 'Residents carry their belongings through the flooded lower town of Harbourton on March 3, 2021. (Jo Reed/Agency)')).published).toBe('2021-03-03');
    expect(readFacts(lines('Harbourton floods', 'March 3, 2021 - Residents of the lower town carried their belongings through the flooded streets all night long.')).published).toBe('2021-03-03');
 
    // Page furniture on a long line: a byline row, a stamp's label, a dateline's place.
    expect(readFacts(lines('Harbourton floods', 'By Jo Reed | Harbourton Herald | Published March 3, 2021 at 10:05 a.m. | Updated March 3, 2021 at 11:40 a.m.', 'Residents fled.')).published).toBe('2021-03-03');
    expect(readFacts(lines('Harbourton floods', 'This story was first published by the regional desk and last updated on March 3, 2021 after the council spoke.', 'Residents fled.')).published).toBe('2021-03-03');
    expect(readFacts(lines('Harbourton floods', 'HARBOURTON, March 3, 2021 — Residents of the lower town carried their belongings through the flooded streets all night long.')).published).toBe('2021-03-03');
  });
  it('takes no date as the page\'s day from a story sentence that tells the act itself either: the page is then undated (its events keep their own dates)', () => {
    expect(readFacts(lines('Verdict in harbour fraud case', 'The jury found him guilty on Nov. 2, 2023. His sentencing is scheduled for March 28, 2024.')).published).toBeNull();
  });
});

describe('page facts: the site\'s top bar and the page\'s own date line', () => {
  it('reads the page\'s dateline below a top bar that prints the day of the visit', () => {
    expect(readFacts(lines('Sun. Jan 24th, 2021', '', 'Vessby Herald', '', 'LIVE: Harbour council count', '', '12-13 December 2019 | Local News', '', '03:45: The mayor holds her seat.')))
      .toMatchObject({ published: '2019-12-13', publishedBasis: 'stated' });
    expect(readFacts(lines('• Monday, Jan 20, 2020', '  • Last Update : 12:47 am', '', 'Harbour count: as it happened', '', '  • Published at 07:59 am December 13th, 2019', '', 'The count ended.')))
      .toMatchObject({ published: '2019-12-13', publishedBasis: 'stated' });
  });

  it('keeps the top bar\'s day when nothing below dates the page', () => {
    expect(readFacts(lines('Sun. Jan 24th, 2021', '', 'Harbour council count', '', 'The mayor holds her seat.')).published).toBe('2021-01-24');
    // (Nor when the page's other dates are of the weeks before it: a story's own background.)
    expect(readFacts(lines('Friday, March 5, 2021', '', 'Harbour council count', '', 'The count began after the vote of February 20, 2021.')).published).toBe('2021-03-05');
  });

  it('drops a top bar dated long after every date the page states: the day the copy was viewed (TOP_BAR_VIEWED_LATER_DAYS)', () => {
    // The page's caption dates it; the bar, printed twice, is a year and a half later.
    expect(readFacts(lines('Friday Nov 22, 2024', 'Friday Nov 22, 2024', '', 'Ferry sinks off Vessby', '',
      'Crews search the water off Vessby on Wednesday, June 14, 2023. (Photo: Jo Reed/Example Wire)', '', 'A ferry sank on Wednesday, officials said.')))
      .toMatchObject({ published: '2023-06-14' });
    // Only a background date older than the bar: the page is undated, never the day of the visit.
    expect(readFacts(lines('• Saturday, July 27, 2024', '', 'TOP STORY', '', 'Lander to touch down on Wednesday', '',
      'The lander will touch down on Wednesday, the agency said.', 'Its predecessor, which carried the same camera and a smaller lander, crashed into the surface on September 7, 2019, after a fault in its braking system.')).published).toBeNull();
    // A URL of an older year says so too.
    expect(readFacts(lines('Saturday, July 27, 2024', '', 'Lander to touch down', '', 'The lander will touch down soon, the agency said.'), [2023]).published).toBeNull();
  });

  it('reads a dateline with a reading time after a bar', () => {
    expect(readFacts(lines('Court ends pre-ticked boxes', 'By Jo Reed', 'October 2, 2019 | 4 min read', 'The court ruled on Tuesday.')).published).toBe('2019-10-02');
  });
});

describe('page facts: a weekday and date that fit none of the page\'s years', () => {
  it('is never placed in a year the page does not state', () => {
    const facts = readFacts(lines('Heat wave scorches the coast', 'Updated 7:43 AM ET, Wed July 20, 2022', 'People cool off at the beach on Tuesday, June 19.', 'Temperatures hit a record on Tuesday.'));
    expect(facts.published).toBe('2022-07-20');
  });
});

describe('page facts: a list of related stories below the story dates nothing', () => {
  const page = (...below: string[]) => readSeed({ name: 'p.txt', text: [
    'Ferry service resumes at Keelby', '', 'KEELBY (Agency) — Ferries sailed again on Monday after a week of storms kept the harbour closed to all boats, officials said.', '',
    'The operator said it would add extra crossings through the weekend to clear the backlog of passengers waiting at the port.', '',
    ...below].join('\n') });
  it('reads the page’s date from the story, not from the dates of the related links under it', () => {
    // Monday of the link dated 2022-08-02 would be 2022-08-01; the story gives no year, so the page stays undated.
    expect(page('Related', 'August 2, 2022', 'April 13, 2020', 'January 3, 2020').page?.published ?? null).toBeNull();
  });
  it('still reads one date printed at the story’s foot as the page’s', () => {
    expect(page('August 2, 2022').page?.published).toBe('2022-08-02');
  });
});
