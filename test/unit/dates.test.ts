import { describe, expect, it } from 'vitest';
import { readItemDates } from '../../src/read/dates';

// Page of Thursday 27 January 2022.
const PAGE = '2022-01-27';
const dates = (headline: string, ...paragraphs: string[]) => readItemDates(headline, paragraphs, PAGE);

describe('event dates under the news rule', () => {
  it('a bare past weekday is the most recent one on or before the page date', () => {
    expect(dates('Talks held', 'The envoy said on Wednesday the talks were useful.').eventDate).toBe('2022-01-26');
    expect(dates('Troops on alert', 'The spokesman said Monday that troops were on alert.').eventDate).toBe('2022-01-24');
    expect(dates('Remarks', 'The president acknowledged Tuesday a deeply uncertain situation.').eventDate).toBe('2022-01-25');
  });

  it('keeps the matched expression for tracing', () => {
    const d = dates('Talks held', 'The envoy said on Wednesday the talks were useful.');
    expect(d.dateText).toBe('on Wednesday');
    expect(d.basis).toBe('relative');
  });

  it('a future weekday is the next one, and it is the scheduled date', () => {
    const d = dates('Council to meet', 'The meeting is set to take place on Monday.');
    expect(d.scheduledDate).toBe('2022-01-31');
    expect(d.eventDate).toBe(PAGE);
  });

  it('an explicit future day is scheduled, not the event date', () => {
    const d = dates('Leaders to meet', 'The chancellor will meet the president at the White House on February 7.');
    expect(d.scheduledDate).toBe('2022-02-07');
    expect(d.eventDate).toBe(PAGE);
  });

  it('"last month" is not turned into a day', () => {
    const d = dates('Calls recalled', 'The two leaders spoke twice last month.');
    expect(d.eventDate).toBe(PAGE);
    expect(d.basis).toBe('page');
  });

  it('durations are not dates', () => {
    expect(dates('Buildup grows', 'The buildup increased in the last 24 hours, officials said.').eventDate).toBe(PAGE);
  });

  it('without a page date and without a date in the text, the date is unknown (null)', () => {
    expect(readItemDates('Something happened', ['No date here.'], null).eventDate).toBeNull();
  });
});

describe('stated clock times', () => {
  it('reads "11:32:49 GMT" as 11:32, never a time cut from its seconds ("32:49")', () => {
    const d = readItemDates('Post', ['Posted on Apr 16, 2023 11:32:49 GMT -5 by a reader.'], '2023-04-16');
    expect(d.statedTime).toBe('11:32');
  });
});

