import { describe, expect, it } from 'vitest';
import { readSeed } from './read-seed';
import { firstSentence } from './segment';
import { gluedHeadlineEnd } from './shape';

const read = (text: string) => readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/news/page\npublished: 2022-05-04\n---\n${text}` });
const lines = (r: ReturnType<typeof read>) => r.items.map((i) => i.line - 4);

describe('segmenting: a live copy around its summary', () => {
  it('reads a headline under the summary as a post when the copy starts at the summary (its title lost above it)', () => {
    const r = read('Coverage on this live blog has ended.\nWhat to know about the fires:\n- At least six people have died in the fires, officials said on Tuesday.\n- Crews continue to battle the fires on the coast.\nSatellite pictures show the damage in the old town\nSatellite pictures taken on Tuesday show the damage to the old town after the fire tore through it.\nVisitors asked to leave the island\nVisitors are being asked to leave the island as soon as possible, county officials said today.');
    expect(lines(r)).toEqual([5, 7]);
  });

  it('makes no post of a teaser standing over the summary', () => {
    const r = read('Live Updates\n\nAt least nine dead after tower fire in Harbourton\n\nWatch: a family explains why it will stay in the twin block\n\nWhat we know so far\n\n  • At least nine people are dead after a fire swept through a residential tower in Harbourton on Thursday.\n  • The cause of the fire is still unknown.\n\n48 Posts\n\nHere is the latest on the tower fire\n\nThe toll rose to nine after firefighters found two more people on Monday, the mayor said.');
    expect(lines(r)).toEqual([14]);
  });

  it('reads a title that calls the page updates ("Tower fire updates: …") as a live blog’s', () => {
    const r = read('Tower fire updates: the rest of the block will be pulled down\n\nDays after the fire, the search for the missing goes on in Harbourton.\n\nFriday, 5:45 p.m.:\n\nTwo more people have been found in the burned block, bringing the toll to nine, the mayor said.');
    expect(lines(r)).toEqual([7]);
  });
});

describe('segmenting: live furniture around posts with times', () => {
  it('makes no post of a video’s title over its running time, nor of the blog’s summary under "What we’re covering here"', () => {
    const r = read('Harbour ferries halted after the crash\n\nMinister: all ferries halted\n02:14 - Source: Harbour News\n\nWhat we’re covering here\n\n  • Ferries halted: the ministry halted all crossings until the inquiry ends.\n  • The crash: two ferries collided in fog on Sunday, killing 14 people.\n90 Posts\n\nFerry black boxes arrive in the capital\n\nThe recorders from both ferries have arrived in the capital, where they will be read, the inquiry said.\n\nWhat the inquiry has found so far\n\nThe inquiry said on Wednesday that both ferries had kept to their lanes.');
    expect(lines(r)).toEqual([12, 16]);
  });

  it('takes a post’s own time, not the page’s "updated" time above it, for the post’s day', () => {
    const r = read('Ferry crash: live updates\n\nBy Ada Berg\n8:12 a.m. ET, March 12, 2019\n3:05 a.m. ET, March 11, 2019\n\nWitness: the ferry turned sharply before the crash\n\nA fisherman who saw the crash from the shore told reporters that the ferry turned sharply in the fog before it hit the pier.\n\n3:30 a.m. ET, March 11, 2019\n\nOfficials: the inquiry comes first\n\nThe port authority said the inquiry would follow international standards and that families would be kept informed of every step.');
    expect(r.items.map((i) => i.eventDate)).toEqual(['2019-03-11', '2019-03-11']);
  });

  it('keeps the first post’s headline above its time when the copy lost the title and every post prints its headline so', () => {
    const r = readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/news/storm-live-updates/\npublished: 2022-08-30\n---\n${'The storm made landfall on the coast early on Wednesday, the weather office said, and is moving north.\n\nThe storm made landfall around 7:45 a.m. near the harbour town, according to the weather office.\n\nIt became the third hurricane of the season early on Tuesday, as it crossed the warm waters of the gulf.\n\nWeather office 11 a.m. update\n\nUpdate 11 a.m. EDT Aug. 30: The storm is now a category one storm with winds of 90 mph.\n\nFirst death from the storm confirmed\n\nUpdate 10:43 a.m. EDT Aug. 30: The highway patrol confirmed that a driver died when his car hit a tree.\n\nDamage begins to show\n\nUpdate 10:20 a.m. EDT Aug. 30: As the sun came up, the damage the storm left behind began to show.'}` });
    expect(lines(r).slice(-3)).toEqual([7, 11, 15]);
  });

  it('keeps a timed post whose headline stands and whose first paragraph the copy cut off', () => {
    const r = read('Moon mission live\n\n07:43 IST\n\nWhere to watch the landing\n\nYou can watch the landing on the agency’s website and on national television.\n\n07:35 IST\n\nTwo days left before the landing\n\nThe lander is due to touch down on the moon on Wednesday at 6:04 pm, the agency said.\n\n07:30 IST\n\nRival mission fails, leaving one lander in the race\n\nAccording to the rival agency’s news service, the coun');
    expect(lines(r)).toEqual([5, 11, 17]);
  });
});

describe('segmenting: a live copy that ran each post’s headline into its text', () => {
  it('starts a post at each line whose headline runs into its first sentence', () => {
    const r = read('Harbour strike LIVE: unions reject the latest pay offer\n\nBy Ada Berg\n\nArmy hits smuggling boats after flare launchesThe army says it struck several boats used by smugglers near the harbour on Tuesday night.\n\nThe army says its patrol boats were not hit.\n\nUnion sending pickets to the north pierThe dockers’ union is sending more of its members to the north pier, its leader said.\n\nShe did not say how many pickets were being sent to the pier.');
    expect(lines(r)).toEqual([5, 9]);
  });

  it('reads no post start in a name that runs capitals together inside prose', () => {
    const r = read('Harbour strike LIVE: unions reject the latest pay offer\n\nThe pilot uses a PlayStation controller to steer the submersible, the correspondent said on Tuesday.\n\nThe company said its YouTube channel would show the dive, and that its MacBook records each one.');
    expect(r.items.length).toBe(1);
  });
});

describe('segmenting: a first post that lost its time, right under the title', () => {
  it('is a post when it is signed as the timed posts below are', () => {
    const r = read('Harbour blasts kill more than 20\nPriest: \'We will rebuild the shrine, stone by stone\'\nFrom Northline staff in Harbourton\nSpeaking outside the shrine, a priest said that several members of his parish died in the attack.\nHis brother had been near the blast when it took place, and is in hospital, he said.\n20 min ago\n\'We will act\': Housing Minister\nFrom Northline staff in Harbourton\nSpeaking outside the shrine, the housing minister said the attacks were a new kind of terrorism.\n32 min ago\nNine people have been arrested\nFrom journalist Ada Berg in Harbourton\nNine people have been arrested in connection with the attacks, the police told Northline.');
    expect(lines(r)).toEqual([2, 7, 11]);
  });
});

describe('segmenting: a story with timed updates glued to their sentences under it', () => {
  it('keeps the story above the first update as an item under its title, and each update', () => {
    const r = read('Breaking: ferry sinks off the harbour, crew rescued\nThe ferry sank about a mile off the harbour early this morning, the coastguard said.\nAll eleven crew members were pulled from the water by a fishing boat that was nearby.\nThe cause of the sinking is under investigation, the harbour master told reporters.\nMore details to come...\n2:49pm CST: The coastguard has confirmed that two of the crew were taken to hospital with minor injuries.\nUPDATED 5:15PM CST: The ferry operator said the boat had passed its safety inspection last month.');
    expect(lines(r)).toEqual([1, 6, 7]);
  });
});

