import type { ActorRef } from '../model/types';
import { acronymSubjectActors } from './actor-rules/acronym-subject';
import { actorRef, withAcronyms } from './actor-rules/actor-refs';
import { bracketedNameActors } from './actor-rules/bracketed-names';
import { camelCaseActors } from './actor-rules/camel-case';
import { catalogueFormActors } from './actor-rules/catalogue-forms';
import { chamberNounActors } from './actor-rules/chamber-nouns';
import { companyOfficerActors } from './actor-rules/company-officers';
import { dealTargetActors } from './actor-rules/deal-targets';
import { demonymStateActors } from './actor-rules/demonym-states';
import { describedBodyActors } from './actor-rules/described-bodies';
import { fullNameActors } from './actor-rules/full-name';
import { gatheringActors } from './actor-rules/gatherings';
import { joinedNameActors } from './actor-rules/joined-names';
import { leaderGovernmentActors } from './actor-rules/leader-governments';
import { leadingNameActors } from './actor-rules/leading-names';
import { localBodyActors } from './actor-rules/local-bodies';
import { partyLeaderActors } from './actor-rules/party-leaders';
import { courtesyTitleActors } from './actor-rules/mr-surname';
import { scoreLineActors } from './actor-rules/score-lines';
import { nameShapeActors } from './actor-rules/name-shapes';
import { placeActors } from './actor-rules/places';
import { resultSideActors } from './actor-rules/result-sides';
import { type ActorScan, createScan, type FindOptions } from './actor-rules/scan';
import { stateBodyNameActors } from './actor-rules/state-body-names';
import { stateBodyActors } from './actor-rules/state-bodies';
import { teamActors } from './actor-rules/teams';
import { shortFormActors } from './actor-rules/surname-repeats';
import { spellingVariantActors } from './actor-rules/spelling-variants';

export { nameKey } from './actor-rules/actor-index';
export { shapeRule } from './actor-rules/actor-refs';
export { addPagePeople } from './actor-rules/page-people';
export type { FindOptions } from './actor-rules/scan';

/**
 * Finds the actors of one item: catalogue forms first (aliases, transliterations, capitals
 * standing for a government), then people the catalogue does not know, by the shapes news prose
 * gives them (a title before a capitalised name, "Mr X", "X said"). A surname alone after the full
 * name joins that person. Each actor is principal when it is in the headline or the subject of a
 * reporting verb in the lead; mentioned otherwise.
 */

/** A catalogue person's surname names them again in the text. */
function cataloguePeopleSurnames(scan: ActorScan): void {
  for (const { actor } of scan.found.values()) if (actor.kind === 'person') scan.surnames.set(actor.name.split(' ').at(-1)!, actor);
}

/** The rules, in the order they run: each reads the scan and adds to it (one file each in actor-rules/). */
const ACTOR_RULES: ReadonlyArray<(scan: ActorScan) => void> = [
  // 1. the catalogue's forms: countries, organisations, a pack's people; a capital only before a verb
  catalogueFormActors,
  // 2. a demonym before a title or a state's people speaking ("Chilean officials said")
  demonymStateActors,
  // 3. a state's service in lower case speaking or acting ("the Chilean navy said")
  stateBodyActors,
  // 4. a place's own service speaking or acting ("Harbourton police said")
  localBodyActors,
  // 5. surnames of the catalogue people found so far, for the rules below
  cataloguePeopleSurnames,
  // 6. a body's name after a noun saying what it is ("the grid operator Norvel Energy")
  describedBodyActors,
  // 7. a company before its officer's title ("Harbourline’s CEO", "Kestrel chief executive Jo Reed")
  companyOfficerActors,
  // 8. a name before a ticker or the acronym it is given in brackets ("Harbourline (NYSE: HBL)", "Harbour Workers Movement (HWM) said")
  bracketedNameActors,
  // 9. the company a deal is for ("the takeover of Harbourline")
  dealTargetActors,
  // 10. one word with inner capitals, named three times ("HarbourLink"): a company's
  camelCaseActors,
  // 11. the sides of a score line ("Calder Rovers 2, Port Amsel 1")
  scoreLineActors,
  // 12. teams: before a player's position, either side of a verb of winning ("the Kestrels beat the Harbour Rovers")
  teamActors,
  // 13. a name of parts joined by a particle ("Aziz-ul-Haq"): a person's, by either part too
  joinedNameActors,
  // 14. names by shape: bodies by their noun, titled people, names in commas, attributions
  nameShapeActors,
  // 14b. a legislature or cabinet by its common noun, acting ("the Senate voted", "House Passes …")
  chamberNounActors,
  // 14c. places the catalogue does not know: named by their people ("Harbourton officials"), closing the headline ("… in Vell"), or sites ("Keel Arena")
  placeActors,
  // 15. a full name whose surname stands alone elsewhere, or with an age after it
  fullNameActors,
  // 15b. the sides of a result named in the singular ("Harbourton beat Kessby 2-0"), once the people are known
  resultSideActors,
  // 16a. a meeting named by a name with a number, wherever the item writes the name ("the KSF9 summit agreed", "KSF9 president X")
  gatheringActors,
  // 16. an acronym speaking or acting ("NHTSA said")
  acronymSubjectActors,
  // 17. "Mr Horvat": a courtesy title before a known surname; "Queen Ana": a title before a given name
  courtesyTitleActors,
  // 17b. a leader's government by the leader's surname ("the Vell administration"), once the people are known
  leaderGovernmentActors,
  // 17c. a party by the words before its leader's title and a person the item names ("Kessby Labour leader Ana Vell")
  partyLeaderActors,
  // 18. the short forms of every actor found in full: surnames, companies' short names, acronyms
  shortFormActors,
  // 19. a name of several given names shortened to its leading words ("Aru Ben Sahid" after "Aru Ben Sahid Lomo"): one person
  leadingNameActors,
  // 20. a state's body in lower case and its capitalised name with an acronym in one item ("Vestria’s disaster authority", "the VDEA Disaster and Emergency Authority"): one body
  stateBodyNameActors,
  // 21. two people of the item with one first name and surnames one letter apart ("Ana Trust" in the headline, "Ana Trost" after): one person
  spellingVariantActors,
];

export function findActors(headline: string, paragraphs: string[], options: FindOptions = {}): ActorRef[] {
  const scan = createScan(headline, paragraphs, options);
  for (const rule of ACTOR_RULES) rule(scan);
  const { found, acronyms } = scan;
  return [...found.values()]
    .map(({ actor, principal }) => {
      const ref = actorRef(actor, principal ? 'principal' : 'mentioned');
      // The acronym the page gave a body travels with the page's reading, not in this isolate's memory.
      const defined = acronyms.get(actor.id);
      return defined ? withAcronyms(ref, defined) : ref;
    })
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'principal' ? -1 : 1));
}
