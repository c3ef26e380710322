import { type ActorScan } from './scan';

/**
 * "Vestria’s disaster authority said …" and, in the same item, "the VDEA Disaster and Emergency
 * Authority said …": a state's body named in lower case after its country (state-bodies.ts) and a
 * body named by its capitalised words are one body when the item gives the capitalised one an
 * acronym (the evidence that it is a state's agency, not a town's), its name holds every word of
 * the lower-case form and ends on the same noun, and no other body of the item fits. The state's
 * id is kept (its country joins pages, body-identity.ts), with the acronym the page gave, so a page
 * naming "VDEA" alone joins it too.
 */
export function stateBodyNameActors(scan: ActorScan): void {
  const countries = [...scan.found.values()].filter(({ actor }) => actor.kind === 'country').map(({ actor }) => actor.id);
  const orgs = [...scan.found.values()].filter(({ actor }) => actor.kind === 'organisation');
  for (const state of orgs) {
    const country = countries.find((c) => state.actor.id.startsWith(`${c}-`));
    if (!country) continue;
    const words = state.actor.id.slice(country.length + 1).split('-');
    // Named in lower case ("disaster authority"): a capitalised name is a body's own, matched by body-identity.
    if (words.length < 2 || !words.every((w) => state.actor.name.includes(` ${w}`))) continue;
    const named = orgs.filter(({ actor }) => {
      if (actor === state.actor || !scan.acronyms.get(actor.id)?.length || countries.some((c) => actor.id.startsWith(`${c}-`))) return false;
      const own = actor.name.toLowerCase().split(/\s+/);
      return own.at(-1) === words.at(-1) && words.every((w) => own.includes(w));
    });
    if (named.length !== 1) continue;
    const body = named[0]!;
    scan.found.delete(body.actor.id);
    scan.found.set(state.actor.id, { actor: state.actor, principal: state.principal || body.principal });
    const acronyms = [...(scan.acronyms.get(state.actor.id) ?? []), ...scan.acronyms.get(body.actor.id)!];
    scan.acronyms.set(state.actor.id, [...new Set(acronyms)]);
    scan.acronyms.delete(body.actor.id);
  }
}
