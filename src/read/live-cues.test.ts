import { describe, expect, it } from 'vitest';
import { liveCues } from './live-cues';
import { readSeed } from './read-seed';

const lines = (text: string) => text.split('\n').map((t, i) => ({ no: i + 1, text: t }));

describe('live cues', () => {
  it('reads a title that calls the page updates, or a headline with "LIVE:", as a live blog’s', () => {
    expect(liveCues(null, 'Tower fire updates: the rest of the block will be pulled down', [])).toBe(true);
    expect(liveCues(null, null, lines('Skip to content\nHome » Harbour War LIVE: Minister Demands the Council Chief Quits After He Appeared To Blame the Port for the Strike – As Police Claim To Have Arrested Three Leaders\nThe council said on Tuesday that it would meet again next week to discuss the strike and its cost.'))).toBe(true);
  });

  it('reads a headline that ends on "– live" or carries the word LIVE in capitals as a live blog’s', () => {
    expect(liveCues(null, null, lines('Menu\nHarbour strike: ferries halted as talks fail – live\nThe dockers’ union said on Tuesday that its members would stay out until Friday.'))).toBe(true);
    expect(liveCues(null, null, lines('Menu\nLIVE Storm makes landfall on the coast\nThe storm made landfall on the coast early on Wednesday, the weather office said.'))).toBe(true);
    expect(liveCues(null, null, lines('Menu\nLIVE MUSIC RETURNS TO THE HARBOUR\nThe festival opened on Friday with four stages along the quay, its organisers said.'))).toBe(false);
  });

  it('reads a closed blog’s notice, "liveblog" in one word too, as a live blog’s', () => {
    expect(liveCues(null, null, lines('This liveblog coverage has ended. Click here for the latest news on the harbour vote.\nLatest news'))).toBe(true);
    expect(liveCues(null, null, lines('The liveblogging era has ended for the paper, its editor said on Monday.'))).toBe(false);
  });

  it('reads a page that states the zone of all its times ("All times are in GMT") as live', () => {
    expect(liveCues(null, 'MPs vote down the harbour bill', lines('MPs vote down the harbour bill\nScroll down for the latest developments. All times are in GMT.'))).toBe(true);
  });

  it('reads no live blog in a title that only says an organisation updates something, or a lower-case "live:" in prose', () => {
    expect(liveCues(null, 'Council updates its parking rules for the harbour', [])).toBe(false);
    expect(liveCues(null, 'Harbour town votes on new parking rules', lines('Harbour town votes on new parking rules\nResidents who live near the quay said on Tuesday that they would vote against the plan.'))).toBe(false);
  });
});

describe('live cues: the page welcoming its reader to live coverage', () => {
  it('reads "Welcome to our live coverage", "Thank you for following our live updates" near the top as live', () => {
    expect(liveCues(null, null, lines('Welcome to our live coverage of the harbour final between the Reds and the Blues.\nThe Reds won the toss.'))).toBe(true);
    expect(liveCues(null, null, lines('World\nStorm makes landfall\nThe storm battered the coast.\nThank you for following our live updates from our reporter in the capital.'))).toBe(true);
  });

  it('reads the live title under a picture’s caption that stands above it', () => {
    expect(liveCues(null, 'Register', lines('Register\n24 January 2021\nA man walks past a mural in the old town of Vessby, Norvenia, 4 January 2021.\n\nVessby flu Live Updates: cases pass 20,000 as schools close\n\nThe outbreak has infected 20,112 people, the health agency said on Sunday.'))).toBe(true);
  });

  it('reads no cue from a link to live coverage elsewhere', () => {
    expect(liveCues(null, null, lines('Storm makes landfall\nThe storm battered the coast on Saturday, the weather office said in a statement.\nFollow our live coverage here'))).toBe(false);
  });
});

describe('the copy’s first line as the title the live cues read', () => {
  it('reads a paragraph on the first line as no title: its "Live from …" is a promotion, not a live blog’s title', () => {
    const r = readSeed({ name: 'p.txt', text: [
      'Live from Tarnby harbour, where the old sea wall gave way in the storm overnight.The coastguard had warned of high tides for days. Follow our feed to find out more!',
      'Sea wall collapses in Tarnby as storm surge floods harbour',
      'Earlier on Sunday, the coastguard said the wall had given way along a stretch of 40 metres and that no one was hurt.'].join('\n') });
    expect(r.report.kind).toBe('article');
    expect(r.items.map((i) => i.line)).toEqual([2]);
  });
  it('still reads a live title on the first line', () => {
    const r = readSeed({ name: 'p.txt', text: 'Live: sea wall collapses in Tarnby\n\n09:15 GMT\n\nCoastguard says no one was hurt\n\nThe coastguard said the wall gave way on Sunday, and that no one was hurt.' });
    expect(r.report.kind).toBe('liveblog');
  });
});

describe('live cues: a line handing the reader to the updates below (issue 10, session 24)', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
  it('reads "Follow the latest updates below." as the page\'s own updates, a cue', () => {
    expect(liveCues(null, 'Harbour strike latest news: dockers reject pay offer', lines('Dockers rejected the offer on Sunday, extending the strike.', 'Follow the latest updates below.', '9:52 AM'))).toBe(true);
    expect(liveCues(null, 'Harbour strike: dockers reject pay offer', lines('Scroll down for live updates', '9:52 AM'))).toBe(true);
  });
  it('leaves a link to another page ("… here") and a sentence of news no cue', () => {
    expect(liveCues(null, 'Harbour strike: dockers reject pay offer', lines('Follow our live coverage here.'))).toBe(false);
    expect(liveCues(null, 'Harbour strike: dockers reject pay offer', lines('The union said the latest updates on the talks would be posted below the port gate, where members gathered on Sunday.'))).toBe(false);
  });
});

describe('live cues: the copy naming itself a version of the live blog (issue 10, second round)', () => {
  it('reads "This lite version of our live blog …" among the first lines as live, whatever the URL and title', () => {
    const page = 'Creek crest passes Tarrow as thousands wait for power\n\nThis lite version of our live blog loads quickly on phones. Tap here for the full page.\n\nThe creek crested at Tarrow early on Saturday, the weather office said.';
    expect(liveCues('https://example.test/2022/06/04/creek-crest-passes-tarrow/', null, lines(page))).toBe(true);
  });
  it('reads no cue from a version of something else ("a new version of the plan")', () => {
    expect(liveCues(null, null, lines('Council backs new plan\n\nThis new version of the plan was approved on Monday, the council said.'))).toBe(false);
  });
});
