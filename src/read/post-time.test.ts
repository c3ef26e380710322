import { describe, expect, it } from 'vitest';
import { loggedListTimes, pageZone, postInstant, readPostTime } from './post-time';

describe('post times', () => {
  const cases: Array<[string, { clock: string | null; zone: string | null; day: string | null; weekday?: number; rest: string }]> = [
    ['9:05 a.m. ET, March 3, 2024', { clock: '09:05', zone: 'ET', day: '2024-03-03', rest: '' }],
    ['4:12 EDT: Officials said the bridge had closed.', { clock: '04:12', zone: 'EDT', day: null, rest: 'Officials said the bridge had closed.' }],
    ['10:20AM', { clock: '10:20', zone: null, day: null, rest: '' }],
    ['Posted at 8:15 PM', { clock: '20:15', zone: null, day: null, rest: '' }],
    ['14:32 GMT', { clock: '14:32', zone: 'GMT', day: null, rest: '' }],
    ['9:15 hours: Police in Vessby recovered a kilo of heroin this morning.', { clock: '09:15', zone: null, day: null, rest: 'Police in Vessby recovered a kilo of heroin this morning.' }],
    ['10:00 hours:', { clock: '10:00', zone: null, day: null, rest: '' }],
    ['• 2m ago (06:00 GMT)Photos: Families camp in the Vessby stadiumVessby – Hundreds of families spent the night in the stadium.', { clock: '06:00', zone: 'GMT', day: null, rest: 'Photos: Families camp in the Vessby stadiumVessby – Hundreds of families spent the night in the stadium.' }],
    ['•  (05:55 GMT)', { clock: '05:55', zone: 'GMT', day: null, rest: '' }],
    ['Sun. 14:32', { clock: '14:32', zone: null, day: null, weekday: 0, rest: '' }],
    ['Tue 3 Mar 2020 14.32 GMT', { clock: '14:32', zone: 'GMT', day: '2020-03-03', rest: '' }],
    ['March 3, 2024 at 9:05 a.m. EST', { clock: '09:05', zone: 'EST', day: '2024-03-03', rest: '' }],
    ['12:45 – Ferry operator suspends crossings', { clock: '12:45', zone: null, day: null, rest: 'Ferry operator suspends crossings' }],
    ['2h ago', { clock: null, zone: null, day: null, rest: '' }],
    // (Session 21: the age, then the time without brackets, then the post packed on the line.)
    ['2m ago 17.04 EDT Polls close in Vellmar Turnout was 58 per cent.', { clock: '17:04', zone: 'EDT', day: null, rest: 'Polls close in Vellmar Turnout was 58 per cent.' }],
    // The post's age printed after its time, run on or not, is the same stamp.
    ['10:52pm4 minutes ago', { clock: '22:52', zone: null, day: null, rest: '' }],
    ['9:05 AM · 2 hours ago', { clock: '09:05', zone: null, day: null, rest: '' }],
    // (An age inside the post's text is the text's.)
    ['4:12 EDT: The ferry left 3 hours ago.', { clock: '04:12', zone: 'EDT', day: null, rest: 'The ferry left 3 hours ago.' }],
    ['Just now', { clock: null, zone: null, day: null, rest: '' }],
    ['JUST NOW Crowds gather at the gate', { clock: null, zone: null, day: null, rest: 'Crowds gather at the gate' }],
    ['18:15 , Jo Reed', { clock: '18:15', zone: null, day: null, rest: '' }],
    // The post's writer after "by", on the time's line: the stamp alone, no text.
    ['Posted 11:52 a.m. by Elin Marsh', { clock: '11:52', zone: null, day: null, rest: '' }],
    ['1/8/21 @9:40 AM CST', { clock: '09:40', zone: 'CST', day: '2021-01-08', rest: '' }],
    ['25/03/2021, 14:05', { clock: '14:05', zone: null, day: '2021-03-25', rest: '' }],
    ['2023-06-24 18:15', { clock: '18:15', zone: null, day: '2023-06-24', rest: '' }],
    ['2022-10-01T23:07:59Z', { clock: '23:07', zone: 'UTC', day: '2022-10-01', rest: '' }],
    ['2022-10-01T01:48:21', { clock: '01:48', zone: null, day: '2022-10-01', rest: '' }],
    ['Saturday 18:15 BST', { clock: '18:15', zone: 'BST', day: null, weekday: 6, rest: '' }],
    ['Sat, 6:15pm', { clock: '18:15', zone: null, day: null, weekday: 6, rest: '' }],
    ['6.50amCrowds gather at the gates.', { clock: '06:50', zone: null, day: null, rest: 'Crowds gather at the gates.' }],
    ['• 3:59 PM IST', { clock: '15:59', zone: 'IST', day: null, rest: '' }],
    ['Update 12:30 p.m. EDT Sept. 6: The storm turned north.', { clock: '12:30', zone: 'EDT', day: null, rest: 'The storm turned north.' }],
    ['15:05 (UTC+5)', { clock: '15:05', zone: 'UTC+5', day: null, rest: '' }],
    ['1684325880', { clock: '12:18', zone: 'UTC', day: '2023-05-17', rest: '' }],
    ['Polls close across the country (5:00 p.m.)', { clock: '17:00', zone: null, day: null, rest: 'Polls close across the country' }],
    ['UPDATE 6:30 A.M. ON FEB. 17 - The grid operator reports power returning.', { clock: '06:30', zone: null, day: null, rest: 'The grid operator reports power returning.' }],
    ["15:10 'It's going to change the way we work'", { clock: '15:10', zone: null, day: null, rest: "'It's going to change the way we work'" }],
    ['20:35: The no-confidence vote seems destined to fail.', { clock: '20:35', zone: null, day: null, rest: 'The no-confidence vote seems destined to fail.' }],
    // The stamp labels are one list (`stampLabels`): "First" opening a post's text is no "First published".
    // A 24-hour time printed without its colon, with its zone: "2140 GMT — …".
    ['2140 GMT — Ferry operator suspends crossings', { clock: '21:40', zone: 'GMT', day: null, rest: 'Ferry operator suspends crossings' }],
    ['0130 GMT', { clock: '01:30', zone: 'GMT', day: null, rest: '' }],
    ['6.50amFirst, the crowd gathered at the gates.', { clock: '06:50', zone: null, day: null, rest: 'First, the crowd gathered at the gates.' }],
    ['Edited 9:05 a.m.: The ferry left the harbour.', { clock: '09:05', zone: null, day: null, rest: 'The ferry left the harbour.' }],
  ];
  for (const [text, want] of cases) {
    it(`reads "${text}"`, () => {
      expect(readPostTime(text)).toMatchObject(want);
    });
  }

  it('turns a zoned time into the instant it stands for, across daylight saving', () => {
    expect(postInstant(readPostTime('9:05 a.m. ET')!, '2024-01-15')).toEqual({ time: '2024-01-15T14:05:00Z', basis: 'stated' });
    expect(postInstant(readPostTime('9:05 a.m. ET')!, '2024-07-15')).toEqual({ time: '2024-07-15T13:05:00Z', basis: 'stated' });
  });

  it('reads a zone printed as its offset from UTC or GMT', () => {
    expect(postInstant(readPostTime('15:05 (UTC+5)')!, '2023-05-06')).toEqual({ time: '2023-05-06T10:05:00Z', basis: 'stated' });
    expect(postInstant(readPostTime('9:00 GMT-3')!, '2023-05-06')).toEqual({ time: '2023-05-06T12:00:00Z', basis: 'stated' });
    expect(readPostTime('Update 12:30 p.m. EDT Sept. 6: The storm turned north.')?.monthDay).toEqual({ m: 8, d: 6 });
  });

  it('reads the zone a page states for all its times, after a place', () => {
    expect(pageZone([{ text: 'Key developments (All times Harbourton, GMT+3)' }])).toBe('GMT+3');
    expect(pageZone([{ text: 'All times stated are GMT' }])).toBe('GMT');
  });

  it('keeps a time without a zone as an estimate: the order within the day, not the hour', () => {
    expect(postInstant(readPostTime('10:20AM')!, '2024-03-03')).toEqual({ time: '2024-03-03T10:20:00Z', basis: 'estimated' });
  });
});