describe('segmenting: a masthead run into its widgets', () => {
  it('never takes "Outlet News Share" for the title: the headline below it is, and no item', () => {
    const r = readSeed({ name: 'page.txt', text: 'Northline News Share\n\nHarbour weather updates: river peak revised down, some residents allowed home\n\nBy Ada Berg, Tom Lind, and Jo Reed\nPosted , updated \n\nThe weather office has revised down the river’s expected flood peak, with some residents now able to return to their homes.\n\nLook back at all of Tuesday\'s developments as they happened with our live blog.\n\nKey events\n\nLive updates\n\nPinned\n\nWhere to find emergency help and information\n\nBy Ada Berg\n\n  • For emergency help, call the flood line on 132 500 at any time of the day.\n\n  • If your life is at risk, call the emergency number immediately.\n' });
    expect(r.items.map((i) => i.line)).toEqual([18]);
  });
});

describe('segmenting: a closed live blog that kept one post', () => {
  it('reads the one timed post under the summary as the blog’s item', () => {
    const r = read('Harbour fire: Sunday as it happened\n\nThese live updates have now ended.\n\nIt has been two days since the fire at the docks, and the city is still counting the cost.\n\n8:35pm - The vigil for the victims of the fire at the docks has just come to a close, after hundreds gathered at the harbour.\n\nThe vigil follows many others across the city over the weekend.');
    expect(lines(r)).toEqual([7]);
  });
});

describe('segmenting: a live blog whose posts show no cut', () => {
  it('reads the copy as the page’s lead: one item at the title (session 15: no post below repeats it)', () => {
    const r = read('Harbour fire live: crews battle warehouse blaze\n\nThis family was rescued from the roof of their house on Quay Street:\n\nFirefighters said the blaze was under control by the afternoon, the city said.');
    expect(lines(r)).toEqual([1]);
  });

  it('keeps an article’s title as its item', () => {
    const r = read('Crews battle warehouse blaze in Harbourton\n\nFirefighters said the blaze was under control by the afternoon, the city said.');
    expect(lines(r)).toEqual([1]);
  });
});

describe('segmenting: a live copy that lost its blank lines', () => {
  it('finds post headlines inside the one long block, and a post whose text ends introducing an embed', () => {
    const r = read('Live updates: storm moves inland\nThe storm weakened overnight as it moved north, forecasters said.\nMore than a million homes lost power across the coast.\nSome levees were breached in the low-lying parishes.\nRoads were closed across the delta, the transport office said.\nThe governor declared a state of emergency for the region.\nBarges break loose on the river\nTwelve barges broke loose from their moorings and drifted down the river, harbour officials confirmed Sunday. Our affiliate has the latest:\nFirst storm death reported\nAt least one person has died as a result of the storm, the county sheriff announced on Sunday night.');
    expect(lines(r)).toEqual([7, 9]);
  });
});

describe('segmenting: posts without a time above the timed ones', () => {
  it('reads two or more headline + text pairs above the first timed post as posts', () => {
    const r = read('Vote count live\n\nCouncil declares Berg the winner\n\nThe electoral council declared Ada Berg the winner of the run-off on Sunday.\n\nBerg declares victory\n\nAda Berg declared victory on Sunday in front of supporters in Harbourton.\n\nKey developments (all times CET)\n\nBerg takes the lead (6:20 p.m.)\n\nBerg had 56 per cent of the votes with half the ballots counted, the council said.\n\nPolls close (5:00 p.m.)\n\nPolls closed across the country after nine hours of voting, the council said.');
    expect(lines(r)).toEqual([3, 7, 13, 17]);
  });
});

describe('segmenting: an explainer', () => {
  it('keeps the questions under its title (“What we know about …”) in its one item', () => {
    const r = read('What we know about the Vellmora dam breach\n\nSix people were killed when the dam broke on Monday, the regional police said.\n\nWhat happened?\n\nThe wall gave way at dawn after three days of rain, the dam operator said.\n\nWho were the victims?\n\nThe victims include two engineers who were inspecting the wall, the company said.\n\nWhat happens next?\n\nThe regional council will open an inquiry next week, its chair said on Tuesday.');
    expect(lines(r)).toEqual([1]);
  });
});

describe('segmenting: a headline above a sentence that introduces what follows', () => {
  it('is a post: a list follows, or the speech, the video or the pictures were not copied', () => {
    const r = read('Dam vote live: council backs repairs\n\nThe council voted on Tuesday to fund repairs to the Orvel dam.\n\nMayor booed at council meeting\n\nThe mayor was booed by residents as she arrived at the council meeting, police said.\n\nWatch the mayor’s speech to the council\n\nHere is the mayor’s speech for those who missed the live broadcast earlier:\n\nMayor vows to rebuild the dam\n\nThe mayor said the dam would be rebuilt within two years, the council said.');
    expect(lines(r)).toEqual([5, 9, 13]);
  });
});

describe('segmenting: updates under labels', () => {
  it('makes an update of one headline-shaped line a post, and keeps short updates after the last long paragraph', () => {
    const r = read('Storm: a million without power – updates\n\nUpdate:\n\nThe power company says supply has been restored to nearly 95% of its customers across the state.\n\nUpdate:\n\nTraders look to imported oil as the storm cuts output at the coast\n\nUpdate:\n\nMost of the city has power again.\n\nUpdate:\n\nState death toll rises to 12.');
    expect(lines(r)).toEqual([5, 9, 13, 17]);
  });
});

describe('segmenting: headlines printed above their post times', () => {
  it('starts each post at the headline above its time', () => {
    const r = read('Ferry strike live: talks agreed\n\nCrossings stayed cancelled for a second day as the strike went on.\n\nOperator agrees to talks\n\n20:55 , Mira Castell\n\nThe operator has agreed to hold talks with the union, its chief executive said.\n\nStrikers rally at terminal\n\n19:30 , Mira Castell\n\nAbout 400 strikers rallied outside the ferry terminal on Tuesday evening, police in Harbourton said.');
    expect(lines(r)).toEqual([5, 11]);
  });

  it('does not take a related link above a dropped “Read more” for a headline', () => {
    const r = read('Ferry strike live\n\n18.34 BST\n\nThe operator has agreed to hold talks with the union, its chief executive said.\n\nThe long history of ferry strikes in the harbour\nRead more\n18.23 BST\n\nAbout 400 strikers rallied outside the ferry terminal on Tuesday evening, police in Harbourton said.');
    expect(lines(r)).toEqual([5, 11]);
  });
});

describe('segmenting: one-line updates stacked under a bare time', () => {
  const stack = (third: string) => read(`Storm updates\n7:10 p.m.\nCoastguard suspends all ferry crossings until further notice.\nSchools across the district send their pupils home early.\n${third}\n6:00 p.m.\nThe harbour wall was breached at the north pier, the port authority said.`);

  it('makes each line under the time a report of its own', () => {
    expect(lines(stack('Ferry operators refund tickets for the evening sailings.'))).toEqual([3, 4, 5, 7]);
  });

  it('keeps paragraphs that read on from each other as one post', () => {
    expect(lines(stack('It was the first closure of the crossings this year.'))).toEqual([3, 7]);
  });

  it('keeps a copy’s paragraphs that lost their blank lines as one post under its headline', () => {
    const r = read('Harbour fire: the latest\nFire crews were called to the docks late on Tuesday, the city said.\n10pm: Mayor condemns councillor’s remarks\nMayor Ada Berg has condemned remarks by councillor Tom Lind that linked the fire at the docks to the port’s new owners, after a row broke out online.\nCouncillor Lind’s comments, a series of posts written within an hour of the fire, were widely criticised by residents and by members of his own party.\nMayor Berg said the remarks had no place in the council, and asked the councillor to withdraw every one of them by the morning.\nCity officials said on Tuesday evening that they had received more than two hundred complaints about the posts from residents.\n9.15pm: Docks closed until morning\nThe port authority closed the docks to all traffic until Wednesday morning, its spokesman said.');
    expect(lines(r)).toEqual([3, 8]);
  });

  it('keeps a post’s lines as one post when one of them holds two sentences, a caption among them (issue 10, session 24)', () => {
    // (A caption under the first line pulls the lines' mean length down to a stack's.)
    const r = read('Storm updates\n7:10 p.m.\nDrone pictures show the harbour wall breached at the north pier, with boats thrown onto the quay.\nThe north pier after the storm.\nThe port authority has closed the harbour to all traffic. Engineers will inspect the wall at first light, it said.\nSome 40 boats were damaged, according to the harbour master.\n6:00 p.m.\nThe coastguard suspended all ferry crossings until further notice, a spokeswoman said.\n\nPassengers were told to check with the operators before they travel.');
    expect(lines(r)).toEqual([3, 8]);
  });

  it('keeps a time glued to its first paragraph as one post', () => {
    const r = read('Storm updates\n7:10 p.m. Coastguard suspends all ferry crossings until further notice.\nSchools across the district send their pupils home early.\nFerry operators refund tickets for the evening sailings.\n6:00 p.m.\nThe harbour wall was breached at the north pier, the port authority said.');
    expect(lines(r)).toEqual([2, 6]);
  });
});

