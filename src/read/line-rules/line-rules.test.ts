import { describe, expect, it } from 'vitest';
import { LINE_RULES, type PageLine } from '.';
import { bylineShaped, writerNameShaped } from './byline';
import { hasCredit } from './credit';
import { datelineShaped, wireDatelineAlone } from './dateline';
import { embeddedMediaShaped } from './embedded-media';
import { liveChromeShaped } from './live-chrome';
import { signOffShaped } from './sign-off';
import { pageBannerShaped } from './page-banner';
import { navigation, siteChromeShaped } from './site-chrome';

/** Lines in one block, as the page would give them. */
const block = (...texts: string[]): PageLine[] => texts.map((text, i) => ({ no: i + 1, text, blockSize: texts.length, inBlock: i }));
const reasonOf = (text: string) => LINE_RULES.find((r) => r.test(block(text), 0))?.reason ?? null;

describe('line rules', () => {
  it('names each kind of furniture by its first matching rule', () => {
    expect(reasonOf('Rescuers dig through rubble in the old town. Photograph: Jo Smith/Agence Exemple')).toBe('credit');
    expect(reasonOf('Child pulled from rubble after two days in Harbourton – video')).toBe('caption');
    expect(reasonOf('Floods across the delta - in pictures')).toBe('caption');
    expect(reasonOf('Published 19 May 2022')).toBe('dateline');
    expect(reasonOf('12th December 2019')).toBe('dateline');
    expect(reasonOf('Sun. Jan 24th, 2021')).toBe('dateline');
    expect(reasonOf('12-13 December 2019 | Local News')).toBe('dateline');
    expect(reasonOf('October 2, 2019 | 4 min read')).toBe('dateline');
    expect(reasonOf('October 2, 2019 | Police arrest two men after the harbour fire.')).toBe(null);
    expect(reasonOf('Back to Blog')).toBe('chrome');
    expect(reasonOf('13 UpdatesAuto updates')).toBe('chrome');
    expect(reasonOf('These updates were written by Ada Berg, Tom Lind and Mira Castell.')).toBe('byline');
    expect(reasonOf("Today's live coverage was brought to you by Ada Berg and Tom Lind.")).toBe('byline');
    expect(reasonOf("That's all from the live team for this evening, thank you for joining us.")).toBe('chrome');
    expect(reasonOf('The page was edited to remove the names of the victims, the council said.')).toBe(null);
    expect(reasonOf('3 updates on the storm')).toBe(null);
    expect(reasonOf('STREAMING NOW: Watch Now')).toBe('chrome');
    expect(reasonOf('Issued on: 04/08/2020')).toBe('dateline');
    expect(reasonOf('Posted , updated')).toBe('dateline');
    expect(reasonOf('That’s all for the blog tonight')).toBe('chrome');
    expect(reasonOf('A view of the harbour after the blast on August 4, 2020. © Jo Reed, Example Wire')).toBe('credit');
    expect(reasonOf('The winner of the final on Thursday, August 1. Photo Example Wire.')).toBe('credit');
    expect(reasonOf('Crowds at the harbour on Sunday. Photo by Jo Reed')).toBe('credit');
    expect(reasonOf('Rescuers search a house on Monday. Photo by Jo Reed/Example Wire | License Photo')).toBe('credit');
    expect(reasonOf('Fans gather outside the arena in Harbourton, 26 January 2020. HNA-EXW/JO W. REED')).toBe('credit');
    expect(reasonOf('Prime Minister Ana VellImage source, Example Images')).toBe('credit');
    expect(reasonOf('Ada Berg (C) dunks the ball in Kessby, 21 May 2012 (reissued 26 January 2020). HNA-EXW FILE/ADA BERG AGENCY OUT')).toBe('credit');
    expect(reasonOf('The finish was so close it needed a photo finish to settle.')).toBe(null);
    expect(reasonOf('Jo Reed Published March 13, 2023 | 05:40 PM')).toBe('dateline');
    expect(reasonOf('Jo Reed met the minister on March 13, 2023.')).toBe(null);
    expect(reasonOf('Text by:Example News')).toBe('byline');
    expect(reasonOf('Author: Jo Reed')).toBe('byline');
    expect(reasonOf('Ada Berg17 May 2023 12:18')).toBe('byline');
    expect(reasonOf('-Ada Berg')).toBe('byline');
    expect(reasonOf('— Tom Lind')).toBe('byline');
    expect(reasonOf('THIS IS A DEVELOPING STORY AND WILL BE UPDATED AS MORE INFORMATION BECOMES AVAILABLE')).toBe('chrome');
    expect(reasonOf('This is an establishing story. We will upgrade this page with more reports as they come in')).toBe('chrome');
    expect(reasonOf('Video of the blast from the harbour pic.example/abc — Jo Reed (@joreed) August 4, 2020')).toBe('caption');
    expect(reasonOf('Tuesday 3 March 2020')).toBe('dateline');
    expect(reasonOf('June 23')).toBe('dateline');
    expect(reasonOf('Saturday, 24 June')).toBe('dateline');
    expect(reasonOf('By Greta Holm, Nordic correspondent')).toBe('byline');
    expect(reasonOf('From Northline’s Ada Berg and Tom Lind')).toBe('byline');
    // One list of staff roles (newsroomRoles and newsroomCardRoles) for the byline and the reporter's card.
    expect(reasonOf('From producer Ada Berg in Kessby')).toBe('byline');
    expect(reasonOf('From staff writer Ada Berg in Kessby')).toBe('byline');
    expect(LINE_RULES.find((r) => r.test(block('Ada Berg', 'Senior political columnist'), 0))?.reason).toBe('byline');
    expect(LINE_RULES.find((r) => r.test(block('Ada Berg', 'Chief market analyst'), 0))?.reason).toBe('byline');
    expect(LINE_RULES.find((r) => r.test(block('Ada Berg', 'Chief market strategist'), 0))?.reason ?? null).toBe(null);
    // One list of stamp labels for every date line ("Last modified", "Edited").
    expect(reasonOf('Last modified: 04/08/2020')).toBe('dateline');
    expect(reasonOf('Edited , last modified')).toBe('dateline');
    expect(reasonOf('From Northline staff in Harbourton')).toBe('byline');
    expect(reasonOf('From journalist Ada Berg in Harbourton')).toBe('byline');
    expect(reasonOf('Edited by Malin Corrie and Oskar Ruud')).toBe('byline');
    expect(reasonOf('Ada Berg (now); Tom Lind, Jo Reed and Sam Ortiz (earlier)')).toBe('byline');
    expect(reasonOf('Source: Example News and news agencies')).toBe('attribution');
    expect(reasonOf('16 posts')).toBe('chrome');
    expect(reasonOf('The live blog is now closed, thank you for joining us.')).toBe('chrome');
    expect(reasonOf('This liveblog coverage has ended. Click here for the latest news on the vote count.')).toBe('chrome');
    expect(reasonOf('Share on Facebook')).toBe('chrome');
    expect(reasonOf('Comments 14')).toBe('chrome');
    expect(reasonOf('Sign up for the Morning Briefing')).toBe('chrome');
    expect(reasonOf('We and our partners use cookies to store and access information on your device.')).toBe('chrome');
    expect(reasonOf('Create a free account to read three live pages a month')).toBe('chrome');
    expect(reasonOf('© 2022 Example Media Group. All rights reserved.')).toBe('chrome');
    expect(reasonOf('Thank you for reading our coverage so far. We are closing this blog and will continue in a new one.')).toBe('chrome');
    expect(reasonOf('With that, I’m handing over to my colleague Ada Berg.')).toBe('chrome');
    expect(reasonOf('Sam Ortiz here, taking over from Lena as we head into the evening.')).toBe('chrome');
    expect(reasonOf('Join us again tomorrow for all the news as it happens.')).toBe('chrome');
  });

  it('keeps a post headline that starts like furniture when its byline and text follow', () => {
    const post = [{ no: 1, text: 'Catch up on today’s developments in Harbourton', blockSize: 1, inBlock: 0 }, { no: 3, text: 'By Ada Berg', blockSize: 1, inBlock: 0 },
      { no: 5, text: 'It has been an eventful day for residents still reeling from last month’s floods, the council said.', blockSize: 1, inBlock: 0 }];
    expect(LINE_RULES.find((r) => r.test(post, 0))?.reason ?? null).toBeNull();
    expect(reasonOf('Catch up on today’s developments in Harbourton')).toBe('chrome');
  });

  it('finds a menu: three or more short entries stacked in one block', () => {
    const menu = block('UK', 'World', 'Business', 'Politics');
    expect(menu.every((_, i) => navigation.test(menu, i))).toBe(true);
    const two = block('World', 'Europe', 'The agreement was signed in the capital on Thursday by both ministers.');
    expect(navigation.test(two, 0)).toBe(false);
  });
});

