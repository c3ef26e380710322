import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles in the shapes real ones take on the day of an alert sent in error: three
// outlets' reports of the alert, two of the mayor's apology for it that afternoon, which share the
// alert's city, day and words, an opposition councillor's reaction, and the apology told again the
// next day. An apology, an address, an inquiry opened answer the act and are not it, the same day
// or later (GUIDELINES: same actor, same act); a different doer's reaction stays apart too.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

const alert = article('alert.txt', '2023-03-15', `Pellan city sends evacuation alert to phones in error after rocket launch

The Pellan city government on Wednesday sent an evacuation alert to every phone in the city by mistake, minutes after a rocket was fired over the strait. The interior office withdrew the alert half an hour later.
`);
const alert2 = article('alert-2.txt', '2023-03-15', `Mistaken evacuation alert wakes Pellan before dawn

Residents of Pellan were woken before dawn on Wednesday by a city alert on their phones telling them to prepare to evacuate after a rocket launch over the strait. The interior office said the alert had been sent in error.
`);
const apology = article('apology.txt', '2023-03-15', `Pellan mayor Osk apologises for confusion after mistaken evacuation alert

Pellan Mayor Rina Osk apologised on Wednesday for the confusion caused by the city's evacuation alert sent to phones after the rocket launch over the strait, but said the city had acted to keep residents safe.

"On safety we would rather do too much than too little," Osk told reporters.
`);
const apology2 = article('apology-2.txt', '2023-03-15', `Mayor Osk offers apology at city hall briefing on Pellan evacuation alert

At a briefing at city hall on Wednesday, Pellan Mayor Rina Osk said sorry to residents frightened by the city's evacuation alert after the rocket launch, and said the alert system would be reviewed.

"On safety we would rather do too much than too little," she said.
`);

const reaction = article('reaction.txt', '2023-03-15', `Councillor Bram Hollis condemns Pellan's mistaken evacuation alert

Opposition councillor Bram Hollis condemned on Wednesday the evacuation alert the Pellan city government sent to every phone after the rocket launch over the strait, calling it "a failure of the most basic kind".

"People packed their children into cars in the dark," Hollis said.
`);
const nextDay = article('apology-next-day.txt', '2023-03-16', `Pellan mayor Osk apologises again over evacuation alert, orders review

Pellan Mayor Rina Osk apologised again on Thursday for the evacuation alert sent to phones across the city the day before, and ordered a review of the alert system.

"We will find out how this happened," Osk told the city council.
`);

describe('an official’s apology the day of the incident', () => {
  const c = build([alert, alert2, apology, apology2]);
  it('is the official’s act, not the incident', () => {
    const incident = eventWithHeadline(c, 'Pellan city sends').id;
    expect(eventWithHeadline(c, 'Mistaken evacuation alert wakes').id).toBe(incident);
    expect(eventWithHeadline(c, 'Pellan mayor Osk apologises').id).not.toBe(incident);
  });
  it('while two outlets on the apology are one act', () => {
    expect(eventWithHeadline(c, 'Mayor Osk offers apology').id).toBe(eventWithHeadline(c, 'Pellan mayor Osk apologises').id);
  });
});

describe('a different doer’s reaction, and a follow-up act of a later day', () => {
  const c = build([alert, alert2, apology, reaction, nextDay]);
  it('stay apart from the incident', () => {
    const incident = eventWithHeadline(c, 'Pellan city sends').id;
    expect(eventWithHeadline(c, 'Councillor Bram Hollis condemns').id).not.toBe(incident);
    expect(eventWithHeadline(c, 'Pellan mayor Osk apologises again').id).not.toBe(incident);
  });
  it('and the refusal explains itself', () => {
    expect(c.trace.some((t) => t.startsWith('kept apart') && t.includes('a day apart'))).toBe(true);
  });
});

describe('a follow-up act told on a later day', () => {
  const morning = article('apology-morning.txt', '2023-03-16', `Pellan mayor Osk apologises for mistaken evacuation alert

Pellan Mayor Rina Osk has apologised for the city's evacuation alert sent to every phone after the rocket launch over the strait, and said the alert system would be reviewed.

"On safety we would rather do too much than too little," Osk told reporters.
`);
  it('is not the act it answers, and the refusal explains itself', () => {
    const c = build([alert, alert2, morning]);
    expect(eventWithHeadline(c, 'Pellan mayor Osk apologises').id).not.toBe(eventWithHeadline(c, 'Pellan city sends').id);
    expect(c.trace.some((t) => t.startsWith('kept apart') && t.includes('a follow-up act'))).toBe(true);
  });
});

describe('a follow-up act alone', () => {
  it('leaves the act’s own reports together when none answers it', () => {
    const c = build([alert, alert2]);
    expect(c.events.length).toBe(1);
    expect(c.trace.some((t) => t.includes('a follow-up act'))).toBe(false);
  });
  it('does not keep apart two outlets’ accounts of one apology', () => {
    const c = build([apology, apology2]);
    expect(c.events.length).toBe(1);
  });
});

describe('a follow-up act told with words inside its phrase', () => {
  const inquiry = article('inquiry.txt', '2023-03-15', `Pellan launching full investigation after evacuation alert sent in error

The Pellan city government has launched a full investigation after its evacuation alert was sent to every phone in the city by mistake on Wednesday, minutes after a rocket was fired over the strait. Mayor Rina Osk said the city was sorry for the fear it caused.
`);
  const c = build([alert, alert2, apology, inquiry]);
  it('("launching full investigation") is the follow-up, not the alert', () => {
    expect(eventWithHeadline(c, 'Pellan launching full investigation').id).not.toBe(eventWithHeadline(c, 'Pellan city sends evacuation alert').id);
  });
});