describe('segmenting: a post titled by its first sentence', () => {
  it('never ends the sentence on a title, an initial or a dotted acronym', () => {
    expect(firstSentence('Sen. Ruth Anand: the request goes in at 8:00 p.m. More later.')).toBe('Sen. Ruth Anand: the request goes in at 8:00 p.m.');
    expect(firstSentence('Former N.R. envoy Mary J. Holt issued a statement. It was brief.')).toBe('Former N.R. envoy Mary J. Holt issued a statement.');
    expect(firstSentence('Mr. Reyes left the court. He did not speak.')).toBe('Mr. Reyes left the court.');
  });
});

describe('segmenting: a live blog whose posts are signed at their foot', () => {
  it('drops each "-Name" signature and keeps the post the copy cut off in its first words', () => {
    const r = read('Live updates: the central bank’s rate decision\nThe central bank is expected to announce its rate decision at 2 p.m. on Wednesday, economists said.\nBank raises rates by half a point\nThe central bank raised its main rate by half a point, the largest rise in twenty years.\n-Ada Berg\nWhere markets stand before the decision\nStocks rose about 1% in early trading as investors waited for the announcement, traders said.\n— Tom Lind\nFund manager predicts a larger rise as the bank pledges action\nA well-known fund manager is calling on the central bank to act more aggressi');
    expect(lines(r)).toEqual([3, 6, 9]);
    expect(r.report.dropped_samples.filter((d) => d.reason === 'byline').map((d) => d.line - 4)).toEqual([5, 8]);
  });
});

describe('segmenting: a live copy cut off in the first paragraph of its last post', () => {
  it('keeps the post past its byline and a lost embed’s notice', () => {
    const r = read('Flood updates live: river peak revised down\n\nRiver peak revised down\n\nThe river is now expected to peak at 9.5 metres on Tuesday night, the weather bureau said in its latest warning.\n\nThis article contains content that is not available.\n\nValley residents urged to watch flood warnings\n\nBy Ada Berg\n\nThe valley council is urging residents and landholders to be prepared and to monito');
    expect(lines(r)).toEqual([3, 9]);
  });

  it('keeps the post whose text the copy cut after a word’s capital', () => {
    const r = read('Coronation day live\n\n14:48 (UTC+5)\n\nProcession reaches the cathedral\n\nThe royal procession has reached the cathedral and the service will start soon, officials said.\n\n14:46 (UTC+5)\n\nThe queen’s family arrives\n\nAs the queen makes her way to the cathedral with the king in the State Coach, her family arrived at the West D');
    expect(lines(r)).toEqual([5, 11]);
  });
});

describe('segmenting: a live blog copied without its title line', () => {
  const page = 'Welcome to our live coverage of the council election count.\n\nThis is it, counting night. The campaign is over, and now it is all about the ballots in the town hall.\n\nRead on for all the latest news from the count, and all the results as they come in.\n\nLATEST | Berg wins the harbour ward\n\nThis was no surprise to anyone who watched the campaign, but every seat counts tonight.\n\nTurnout in the other wards\n\nTurnout was about 61 per cent across the town, the returning officer said.\n\nCount paused in the north ward\n\nThe count in the north ward was paused for an hour after a recount was requested, officials said.';

  it('reads the first headline under the standfirst as a post, not as the page’s title', () => {
    const r = readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/news/live/council-election-count\npublished: 2022-05-04\n---\n${page}` });
    expect(lines(r)).toEqual([7, 11, 15]);
  });

  it('keeps a live page’s title above a one-paragraph summary', () => {
    const r = readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/news/live/council-election-count\npublished: 2022-05-04\n---\nCouncil election count live\n\nThe count is under way in the town hall, officials said on Wednesday evening.\n\nBerg wins the harbour ward\n\nAda Berg won the harbour ward by 212 votes, the returning officer said.\n\nTurnout in the other wards\n\nTurnout was about 61 per cent across the town, the returning officer said.\n\nCount paused in the north ward\n\nThe count in the north ward was paused for an hour after a recount was requested, officials said.` });
    expect(lines(r)).toEqual([5, 9, 13]);
  });
});

describe('segmenting: a section’s name printed above an article’s headline', () => {
  const article = (kicker: string, standfirst = '') => read(`${kicker}\n\nJury finds former Harbourton mayor guilty of bribery\n\n${standfirst}By Jo Reed\n\nA federal jury on Wednesday found the former mayor of Harbourton guilty of bribery and fraud, prosecutors said.\n\nThe jury deliberated for two days before returning its verdict, the prosecutors’ office said in a statement.`);

  it('takes the headline under the section’s name for the title', () => {
    expect(lines(article('National Politics'))).toEqual([3]);
    expect(lines(article('World News'))).toEqual([3]);
  });

  it('keeps a short title above a standfirst that is a sentence', () => {
    const r = read('Mayor convicted\n\nA jury found the former mayor of Harbourton guilty of bribery after a two-week trial.\n\nA federal jury on Wednesday found the former mayor of Harbourton guilty of bribery and fraud, prosecutors said.');
    expect(lines(r)).toEqual([1]);
  });
});