describe('post times: text that is not one', () => {
  for (const text of ['2.50 million people were evacuated.', '10 people died in the flooding', 'At 10:30, the minister spoke.',
    'The 9/11 commission met', '25:10 GMT', '13:75', 'After 9:15 hours of talks, they agreed.', '(2:15)', '• 9am: Guests arrive at the harbour', 'Covid-19 cases rose', '1.5 degrees of warming', 'In 2022 the plant closed.',
    '18:15, the ferry left Harbourton', '1/8/21 was the deadline', '3/4/2021 12 people were hurt', '13/13/21 @9:40 AM',
    'Saturday 18 people were rescued', '2023-06-24 was the deadline', 'Friday 12 June',
    // A running time with seconds, without the ISO date that makes it a stamp.
    '23:07:59', '01:48:21Z',
    // A schedule's entry under a bullet; a lower-case word glued to a time.
    '- 9am: Guests arrive at the abbey', '• 11am: The service begins', '6.50amid the crowds',
    // A page's date lines run together.
    'Published 8:02 AMUpdated 9:30 AM EDT',
    // Numbers that are no seconds since 1970: a phone number, a count.
    '3309219254', '168432588', '16843258801',
    // A span in brackets after a headline.
    'The meeting ran for two hours (10:00 to 12:00)',
    // A possessive after a number is no quoted headline.
    "12:45 's share",
    // A video's running time and source, under the video's title.
    '01:39 - Source: Harbour News', '02:47 – Video: Harbour News',
    // A page's stamp glued after a time, by any label of `stampLabels`.
    '9:30 AMLast modified 10:00 AM', '9:30 AMUpdated 10:00 AM',
    // Four digits without a zone are a year or a count; without a colon no hour past 23.
    '1915 was the year the harbour opened', '2120 people were evacuated', '2430 GMT - Talks end',
    // A line of prose with no digit and no "just now" holds no time.
    'Updated: Crowds gather at the gate as the ferry is delayed – Harbour News']) {
    it(`gives nothing for "${text}"`, () => {
      expect(readPostTime(text)).toBeNull();
    });
  }
});

