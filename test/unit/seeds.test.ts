import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import { BUNDLED_SEEDS } from '../../src/generated/seeds';

// Assertions on the five seed pages. The rules under test are general; these pages are one sample.
// This deployment reads its seeds with its story's pack (wrangler.toml DATA_PACKS).
const { chronology } = buildChronology(BUNDLED_SEEDS, { registry: emptyRegistry(), now: '2026-11-21T00:00:00Z', digest: 'sha256:seeds', packs: ['russia-ukraine-2022'] });
const doc = (prefix: string) => chronology.documents.find((d) => d.seed.startsWith(prefix))!;
const eventWith = (headline: RegExp) => chronology.events.find((e) => e.reports.some((r) => headline.test(r.headline)))!;

describe('the five seeds', () => {
  it('are read as three live blogs and two articles, with their publishers and dates', () => {
    expect(chronology.documents.map((d) => d.kind)).toEqual(['liveblog', 'liveblog', 'article', 'liveblog', 'article']);
    expect(chronology.documents.map((d) => d.publisher)).toEqual(['Al Jazeera', 'Al Jazeera', 'Press Association', 'CNN', null]);
    expect(chronology.documents.map((d) => d.published)).toEqual(['2022-01-27', '2022-01-21', '2022-01-27', '2022-01-27', '2022-01-27']);
    expect(doc('001').published_basis).toBe('weekday-year');
  });

  it('leave no boilerplate in any entry', () => {
    const text = chronology.events.flatMap((e) => e.reports.flatMap((r) => [r.headline, r.text])).join('\n');
    for (const junk of [/Read more here/, /Click here/, /Take a look/, /Learn more/, /REUTERS\//, /\[[^\]]*\/[^\]]*\]/, /Source: /,
      /live blog is now closed/i, /live coverage has ended/i, /^\d+ Posts$/m, /Where things stand/, /By Press Association/,
      /Connect with us/, /Leave a Reply/, /You May Also Like/, /Latest World News/, /baguette/, /Andrew Tate/, /Sept 2\d/, /Picture: PA/,
      /contributed reporting/, /Related article/]) {
      expect(text, String(junk)).not.toMatch(junk);
    }
  });

  it('point every report at the line of its headline', () => {
    for (const e of chronology.events) {
      for (const r of e.reports) {
        const lines = BUNDLED_SEEDS.find((s) => s.name === r.seed)!.text.split('\n');
        expect(lines[r.line - 1]!.replace(/\?+$/, '').trim().startsWith(r.headline.slice(0, 20).trim())).toBe(true);
      }
    }
  });

  it('date posts by the day the reported thing happened', () => {
    expect(eventWith(/8,500 US troops/).event_date).toBe('2022-01-24');
    expect(eventWith(/Biden calls situation in Ukraine uncertain/).event_date).toBe('2022-01-25');
    expect(eventWith(/Russia and Ukraine agree to continue ceasefire talks/).event_date).toBe('2022-01-26');
  });

  it('keep announced days as scheduled dates', () => {
    expect(eventWith(/Scholz to meet with Biden/).scheduled_date).toBe('2022-02-07');
    expect(eventWith(/US calls for UN Security Council meeting/).scheduled_date).toBe('2022-01-31');
    expect(eventWith(/US calls for UN Security Council meeting/).event_date).toBe('2022-01-27');
  });

  it('repair encoding damage and restore known names', () => {
    const text = chronology.events.flatMap((e) => e.reports.map((r) => r.text)).join('\n');
    expect(text).toMatch(/The meeting is set to take place on Monday\./);
    expect(text).toMatch(/Erdoğan/);
    expect(text).toMatch(/Mevlüt Çavuşoğlu/);
    expect(text).not.toMatch(/Erdo\?an/);
  });

  it('merge one statement reported by two outlets, and keep one person’s distinct statements apart', () => {
    expect(eventWith(/Thought of war with Ukraine/).reports.map((r) => r.seed.slice(0, 3)).sort()).toEqual(['000', '003']);
    expect(eventWith(/China urges ‘calm’/).reports.map((r) => r.seed.slice(0, 3)).sort()).toEqual(['000', '003']);
    expect(eventWith(/If Russia decides to fight/).id).not.toBe(eventWith(/It's Russia who has to make concessions/).id);
  });

  it('attach each plain article to the event it leads with, once: the Kremlin reaction has four reports', () => {
    const kremlin = eventWith(/Russia’s main demands not ‘taken into account’/);
    expect(kremlin.reports.map((r) => `${r.seed.slice(0, 3)}:${r.line}`).sort()).toEqual(['000:188', '002:1', '003:253', '004:7']);
    expect(new Set(kremlin.reports.map((r) => r.publisher)).size).toBe(4);
    // The foreign minister's remarks under a "says Kremlin" headline stay an event of their own.
    expect(eventWith(/no positive reaction/).reports).toHaveLength(1);
  });

  it('merge a live blog’s two posts of one act under the same headline speaker', () => {
    expect(eventWith(/Ukraine says Russia recruiting mercenaries/).reports.map((r) => r.line).sort()).toEqual([128, 264]);
    expect(eventWith(/Ukraine says Russia behind bomb hoaxes/).reports).toHaveLength(1);
  });

  it('give each well-known actor exactly one id, and no junk actors', () => {
    const ids = chronology.actors.map((a) => a.id);
    for (const id of ['sergey-lavrov', 'antony-blinken', 'dmitry-peskov', 'volodymyr-zelenskyy', 'dmytro-kuleba', 'dmitry-medvedev',
      'annalena-baerbock', 'alexey-zaitsev', 'wang-yi', 'recep-tayyip-erdogan', 'nato', 'kremlin', 'russia', 'ukraine', 'united-states']) {
      expect(ids, id).toContain(id);
    }
    expect(ids.filter((id) => /zelensk|lavrov|zaitsev|zaytsev|blinken|erdo/.test(id)).sort())
      .toEqual(['alexey-zaitsev', 'antony-blinken', 'recep-tayyip-erdogan', 'sergey-lavrov', 'volodymyr-zelenskyy']);
    const junk = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|read|click|take|reuters|cnn|al-jazeera|press-association|the-|on-)/;
    expect(ids.filter((id) => junk.test(id))).toEqual([]);
    expect(ids).not.toContain('alan-fisher');
  });
});