describe('line rules: story text that must stay', () => {
  const story = [
    'Rescuers pulled a woman alive from the rubble on Wednesday, officials said.',
    'By Monday, the death toll had risen to 300.',
    'From Monday, all shops in the province will close at 6pm.',
    'From journalists in Harbourton came the first reports of the blast.',
    '“If you sign up for the scheme, you will be paid within a week,” the minister said.',
    'Twitter suspends minister’s account over false flood claims',
    'What you need to know about the flood defences',
    'Summary of the budget: who pays more',
    'The ministry said 14 comments had been received from councils.',
    'Share prices fell sharply on Monday as investors weighed the damage.',
    'Live cattle exports were halted after the storm.',
    'Published in 1952, the report warned of floods.',
    'Death toll rises to 287',
    'Parliament approves reconstruction fund',
    'The premier is handing over to her deputy while she recovers from surgery.',
    'The governor said he was handing over to the state police.',
    'Thanksgiving parade goes ahead despite the storm',
    'Join us or leave, the union leader told striking workers.',
    'June 23 vote postponed',
    'Ada Berg (pictured) wins the Harbourton mayoral race',
    'Minister bans filming in courts – and video of hearings',
    'Watch: the council vote on the new bridge',
    'The storm is a developing threat to the coast, forecasters said.',
    '“This is a developing story,” the spokesman told reporters as the storm approached the harbour.',
    'Crowds gathered at the harbour, and the mayor, who said the damage would take weeks to repair, thanked the rescue teams who had worked through the night on the collapsed warehouse — Jo Reed (@joreed) August 4, 2020',
    'Published 04/08/2020 figures show the toll rising.',
    'The union said it would join the fight alongside the AFL/CIO.',
    'The open source, free software project said it would fork the code.',
    'Clinics have treated patients since 1990. They work on HIV/AIDS prevention.',
  ];
  for (const text of story) {
    it(`keeps "${text}"`, () => {
      expect(reasonOf(text)).toBeNull();
      expect([hasCredit(text), datelineShaped(text), bylineShaped(text), liveChromeShaped(text), signOffShaped(text), siteChromeShaped(text), embeddedMediaShaped(text)]).toEqual([false, false, false, false, false, false, false]);
    });
  }
});

