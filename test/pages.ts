/**
 * Small distinct pages of our own making, for tests that send many pages through the API: each page
 * tells its own act (its own body, speaker, object and day), so the merger keeps them apart and a
 * test of many pages does not grow one event of hundreds of reports.
 */
const BODIES = ['harbour board', 'canal authority', 'ferry company', 'pilots’ guild', 'dock council', 'river trust', 'port union'];
const CHAIRS = ['Ada Lind', 'Bruno Hale', 'Carla Moreau', 'Dmitri Kowal', 'Elsa Brandt', 'Felix Costa', 'Greta Ilves', 'Hugo Duarte', 'Irma Novak', 'Jonas Petrov', 'Kira Varga'];
/** What a page's body did, in the headline's present and the text's past. */
const ACTS = [['approves', 'approved', 'berth plan'], ['orders', 'ordered', 'new cranes'], ['signs', 'signed', 'dredging contract'], ['sets', 'set', 'winter timetable'],
  ['raises', 'raised', 'mooring fees'], ['opens', 'opened', 'pier repairs'], ['names', 'named', 'new pilots'], ['closes', 'closed', 'east gate'], ['buys', 'bought', 'two tugs'],
  ['adopts', 'adopted', 'safety code'], ['delays', 'delayed', 'toll rise'], ['hires', 'hired', 'night crews'], ['tests', 'tested', 'flood barrier']] as const;

export function distinctPage(run: number, n: number): string {
  const day = 1 + (n % 27);
  const body = BODIES[n % BODIES.length]!;
  const chair = CHAIRS[(n + run) % CHAIRS.length]!;
  const [does, did, what] = ACTS[(n * 5 + run) % ACTS.length]!;
  return [
    `${body[0]!.toUpperCase()}${body.slice(1)} of Port ${run}x${n} ${does} ${what}`,
    '',
    `The ${body} of Port ${run}x${n} ${did} ${what} on March ${day} 2022, its chair ${chair} said.`,
    '',
    `Workers in district ${n} of run ${run} will be told more on Friday, the ${body} said in a statement.`,
    '',
  ].join('\n');
}
