import { describe, expect, it } from 'vitest';
import { findActors } from '../actors';

const actors = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);

describe('places the catalogue does not know', () => {
  it('are named by their people, before them or after “of” and “in”', () => {
    expect(actors('Vellmoor officials defend silent sirens', 'Officials on Vellmoor said the alarms were meant for tsunamis.')).toContain('vellmoor:p');
    expect(actors('Water safe again', 'Residents of Kessaby can drink tap water again, engineers said.', 'Crews left Kessaby on Friday.')).toContain('kessaby:p');
  });

  it('close the headline after “in” or “at”', () => {
    expect(actors('Divers rescue fisherman in Ostrava Bay', 'Navy divers pulled a man from his sunken car off Ostrava Bay on Friday.')).toContain('ostrava-bay:p');
  });

  it('speak through the one who leads them: a province before its premier or governor and a name', () => {
    expect(actors('Lockdown from Saturday', 'Harbourton Premier Ana Vell announced a four-week lockdown on Monday.', 'Vell said schools stay open.')).toContain('harbourton:p');
    expect(actors('Emergency declared', 'Fire crews are stretched. Vell County Gov. Jo Reed declared an emergency on Thursday.')).toContain('vell-county:p');
    expect(actors('Lawsuit filed', 'Harbourton Attorney General Ian Kell sued the federal government on Monday.')).toContain('harbourton:p');
  });

  it('speak as the region’s noun after “in” and the name, through their leader’s office, or by a request made where the item places something', () => {
    expect(actors('Lockdown from Wednesday', 'As cases climb in Vellmoor, the province says it will lock down on Wednesday.')).toContain('vellmoor:p');
    expect(actors('Emergency declared', 'A statement from the Kessby Governor’s Office: the governor declared an emergency.')).toContain('kessby:p');
    expect(actors('Aid approved', 'The federal government approved Vellmoor’s request for aid.', 'Fires burned in Vellmoor all week.')).toContain('vellmoor:p');
  });

  it('are named after a noun of a country’s parts and “of”, or in commas', () => {
    expect(actors('Lockdown', 'Harbouria’s most populous province, Vellmoor, will impose a lockdown from Saturday.', 'Vellmoor has 14 million people.')).toContain('vellmoor:p');
    expect(actors('Fires', 'Crews fought fires on Monday.', 'An emergency was declared in the province of Kessby.')).toContain('kessby:m');
  });

  it('are named buildings and sites as the subject of their clause, principal in the lead', () => {
    const got = actors('Nine hurt in crush', 'The Kallen Arena was evacuated after fans were crushed at its gates on Saturday.', 'Dorrin Station was closed for the night.');
    expect(got).toContain('kallen-arena:p');
    expect(got).toContain('dorrin-station:m');
    expect(actors('Vell Tower Collapses After Blaze', 'Firefighters fought the blaze for six hours.')).toContain('vell-tower:p');
  });
});

describe('negative cases: words before “officials” that name no place', () => {
  it('gives nothing for a common word, a title’s word, a person or a demonym', () => {
    const none = (headline: string, text: string, word: RegExp) => expect(actors(headline, text).join()).not.toMatch(word);
    none('Outbreak spreads', 'Health officials said the outbreak was spreading and health workers were tired.', /health/);
    none('Talks', 'Election officials met on Monday.', /election/);
    none('Aides leave', 'Former president Ana Vell left office; Vell officials packed boxes.', /^vell:|,vell:/);
    none('Protest', 'Harbourian officials said the march was peaceful.', /harbourian/);
    none('Quiet day', 'The Town Hall opened at nine.', /town-hall/);
    // a site reached or named as a thing, a place opening on a qualifier, a headline closing on "at"
    none('Queen visits', 'Guests waited as the queen reached the Keel Tower at noon.', /keel-tower/);
    none('Floods', 'Residents of Upper Vale fled.', /vale/);
    none('Guests arrive for service at Varna Abbey', 'The service began at noon.', /varna/);
    // a state of emergency, a province named with more capitals after it
    none('Fires', 'A state of emergency was declared on Monday.', /emergency/);
    none('Fires', 'Crews came from the province of Kessby Vale County.', /kessby/);
    // a title-case headline's verb before "Residents", the body never naming it
    none('Fires Ravage Forests and Send Residents Fleeing', 'Crews fought the fires overnight.', /send/);
    // a title's qualifier, a bank's governor, a city's mayor
    none('Budget', 'Interim Governor Ana Vell said the budget was ready.', /interim/);
    none('Rates', 'Harbour Bank Governor Ana Vell said rates would rise.', /^harbour:|,harbour:/);
    none('Roads', 'Carrowby Mayor Ana Vell said the road was shut.', /carrowby/);
    // a request a person made, or one of a name the item places nothing in; the noun not speaking
    none('Aid', 'The board approved Ana Vell’s request for leave.', /vell/);
    none('Aid', 'The federal government approved Vellmoor’s request for aid.', /vellmoor/);
    none('Lockdown', 'Cases climb in Vellmoor, the province with most cases.', /vellmoor/);
  });
});

/** Issue 11, session 23: a named site where a violent act happened (irishtimes.com, stabroeknews.com, dnaindia.com, bulawayo24.com; fixtures s394–s395). */
describe('a named site after a violent act’s word and “at”, “inside”, “into” or “through”', () => {
  it('is an actor of the report (places.ts ATTACK_BEFORE_SITE)', () => {
    expect(actors('Two pupils hurt in stabbing', 'Two pupils were taken to hospital after a teenager with a knife attacked classmates at Brantwell Grove School on Tuesday, police said.').join()).toMatch(/brantwell-grove-school/);
    expect(actors('Four killed in market', 'An explosion tore through Dunmere Central Market early on Friday, killing four traders.').join()).toMatch(/dunmere-central-market/);
  });

  it('is none where nothing violent happened there, or the act is in another sentence', () => {
    expect(actors('Vigil held', 'Flowers were placed outside Brantwell Grove School on Wednesday by parents.').join()).not.toMatch(/brantwell-grove-school/);
    expect(actors('Vigil held', 'Two pupils were attacked on Tuesday. Parents gathered at Brantwell Grove School on Wednesday.').join()).not.toMatch(/brantwell-grove-school/);
  });
});