describe('a sentence that opens on its day', () => {
  it('dates the statement it then reports ("Yesterday, the coast guard confirmed …")', () => {
    const d = readItemDates('Search ends', ['There will be no rescue.', 'Yesterday, the coast guard confirmed that debris had been found.'], PAGE);
    expect(d.eventDate).toBe('2022-01-26');
  });

  it('but not a deadline in the middle of a sentence ("extended its warning to Sunday, forecasters said")', () => {
    const d = readItemDates('Warning extended', ['The office extended its warning to Sunday evening, forecasters said on Thursday.'], PAGE);
    expect(d.eventDate).toBe('2022-01-27');
  });

  it('leaves the day of an earlier act behind a state that holds now ("is in mourning after … on Tuesday")', () => {
    expect(dates('Town mourns', 'The small town is deeply shaken after a gunman killed 19 pupils at its school Tuesday.').eventDate).toBe(PAGE);
    expect(dates('Arrest', 'Police arrested a man after he attacked a guard on Tuesday.').eventDate).toBe('2022-01-25');
  });

  it('leaves the end of a stretch ("closed through Friday") and the day a stretch is counted from ("since the flood Monday") behind', () => {
    expect(dates('Schools to stay closed through Friday', 'All schools will be closed through Friday, the education office said.').eventDate).toBe(PAGE);
    expect(dates('Third lawsuit filed', 'A new lawsuit has been filed this week, the third since the fire Monday.').eventDate).toBe(PAGE);
    expect(dates('Arrest', 'Police arrested a man on Monday, the first since the riots began.').eventDate).toBe('2022-01-24');
    expect(dates('No warning', 'The embassy says it gave no warning prior to Harvest Sunday, the ambassador told the national broadcaster’s morning show Wednesday.').eventDate).toBe('2022-01-26');
    expect(dates('Testimony', 'The minister testified before Congress Tuesday about the contracts.').eventDate).toBe('2022-01-25');
  });

  it('leaves the day of an earlier event told by a "since" clause behind ("his first comments since the quake struck … five days ago")', () => {
    expect(dates('Leader speaks', 'The leader criticised the aid effort in his first televised comments since the earthquake struck the region five days ago.').eventDate).toBe(PAGE);
    expect(dates('Leader speaks', 'The leader has not spoken since the quake, but on Monday his office said he was well.').eventDate).toBe('2022-01-24');
  });

  it('leaves the day of the cause behind a state that holds now ("have died as a result of a roof collapsing on Monday")', () => {
    expect(dates('Toll rises', 'Four people have died as a result of a warehouse roof collapsing on Monday, the council said.').eventDate).toBe(PAGE);
    expect(dates('Roof collapses', 'A warehouse roof collapsed on Monday as a result of heavy snow, the council said.').eventDate).toBe('2022-01-24');
  });

  it('reads "in the past week" as a stretch up to now, not a day', () => {
    expect(dates('Poisonings', 'In the past week there have been 141 hospital visits for poisoning, the health department said.').eventDate).toBe(PAGE);
  });
});

describe('event dates: the present perfect and tomorrow’s weekday (session 7)', () => {
  it('reads "has been upgraded … on Friday" on a Thursday as Friday’s warning, not last Friday’s act', () => {
    const d = readItemDates('Storm warning raised', ['A weather warning has been upgraded to red for the coast and the islands on Friday, meaning there is a danger to life.'], '2022-02-17');
    expect(d.eventDate).toBe('2022-02-17');
    expect(d.scheduledDate).toBe('2022-02-18');
  });

  it('still dates the act by a weekday before its verb, by a reporting verb, or by a weekday a few days back', () => {
    expect(readItemDates('Plan', ['The minister has on Tuesday announced a new plan for the port.'], '2022-02-17').eventDate).toBe('2022-02-15');
    expect(readItemDates('Arrests', ['Police have arrested two men on Monday after the raid.'], '2022-02-17').eventDate).toBe('2022-02-14');
    expect(readItemDates('Closure', ['The ministry has said on Friday that the port will close.'], '2022-02-17').eventDate).toBe('2022-02-11');
  });
});

describe('event dates: a day that names a thing, a clock before a day', () => {
  it('leaves out a day used as a noun\'s adjective ("the February 25 polls")', () => {
    const d = readItemDates('Tinubu declared winner', ['Tinubu has been returned as president-elect after the commission declared him winner of the February 25 presidential polls.'], '2023-03-01');
    expect(d.eventDate).toBe('2023-03-01');
    expect(readItemDates('Vote held', ['The vote was held on February 25 across the country.'], '2023-03-01').eventDate).toBe('2023-02-25');
  });

  it('leaves out a day that is a noun\'s complement ("the events of last night", "the violence of Sunday"), not a time of that day', () => {
    expect(readItemDates('Index falls', ['The index fell around 1% in early trading as traders weighed the events of last night.'], '2024-06-10').eventDate).toBe('2024-06-10');
    expect(readItemDates('Clean-up begins', ['Crews began clearing the streets after the violence of Sunday, the city said.'], '2024-06-11').eventDate).toBe('2024-06-11');
    // A part of the day is that day: "the early hours of Monday".
    expect(readItemDates('Raid', ['Police raided the offices in the early hours of Monday.'], '2024-06-11').eventDate).toBe('2024-06-10');
    // The thing where the act took place dates it: "died in the violence of Sunday"; so does the rest of a day.
    expect(readItemDates('Deaths', ['Five people died in the violence of Sunday, the ministry said.'], '2024-06-11').eventDate).toBe('2024-06-09');
    expect(readItemDates('Talks', ['The envoys worked through the remainder of Monday on a text.'], '2024-06-11').eventDate).toBe('2024-06-10');
  });

  it('reads "will resume … starting 6 a.m. Tuesday" as one future sentence, not a past Tuesday', () => {
    const d = readItemDates('Airport reopens', ['The airport will resume flights starting 6 a.m. Tuesday local time, a spokesperson said.'], '2019-08-12');
    expect(d.eventDate).toBe('2019-08-12');
    expect(d.scheduledDate).toBe('2019-08-13');
  });
});