describe('segmenting: shapes of unseen live pages (session 7)', () => {
  it('keeps a timed post whose text ends on a link’s label without a full stop ("… Read more here")', () => {
    const r = read('Ferry strike live updates: talks to resume at noon\nFollow all the updates here:\n-\nThu, 05 May 2022 12:10 AM\nUnion leader spoke at a rally on Monday\nOn Monday, the union leader spoke to a crowd of dockers at the harbour, days after the talks broke down. Read more here\n-\nWed, 04 May 2022 11:58 PM\nPort authority says ferries will run on Friday\nThe port authority said the ferries would run on Friday whatever the talks decide, according to a statement.');
    expect(lines(r)).toEqual([5, 9]);
  });

  it('reads a summary’s heading that names its subject ("What you need to know about the cup") as the blog’s, not its title', () => {
    const r = read('What you need to know about the cup\n- The home side won the cup, beating the visitors 1-0.\n- The captain scored the only goal in the first half.\nCoverage on this live blog has ended.\nGoodbye to the cup, see you in four years\n\nAnd that is a wrap on this year’s cup, with the next host still unknown.\nCaptain says the early goal decided it\n\nThe early goal played into the home side’s game, the visiting captain said after the match.');
    expect(lines(r)).toEqual([5, 8]);
  });

  it('reads posts cut at 24-hour times printed without a colon ("1410 – …"), newest first', () => {
    const r = read('The coach and her players with their medals (Jo Reed/Agency)\n\n1410 – That brings our coverage of the final to an end, and the last word goes to the coach.\n\n“We leave with our heads high,” she told reporters.\n\n1405 – The winning captain tells reporters the squad will parade the trophy.\n\n1400 – A word for the full-back who scored the winner in the semi-final and again in the final.');
    expect(lines(r)).toEqual([3, 7, 9]);
  });

  it('keeps a blog’s last short post under its time, and both posts under one repeated headline', () => {
    const r = read('Final live: the cup goes to the home side\n\n01:03 PM BST\n\n104 mins: Home 1-0 Away\n\nCorner for the visitors, the last chance of the match, is cleared.\n\n01:00 PM BST\n\n102 mins: Home 1-0 Away\n\nThe keeper launches the ball forward but it comes to nothing after a foul.\n\n12:59 PM BST\n\n102 mins: Home 1-0 Away\n\nThe keeper saves again...');
    expect(lines(r)).toEqual([5, 11, 17]);
    expect(new Set(r.items.map((i) => i.key)).size).toBe(3);
  });

  it('heads the first post with the headline above its time when every post prints its headline above its time', () => {
    const r = read('Prosecutor hails the verdict against the harbour boss\n\n29 Dec 2021 22:37\n\nThe prosecutor has put out a statement hailing the unanimous verdict, guilty on five charges.\n\nHarbour boss found guilty at trial\n\n29 Dec 2021 22:30\n\nThe jury has returned its verdict and it is guilty, the court clerk said.\n\nRelated: Harbour boss found guilty at trial\n\n29 Dec 2021 22:25\n\nThe jury rejected the defence’s claims that the witnesses were lying about the accounts.');
    expect(lines(r)).toEqual([1, 7, 17]);
  });

  it('makes no post headline of the reporter on the spot under a post’s time ("Example Sport’s Ada Berg at the Harbour Stadium")', () => {
    const r = read('Cup final live!\n\nThe cup final takes place tonight at the Harbour Stadium, with both sides chasing a record fourth title.\n\nRed card for the captain\n\n20:41 , Tom Lind\n\nNorthline Sport’s Ada Berg at the Harbour Stadium\n\nThe captain is sent off for a shoulder to the head of the centre, the first red card in a final.\n\nYellow card for the winger\n\n20:30 , Tom Lind\n\n28 mins: The winger is sent to the bin for a high tackle on the full-back.');
    expect(lines(r)).toEqual([5, 13]);
  });
});

describe('reading an article or a blog from its copy alone (session 7)', () => {
  const bare = (text: string) => readSeed({ name: 'page.txt', text }).items.map((i) => i.line);

  it('never takes a wire picture’s caption ("FILE PHOTO: …", "(COMBO) …", "— Photo courtesy of …") for the title', () => {
    expect(bare('FILE PHOTO: Students walk in the courtyard of the law school in Harbourton\n\nThe court on Thursday struck down the admissions rules at two universities, the ruling showed.\n\nThe justices ruled 6-3 in a case brought by a group of students.')).toEqual([3]);
    expect(bare('Harbour mayor wins the runoff, his rival concedes\n\n(COMBO) This combination of pictures taken on November 19, 2023 shows the two candidates.\n\nHARBOURTON, Nov 19, 2023 (Example Wire) – The mayor won the runoff, his rival said as he conceded defeat on Sunday.')).toEqual([1]);
  });

  it('keeps an article with a "developing story" notice an article, its title the item', () => {
    expect(bare('URGENT: Harbour mayor wins the runoff, his rival concedes\n\nWritten by Jo Reed on\n\nHARBOURTON, Nov 19, 2023 (Example Wire) – The mayor won the runoff, his rival said as he conceded defeat on Sunday.\n\n“The results are not what we had hoped for,” the rival said.\n\nThis is a developing story…')).toEqual([1]);
  });

  it('keeps the headline a copy of a timed blog ends on, without a live word anywhere', () => {
    expect(bare('1 hr 10 min ago\n\nEmbassy asks people to wear masks after the blast\n\nThe embassy urged citizens in the affected areas to stay indoors and wear masks, a statement said.\n\n1 hr 22 min ago\n\nNeighbour offers medical help after the blast\n\nThe neighbouring state is offering medical help to the city after the blast on Tuesday afternoon, its ministry said.\n\n1 hr 37 min ago\n\nCharity warns children "may be')).toEqual([3, 9, 15]);
  });
});

describe('numbered posts (session 7)', () => {
  it('keeps the last numbered post whose only text introduces an embed, and heads no post with its number alone', () => {
    const r = read('Live Reporting\n\nAll times stated are UK\n\n  1. Leader says the vote is lostpublished at 20:55 Greenwich Mean Time 15 January 2019\n\n    The party leader has been speaking to reporters and says the vote is lost for the government.\n\n  2. Another vote an option if talks fail - Opposition saypublished at 20:53 Greenwich Mean Time 15 January 2019\n\n    Evening Politics\n\n    The shadow minister says another vote is an option if the talks with the government fail.\n\n  3. Minister is the author of defeat says leaderpublished at 20:43 Greenwich Mean Time 15 January 2019\n\n    Our political correspondent tweets...\n\n    Skip Twitter post by Jo Reed');
    expect(lines(r)).toEqual([5, 9, 15]);
    expect(r.items.map((i) => i.headline)).toEqual(['1. Leader says the vote is lost', '2. Another vote an option if talks fail - Opposition say', '3. Minister is the author of defeat says leader']);
  });
});

describe('segmenting: short posts under their times', () => {
  it('reads a short sentence run onto its time, or opening the post under it, as a post of its own', () => {
    const r = read('Harbour council count: live blog\n\nUpdate 1:30am: Vessby North is a Harbour Party hold with 18,363 votes.\n\nUpdate 1:27am: Keelby is Green with 20,901 votes.\n\nUpdate 1:25am: Marlow East is a Harbour Party gain with 29,787 votes after a recount.\n\n02:00\n\nIt’s the 2am roundup!\n\n  • Three wards have changed hands so far tonight.\n  • The turnout is up in every ward.');
    expect(lines(r)).toEqual([3, 5, 7, 11]);
  });

  it('reads a headline alone under its time between two posts as a post that lost its body, never a key event above the posts', () => {
    const r = read('Harbour count: as it happened\n\nKey events\n\n08:40 - Counting begins in the old town\n\nHere are the updates:\n\n11:10am - Harbour Party wins a majority\n\nThe Harbour Party has won a majority after taking its 31st seat on the council.\n\n10:10am Neighbouring mayor congratulates the winner\n\n09:50am - Mayor hails a historic result\n\nThe mayor has hailed a historic result after holding her own seat in the old town.');
    expect(lines(r)).toEqual([9, 13, 15]);
  });
});

describe('segmenting: a live blog flattened into a list', () => {
  it('reads posts run onto their age and bracketed time as posts, their headline cut from the text', () => {
    const r = read('Vessby quake live: rescue goes on\n\n12 UpdatesAuto updates\n\n  • 4m ago (07:10 GMT)Families camp in the stadiumVessby, Norvenia – Hundreds of families spent a second night on the pitch of the stadium, volunteers said. [Jo Reed/Meridian Press]\n  • 15m ago\n  •  (06:59 GMT)\n  • Power restored to half of Vessby: grid operator\n  • Power has been restored to half of the homes in Vessby, the grid operator said on Thursday.\n  • 40m ago (06:34 GMT)Vestmark sends second rescue teamVestmark has sent a second team of 60 rescuers to Norvenia, its interior ministry said.');
    expect(lines(r)).toEqual([5, 8, 10]);
    expect(r.items.map((i) => i.headline)).toEqual(['Families camp in the stadium', 'Power restored to half of Vessby: grid operator', 'Vestmark sends second rescue team']);
  });
});