describe('line rules: a site\'s address as a picture\'s credit', () => {
  it('reads a caption whose credit names a web address as a caption', () => {
    expect(hasCredit('The mayor has confirmed the bridge at Harbourton will close (Picture: Harbourton.example.com)')).toBe(true);
    expect(hasCredit('Ferry crews at the quay on Monday (Photo: Harbourton.example.org)')).toBe(true);
  });
  it('leaves a sentence that only mentions a picture and a site alone', () => {
    expect(hasCredit('Image: the council says more at harbourton.example.com. Residents are asked to wait')).toBe(false);
    expect(hasCredit('The mayor posted a photo on harbourton.example.com on Monday.')).toBe(false);
  });
});

describe('line rules: credits and reporters of unseen pages (session 7)', () => {
  it('reads a credit after a dash as a caption’s end', () => {
    expect(hasCredit('The captain and her side came up short in the final in Harbourton - Cupco/Example Images')).toBe(true);
    expect(hasCredit('Ada Berg - Tom Lind/Northline')).toBe(true);
    expect(hasCredit('Ferry strike - what it means for travellers')).toBe(false);
    expect(hasCredit('Talks resume - union says deal is close')).toBe(false);
  });

  it('reads the outlet’s reporter on the spot as a byline, not a headline', () => {
    expect(reasonOf('Northline Sport’s Ada Berg at the Harbour Stadium')).toBe('byline');
    expect(reasonOf('Example News’s Tom Lind in Port Elda')).toBe('byline');
    expect(reasonOf('Harbour’s mayor Ada Berg resigns in Port Elda')).toBe(null);
    expect(reasonOf('Northline’s chief says talks will resume in Port Elda')).toBe(null);
  });
});

describe('line rules: chrome of pages never seen', () => {
  it('reads age stamps and summary headings that name their subject first as chrome', () => {
    expect(siteChromeShaped('Harbourside Herald 1 week ago')).toBe(true);
    expect(siteChromeShaped('3 hours ago')).toBe(true);
    expect(siteChromeShaped('Typhoon Harbour at a glance')).toBe(true);
    expect(siteChromeShaped('What we covered here')).toBe(true);
    expect(siteChromeShaped('The storm hit the coast two days ago')).toBe(false);
    expect(siteChromeShaped('Storm hit the coast 2 days ago')).toBe(false);
  });

  it('reads a "Credit…" line as a credit and "As it happenedended1665192656" as live chrome', () => {
    expect(hasCredit('Credit…Jo Reed/Agence Example — Example Images')).toBe(true);
    expect(liveChromeShaped('As it happenedended1665192656')).toBe(true);
    expect(liveChromeShaped('As it happened, the council met again')).toBe(false);
  });
});