describe('post times run onto a headline (session 7)', () => {
  it('reads "…leaderpublished at 20:43 Greenwich Mean Time 15 January 2019" as the post’s time and day', () => {
    const t = readPostTime("3. Talks 'a failure' says leaderpublished at 20:43 Greenwich Mean Time 15 January 2019");
    expect(t).toMatchObject({ clock: '20:43', zone: 'GMT', day: '2019-01-15', rest: "3. Talks 'a failure' says leader" });
  });

  it('reads no post time in a sentence that tells when something was published', () => {
    expect(readPostTime('The figures were published at 09:05')).toBeNull();
    expect(readPostTime('He said the report was published at 10:30 on Monday.')).toBeNull();
  });
});

describe('post times of unseen pages (session 9)', () => {
  it('reads "Updates - 4:16 PM ET: …" and a first version\'s "ORIGINAL 3:59 p.m. ET:" as post times', () => {
    expect(readPostTime('Updates - 4:16 PM ET: A ruling has been reached:')?.clock).toBe('16:16');
    expect(readPostTime('Update - 3:33 PM ET: The lawyers met the judge.')?.clock).toBe('15:33');
    expect(readPostTime('ORIGINAL 3:59 p.m. ET:')?.clock).toBe('15:59');
  });

  it('leaves the time after a page\'s date line ("… Published March 13, 2023 | 05:40 PM") to the date', () => {
    expect(readPostTime('Jo Reed Published March 13, 2023 | 05:40 PM')).toBeNull();
    expect(readPostTime('Storm reaches the coast | 05:40 PM')?.clock).toBe('17:40');
  });

  it('reads a match minute opening a post ("77 min: …", "73 min TRY: …") as a post start without a clock', () => {
    expect(readPostTime('77 min: The fly-half lines up a drop goal but pushes it wide.')).toMatchObject({ clock: null, rest: 'The fly-half lines up a drop goal but pushes it wide.' });
    expect(readPostTime('73 min TRY: The wing steps through the defence.')?.rest).toBe('The wing steps through the defence.');
    expect(readPostTime('45+2 mins: Half-time whistle.')?.clock).toBeNull();
    // Minutes in a sentence are no post start.
    expect(readPostTime('77 minutes of play were lost to the rain.')).toBeNull();
  });
});