describe('segmenting: a live page’s copy that holds only its lead', () => {
  const live = (text: string) => readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/live-news/harbour-fire\npublished: 2022-05-04\n---\n${text}` });
  it('reads one sub-heading right under the lead, with no post time, as the title’s article', () => {
    const r = live('Harbour fire: Live updates\n\nBy Mira Castell and Tom Lind, Harbour Courier\n\nUpdated 6:02 p.m. ET, May 4, 2022\n\nComments\n\nPassengers moved to safety\n\nA fire broke out on a ferry docked at Harbourton on Wednesday morning, the port said. All 140 passengers were moved to safety.');
    expect(lines(r)).toEqual([1]);
  });

  it('keeps a sub-heading signed by its writer, or two of them, as posts', () => {
    const signed = live('Harbour fire: Live updates\n\nUpdated 6:02 p.m. ET, May 4, 2022\n\nPassengers moved to safety\n\nFrom Harbour Courier’s Mira Castell\n\nA fire broke out on a ferry docked at Harbourton on Wednesday morning, the port said. All 140 passengers were moved to safety.');
    expect(lines(signed)).toEqual([5]);
    const two = live('Harbour fire: Live updates\n\nUpdated 6:02 p.m. ET, May 4, 2022\n\nFerry to be towed away\n\nThe port said the damaged ferry will be towed to a dry dock in Varnholm on Thursday.\n\nPassengers moved to safety\n\nAll 140 passengers were moved to another vessel on Wednesday morning, the port said.');
    expect(lines(two)).toEqual([5, 9]);
  });

  it('reads an update stamp right under the title and its picture credit as the story’s, not a post’s', () => {
    for (const stamp of ['UPDATE (4:30 p.m.):', 'Updated at 4:30 p.m. ET', 'Update, May 4, 4:15 p.m. ET']) {
      const r = live(`Harbour fire: latest updates\n\n(Photo by Mira Castell/Harbour Courier)\n\n${stamp}\n\nFirefighters brought a blaze on a ferry docked at Harbourton under control on Wednesday afternoon, the port said.`);
      expect(lines(r)).toEqual([1]);
    }
  });
});

describe('segmenting: a timed post that only points away', () => {
  it('drops a post saying where the coverage goes on', () => {
    const r = read('Harbour fire live\n\n6:40 p.m. ET\n\nOur continuing coverage of the harbour fire can be found here.\n\n4:10 p.m. ET\n\nThe port said the damaged ferry will be towed to a dry dock in Varnholm on Thursday.\n\n2:05 p.m. ET\n\nFirefighters brought the blaze under control on Wednesday afternoon, the fire service said.');
    expect(lines(r)).toEqual([9, 13]);
  });
});

describe('segmenting: a title over a recap list, then the update’s headline', () => {
  it('takes the update’s headline for the item: the bullets are the story’s recap', () => {
    const r = read('Harbour fire\n\n• A fire broke out on a ferry docked at Harbourton on Wednesday morning.\n• No one was hurt, the port said.\n\nDamaged ferry to be towed to dry dock\n\nThe port said on Wednesday evening that the damaged ferry will be towed to a dry dock in Varnholm on Thursday.');
    expect(lines(r)).toEqual([6]);
  });

  it('keeps the title when no headline follows the bullets, or when one bullet stands alone', () => {
    const plain = read('Harbour fire\n\n• A fire broke out on a ferry docked at Harbourton on Wednesday morning.\n• No one was hurt, the port said.\n\nThe port said on Wednesday evening that the damaged ferry will be towed to a dry dock in Varnholm on Thursday.');
    expect(lines(plain)).toEqual([1]);
    const one = read('Harbour fire\n\n• A fire broke out on a ferry docked at Harbourton on Wednesday morning.\n\nDamaged ferry to be towed to dry dock\n\nThe port said on Wednesday evening that the damaged ferry will be towed to a dry dock in Varnholm on Thursday.');
    expect(lines(one)).toEqual([1]);
  });
});

describe('segmenting: a title that opens on an update\'s stamp in brackets (session 16)', () => {
  const story = '\n\nThe Harbourton port authority said on Saturday it would close the north quay to ferries until Monday because of the storm.\n\nCrews were moving two ferries to the south quay, the authority said.';
  it('keeps "[UPDATE 4:10 p.m.] Headline" as the title and the item', () => {
    expect(lines(read(`[UPDATE 4:10 p.m.] Harbourton Port Closes North Quay to Ferries${story}`))).toEqual([1]);
    expect(lines(read(`(Updated 10 a.m.) Harbourton Port Closes North Quay to Ferries${story}`))).toEqual([1]);
  });
  it('takes no bracketed aside in lower case for a title', () => {
    const r = read(`(updated in full below) the port closes its north quay${story}`);
    expect(r.items.map((i) => i.headline)).not.toContain('(updated in full below) the port closes its north quay');
  });
});

describe('segmenting: headlines printed as bullets in capitals, two words too (session 16)', () => {
  it('heads a post with each capitals bullet, never a writer\'s card', () => {
    const r = read('Ferry strike LIVE: Harbourton wakes up to empty quays\n\nThe port of Harbourton stayed shut this morning after the dockers walked out last night.\n\nFollow our live blog below for all the latest news.\n\n  • QUAYS EMPTY\n\n    No ferry left the north quay this morning, the port authority said, and the car park stood empty.\n\n  • UNION DIGS IN\n\n    The dockers\' union said it would not return to talks until the port withdrew its pay offer.');
    expect(lines(r)).toEqual([7, 11]);
  });
});

describe('segmenting: a title over a widget\'s list, then the story\'s headline again (session 16)', () => {
  it('keeps the title for the item when the bullets are labels and counts, not a recap', () => {
    const r = read('Harbourton port closed after ferry fire\n\n  • 📰 Harbour Daily\n  • ⏱ Reading Time:\n  • 40 sec. here\n  • News: 20%\n\nFerry fire shuts Harbourton port as crews fight the blaze overnight\n\nThe port of Harbourton was closed on Wednesday after a fire broke out on a docked ferry, the port said.');
    expect(lines(r)).toEqual([1]);
  });
});

describe('segmenting: the blog\'s label over each post\'s headline (session 14)', () => {
  const page = (label: string) => [
    'Harbourton votes: live', '',
    'Follow the count through the night.', '',
    `  1. ${label}`, '',
    '    Council count paused in Harbourton after power cut at the hall', '',
    '    The count in Harbourton was paused for an hour on Thursday night after a power cut at the town hall, officials said.', '',
    '    Read More »', '',
    '  2. Live Updates: Harbourton votes', '',
    '    Turnout in the port wards rose to 61 percent, the elections office said', '',
    '    Turnout in the port wards rose to 61 percent on Thursday, up from 48 percent four years ago, the elections office said.', '',
  ].join('\n');
  it('heads each post with the headline under the label, not the label', () => {
    expect(lines(read(page('Live Updates: Harbourton votes')))).toEqual([7, 15]);
  });
  it('keeps a first line that is a headline of its own, not the blog\'s label', () => {
    expect(lines(read(page('Power cut halts count at the hall in Harbourton')))[0]).toBe(5);
  });
});

describe('segmenting: updates labelled with their times (session 15)', () => {
  it('reads the story above the first “Update 11:00 a.m. CDT …” of a copy without a title as a post too', () => {
    const r = read('Storm Vela made landfall just before 1 a.m. near Harbourton as a dangerous storm, forecasters said.\n\nUpdate 11:00 a.m. CDT May 4: Governor Ines Marr confirmed the first death connected with the storm on Wednesday morning.\n\nShe said a girl died after a tree fell onto her home.\n\nUpdate 10:30 a.m. CDT: May 4:\n\nStorm Vela has weakened and is moving north at 15 mph, forecasters said.');
    expect(lines(r)).toEqual([1, 3, 9]);
  });

  it('keeps a titled page’s note above its timed updates out of the items', () => {
    const r = read('Harbour court hearing: updated through the day\n\nUpdates will be posted at the top of this story throughout the day as we follow the hearing.\n\nUpdate - 4:16 PM ET: The two sides have settled, the judge told the jurors after a short break.\n\nUpdate - 3:33 PM ET: The lead lawyers met briefly in the judge’s chambers and have just returned.');
    expect(lines(r)).toEqual([5, 7]);
  });
});

describe('segmenting: a live copy that holds only its lead (session 15)', () => {
  it('reads title, date stamp, standfirst, summary and the first post cut off as one item at the title', () => {
    const r = read([
      'Storm Vela live updates: island loses power as storm nears coast', '',
      'People gather at the pier in Harbourton as the storm approaches on Tuesday. (Jo Reed/Agency)',
      'May 4, 2022 at 1:40 a.m. EDT', '',
      'Storm Vela cut power across the island on Tuesday evening, according to the grid operator.', '',
      'The storm is expected to reach the coast on Wednesday afternoon with damaging winds and heavy rain.', '',
      'Here’s what to know', '',
      '  • Landfall is likely on Wednesday afternoon, after which the storm will weaken.',
      '  • Flooding may follow into Thursday across the coast.', '',
      'The storm season so far', '',
      'The latest: The season star',
    ].join('\n'));
    expect(lines(r)).toEqual([1]);
  });

  it('keeps a timed post under the page’s stamp a post', () => {
    const r = read([
      'Storm Vela live updates: island loses power as storm nears coast', '',
      'May 4, 2022 at 1:40 a.m. EDT', '',
      'Storm Vela cut power across the island on Tuesday evening, according to the grid operator.', '',
      '1:20 a.m. EDT', '',
      'Grid operator says repairs will take days', '',
      'The grid operator said crews would start repairs once the winds dropped, its chief told reporters.',
    ].join('\n'));
    expect(lines(r)).toContain(9);
    expect(lines(r)).not.toContain(1);
  });
});

describe('segmenting: a live copy that starts in its story (session 15)', () => {
  it('reads one headline under several paragraphs as the story’s sub-heading: one article item at the first paragraph', () => {
    const r = read('Live\n\nLava raced down the volcano overnight on the island of Vestra and the airport was closed, officials said.\n\nSince it began erupting on Sunday, the volcano has destroyed hundreds of homes and forced 6000 people out.\n\nAuthorities said on Saturday the 160 people moved on Friday would not be able to return home yet.\n\nExperts said the volcano had entered a new explosive phase.\n\nBig bang fears\n\nThe emergency services said the activity on Friday afternoon was the strongest so far, in a statement.\n\nThe airport operator said on Saturday the island’s airport had been closed.');
    expect(lines(r)).toEqual([3]);
    expect(r.report.title ?? null).toBeNull();
  });

  it('keeps a live copy’s headline under one pinned paragraph a post', () => {
    const r = read('Vestra eruption live\n\nLava raced down the volcano overnight and the airport was closed, officials said.\n\nAirport closes as ash falls\n\nThe airport operator said on Saturday the island’s airport had been closed because of ash.');
    expect(lines(r)).toEqual([5]);
  });
});

describe('segmenting: live blogs whose posts print no headline', () => {
  it('cuts a blog at the "Updated at 15.02 GMT" footer under each post, the short standfirst and a post\'s quote kept', () => {
    const r = read('Budget day – as it happened\nThe finance minister has set out her plans.\n\nOpposition leader Rina Tall said the budget did nothing for renters.\n"This is a budget for landlords," she told the chamber.\nUpdated at 15.02 GMT\n\nThe minister said fuel duty would rise by two cents from July and rail fares would be frozen.\nUpdated at 14.31 GMT\n\nThe minister has begun her speech, telling the chamber the economy grew by 1.8% last year.\nUpdated at 14.05 GMT');
    expect(lines(r)).toEqual([4, 8, 11]);
    expect(r.items[0]!.body).toContain('she told the chamber');
  });

  it('cuts a blog at "Posted 11:52 a.m. by Name" lines above its posts', () => {
    const r = read('Valley flooding: live updates\nHeavy rain has flooded parts of the valley overnight.\n\nPosted 11:52 a.m. by Elin Marsh\nThe river peaked at 4.1 metres this morning, the environment agency said.\nPosted 11:20 a.m. by Elin Marsh\nPolice closed the town bridge to traffic after water reached the road deck.');
    expect(lines(r)).toEqual([5, 7]);
  });
});

describe('segmenting: untimed headings on a page that does not say it is live', () => {
  const page = 'Dam repairs finished ahead of the spring floods\n\nApril 4, 2022\n\nEngineers finished repairs to the old river dam on Monday, two weeks before the spring floods are due, the water board said.\n\nThe work\n\nCrews replaced the rusted sluice gates and poured new concrete along the spillway over the winter.\n\nThe cost\n\nThe repairs cost about twelve million, paid for by the region and the national flood fund.\n\nWhat comes next\n\nInspectors will check the dam again in the summer, when the river runs low.';
  it('reads section headings (no time, no live cue, no writer’s line) as one article at the title', () => {
    const r = read(page);
    expect(lines(r)).toEqual([1]);
  });

  it('still reads the same headings as posts when the URL says the page is live', () => {
    const r = readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/news/live/dam-repairs\npublished: 2022-05-04\n---\n${page}` });
    expect(r.items.map((i) => i.line - 4)).toEqual([7, 11, 15]);
  });
});