describe('line rules: the writer named twice', () => {
  it('takes a name alone above the byline that names it again as the byline, and keeps other names', () => {
    const page = block('Crowds at the harbour today. Picture: Example Wire', 'Ada Berg', 'By Ada Berg');
    expect(LINE_RULES.find((r) => r.test(page, 1))?.reason).toBe('byline');
    const other = block('Crowds at the harbour today. Picture: Example Wire', 'Harbour Town', 'By Ada Berg');
    expect(LINE_RULES.find((r) => r.test(other, 1))?.reason ?? null).toBe(null);
  });
});

describe('a banner about the page itself', () => {
  it('is site furniture: an archive\'s or change tracker\'s note, its version switches and the gaps between versions', () => {
    for (const t of [
      "This article is from the source 'harbour-courier' and was first published or seen on May 3, 2022, 9:12 a.m. It last changed 19 days ago and won't be checked again for changes.",
      'The article has changed 4 times. There is an RSS feed of changes available.',
      'Version 3 Version 4',
      '(35 minutes later)',
      '(2 days later)',
      'Editor’s note: This is a live account of the storm from Thursday, March 3, as the day unfolded. It is no longer being updated. Click here to see the most recent news.',
    ]) {
      expect(pageBannerShaped(t)).toBe(true);
      expect(reasonOf(t)).toBe('chrome');
    }
  });

  it('never takes news about changes or versions for one', () => {
    for (const t of [
      'The council said the plan has changed twice since the spring.',
      'Version 2 of the app will be released on Monday, the company said.',
      'Rescuers reached the village 35 minutes later, the fire service said.',
      'The ferry timetable is no longer being updated online, the operator said on Monday.',
      '“It last changed hands in 1990,” the owner said of the mill, which has stood on the quay since 1870 and was first published in a guide of the harbour.',
    ]) expect(pageBannerShaped(t)).toBe(false);
  });
});

describe('a reading-time widget (session 16)', () => {
  it('is site furniture in every form a page prints it', () => {
    for (const t of ['4 min read', '3 minute read', '3-minute read', 'Reading Time: 5 minutes', 'Reading time 3 min', 'Estimated reading time: about 2 min', 'Estimated read time: 3 min', 'Reading time:', '12 mins', 'Print this page']) {
      expect(siteChromeShaped(t), t).toBe(true);
    }
  });

  it('never takes a story line about time or reading for one', () => {
    for (const t of ['Reading time at the Harbourton library doubles', 'Read time capsule letters, the mayor urges', '7 minutes of silence for the victims', 'Print this page of history, says Vela Ostrand', 'Reading, the town council said, will host the final']) {
      expect(siteChromeShaped(t), t).toBe(false);
    }
  });
});

describe('a writer\'s card (session 16)', () => {
  it('is a name alone, bulleted or not', () => {
    for (const t of ['Jo Reed', '• Jo Reed', '• Ada Berg']) expect(writerNameShaped(t), t).toBe(true);
  });
  it('is never a bulleted headline in capitals', () => {
    for (const t of ['• FERRY HALTED', '• QUAYS EMPTY']) expect(writerNameShaped(t), t).toBe(false);
  });
});

describe('a wire dateline alone on its line; a post time is no menu entry (issue 10, session 24)', () => {
  const lines = block;
  it('reads "CITY, Country (Agency) —" alone as a dateline', () => {
    for (const t of ['DUNMERE, Norland (Agency) —', 'DUNMERE (Agency) -', 'PORT ELDA, Norland —']) expect(wireDatelineAlone.test(lines(t), 0)).toBe(true);
    // (A dateline with its paragraph, or a headline in capitals, is none.)
    expect(wireDatelineAlone.test(lines('DUNMERE, Norland (Agency) — Schools closed at noon.'), 0)).toBe(false);
    expect(wireDatelineAlone.test(lines('BREAKING —'), 0)).toBe(false);
  });
  it('does not make a menu of a post time, a short headline and such a dateline', () => {
    const post = lines('13:05 GMT', 'Schools shut early', 'DUNMERE, Norland (Agency) —', 'Schools in Dunmere closed at noon, the council said.');
    expect(navigation.test(post, 1)).toBe(false);
    expect(navigation.test(lines('UK', 'World', 'Business'), 1)).toBe(true);
  });
});
