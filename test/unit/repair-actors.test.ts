import { describe, expect, it } from 'vitest';
import { findActors, nameKey } from '../../src/read/actors';
import { catalogueFor } from '../../src/read/catalogue';
import { repairLines, repairText } from '../../src/read/repair';

/** The story pack this deployment uses: its people, spellings and damaged forms. */
const pack = catalogueFor(['russia-ukraine-2022']);
const KNOWN_NAMES = pack.knownNames;

describe('text repair', () => {
  it('mends lost spaces and trailing junk', () => {
    expect(repairText('The meeting?is set to?take place on Monday.?')).toBe('The meeting is set to take place on Monday.');
    expect(repairText('as Russia?shows no signs')).toBe('as Russia shows no signs');
    expect(repairText('“??Nobody is discussing any lockdowns.')).toBe('“Nobody is discussing any lockdowns.');
  });

  it('leaves real questions alone', () => {
    expect(repairText('Can US sanctions sway Putin’s thinking?')).toBe('Can US sanctions sway Putin’s thinking?');
    expect(repairText('Ukraine crisis: From Belarus to Japan, where do countries stand?')).toBe('Ukraine crisis: From Belarus to Japan, where do countries stand?');
  });

  it('drops a line-final `?` that closes no question only on a page that shows damage inside its lines', () => {
    const question = { no: 3, text: 'Heading to the islands this weekend?' };
    expect(repairLines([{ no: 1, text: 'Ferry crews walk out.' }, question], KNOWN_NAMES).lines[1]!.text).toBe('Heading to the islands this weekend?');
    expect(repairLines([{ no: 1, text: 'Ferry crews walk?out.' }, question], KNOWN_NAMES).lines[1]!.text).toBe('Heading to the islands this weekend');
  });

  it('restores a damaged name only when exactly one known name fits', () => {
    const { lines } = repairLines([{ no: 1, text: 'President Erdo?an met Mevlüt ?avu?o?lu.' }], KNOWN_NAMES);
    expect(lines[0]!.text).toBe('President Erdoğan met Mevlüt Çavuşoğlu.');
  });

  it('restores a damaged name opening or ending its line, past a run of `?` alone (no word), and only a whole word', () => {
    expect(repairLines([{ no: 1, text: 'Erdo?an ??? met ?avu?o?lu' }], KNOWN_NAMES).lines[0]!.text).toBe('Erdoğan ??? met Çavuşoğlu');
    expect(repairLines([{ no: 1, text: '?avu?o?lu' }], KNOWN_NAMES).lines[0]!.text).toBe('Çavuşoğlu');
    // A longer word of letters and `?` fits no name: its `?`s are lost spaces.
    expect(repairLines([{ no: 1, text: 'Erdo?an?s aide' }], KNOWN_NAMES).lines[0]!.text).toBe('Erdo an s aide');
  });
});

describe('actors', () => {
  it('puts transliterations of one name under one key, and keeps different people apart', () => {
    expect(nameKey('Zelensky')).toBe(nameKey('Zelenskyy'));
    expect(nameKey('Zelenskiy')).toBe(nameKey('Zelensky'));
    expect(nameKey('Zaitsev')).toBe(nameKey('Zaytsev'));
    expect(nameKey('Nikiforov')).toBe(nameKey('Nykyforov'));
    expect(nameKey('Zelenska')).not.toBe(nameKey('Zelensky'));
  });

  it('joins spelling variants, surnames and "Mr" forms to one catalogue actor', () => {
    const a = findActors('Zelenskiy speaks', ['Ukrainian President Volodymyr Zelensky said Kyiv was ready. Mr Zelenskyy added more.'], { catalogue: pack });
    expect(a.filter((x) => x.id === 'volodymyr-zelenskyy')).toHaveLength(1);
    const b = findActors('Talks', ['US Secretary of State Anthony Blinken met Sergei Lavrov. Lavrov said little.'], { catalogue: pack });
    expect(b.map((x) => x.id)).toEqual(expect.arrayContaining(['antony-blinken', 'sergey-lavrov']));
  });

  it('reads a capital as its government only when it acts', () => {
    expect(findActors('Reply studied', ['Moscow has begun studying the replies.']).map((a) => a.id)).toContain('russia');
    expect(findActors('Visit', ['The delegation arrived in Moscow.']).map((a) => a.id)).not.toContain('russia');
  });

  it('finds people it has never seen from titles and attributions', () => {
    const a = findActors('Port strike', ['Harbour chairman Tomas Ferreira told reporters the offer stood.', 'Union leader Marta Quintela said no.']);
    expect(a.map((x) => x.id)).toEqual(expect.arrayContaining(['tomas-ferreira', 'marta-quintela']));
  });

  it('never makes an actor of a weekday, a month, a teaser word or a sentence start', () => {
    const a = findActors('Read more here', ['On Thursday January the minister said. Click here. Speaking on Monday, officials said. Meanwhile Reuters reported.']);
    const junk = /^(thursday|monday|january|read|click|speaking|meanwhile|on|reuters)/;
    expect(a.filter((x) => junk.test(x.id))).toEqual([]);
  });

  it('does not make the page’s own reporters actors', () => {
    const a = findActors('Talks', ['Al Jazeera’s Alan Fisher said the talks would focus on aid. Foreign Minister Dmytro Kuleba said Kyiv was ready.'], { publisher: 'Al Jazeera' });
    expect(a.map((x) => x.id)).not.toContain('alan-fisher');
    expect(a.map((x) => x.id)).toContain('dmytro-kuleba');
  });

  it('marks the speaker principal and a passing name mentioned', () => {
    const a = findActors('Kremlin reacts', ['Kremlin spokesman Dmitry Peskov said the replies left little hope, in talks with Joe Biden’s team on the agenda.']);
    expect(a.find((x) => x.id === 'dmitry-peskov')?.role).toBe('principal');
  });
});