describe('post times of unseen pages (session 14)', () => {
  it('reads a numbered update with its time in square brackets ("Update 37 [16:50]") as a post time', () => {
    expect(readPostTime('Update 37 [16:50]')).toMatchObject({ clock: '16:50', rest: '' });
    expect(readPostTime('Update 12 [21:05 March 3rd]')).toMatchObject({ clock: '21:05', monthDay: { m: 2, d: 3 }, rest: '' });
  });

  it('reads a time over a writer\'s name the copy cut to one word ("06:35 , Ilka") as a post time', () => {
    expect(readPostTime('06:35 , Ilka')).toMatchObject({ clock: '06:35', rest: '' });
    expect(readPostTime('06:35 , the council said')).toBeNull();
  });

  it('leaves brackets that hold no time, or a time with words after it, alone', () => {
    expect(readPostTime('Update 3 [see below]')).toBeNull();
    expect(readPostTime('Update 3 [16:45 the count resumes]')).toBeNull();
    expect(readPostTime('Update 37 on the count in Harbourton')).toBeNull();
  });
});

describe('post times of unseen pages (session 15)', () => {
  it('reads a day printed after a colon, when the day is all that follows, as the stamp’s day', () => {
    expect(readPostTime('Update 10:30 a.m. CDT: Aug. 27:')).toMatchObject({ clock: '10:30', zone: 'CDT', monthDay: { m: 7, d: 27 }, rest: '' });
    // (A post's text that opens on a date keeps it.)
    expect(readPostTime('4:12 EDT: March 3 was the day the dam broke.')).toMatchObject({ clock: '04:12', monthDay: null, rest: 'March 3 was the day the dam broke.' });
  });

  it('never reads a programme’s slot as a post time', () => {
    expect(readPostTime('Drive with Jo Reed 4pm - 6pm')).toBeNull();
    expect(readPostTime('Vela Ostrand 16:00–18:00')).toBeNull();
    expect(readPostTime('4pm - 6pm')).toBeNull();
    // (A post's time after its headline still is one.)
    expect(readPostTime('Ferry operator suspends crossings — 4:15 p.m.')).toMatchObject({ clock: '16:15', rest: 'Ferry operator suspends crossings' });
  });
});

describe('post times of unseen pages (session 16)', () => {
  it('reads an update label with its stamp in brackets ("Update (4/2/21, 7:15 p.m.) – …") as a post time, in a list too', () => {
    expect(readPostTime('Update (4/2/21, 7:15 p.m.) – The Harbourton council said it would meet.'))
      .toMatchObject({ clock: '19:15', day: '2021-04-02', rest: 'The Harbourton council said it would meet.' });
    expect(readPostTime('• Update (4/2/21, 7:15 p.m.) – The Harbourton council said it would meet.'))
      .toMatchObject({ clock: '19:15', day: '2021-04-02', rest: 'The Harbourton council said it would meet.' });
    expect(readPostTime('UPDATE (9:40 a.m.): Ferries resume.')).toMatchObject({ clock: '09:40', rest: 'Ferries resume.' });
  });

  it('reads no post time in an update label whose brackets hold no time', () => {
    expect(readPostTime('Update (see below) – The council met.')).toBeNull();
    expect(readPostTime('• Update (two hours later) – The council met.')).toBeNull();
    expect(readPostTime('Update (4/2/21, 7:15 p.m. the vote) – The council met.')).toBeNull();
  });

  it('reads "7:40 p.m. on Monday (1840 GMT): …", a weekday after "on" and the same instant in another zone, as a post time', () => {
    expect(readPostTime('7:40 p.m. on Monday (1840 GMT): The Kessel envoy walks out of the talks.'))
      .toMatchObject({ clock: '19:40', weekday: 1, rest: 'The Kessel envoy walks out of the talks.' });
    expect(readPostTime('2:05 a.m. (0105 GMT): Ferries resume, the port says.')).toMatchObject({ clock: '02:05', rest: 'Ferries resume, the port says.' });
    expect(readPostTime('9:30 on Monday was when the ferry left')).toBeNull();
  });
});