describe('event dates: "as of" a moment on the clock', () => {
  it('dates a notice "effective as of 8:45 p.m. Sunday" on that Sunday, and leaves "as of Sunday" a bound', () => {
    expect(readItemDates('Evacuation ordered', ['The town issued an evacuation notice effective as of 8:45 p.m. Sunday.'], '2023-02-06').eventDate).toBe('2023-02-05');
    expect(readItemDates('Toll rises', ['As of Sunday, 300 people had died, officials said.'], '2023-02-06').eventDate).toBe('2023-02-06');
  });
});

describe('event dates on unseen pages (session 9)', () => {
  it('reads a month that ends its sentence or stands before a comma ("… on 4 February.")', () => {
    expect(readItemDates('Drone shot down', ['A drone was shot down by a patrol over the coast on 4 February.'], '2023-02-06').eventDate).toBe('2023-02-04');
    expect(readItemDates('Drone shot down', ['On 4 February, a patrol shot down a drone.'], '2023-02-06').eventDate).toBe('2023-02-04');
  });

  it('keeps "late Feb. 6" one expression (an abbreviation before a number ends no sentence)', () => {
    const d = readItemDates('Tanks drained', ['Several tanks have been drained at the depot.', 'The operator said in a statement late Feb. 6 that the work was done.'], '2023-02-07');
    expect(d.eventDate).toBe('2023-02-06');
    expect(d.dateText).toBe('Feb. 6');
  });

  it('leaves the day of a cause behind an act told in the present perfect ("has found the wreck after it crashed yesterday")', () => {
    expect(readItemDates('Wreck found', ['Rescuers have found the wreck of the boat after it sank off the cape yesterday.'], '2023-05-20').eventDate).toBe('2023-05-20');
    expect(readItemDates('Bill passed', ['The council has approved a motion due to the flooding on May 12.'], '2023-05-20').eventDate).toBe('2023-05-20');
    // A passive reporting verb reports nobody's statement: the state holds now.
    expect(readItemDates('Mayor dead', ['The mayor has been confirmed dead after a car crash yesterday evening.'], '2023-05-20').eventDate).toBe('2023-05-20');
    // An act in the simple past keeps its day.
    expect(readItemDates('Boat sank', ['The boat sank off the cape yesterday after its engine failed.'], '2023-05-20').eventDate).toBe('2023-05-19');
  });

  it('leaves the day of what came before the act ("late Tuesday, following which the council voted")', () => {
    expect(readItemDates('Council overturns order', ['The mayor signed the order late Tuesday, following which the council voted to overturn it.'], '2023-05-17').eventDate).toBe('2023-05-17');
  });

  it('reads tomorrow\'s weekday as coming in the present progressive and in a headline\'s infinitive', () => {
    const d = readItemDates('Town prepares', ['Preparations are underway for the festival parade on Wednesday.'], '2023-06-13');
    expect(d.eventDate).toBe('2023-06-13');
    expect(d.scheduledDate).toBe('2023-06-14');
    const h = readItemDates('Four climbers rescued; search to resume Monday', ['Four of the climbers have been brought down.'], '2018-07-08');
    expect(h.eventDate).toBe('2018-07-08');
    expect(h.scheduledDate).toBe('2018-07-09');
  });

  it('reads "into Thursday" as a stretch\'s bound', () => {
    expect(readItemDates('Toll rises', ['Heavy rain is forecast into Thursday, raising the risk of landslides.'], '2024-01-03').eventDate).toBe('2024-01-03');
  });

  it('dates a look back by the full date its lead opens on, however long ago', () => {
    expect(readItemDates('Derailment sparks anger', ['On February 3, a freight train derailed near the town.'], '2023-02-15').eventDate).toBe('2023-02-03');
    // A full date deep in the sentence, weeks back, is background.
    expect(readItemDates('Anger grows', ['Anger grows in the town where a freight train derailed on February 3.'], '2023-02-15').eventDate).toBe('2023-02-15');
  });
  it('dates a late retelling by the weekday and date its lead gives the act, more than a week back', () => {
    // A copy of a week later: "Thursday, April 7" is the act's day, not the page's.
    expect(readItemDates('Council approves harbour plan', ['HARBOURTON – The council approved the harbour plan Thursday, April 7, ending a year of dispute.'], '2022-04-15').eventDate).toBe('2022-04-07');
    // Without the weekday, or inside a subordinate clause, the old date stays background.
    expect(readItemDates('Council approves harbour plan', ['The council approved the harbour plan tabled April 7 after a year of dispute.'], '2022-04-18').eventDate).toBe('2022-04-18');
    expect(readItemDates('Anger grows', ['Anger grows in the town where a freight train derailed on Friday, February 3.'], '2023-02-15').eventDate).toBe('2023-02-15');
    // A weekday the date does not have (the date pushed into last year by the page's reference): no proof of the act's day.
    expect(readItemDates('Council to vote', ['The council votes Thursday, April 7, on the harbour plan.'], '2022-04-03').eventDate).not.toBe('2021-04-07');
  });
});

