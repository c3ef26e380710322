/** Small distinct pages of our own making, for tests that send many pages through the API. */
export function distinctPage(run: number, n: number): string {
  const day = 1 + (n % 27);
  return [
    `Harbour board ${run}-${n} approves berth plan`,
    '',
    `The harbour board of Port ${run}x${n} approved berth plan ${n} on Tuesday March ${day} 2022, its chair Ada Lind said.`,
    '',
    `Dock workers in district ${n} of run ${run} will vote on the plan on Friday, the union said in a statement.`,
    '',
  ].join('\n');
}