describe('a day\'s log printed as a list (session 16)', () => {
  it('reads bulleted lines that open on a time and report who said what as posts, past the bullet', () => {
    const log = ['- 7:40 p.m. on Monday (1840 GMT): Kessel\'s trade minister says Varnholm broke the shipping accord.',
      '- 2:05 a.m. (0105 GMT): Some 60 dockers walk out of the terminal, broadcaster VRT reports',
      '- 9:15 a.m. (0815 GMT): Mayor Vela Ostrand says she wants the standoff over without force.', 'Text under the list.'];
    const t = loggedListTimes(log);
    expect(t.map((x) => x?.clock ?? null)).toEqual(['19:40', '02:05', '09:15', null]);
    expect(log[0]!.slice(t[0]!.restAt)).toBe('Kessel\'s trade minister says Varnholm broke the shipping accord.');
  });

  it('reads no time from an age over a count (session 21)', () => {
    expect(readPostTime('3 hours ago 2 people were hurt in the blast.')).toBeNull();
  });
  it('leaves a schedule\'s list, or two timed bullets, no posts', () => {
    expect(loggedListTimes(['• 9am: Guests arrive at the harbour', '• 10:20am: The King leaves the palace in the state coach', '• 11am: The service begins']).every((x) => x === null)).toBe(true);
    expect(loggedListTimes(['- 7:40 p.m.: The envoy says the talks failed.', '- 9:15 p.m.: The mayor says she is confident.']).every((x) => x === null)).toBe(true);
  });
});

describe('post times of unseen pages (issue 10, session 24)', () => {
  it('reads an update\'s label "Update from <Month day> at <time>:" as a post time with its day', () => {
    expect(readPostTime('Update from January 2 at 9:40 a.m.:')).toMatchObject({ clock: '09:40', monthDay: { m: 0, d: 2 }, rest: '' });
    expect(readPostTime('Update from Dec. 31 at 11:05 p.m. ET: The pass was closed.')).toMatchObject({ clock: '23:05', zone: 'ET', monthDay: { m: 11, d: 31 }, rest: 'The pass was closed.' });
    expect(readPostTime('UPDATE FROM March 3, 2023 at 4 p.m.:')).toMatchObject({ clock: '16:00', day: '2023-03-03', rest: '' });
    // (A sentence that names where an update came from is no stamp.)
    expect(readPostTime('Update from the council at 4 p.m.: roads stay shut')).toBeNull();
  });
});

describe('post times printed in two zones (issue 10, session 24)', () => {
  it('reads "10am EST, 6pm EAT" and "10:30 am IST / 5 am GMT" as the first time in its zone, the second the same instant', () => {
    expect(readPostTime('10am EST, 6pm EAT')).toMatchObject({ clock: '10:00', zone: 'EST', rest: '' });
    expect(readPostTime('9:42am EST, 5:42pm EAT')).toMatchObject({ clock: '09:42', zone: 'EST', rest: '' });
    expect(readPostTime('10:30 am IST / 5 am GMT')).toMatchObject({ clock: '10:30', zone: 'IST', rest: '' });
    // (The second time is skipped, not read: a copy's slip in it leaves the stamp.)
    expect(readPostTime('9:15am. EST, 5:1pm EAT')).toMatchObject({ clock: '09:15', zone: 'EST', rest: '' });
    // (A second time that is no zone's stays text: "10am EST, 6 people were hurt" is no stamp.)
    expect(readPostTime('10am EST, 6 people were hurt')).toBeNull();
  });
});