describe('event dates: a participle before an old date (session 9)', () => {
  it('leaves "Launched on July 14, the probe is in its final leg" on the page\'s day', () => {
    expect(readItemDates('Probe nears landing', ['Launched on July 14 from the coast, the probe is in its final leg.'], '2023-08-21').eventDate).toBe('2023-08-21');
  });
});

describe('event dates: a past week (session 9)', () => {
  it('dates no act by "last week"', () => {
    expect(readItemDates('Final', ['The hosts won the cup. Their rivals, after last week, could not back it up.'], '2019-11-02').eventDate).toBe('2019-11-02');
  });
});

describe('event dates: a reporting verb before a future (session 9)', () => {
  it('reads "Judge says hearing will resume Tuesday" as the day announced, and dates the statement by "said Monday"', () => {
    const d = readItemDates('Judge says hearing will resume Tuesday', ['The judge said Monday morning that the hearing will resume Tuesday.'], '2023-04-18');
    expect(d.eventDate).toBe('2023-04-17');
  });
});

describe('event dates: a wire dateline in the lead (session 9)', () => {
  it('dates the act by its weekday, not by the day the wire filed it ("HARBOURTON, Dec. 3 (Example Wire) — … early Wednesday")', () => {
    const d = readItemDates('Assembly lifts decree', ['HARBOURTON, Dec. 3 (Example Wire) — The assembly voted early Wednesday morning to lift the decree.'], '2024-12-04');
    expect(d.eventDate).toBe('2024-12-04');
    expect(readItemDates('Winner in debut', ['July 21 (Example Wire) – The striker scored a late winner on Friday.'], '2023-07-22').eventDate).toBe('2023-07-21');
  });
});

describe('event dates: counted periods and standfirsts (session 15)', () => {
  it('never reads an ordinal period, “the 18th consecutive weekend”, as a day', () => {
    const d = dates('Thousands march against the curfew', 'Thousands marched in Harbourton for the 18th consecutive weekend, defying the ban.', 'In a speech Saturday, Mayor Ines Marr condemned the march.');
    expect(d.eventDate).toBe(PAGE);
    // (A day named beside the count still dates its act.)
    expect(dates('March held', 'Thousands marched in Harbourton on Saturday for the third straight weekend.').eventDate).toBe('2022-01-22');
  });

  it('reads the lede under a one-sentence standfirst as the lead', () => {
    const d = dates('Protests continue despite curfews', 'Crowds came out, despite orders meant to calm the streets after dark.',
      'Protesters angry over the killing of a man in custody, and the force’s record in the harbour district, filled the streets again on Tuesday.');
    expect(d.eventDate).toBe('2022-01-25');
    expect(d.dateText).toBe('on Tuesday');
  });

  it('keeps the page’s day when the first paragraph reports an act of the day (the perfect, the present)', () => {
    expect(dates('Harbour arrest', 'Police have arrested a man after an attack in the harbour district.',
      'The attack, in which two men were hurt, happened near the ferry terminal on Saturday night, police said in a statement.').eventDate).toBe(PAGE);
  });
});

