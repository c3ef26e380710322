import { describe, expect, it } from 'vitest';
import { readSeed } from './read-seed';

const read = (text: string, url = 'https://example.test/news/page') => readSeed({ name: 'page.txt', text: `---\nurl: ${url}\npublished: 2023-06-02\n---\n${text}` });
const lines = (r: ReturnType<typeof read>) => r.items.map((i) => i.line - 4);

describe('a live page whose posts are the list ending its copy, under a line handing over to it (listed-posts.ts)', () => {
  it('reads numbered paragraphs under the intro and "Here are the latest updates on …:" as posts, the intro as none', () => {
    const r = read('Dam breach live updates: villages below the Marl reservoir evacuated\nWater began pouring through a crack in the Marl dam before dawn on Friday, and police moved 3,000 people out of four villages below it.\n\nEngineers said the crack had widened overnight after a week of heavy rain.\n\nHere are the latest updates on the Marl dam breach:\n\n1. The regional governor declared a state of emergency in the Marl valley, his office said.\n\n2. Army engineers began laying sandbags along the river bank at Oster, a spokesman said.\n\n3. The valley railway suspended all trains between Oster and Fenby until further notice.');
    expect(lines(r)).toEqual([8, 10, 12]);
    expect(r.items[0]!.headline).toBe('The regional governor declared a state of emergency in the Marl valley, his office said.');
  });

  it('finds a number run onto the hand-over line and one run onto a related link, on a page that does not say live', () => {
    const r = read('Marl Dam Breach: Police moved 3,000 people out of four villages below the Marl reservoir on Friday after water began pouring through a crack in the dam.\n\nEngineers said the crack had widened overnight after a week of heavy rain across the region.\n\nMarl Dam Breach Update Here are the top 3 updates on the Marl dam breach 1. The regional governor declared a state of emergency in the Marl valley, his office said.\n\n2. Army engineers began laying sandbags along the river bank at Oster, a spokesman said.\n\nAlso Read: How the Marl dam was built 3. The valley railway suspended all trains between Oster and Fenby until further notice.');
    expect(lines(r)).toEqual([5, 7, 9]);
  });

  it('reads dash-marked lines under a "…: Here Are The LIVE Updates" line, the intro above it, as posts', () => {
    const r = read('Oster: Police moved 3,000 people out of four villages below the Marl reservoir on Friday after water began pouring through a crack in the dam, and the governor flew in by helicopter.\nMarl Dam: Here Are The LIVE Updates\n- The regional governor declared a state of emergency in the Marl valley.\n- Army engineers began laying sandbags along the river bank at Oster.\n- The valley railway suspended all trains between Oster and Fenby.');
    expect(lines(r)).toEqual([3, 4, 5]);
  });

  it('reads one sentence per line under an updates label as posts, to the copy\'s last one (the tail keeps them)', () => {
    const r = read('Live: Marl dam breach forces evacuations\nPolice moved 3,000 people out of four villages below the Marl reservoir.\nLatest Updates\nThe regional governor declared a state of emergency in the valley.\nArmy engineers began laying sandbags at Oster.\nThe valley railway suspended all trains.\nSchools in Fenby are closed.\nPT', 'https://example.test/live/marl-dam');
    expect(lines(r)).toEqual([4, 5, 6, 7]);
  });

  it('takes no summary bullets under a live title for posts: the title hands over to nothing', () => {
    const r = read('Marl dam breach live: villages evacuated\n\n  • Police moved 3,000 people out of four villages below the Marl reservoir.\n  • The governor declared a state of emergency in the valley.\n  • Trains between Oster and Fenby are suspended.');
    expect(r.items.length).toBeLessThanOrEqual(1);
  });

  it('keeps an article that does not say live, closing on "In other developments:" over bullets, one article', () => {
    const r = read('Dam breach forces 3,000 from their homes\n\nPolice moved 3,000 people out of four villages below the Marl reservoir on Friday after water began pouring through a crack in the dam, officials said.\n\nThe regional governor said engineers expected to close the breach within two days.\n\nIn other developments:\n- The valley railway suspended all trains between Oster and Fenby.\n- Schools in Fenby will stay closed on Monday.\n- The army sent two hundred soldiers to help with sandbags.');
    expect(lines(r)).toEqual([1]);
  });

  it('keeps an article that ends on a numbered list no line hands over to as one article', () => {
    const r = read('Marl council sets out its flood plan\n\nThe Marl council on Friday set out how it would spend the money it received for flood defences after last winter.\n\nThe plan has three parts:\n\n1. New walls along the river at Oster and Fenby, to be built by next spring.\n\n2. A pumping station below the reservoir, paid for by the regional government.\n\n3. A warning system that sends a text message to every household in the valley.');
    expect(lines(r)).toEqual([1]);
  });

  it('keeps an article whose lead is followed by "Here is what we know so far:" over a numbered list one article', () => {
    const r = read('Dam breach forces 3,000 from their homes\n\nPolice moved 3,000 people out of four villages below the Marl reservoir on Friday after water began pouring through a crack in the dam, officials said.\n\nHere is what we know so far:\n\n1. The crack opened before dawn after a week of heavy rain across the region.\n\n2. The regional governor declared a state of emergency in the Marl valley.\n\n3. Trains between Oster and Fenby are suspended until further notice.');
    expect(lines(r)).toEqual([1]);
  });

  it('keeps the next entry of the count the story runs, cut short by the copy, in the story', () => {
    const r = read('Marl Dam Breach: Police moved 3,000 people out of four villages below the Marl reservoir on Friday after water began pouring through a crack in the dam.\n\nHere are the latest updates on the Marl dam breach:\n\n1. The regional governor declared a state of emergency in the Marl valley, his office said.\n\n2. Army engineers began laying sandbags along the river bank at Oster, a spokesman said.\n\n3. Earlier on Friday, the valley railway susp');
    expect(lines(r)).toEqual([5, 7, 9]);
  });
});

