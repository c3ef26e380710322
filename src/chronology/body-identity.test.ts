import { describe, expect, it } from 'vitest';
import type { ActorRef } from '../model/types';
import { BodyIdentities, initials } from './body-identity';

const body = (name: string, id = name.toLowerCase().replace(/[^a-z ]/g, '').replace(/\s+/g, '-')): ActorRef => ({ id, name, kind: 'organisation', role: 'principal' });
/** The ids a build gives these forms, pages in this order (invented bodies throughout). */
const ids = (...forms: ActorRef[]) => {
  const bodies = new BodyIdentities();
  return forms.map((f) => bodies.resolve(f).id);
};

describe('one id per body across pages', () => {
  it('joins a state’s body with and without the nation’s word its name opens on, and the name with it alone, in any order', () => {
    const withCountry = body('Chilean Federal Sea Transport Agency', 'chile-federal-sea-transport-agency');
    const short = body('Chilean Sea Transport Agency', 'chile-sea-transport-agency');
    const bare = body('Federal Sea Transport Agency');
    expect(ids(withCountry, bare, short)).toEqual(Array(3).fill('chile-federal-sea-transport-agency'));
    expect(ids(bare, short, withCountry)).toEqual(Array(3).fill('federal-sea-transport-agency'));
    // the name with the nation's word alone, spelled another way, after the country's form
    expect(ids(body('Chilean National Sea Transport Center', 'chile-national-sea-transport-center'), body('National Sea Transport Centre'))).toEqual(Array(2).fill('chile-national-sea-transport-center'));
    // a name of the nation's word and one more stays whole; another country's body stays apart
    expect(ids(body('Chile National Guard', 'chile-national-guard'), body('Chile Guard', 'chile-guard'))).toEqual(['chile-national-guard', 'chile-guard']);
    expect(ids(body('Chilean Sea Transport Agency', 'chile-sea-transport-agency'), body('Peruvian Federal Sea Transport Agency', 'peru-federal-sea-transport-agency'))).toEqual(['chile-sea-transport-agency', 'peru-federal-sea-transport-agency']);
  });

  it('joins a state’s body named with its field after its noun and before it (“Ministry of Harbours” / “Harbours Ministry”)', () => {
    expect(ids(body('Ministry of Harbours'), body('Harbours Ministry'))).toEqual(['ministry-of-harbours', 'ministry-of-harbours']);
    expect(ids(body('Vestria Ministry of Harbours', 'vestria-ministry-of-harbours'), body('Vestria Harbours Ministry', 'vestria-harbours-ministry'))).toEqual(['vestria-ministry-of-harbours', 'vestria-ministry-of-harbours']);
    expect(ids(body('Federal Agency for Sea Transport'), body('Federal Sea Transport Agency'))).toEqual(['federal-agency-for-sea-transport', 'federal-agency-for-sea-transport']);
    // other fields, a field with an article (a title's office) and a company's noun stay apart
    expect(ids(body('Ministry of Harbours'), body('Roads Ministry'))).toEqual(['ministry-of-harbours', 'roads-ministry']);
    expect(ids(body('Office of the Governor'), body('Governor Office'))).toEqual(['office-of-the-governor', 'governor-office']);
    expect(ids(body('Bank of Kessby'), body('Kessby Bank'))).toEqual(['bank-of-kessby', 'kessby-bank']);
  });

  it('gives a body’s name without its country the id of the one country’s body of that name', () => {
    expect(ids(body('U.S. Harbour Guard', 'united-states-harbour-guard'), body('Harbour Guard'))).toEqual(['united-states-harbour-guard', 'united-states-harbour-guard']);
    expect(ids(body('Harbour Guard'), body('U.S. Harbour Guard', 'united-states-harbour-guard'))).toEqual(['harbour-guard', 'harbour-guard']);
  });

  it('joins a body’s name and the initials of all its words (“Department of Harbours” / “DOH”), either page first', () => {
    expect(ids(body('Department of Harbours'), body('DOH'))).toEqual(['department-of-harbours', 'department-of-harbours']);
    expect(ids(body('DOH'), body('Department of Harbours'))).toEqual(['doh', 'doh']);
    // the initials without "of" still name it; other letters do not
    expect(ids(body('Department of Harbours'), body('DH'), body('DOR'))).toEqual(['department-of-harbours', 'dh', 'dor']);
  });

  it('joins two renderings of one body’s name of three words or more, one word apart with the same initials, with its country or without', () => {
    expect(ids(body('Coastal Shipping Administration'), body('Coastal Shipping Authority'))).toEqual(['coastal-shipping-administration', 'coastal-shipping-administration']);
    expect(ids(body('Superior Harbour Court'), body('Supreme Harbour Court'))).toEqual(['superior-harbour-court', 'superior-harbour-court']);
    // the odd word short in one of them is another word ("Civil" / "Coast Guard Command")
    expect(ids(body('Civil Guard Command'), body('Coast Guard Command'))).toEqual(['civil-guard-command', 'coast-guard-command']);
    expect(ids(body('Coastal Shipping Authority'), body('U.S. Coastal Shipping Administration', 'united-states-coastal-shipping-administration'))).toEqual(['coastal-shipping-authority', 'coastal-shipping-authority']);
    // two words are too few; two words apart, or other initials, are other bodies
    expect(ids(body('Supreme Court'), body('Superior Court'))).toEqual(['supreme-court', 'superior-court']);
    expect(ids(body('Coastal Shipping Authority'), body('Coastal Safety Administration'), body('Coastal Shipping Board'))).toEqual(['coastal-shipping-authority', 'coastal-safety-administration', 'coastal-shipping-board']);
  });

  it('keeps apart bodies whose odd words share only their initial, neither a spelling of the other nor both the body’s noun', () => {
    expect(ids(body('National Security Council'), body('National Science Council'))).toEqual(['national-security-council', 'national-science-council']);
    expect(ids(body('International Criminal Court'), body('International Commercial Court'))).toEqual(['international-criminal-court', 'international-commercial-court']);
    expect(ids(body('State Security Service'), body('State Statistics Service'))).toEqual(['state-security-service', 'state-statistics-service']);
  });

  it('joins a name of words joined by hyphens and the acronym its page gave it, either page first', () => {
    const party = { ...body('Harbour-Tehreek-e-Watan', 'harbour-tehreek-e-watan'), acronyms: ['HTW'] };
    expect(ids(body('HTW'), party)).toEqual(['htw', 'htw']);
    expect(ids(party, body('HTW'))).toEqual(['harbour-tehreek-e-watan', 'harbour-tehreek-e-watan']);
    // a hyphened name no page gave an acronym stays a name of one word
    expect(ids(body('Kessby-Vell'), body('KV'))).toEqual(['kessbyvell', 'kv']);
  });

  it('reads a country’s short form in capitals opening a body’s id as its country (“US Harbour Court” / “Harbour Court”)', () => {
    expect(ids(body('US Harbour Court', 'us-harbour-court'), body('Harbour Court'))).toEqual(['us-harbour-court', 'us-harbour-court']);
    expect(ids(body('Harbour Court'), body('UK Harbour Court', 'uk-harbour-court'))).toEqual(['harbour-court', 'harbour-court']);
    // two countries’ courts of one name stay two, and the bare name is neither’s
    expect(ids(body('US Harbour Court', 'us-harbour-court'), body('UK Harbour Court', 'uk-harbour-court'), body('Harbour Court'))).toEqual(['us-harbour-court', 'uk-harbour-court', 'harbour-court']);
    // a word that is no country’s short form opens no country
    expect(ids(body('HB Harbour Court', 'hb-harbour-court'), body('Harbour Court'))).toEqual(['hb-harbour-court', 'harbour-court']);
  });

  it('treats a body’s noun standing alone (“Navy”) as a body’s name without its country, not a company’s first word', () => {
    expect(ids(body('U.S. Navy', 'united-states-navy'), body('Navy'))).toEqual(['united-states-navy', 'united-states-navy']);
    expect(ids(body('Navy'), body('U.S. Navy', 'united-states-navy'))).toEqual(['navy', 'navy']);
    expect(ids(body('Chilean navy', 'chile-navy'), body('Peruvian navy', 'peru-navy'), body('Navy'))).toEqual(['chile-navy', 'peru-navy', 'navy']);
  });

  it('never joins two countries’ bodies of one name, nor a bare name to either of them', () => {
    expect(ids(body('Peru’s foreign ministry', 'peru-foreign-ministry'), body('Chile’s foreign ministry', 'chile-foreign-ministry'), body('Foreign Ministry'), body('Peruvian foreign ministry', 'peru-foreign-ministry')))
      .toEqual(['peru-foreign-ministry', 'chile-foreign-ministry', 'foreign-ministry', 'peru-foreign-ministry']);
  });

  it('gives an acronym the id of the one body whose words it spells, whichever came first', () => {
    expect(ids(body('Harbour Deposit Assurance Board'), body('HDAB'))).toEqual(['harbour-deposit-assurance-board', 'harbour-deposit-assurance-board']);
    expect(ids(body('HDAB'), body('Harbour Deposit Assurance Board'))).toEqual(['hdab', 'hdab']);
    expect(ids(body('Civil Guard Command'), body('Coast Guard Command'), body('CGC'))).toEqual(['civil-guard-command', 'coast-guard-command', 'cgc']);
  });

  it('gives one capitalised word the id of the company or group its name opens with', () => {
    expect(ids(body('Tamber Group'), body('Tamber'))).toEqual(['tamber-group', 'tamber-group']);
    // a group known by its letters is named by them alone; a drugmaker by its first word, before or after
    expect(ids(body('KV Group'), body('KV', 'kv'))).toEqual(['kv-group', 'kv-group']);
    expect(ids(body('Tamberco'), body('Tamberco Pharmaceutical'))).toEqual(['tamberco', 'tamberco']);
    expect(ids(body('Tamber'), body('Tamber Group'))).toEqual(['tamber', 'tamber']);
    expect(ids(body('Tamber Council'), body('Tamber'))).toEqual(['tamber-council', 'tamber']);
  });

  it('gives a company named by an acronym and its company words the id of the body the acronym names', () => {
    expect(ids(body('Harbour Deposit Bank'), body('HDB'), body('HDB Financial Group'))).toEqual(['harbour-deposit-bank', 'harbour-deposit-bank', 'harbour-deposit-bank']);
    expect(ids(body('HDB Holdings'), body('Harbour Deposit Bank'))).toEqual(['hdb-holdings', 'hdb-holdings']);
    expect(ids(body('HDB Council'), body('Harbour Deposit Bank'))).toEqual(['hdb-council', 'harbour-deposit-bank']);
  });

  it('gives a name one typo from a known body’s, in one long word, that body’s id', () => {
    expect(ids(body('Harbour Progressive Party'), body('Harbour Progessive Party'))).toEqual(['harbour-progressive-party', 'harbour-progressive-party']);
    expect(ids(body('Harbour Port Authority'), body('Harbour Post Authority'))).toEqual(['harbour-port-authority', 'harbour-post-authority']);
  });

  it('gives a name of three words or more the id of the one known body with a word more or less inside it', () => {
    expect(ids(body('Vestria Mine Rescue Council'), body('Vestria Mine Council'))).toEqual(['vestria-mine-rescue-council', 'vestria-mine-rescue-council']);
    expect(ids(body('Vestria Mine Council'), body('Vestria Mine Rescue Council'))).toEqual(['vestria-mine-council', 'vestria-mine-council']);
  });

  it('never joins names of two words, another first or last word, or two words left out', () => {
    expect(ids(body('National Council'), body('National Health Council'))).toEqual(['national-council', 'national-health-council']);
    expect(ids(body('Vestria Mine Council'), body('Kessby Mine Rescue Council'), body('Vestria Mine Rescue Board'))).toEqual(['vestria-mine-council', 'kessby-mine-rescue-council', 'vestria-mine-rescue-board']);
    expect(ids(body('Vestria Mine Council'), body('Vestria Deep Mine Rescue Council'))).toEqual(['vestria-mine-council', 'vestria-deep-mine-rescue-council']);
  });

  it('joins a state’s bodies of two words with one word more inside, the country counting as a word', () => {
    expect(ids(body('Peru’s disaster management agency', 'peru-disaster-management-agency'), body('Peru’s disaster agency', 'peru-disaster-agency')))
      .toEqual(['peru-disaster-management-agency', 'peru-disaster-management-agency']);
    // never two countries’ bodies, nor two bare names of two words
    expect(ids(body('Peru’s disaster management agency', 'peru-disaster-management-agency'), body('Chile’s disaster agency', 'chile-disaster-agency')))
      .toEqual(['peru-disaster-management-agency', 'chile-disaster-agency']);
    expect(ids(body('Disaster Management Agency'), body('Disaster Agency'))).toEqual(['disaster-management-agency', 'disaster-agency']);
  });

  it('joins one country’s bodies its pages give one acronym, whatever noun they end on', () => {
    const authority = { ...body('Peru’s disaster authority', 'peru-disaster-authority'), acronyms: ['PDEA'] };
    const agency = { ...body('Peru’s disaster management agency', 'peru-disaster-management-agency'), acronyms: ['PDEA'] };
    expect(ids(authority, agency, body('Peru’s disaster agency', 'peru-disaster-agency'))).toEqual(['peru-disaster-authority', 'peru-disaster-authority', 'peru-disaster-authority']);
    // another country’s body of that acronym, another acronym: bodies of their own
    const chile = { ...body('Chile’s disaster agency', 'chile-disaster-agency'), acronyms: ['PDEA'] };
    const other = { ...body('Peru’s water agency', 'peru-water-agency'), acronyms: ['PWA'] };
    expect(ids(authority, chile, other)).toEqual(['peru-disaster-authority', 'chile-disaster-agency', 'peru-water-agency']);
  });

  it('spells an acronym from capitals and whole all-capital words, skipping small words', () => {
    expect(initials(['U.S.', 'Harbour', 'Guard'])).toBe('USHG');
    expect(initials(['Office', 'for', 'Harbour', 'Safety'])).toBe('OHS');
  });
});