describe('event dates: a day the headline gives its act', () => {
  it('keeps the headline\'s day of the act over a later statement\'s day in the lead', () => {
    const d = dates('Hundreds of ferry passengers slept at Harbourton quay on Tuesday', 'On Tuesday, about 400 passengers slept in the terminal after the last sailing was cancelled, the port said in an update early Wednesday.');
    expect(d.eventDate).toBe('2022-01-25');
    expect(d.dateText).toMatch(/Tuesday/);
  });
  it('leaves the statement\'s day to an item whose headline gives no day', () => {
    expect(dates('Ferry service halted', 'Ferries stopped on Tuesday, the port said in an update early Wednesday.').eventDate).toBe('2022-01-26');
  });
});

describe('event dates: a look-back and the week\'s news in one lead', () => {
  // PAGE is Thursday 2022-01-27.
  it('gives the lead\'s day of this week over the past full date the lead opens on', () => {
    const d = dates('Jury convicts warehouse arsonist', 'On 9 November 2019, a fire destroyed the warehouse on the quay. On Tuesday a jury found a former employee guilty of starting it.');
    expect(d.eventDate).toBe('2022-01-25');
  });
  it('reads a weekday-and-date in a later sentence of the lead as background, not the act', () => {
    expect(dates('Strike looms', 'Civil servants walked out for a second time this month. The first stoppage, on Thursday, January 6, shut every ministry.').eventDate).toBe(PAGE);
  });
  it('gives the act\'s day of this week over a participle\'s past weekday and date', () => {
    expect(dates('Minister quits', 'The transport minister, appointed in a reshuffle on Monday, January 10, quit on Tuesday after a row over rail funding.').eventDate).toBe('2022-01-25');
  });
});

describe('event dates: a day a thing is set for', () => {
  it('reads "set for Friday", "planned for Friday" as the coming Friday, scheduled, and keeps the page\'s day', () => {
    for (const p of ['A hearing on the appeal has been set for Friday, the court said.', 'A vote on the new ministers is planned for Friday.', 'A rally is slated for Friday.']) {
      const d = dates('Court news', p);
      expect(d.eventDate).toBe(PAGE);
      expect(d.scheduledDate).toBe('2022-01-28');
    }
  });
  it('schedules only the day right after "planned for": another day of the sentence keeps its act', () => {
    const d = dates('Vote off', 'A vote planned for Friday was called off on Tuesday, the council said.');
    expect(d.eventDate).toBe('2022-01-25');
    expect(d.scheduledDate).toBe('2022-01-28');
  });
});

describe('event dates: a day an act is due on', () => {
  it('reads "are due to meet … on Friday" as scheduled, not as a state\'s cause', () => {
    const d = dates('Talks', 'Union leaders are due to meet the ministry on Friday.');
    expect(d.eventDate).toBe(PAGE);
    expect(d.scheduledDate).toBe('2022-01-28');
  });
  it('reads "is due to a cable cut on Monday" as a cause: nothing is scheduled', () => {
    for (const p of ['The outage is due to a cable cut on Monday.', 'Delays on the line are due to the signal failure on Monday.']) {
      expect(dates('Line news', p).scheduledDate, p).toBeNull();
    }
  });
  it('still reads "closed due to the storm on Monday" as a state and its cause', () => {
    expect(dates('Schools shut', 'Schools are closed due to the storm on Monday.').eventDate).toBe(PAGE);
  });
});

