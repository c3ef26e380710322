import { describe, expect, it } from 'vitest';
import { closingPost } from './closing-post';
import { readSeed } from './read-seed';

describe('closing posts: the blog closing or recapping itself is no item', () => {
  it('a farewell headline over the writers closing the coverage', () => {
    expect(closingPost('1. Goodnight from us', 'We’re closing our live coverage of the Harbourton floods for tonight.')).toBe(true);
  });
  it('a headline that is a sign-off, its list number aside', () => {
    expect(closingPost('3. We are wrapping up our coverage', 'Nearly there. It has been a long night.')).toBe(true);
  });
  it('a greeting over a note that the team is done for the day', () => {
    expect(closingPost('Thanks, and good night', 'That’s all from the live team, and we will be back in the morning.')).toBe(true);
  });
  it('a note that names the blog it closes, after "that\'s all" (session 21)', () => {
    expect(closingPost('Goodnight', 'That’s all for our live coverage today.')).toBe(true);
    expect(closingPost('Storm passes', 'That’s all the rain the county will see this week, forecasters said.')).toBe(false);
    // A blog noun without "for/from our/this/the" names no blog.
    expect(closingPost('New law', 'That’s all we know about the updates to the law so far, the ministry said.')).toBe(false);
  });
  it('a summary heading alone, numbered as a post', () => {
    expect(closingPost('2. Key points', 'Two people have died in the storm.')).toBe(true);
  });
  it('a recap that opens on the reader just joining', () => {
    expect(closingPost('Where we are', 'If you’re just joining us, here’s a recap of the day so far:')).toBe(true);
  });
  it('a recap announced as the blog draws to a close', () => {
    expect(closingPost('What has been happening?', 'We are now drawing this live page to a close, so here is a recap:')).toBe(true);
  });
});

describe('opening posts: the blog welcoming its reader is no item (session 16)', () => {
  it('a headline that welcomes the reader to the day\'s live page', () => {
    expect(closingPost('2. Welcome to Monday\'s storm live page', 'Morning everyone! We will be bringing you updates throughout the day.')).toBe(true);
  });
  it('a first paragraph that welcomes the reader, after a short greeting', () => {
    expect(closingPost('Good morning', 'Morning everyone! Welcome to our live coverage of the Harbourton floods.')).toBe(true);
    expect(closingPost('Day two', 'Good morning and welcome back to the live blog on the ferry strike.')).toBe(true);
  });
});

describe('closing posts: negative cases', () => {
  it('news of a welcome is news', () => {
    expect(closingPost('Harbourton welcomes the ferry back', 'Crowds gathered on the quay to welcome the ferry back to the harbour page by page of its history.')).toBe(false);
    expect(closingPost('Mayor opens new port office', 'Mayor Vela Ostrand said the town would welcome to its port every crew that needs shelter, the council said in its updates.')).toBe(false);
    // a headline opening on "Welcome to" that names no blog of its own
    expect(closingPost('Welcome to the new page of history', 'The council voted on Monday to rename the old harbour after its first ferry crew.')).toBe(false);
    expect(closingPost('Welcome to Harbourton, read the sign on the page', 'The town’s new sign was put up on Monday by the council.')).toBe(false);
    expect(closingPost('Ferry back', 'Welcome to Harbourton, the sign on the quay reads, as the ferry returns with new updates to its timetable.')).toBe(false);
  });
  it('news about something closing is news', () => {
    expect(closingPost('Port Elda closes its ferry terminal', 'The port authority said it was closing the terminal until the storm passed.')).toBe(false);
  });
  it('a handover between writers opens a post that goes on', () => {
    expect(closingPost('Strikers rally outside the terminal', 'Sam Ortiz here, taking over from Lena Vos for the evening.')).toBe(false);
  });
  it('a summary heading that names its subject heads an analysis post', () => {
    expect(closingPost('2. Key takeaways from the council vote', 'With most results in, here is what we learned.')).toBe(false);
  });
  it('a minister ending a programme is news', () => {
    expect(closingPost('Minister ends fuel subsidy', 'Minister Vela Ostrand said the subsidy would end in May.')).toBe(false);
  });
});

describe('closing posts in a numbered live page', () => {
  const page = [
    'Live Reporting', '', 'All times stated are UK', '',
    '  1. Goodnight from us', '', '    We’re closing our live coverage of the Harbourton floods for tonight.', '',
    '    • The river peaked at 5.2m on Tuesday', '    • Some 300 homes were evacuated', '',
    '  2. Harbourton river peaks at record level', '',
    '    The river in Harbourton peaked at 5.2m on Tuesday, the flood agency said, the highest level on record.', '',
    '    About 300 homes in the lower town were evacuated overnight, council officials said.', '',
  ].join('\n');
  it('keeps the news post and drops the farewell', () => {
    const r = readSeed({ name: 'live.txt', text: page });
    expect(r.items.map((i) => i.line)).toEqual([12]);
    expect(r.report.dropped_samples?.some((d) => d.reason === 'closing-post')).toBe(true);
  });
});

describe('closing posts: the last update ends on a sign-off under its news', () => {
  const page = [
    'This live blog is now closed.', '',
    'Update 2 [19:40]', '',
    'With all the ballots counted, the Harbour List has won 31 of the 60 council seats, the elections office said.', '',
    'Thank you for following our coverage!', '',
    'Update 1 [09:15]', '',
    'Turnout in Harbourton reached 58%, the highest in twenty years, the elections office said.', '',
  ].join('\n');
  it('keeps the update: the news comes before the goodbye', () => {
    expect(readSeed({ name: 'live.txt', text: page }).items.map((i) => i.line)).toEqual([5, 11]);
  });
});

describe('closing posts: a live page cut at its repeated date line (session 21)', () => {
  const page = [
    'Dock strike live: Calder port quiet as crews walk out', '',
    'Cranes stood idle at Calder port on Friday as dockers began a two-day strike.', '',
    '4 October 2024', '', 'Goodnight', '', 'That’s all for our live coverage today.', '', 'We will be back on Saturday morning.', '',
    '4 October 2024', '', 'Port owner calls for talks', '', 'The Calder Port Company said on Friday it wanted talks with the dockers’ union before the weekend.', '',
    '4 October 2024', '', 'Lorries queue outside the gates', '', 'More than 200 lorries were waiting outside the port’s main gate by the evening, the haulage association said.',
  ].join('\n');
  it('the closing block under a heading of any shape is no item; the posts are', () => {
    const r = readSeed({ name: 'live.txt', text: page });
    expect(r.items.map((i) => i.line)).toEqual([15, 21]);
  });
});

describe('closing posts: the blog closed in the third person (issue 10, session 23)', () => {
  it('"That wraps up …’s live coverage" closes the blog', () => {
    expect(closingPost('Polls close', 'That officially wraps up the Courier’s live coverage of the Harbourton vote. To recap, the plan passed.')).toBe(true);
    expect(closingPost('Port plan passes', 'That concludes a long count, the town clerk said.')).toBe(false);
  });
});