describe('segmenting: a live copy of one-sentence posts in one block', () => {
  const live = (text: string) => readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/sport/live/cup-final\npublished: 2022-05-04\n---\n${text}` });
  it('makes each sentence line a post and the opening "Label: value" list one post', () => {
    const r = live('Cup final live: all the action\n\nPlayer of the match: Ada Lind\nTop scorer: Mira Holt\nHarbour City win the cup after a penalty shoot-out in the capital, their first title in twenty years.\nLind saves the fifth penalty to end the shoot-out and the home fans pour onto the pitch.\nThe match ends two goals each after extra time, and the final goes to penalties.\nHolt scores her second goal of the night from a corner to level the match again.\nA yellow card for the visiting captain after a late tackle on the halfway line.\nThe visitors lead at half-time after a goal from close range by their young striker.\nThe two teams walk out in front of a full stadium on a cold and windy evening.\nThe referee for tonight is a veteran of three finals and two international tournaments.');
    expect(r.items.map((i) => i.line - 4)).toEqual([3, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('still cuts a one-block live copy of headlines over their text at the headlines', () => {
    const r = live('Cup final live: all the action\n\nHarbour City win the cup\nHarbour City won the cup after a penalty shoot-out in the capital on Tuesday night.\nLind the hero in goal\nLind saved the fifth penalty to end the shoot-out and start the party in the stands.\nHolt scores again\nHolt scored her second goal of the night from a corner in the last minute.\nVisitors lead at the break\nThe visitors led at half-time after a goal from close range by their captain.');
    expect(r.items.map((i) => i.line - 4)).toEqual([3, 5, 7, 9]);
  });
});

describe('segmenting: posts without headlines under a summary headed with its article', () => {
  const live = (text: string) => readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/news/live/ferry-strike\npublished: 2022-05-04\n---\n${text}` });
  const page = 'Ferry strike ends – as it happened\n\nCrews will vote on the deal next month\n\nA summary of the day\'s events\n\n  • Ferry crews accepted a pay offer on Wednesday, ending the strike.\n  • The first sailings will leave at dawn, the operator said.\n\nThe crews\' union leader told reporters that his members had won a fair deal after a hard week.\n\n“We never wanted to stop the ferries, but pay had to keep up with prices,” he said.\n\n\nThe transport minister said the government would review how disputes on the ferries are settled so that this does not happen agai';
  it('makes no post of "A summary of …" and cuts the story below it into posts at a double blank line', () => {
    const r = live(page);
    expect(r.items.map((i) => i.line - 4)).toEqual([10, 15]);
  });
});