describe('event dates: a coming day named by the page\'s own weekday', () => {
  it('reads "will meet later on Thursday" on a Thursday as that day, scheduled; "next Thursday" a week on', () => {
    const d = dates('Ministers to meet', 'The executive will meet later on Thursday to resolve the dispute.');
    expect(d.eventDate).toBe(PAGE);
    expect(d.scheduledDate).toBe(PAGE);
    expect(dates('Ministers to meet', 'The executive will meet next Thursday.').scheduledDate).toBe('2022-02-03');
  });
});

describe('event dates: the act\'s day, not furniture\'s or background\'s (issue 10, session 23)', () => {
  it('reads the lede under a standfirst, a source label, a dateline line and a caption (furnitureOverLede, ledeIndex)', () => {
    const d = dates('Ferry sinks off Vessby',
      'A ferry went down in a storm; dozens may be missing.',
      'Harbour Wire',
      '2022 Jan 27, 07:49, VESSBY',
      'This handout photo released by the coastguard on Monday, January 24, 2022, shows the ferry at the quay. (via Example Wire)',
      'A ferry carrying more than 200 passengers sank on Wednesday off the coast of Vessby, leaving at least 30 dead, the coastguard said.');
    expect(d.eventDate).toBe('2022-01-26');
  });

  it('counts a standfirst with the modal "may" as naming no day (MODAL_MAY)', () => {
    expect(dates('Ferry sinks off Vessby', 'Dozens may be missing after the sinking off the island.',
      'A ferry carrying more than 200 passengers sank on Wednesday off the coast of Vessby, leaving at least 30 dead, officials said.').eventDate).toBe('2022-01-26');
  });

  it('takes the headline\'s act day from a sentence below a lead that gives none (actDayBelow)', () => {
    const d = dates('Orvel Bank chief quits as lender is placed into administration',
      'The chief executive of Orvel Bank has stepped down and the lender has been placed into administration, leaving savers waiting for their money.',
      'On Tuesday, Mara Linde resigned as chief executive and the bank entered administration, ending a week of withdrawals.');
    expect(d.eventDate).toBe('2022-01-25');
    // A day of another act below the lead dates nothing.
    expect(dates('Orvel Bank chief quits as lender is placed into administration',
      'The chief executive of Orvel Bank has stepped down and the lender has been placed into administration, leaving savers waiting for their money.',
      'On Tuesday, Mara Linde promised customers that every deposit was safe and would be honoured in full.').eventDate).toBe(PAGE);
  });

  it('reads a reporting word after a determiner or an "-ing" word as a noun (REPORTED_AFTER)', () => {
    const lead = 'Orvel Bank has collapsed into administration and its chief executive has resigned, less than a day after she told savers their money was safe.';
    expect(dates('Orvel Bank collapses', lead, 'Only yesterday, in a series of gushing tweets about the bank, Linde promised customers that every deposit was safe.').eventDate).toBe(PAGE);
    // (A speaker after the day still dates the statement.)
    expect(dates('Orvel Bank collapses', lead, 'Yesterday, the regulator confirmed that it had taken control.').eventDate).toBe('2022-01-26');
  });
});

describe('event dates: a day an act was expected on, told in the past (PAST_EXPECTATION, issue 10, session 23)', () => {
  it('dates no act by it: the lead\'s act without a day keeps the page\'s', () => {
    expect(dates('Council approves harbour budget', 'The council has approved the harbour budget, ending weeks of wrangling. The vote was expected to take place on Monday, but a row held it up.').eventDate).toBe(PAGE);
    expect(dates('Good morning.', 'A trade deal has finally been agreed. It was expected to be announced last night, but there was a last-minute hold-up.').eventDate).toBe(PAGE);
  });

  it('still dates an act told with its day beside it', () => {
    expect(dates('Council approves harbour budget', 'The council approved the harbour budget on Monday, as expected.').eventDate).toBe('2022-01-24');
  });
});

