import { describe, expect, it } from 'vitest';
import { readSeed } from './read-seed';
import { markKey, titleCaseHeadEnd } from './repeated-marks';

const read = (text: string, url = 'https://example.test/news/kessel-floods') =>
  readSeed({ name: 'page.txt', text: `---\nurl: ${url}\npublished: 2023-03-14\n---\n${text}` });
/** Item lines as the page's own lines (the front matter takes four). */
const lines = (r: ReturnType<typeof read>) => r.items.map((i) => i.line - 4);

describe('repeated marks: a live page cut where it repeats its post structure', () => {
  it('compares marks without case, punctuation or digits', () => {
    expect(markKey('Posted at 11.40')).toBe(markKey('posted at 9:05'));
    expect(markKey('kesselpost.example')).toBe(markKey('Kesselpost Example'));
  });

  it('cuts at a source label printed over each post, the intro above no item', () => {
    const r = read([
      'Kessel floods: live updates', '',
      'Welcome to our coverage of the floods along the Kessel river on Tuesday.', '',
      'The river burst its banks at three places overnight, the water board said.', '',
      'kesselpost.example', '',
      'The army sent twelve boats to Lindau to carry people from the flooded lower town, a spokesman said.', '',
      'He said more boats would arrive from the coast by the evening.', '',
      'kesselpost.example', '',
      'All 40 schools in the valley will stay closed on Wednesday, the education office said.',
    ].join('\n'));
    expect(lines(r)).toEqual([9, 15]);
    expect(r.items[1]!.headline).toBe('All 40 schools in the valley will stay closed on Wednesday, the education office said.');
  });

  it('cuts at the blog title printed again over each post without a headline', () => {
    const r = read([
      'Kessel floods LIVE: river bursts its banks', '',
      'The Kessel burst its banks at three places overnight, forcing hundreds from their homes.', '',
      'We will bring you the latest through the day.', '',
      'Kessel floods LIVE: river bursts its banks', '',
      'The water board said the river had peaked at 6.2 metres in Lindau shortly after dawn.', '',
      'Kessel floods LIVE: river bursts its banks', '',
      'Rail services between Lindau and Ost were suspended until further notice, the operator said.',
    ].join('\n'));
    expect(lines(r)).toEqual([9, 13]);
  });

  it('cuts headline-less posts at a share line printed under each', () => {
    const r = read([
      'Kessel floods: live updates', '',
      'The army sent twelve boats to Lindau to carry people from the flooded lower town, a spokesman said.',
      'Share this post', '',
      'All 40 schools in the valley will stay closed on Wednesday, the education office said.',
      'Share this post', '',
      'Rail services between Lindau and Ost were suspended until further notice, the operator said.',
      'Share this post',
    ].join('\n'), 'https://example.test/live/kessel-floods');
    expect(lines(r)).toEqual([3, 6, 9]);
  });

  it('reads title-case headlines run onto their text, one post a line', () => {
    expect(titleCaseHeadEnd('Army Sends Boats to Lindau The army sent twelve boats to the flooded lower town on Tuesday.')).toBe('Army Sends Boats to Lindau '.length);
    const r = read([
      'Kessel floods: what happened on Tuesday',
      'Army Sends Boats to Lindau The army sent twelve boats to Lindau to carry people from the flooded lower town.', '',
      'Schools to Stay Closed Across the Valley All 40 schools in the valley will stay closed on Wednesday, officials said.', '',
      'River Peaks at Six Metres in Lindau The water board said the river had peaked shortly after dawn on Tuesday.',
    ].join('\n'));
    expect(lines(r)).toEqual([2, 4, 6]);
    expect(r.items[0]!.headline).toBe('Army Sends Boats to Lindau');
  });
});

describe('repeated marks: what is no mark', () => {
  it('leaves an article whose paragraphs are broken by the same advertising line one article', () => {
    const r = read([
      'Council approves new harbour budget', '',
      'The Kessel town council approved a budget of 40 million for the harbour on Tuesday, after a long debate.', '',
      'Advertisement', '',
      'Mayor Ines Marr said the money would pay for new piers and a sea wall over the next five years.', '',
      'Advertisement', '',
      'The opposition voted against the plan, saying the council had not costed the sea wall properly.', '',
      'Advertisement', '',
      'Work is due to begin in the spring, the harbour office said in a statement.',
    ].join('\n'));
    expect(lines(r)).toEqual([1]);
  });

  it('leaves an article whose paragraphs open on names in capitals one article', () => {
    const r = read([
      'Election board certifies the Kessel result', '',
      'Kessel Valley Election Board director Ana Roth announced on Tuesday that the result had been certified.', '',
      'The count was checked twice, and no error was found in any of the 40 polling districts.', '',
      'Lindau Town Election Office head Piet Ost said the count had been calm and orderly throughout the night.', '',
      'Turnout was 61 per cent, up from 54 per cent at the last election, the board said.', '',
      'Ostmark River Water Authority spokesman Lena Vos said the polling stations near the river had stayed open.', '',
      'The new council will meet for the first time next month, when it will elect its leader.',
    ].join('\n'));
    expect(lines(r)).toEqual([1]);
  });

  it('does not take a label printed over some posts only as the mark', () => {
    const r = read([
      'Kessel floods: live updates', '',
      'From our correspondents:', '',
      'Army sends boats to Lindau', '',
      'The army sent twelve boats to Lindau to carry people from the flooded lower town, a spokesman said.', '',
      'Schools closed across the valley', '',
      'All 40 schools in the valley will stay closed on Wednesday, the education office said.', '',
      'From our correspondents:', '',
      'Rail line suspended', '',
      'Rail services between Lindau and Ost were suspended until further notice, the operator said.',
    ].join('\n'));
    expect(lines(r)).toEqual([5, 9, 15]);
  });
});

describe('repeated stamp shapes: a post stamp the line reader does not know alone, read by its repetition (issue 10, session 23)', () => {
  const live = 'https://example.test/live/2024/mar/09/harbour-vote-live';
  it('reads "time / writer" lines under the headlines as the posts’ stamps, each post at its headline', () => {
    const r = read('Live: Harbourton votes on the port plan\n\nPlan passes in the northern wards\n\n9.40pm / Ada Berg\n\nCounts in the two northern wards were declared, with the plan passing in both by wide margins.\n\nCouncil leader concedes\n\n9.15pm / Tom Lind\n\nCouncil leader Ines Varga conceded that the plan would pass, telling supporters the result was clear.\n\nPolls close in the town\n\n8.30pm / Ada Berg\n\nPolling stations have closed in every ward and the count has begun, the town clerk said.', live);
    expect(lines(r)).toEqual([3, 9, 15]);
  });
  it('reads "day time, age." lines over the headlines, whatever the age says', () => {
    const r = read('Dock strike: the latest\n\nThe walkout at the port enters its second day.\n\n18 May 4:31pm, 2h ago.\nTalks between the union and the port collapse\nTalks between the dockworkers’ union and the port broke down on Saturday without an agreement.\n\n18 May 1:12pm, an hour ago.\nFerry sailings cancelled for the weekend\nThe ferry operator has cancelled all sailings from the port until Monday because of the strike.', live);
    expect(lines(r)).toEqual([6, 10]);
  });
  it('reads no stamp from a shape the page prints once', () => {
    const r = read('Harbourton votes on the port plan\n\nPlan passes in the northern wards\n\n9.40pm / Ada Berg\n\nCounts in the two northern wards were declared, with the plan passing in both by wide margins.\n\nThe town clerk said the result would be confirmed on Monday morning after a recount in one ward.');
    expect(r.items.length).toBe(1);
  });
});