describe('segmenting: a "Last modified" stamp under a live title', () => {
  it('reads "Last modified: 9:12 PM GMT+0" as the page’s update stamp, no post time: the posts under the summary stand', () => {
    const r = readSeed({ name: 'page.txt', text: '---\nurl: https://example.test/news/live/ferry-strike\npublished: 2022-05-04\n---\nFerry strike ends – as it happened\n\nLast modified: 9:12 PM GMT+0\n\nCrews will vote on the deal at a meeting of members next month\n\nSummary\n\n  • Ferry crews accepted a pay offer on Wednesday, ending the strike.\n  • The first sailings will leave at dawn, the operator said.\n\nThe crews\' union leader told reporters that his members had won a fair deal after a hard week.\n\n“We never wanted to stop the ferries, but pay had to keep up with prices,” he said.' });
    expect(r.items.map((i) => i.line - 4)).toEqual([12]);
  });
});

describe('segmenting: a name written in camel case is no headline glued to its text', () => {
  it('never cuts a company’s camel-case name into a headline and a text', () => {
    const r = read('Harbour dive firm in crisis: live updates\n\nWelcome to our coverage of the dive firm’s troubles.\n\nOn Thursday, DeepCorp announced that it had suspended all exploration and commercial operations after the loss.\n\nA former DeepCorp employee warned that safety concerns with the company’s vessel could have deadly consequences.');
    expect(r.items.map((i) => i.headline).filter((h) => /Deep$/.test(h))).toEqual([]);
  });

  it('still finds a headline ending on a name run into a sentence that opens as one', () => {
    expect(gluedHeadlineEnd('Leaders wrap up talks with VellThe president said on Monday that the talks had gone well and would resume.')).toBe(31);
    expect(gluedHeadlineEnd('Talks end in deal for DeepCorpThe company said on Tuesday that its owners had agreed to the sale of the whole firm.')).toBe(30);
    expect(gluedHeadlineEnd('Coalition agrees budget after night of talksThe coalition said on Tuesday it had agreed the budget after talks through the night.')).toBe(44);
    expect(gluedHeadlineEnd('A former DeepCorp employee warned that safety concerns with the company’s vessel could have deadly consequences.')).toBe(-1);
  });
});

describe('segmenting: an excerpt cut off with an ellipsis', () => {
  const long = 'The harbour authority said on Saturday that the new dredger had begun work on the channel after years of delays. The dredger was built jointly by yards in three countries, and its arrival had been planned for a decade. Designed to deepen the channel for larger ships, it will work through the winter months and into the spring, the authority added in a statement to shipping firms, some of which had…';
  it('reads a long paragraph cut with “…” under a title as the article’s text (a list of teasers so cut is not: tail.test.ts)', () => {
    const r = read(`Harbour’s new dredger starts work on the channel\n\n${long}`);
    expect(r.items.map((i) => i.headline)).toEqual(['Harbour’s new dredger starts work on the channel']);
  });
});