describe('event dates: a weekday in a reported conditional future ("would … on Tuesday", issue 10, session 24)', () => {
  it('is a coming day, scheduled, never the weekday before the page', () => {
    const d = dates('Dockers would strike', 'Dock workers would walk out on Tuesday if the board does not improve its offer, their union said.');
    expect(d.eventDate).toBe(PAGE);
    expect(d.scheduledDate).toBe('2022-02-01');
    expect(dates('Vote', 'The chairman said the committee would vote Monday on the plan.').scheduledDate).toBe('2022-01-31');
    expect(dates('Vote', 'The chairman said the committee would vote Monday on the plan.').eventDate).toBe(PAGE);
  });

  it('leaves a day told before "would", or after the clause closes, to its own clause', () => {
    expect(dates('Police', 'Police said on Tuesday they would not charge the driver.').eventDate).toBe('2022-01-25');
    expect(dates('Minister', 'The minister had said he would resign, and on Monday he did.').eventDate).toBe('2022-01-24');
    // (A counterfactual past, "would have", tells of a day gone by.)
    expect(dates('Ferry', 'Without the storm the ferry would have docked on Monday, the operator said.').scheduledDate).toBeNull();
  });
});

describe('event dates: a weekday in a headline\'s infinitive is a coming day ("Ferry to resume sailings Monday", issue 10, session 24)', () => {
  // Page of Thursday 27 January 2022.
  it('whatever day of the week it names, never the one before the page', () => {
    const d = dates('Harbour ferry to resume sailings Monday after repairs', 'The ferry will sail again after engineers rebuilt the landing stage, its operator said.');
    expect(d.eventDate).toBe(PAGE);
    expect(d.scheduledDate).toBe('2022-01-31');
    expect(dates('Union says talks to resume Tuesday', 'The union and the board will meet again, a spokesman said.').scheduledDate).toBe('2022-02-01');
    // (The page's own weekday is that day.)
    expect(dates('Ministers to meet Thursday', 'The ministers will meet in the capital.').scheduledDate).toBe(PAGE);
  });

  it('leaves a day behind the act in the headline to its act ("to be charged over Monday crash")', () => {
    expect(dates('Driver to be charged over Monday crash', 'Police said the driver would appear in court.').scheduledDate).not.toBe('2022-01-31');
  });
});

describe('event dates: "to" before a name in a headline is no infinitive (issue 10, session 24)', () => {
  it('reads a title-case infinitive as one, a place after "to" as none', () => {
    expect(dates('Harbour Ferry To Resume Sailings Monday', 'The ferry will sail again, its operator said.').scheduledDate).toBe('2022-01-31');
    expect(dates('Divers find hull close to Orran Reef on Monday', 'The salvage board confirmed the find.').scheduledDate).toBeNull();
  });
});

describe('a reduced relative\'s day (issue 10, second round)', () => {
  it('dates the noun a past participle and a day describe, not the act: the act keeps the page\'s day', () => {
    expect(dates('Warning lifted', 'The harbour authority has lifted the storm warning issued on Monday night, a spokesman said.').eventDate).toBe(PAGE);
    expect(dates('Hostages freed', 'Soldiers have freed the two hostages taken on Sunday, the army said.').eventDate).toBe(PAGE);
  });
  it('reads the participle as a verb where the noun phrase opens a clause: a sentence\'s subject, after a reporting verb or "and"', () => {
    expect(dates('Mayor quits', 'The council said the mayor resigned on Monday.').eventDate).toBe('2022-01-24');
    expect(dates('Port reopens', 'Ships left the bay and the harbour reopened on Monday.').eventDate).toBe('2022-01-24');
    expect(dates('Bed shortage', 'The clinic opened a new hospital bed on Monday.').eventDate).toBe('2022-01-24');
  });
});

describe('a part of a day run before a weekday (issue 10, second round)', () => {
  it('dates "for a third night Friday" on the Friday (chrono reads "night Friday" as no day)', () => {
    expect(dates('Protests go on', 'Residents protested for a third night Wednesday over the blackout, police said.').eventDate).toBe('2022-01-26');
    expect(dates('Protests go on', 'Residents protested Wednesday night over the blackout, police said.').eventDate).toBe('2022-01-26');
  });
});