describe('a live page whose first paragraph opens on its own label, "X Live Updates: …" (listed-posts.ts labelledIntro)', () => {
  const page = 'Marl Dam Breach Live Updates: Police moved 3,000 people out of four villages below the Marl reservoir on Friday after water began pouring through a crack in the dam.\n\nThe regional governor declared a state of emergency in the Marl valley on Friday evening, his office said.\n\nArmy engineers began laying sandbags along the river bank at Oster, a spokesman said on Saturday.';
  it('reads the labelled first paragraph as the intro and the paragraphs under it as posts', () => {
    expect(lines(read(page, 'https://example.test/news/marl-dam-breach-live-updates'))).toEqual([3, 5]);
  });
  it('says the page is live from that label alone, without front matter or a title', () => {
    const r = readSeed({ name: 'page.txt', text: page });
    expect(r.items.map((i) => i.line)).toEqual([3, 5]);
  });
  it('reads a republisher\'s copy, its source label before the page\'s label, the same way', () => {
    const r = read('(AGENCY- Dale Times) "Marl Dam Breach Live: Police moved 3,000 people out of four villages below the Marl reservoir on Friday after water began pouring through a crack.\n\nAround 4 pm on Friday, army engineers began laying sandbags along the river bank at Oster, a spokesman said.');
    expect(lines(r)).toEqual([3]);
  });
  for (const label of ['What we know so far', 'The latest', 'In other developments']) {
    it(`keeps an article whose first paragraph opens on "${label}: …" one article`, () => {
      const r = read(`Dam breach forces 3,000 from their homes\n\n${label}: Police moved 3,000 people out of four villages below the Marl reservoir on Friday after water began pouring through a crack in the dam.\n\nThe regional governor declared a state of emergency in the Marl valley on Friday evening, his office said.`);
      expect(lines(r)).toEqual([1]);
    });
  }
  it('keeps an article whose first paragraph opens on a plain label ("Marl Dam Breach: …") one article', () => {
    const r = read('Marl Dam Breach: Police moved 3,000 people out of four villages below the Marl reservoir on Friday after water began pouring through a crack in the dam.\n\nThe regional governor declared a state of emergency in the Marl valley on Friday evening, his office said.');
    expect(lines(r)).toEqual([1]);
  });
});

describe('a paragraph that closes on "Read more." is no promotion (line-rules/promotion.ts)', () => {
  it('keeps a post whose paragraph ends on the writer\'s "Read more."', () => {
    const r = read('Live: Marl dam breach\n\nMarl Dam Breach Live Updates: Police moved 3,000 people out of four villages below the Marl reservoir on Friday after water began pouring through a crack.\n\nThe regional governor declared a state of emergency in the Marl valley on Friday evening, his office said.\n\nArmy engineers began laying sandbags along the river bank at Oster on Saturday, after the water rose again overnight. Read more.', 'https://example.test/live/marl');
    expect(lines(r)).toContain(7);
  });
});

describe('a summary under "Here’s what we know so far about …:" is no list of posts (chrome.json summaryHeadings, issue 10, session 24)', () => {
  const page = (heading: string) => read(`Marl dam breach: live updates\n\nPolice moved 3,000 people out of four villages below the Marl reservoir on Friday after water began pouring through a crack in the dam, the governor said.\n${heading}\n- Where it broke: The crack opened in the dam's eastern wall before dawn, engineers said.\n- The evacuated: Families from Oster and Fenby are sleeping in the sports hall at Dunby.\n- Trains: The valley railway has suspended services between Oster and Fenby.`, 'https://example.test/live/marl-dam-breach');
  for (const heading of ['Here’s what we know so far about the breach:', "Here's what we know:", 'Here is what we know so far:']) {
    it(`reads the labelled bullets under "${heading}" as the page's summary: one story at the title`, () => {
      expect(lines(page(heading))).toEqual([1]);
    });
  }
  it('still reads the bullets under a line handing over to the updates as posts', () => {
    expect(lines(page('Here are the latest updates on the breach:'))).toEqual([5, 6, 7]);
  });
});