describe('segmenting: a live page whose posts are bare paragraphs (no times, no headlines)', () => {
  const live = (text: string) => readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/news/live-updates-harbour-count\npublished: 2022-05-04\n---\n${text}` });
  it('reads each paragraph as a post headlined by its first sentence, even when the posts share a name (no mark)', () => {
    const r = live('Ada Morrow: Polling stations on the east side stay open an extra hour after voting started late there this morning.\nAda Morrow: Ward results will be read out at the town hall once every ward has been counted tonight.\nTurnout officials say about half of the voters had cast a ballot by six in the evening across the whole of the harbour district\nProvisional results from six wards as at nine: Yes 52 percent (1,204 votes) No 48 percent (1,101 votes) with three wards to come');
    expect(lines(r)).toEqual([1, 2, 3, 4]);
    expect(r.items[0]!.headline).toBe('Ada Morrow: Polling stations on the east side stay open an extra hour after voting started late there this morning.');
  });
  it('keeps two paragraphs one post where the page leaves a wider gap between posts than between paragraphs', () => {
    const r = live('The ferry strike entered its second day on Tuesday as dockers stayed away from the harbour gates.\n\n\nThe port authority said no crossings would run before Thursday at the earliest, officials said.\n\nIts chair said talks would resume in the morning with both unions at the table.\n\n\nTravellers were told to use the coastal rail line instead, which is adding extra trains this week.');
    expect(lines(r)).toEqual([1, 4, 9]);
  });
  it('reads paragraphs as one article under a URL that says "live" without naming a live blog (a "watch live" video)', () => {
    const r = readSeed({ name: 'page.txt', text: '---\nurl: https://example.test/news/watch-live-jury-reaches-verdict\npublished: 2022-05-04\n---\nJury finds harbour boss not guilty\n\nThe harbour boss was found not guilty of all charges on Friday after four days of deliberations.\n\nThe former harbour boss wept in the courtroom as the verdicts were read out by the clerk.\n\nThe judge thanked the jurors for their work and sent them home on Friday afternoon.' });
    expect(lines(r)).toEqual([1]);
  });
  it('reads an article under a title that says "live" as one story when its paragraphs carry on from one another', () => {
    const r = live('The ferry strike entered its second day on Tuesday as dockers stayed away from the harbour gates.\n\nThe port authority said no crossings would run before Thursday at the earliest, officials said.\n\nBut the unions said they were ready to talk if the authority dropped its demand for night shifts.');
    expect(lines(r)).toEqual([1]);
  });
});

describe('segmenting: a promotion above an article\'s title', () => {
  // (The title chosen by its place over the lead was tried for the live cue and taken out: it took a
  // label over a live page's posts for the title. A promotion naming "live" still leaves an article one story.)
  it('leaves an article one story under a promotion that says "live"', () => {
    const r = read('GET LIVE MARKET QUOTES & NEWS\nHarbour bank shares bounce back after rescue loan\n\nAgency\nMar 16, 2023 / 10:43 PM IST\n\nShares in the harbour bank rose by a fifth on Thursday after it took a rescue loan from the central bank, traders said.\n\nThe bank had lost almost a third of its value on Wednesday as fears spread among its lenders.\n\nAnalysts warned that the bank still had to win back its savers after a year of losses.\n\nThe central bank said the loan would be repaid within two years from the bank’s own funds.');
    expect(r.items).toHaveLength(1);
  });
});

describe('segmenting: a copy that is one long paragraph', () => {
  it('reads a paragraph longer than any headline as the story whatever its end (a link label run onto it)', () => {
    const para = 'Harbour crisis LIVE updates: The harbour master has reportedly left the city after protesters stormed the port offices on Saturday, and crowds gathered at the gates for a second day as the unions called for the whole board to step down before the talks resume.Also Read - Harbour Crisis: Police Clear The Port Gates';
    const r = read(para);
    expect(lines(r)).toEqual([1]);
  });
});

describe('segmenting: posts headed above their time, the copy cut in the last one (session 21)', () => {
  const page = [
    'Bus strike - live: Orlen depots shut as drivers walk out', '',
    'Almost no buses ran in Orlen on Monday morning as drivers began a three-day strike.', '',
    'Council urges drivers to return', '', 'Monday 7 October 2024 11:20 , Pia Sandell', '',
    'Orlen city council said the strike was hurting shift workers and asked the drivers’ union to call it off.', '',
    'Taxi ranks overwhelmed', '', 'Monday 7 October 2024 10:45 , Pia Sandell', '',
    'Queues of more than an hour formed at the central taxi rank, drivers there said.', '',
    'Union rejects new pay offer', '', 'Monday 7 October 2024 10:05 , Pia Sandell', '',
    'The Orlen Transport Union said on Monday morning that its',
  ].join('\n');
  it('the last post, its text cut in its first words, is still an item at its headline', () => {
    expect(lines(read(page))).toEqual([5, 11, 17]);
  });
});

describe('segmenting: a story above its timed updates handed over to them (session 21)', () => {
  const page = [
    'Breaking News', '',
    'Harbour bridge collapse: Inspectors find cracked supports',
    '', 'VESTBY — Engineers are still examining the Vestby harbour bridge that collapsed into the river on Monday night.',
    '', 'Nobody was on the bridge when its middle span fell, the county roads office said, but two boats were damaged by the falling steel.',
    '', 'Here are the latest updates:', '',
    'Update 3:10 p.m. EDT May 8: Inspectors found cracks in two of the bridge’s four supports, the county roads office said in a statement.', '',
    'The office said the cracks had not been seen at the last inspection in March.', '',
    'Update 11:45 a.m. EDT May 8: The river was reopened to boats after divers cleared the steel from the channel, the harbour master said.',
  ].join('\n');
  it('the recap above the handover is no item; the updates are', () => {
    expect(lines(read(page))).toEqual([11, 15]);
  });
  it('a line that names no updates ("Read more:", a quote\'s introduction) hands nothing over: the story is an item', () => {
    for (const line of ['Read more:', 'In a statement, the county executive said:']) {
      expect(lines(read(page.replace('Here are the latest updates:', line)))[0]).toBe(3);
    }
  });
});

describe('segmenting: a short live copy of headline + text pairs without blank lines (session 21)', () => {
  const page = [
    'STORM LIVE UPDATES | Gales close Marren harbour',
    '3 February 2024 - 08:10',
    'Gales close Marren harbour',
    'The harbour master closed Marren harbour to all shipping after gusts of more than 90 km/h were measured on the pier overnight.',
    'Power lines down near Ossby',
    'About 3,000 homes around Ossby were left without power after falling trees brought down lines on the coast road late on Saturday',
  ].join('\n');
  it('each headline over its line of text is a post, the last one without its stop too', () => {
    expect(lines(read(page))).toEqual([3, 5]);
  });
});

describe('segmenting: a live page’s posts printed one way (issue 10, session 23)', () => {
  const page = (first: string) => `Council budget vote live updates\nCouncillors in Harbourton have voted on the town budget after a week of debate.\n${first}\n10.25pm — Budget passes by four votes\nThe council has passed the budget by 21 votes to 17.\nTwo members of the ruling group voted against it.\nThe treasurer left the chamber without speaking to reporters.\nThe budget now goes to the mayor for signature.\n9.50pm — Treasurer makes final appeal\nTreasurer Ada Berg urged councillors to back the budget in a final speech before the vote.\n“This budget protects the libraries and the schools of this town,” she said.\nShe said the group would not accept any further amendments.`;

  it('reads a titled post’s one-sentence lines as its paragraphs where another titled post holds paragraphs', () => {
    expect(lines(read(page('The budget needed a simple majority to pass.')))).toEqual([4, 9]);
  });

  it('drops a post whose headline on its time the line rules set aside as a sign-off', () => {
    expect(lines(read(page('11pm — That’s a wrap\nWe’re going to wrap things up for tonight. Thanks to everyone for reading.')))).toEqual([5, 10]);
  });

  it('keeps a post cut off at its stamp, its headline above it, with the copy’s first word under it', () => {
    const r = readSeed({ name: 'page.txt', text: '---\nurl: https://example.test/live/port-vote\npublished: 2022-05-04\n---\nPlan passes in the northern wards\n\n9.40pm / Ada Berg\n\nCounts in the two northern wards were declared, with the plan passing in both by wide margins.\n\nCouncil leader concedes\n\n9.15pm / Tom Lind\n\nCouncil leader Ines Varga conceded that the plan would pass, telling supporters the result was clear.\n\nPolls close in the town\n\n8.30pm / Ada Berg\n\nOp' });
    expect(lines(r)).toEqual([1, 7, 13]);
  });

  it('keeps the last post under its time when the copy ends inside it, however many lines it holds', () => {
    const r = read('Vote count live\n\n14 Oct 7:13pm, 8m ago.\nThe north ward has voted Yes\nIn unsurprising news, the north ward has voted for the plan, the clerk said.\n- Ada Berg\n14 Oct 7:08pm, 13m ago.\nWarning signs for Yes in the south\nA councillor stands outside the town hall.\nCouncillor Tom Lind broke with his group to back the plan. Source: Harbour Agency / Jo Reed\nThere are warning signs for the Yes camp in the south.\n\nPollster Ines Varga of the agency says t');
    expect(lines(r)).toEqual([4, 8]);
  });
});

describe('segmenting: paragraphs that carry on one story (issue 10, session 23)', () => {
  it('reads an article whose title says "live updates" as one item when a paragraph calls a person by the surname the one above named in full', () => {
    const r = readSeed({ name: 'page.txt', text: '---\nurl: https://example.test/world/mayor-says-two-dead-follow-live-updates\npublished: 2023-08-09\n---\nMayor says two dead in harbour fire. Follow along for live updates\n\nBy JO REED\n\nFollow along for live updates of the fire that is racing through the old harbour district of Harbourton.\n\nAt least two people have been killed in the fire that raced through the harbour district, Mayor Ada Berg said.\n\nBerg confirmed the deaths during a press conference on Wednesday, but did not say where the people were found.\n\nThe fire destroyed much of the historic quay, satellite images released by the port authority showed.' });
    expect(lines(r)).toEqual([1]);
  });

  it('keeps paragraphs as posts when none calls back to a name above', () => {
    const r = readSeed({ name: 'page.txt', text: '---\nurl: https://example.test/live/harbour-fire-live-updates\npublished: 2023-08-09\n---\nHarbour fire live updates\n\nAt least two people have been killed in the fire that raced through the harbour district, Mayor Ada Berg said.\n\nFerry services from the old quay were suspended until Friday, the operator said in a statement.\n\nThe port authority said the fire was contained by Wednesday evening after crews worked through the night.' });
    expect(lines(r)).toEqual([3, 5, 7]);
  });

  it('reads a headline that opens a block under a line the line rules set aside as the post the copy kept', () => {
    const r = readSeed({ name: 'page.txt', text: '---\nurl: https://example.test/news/harbour-fire-live-updates-123\npublished: 2023-08-09\n---\nHarbour fire: Mayor to visit the quay on Sunday\n- At least two people have been killed in the fire in the harbour district.\n- The mayor will visit the quay on Sunday to meet families.\n\nThe live updates for this blog have ended.\nMayor to visit the quay, calls for inquiry\nMayor Ada Berg will travel to the quay on Sunday to meet families who lost their homes, her office said.\nBerg will also meet fire crews and port officials, according to the statement.\n"These were homes and livelihoods," she said on Thursday.' });
    expect(lines(r)).toEqual([6]);
  });
});

describe('segmenting: a live copy printed one block per post, headline right above its text (issue 10, session 24)', () => {
  const live = (text: string) => readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/live/bridge-live\npublished: 2022-05-04\n---\n${text}` });
  const page = 'Bridge closure live: queues on the valley road\n\nTraffic queued for miles on the valley road on Wednesday.\n\nCouncil adds extra buses\nThe county council said it would run extra buses between the two towns to ease the queues.\n\nExplained: why the bridge is shut\nThe bridge was closed after inspectors found cracks in two of its steel cables.\nHow long will it stay closed?\nThe roads agency said the bridge would stay shut for at least three weeks while the cables are replaced.\n\nFerry operator adds sailings\nThe ferry company said it had added six crossings a day for drivers who want to avoid the road.';
  it('reads each block’s first line as its post’s headline, a question inside a block as its sub-heading', () => {
    expect(live(page).items.map((i) => i.line - 4)).toEqual([5, 8, 13]);
  });
  it('needs two such blocks: one headline over text under a live title is the title’s story', () => {
    const one = live('Bridge closure live: queues on the valley road\n\nCouncil adds extra buses\nThe county council said it would run extra buses between the two towns to ease the queues.');
    expect(one.items.map((i) => i.line - 4)).not.toEqual([3, 5]);
  });
});
