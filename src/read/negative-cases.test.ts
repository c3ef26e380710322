import { describe, expect, it } from 'vitest';
import { readSeed } from './read-seed';

/**
 * Text that must produce nothing: pages with no story on them, only the furniture around one.
 * Each gives no item (and says so in its report), never a junk entry.
 */
const pages: Record<string, string> = {
  'a site menu': 'Home\nNews\nWorld\nBusiness\nSport\nCulture\nSign in\nSubscribe\n',
  'a cookie wall': 'We value your privacy\n\nWe and our partners use cookies to store and access information on your device, to measure audiences and to show you personalised content.\n\nAccept all\nReject all\nManage preferences\n',
  'a sign-in wall': 'Sign in to continue reading\n\nAlready a subscriber? Sign in\n\nCreate a free account to read three articles a month\n\nContinue with email\n',
  'a list of headlines': 'Top stories\n\nCouncil approves budget\n\nLocal team wins cup final\n\nNew bridge opens to traffic\n\nMost read\n',
  'a key-events box without posts': 'Key events\n\n2h ago\nDyke breach forces evacuation\n\n4h ago\nMinister visits flooded towns\n\nShow key events only\n',
  'a comments widget and a footer': 'Comments (14)\n\nJoin the conversation\n\nSign in or register to comment\n\nAbout us\nContact\nTerms of use\nPrivacy policy\n© 2023 Example Media\n',
  'timestamps alone': '14:32 GMT\n\n13:05 GMT\n\n12:10 GMT\n',
  'writers signing off and handing over': 'Thank you for following our coverage today.\n\nUpdated\n\nWith that, I’m handing over to my colleague Ada Berg.\n\nUpdated\n\nJoin us again tomorrow for all the latest.\n',
  'post times with authors and numeric dates, no posts': '21:40 , Mira Castell\n\n2/9/20 @8:40 PM EST\n\n18:05 , Lena Vos\n',
  'update labels and a developing-story notice without updates': 'UPDATE –\n\nUPDATE –\n\nTHIS IS A DEVELOPING STORY AND WILL BE UPDATED AS MORE INFORMATION BECOMES AVAILABLE\n',
  'embedded social posts alone': 'Live video from the harbour https://t.example/abc — Example Monitor (@exmonitor) August 4, 2020\n\nMore video of the blast pic.example/xyz — Jo Reed (@joreed) August 4, 2020\n',
  'a live page\'s farewell and recap posts alone': '  1. Goodnight from us\n\n    We’re closing our live coverage of the Harbourton floods for tonight.\n\n  2. Key points\n\n    If you’re just joining us, here’s a recap of the day.\n',
  'post times as seconds since 1970 and signatures, no posts': '1684325880\n\nAda Berg17 May 2023 12:18\n\n1684325400\n\nTom Lind17 May 2023 12:10\n',
};

describe('negative cases: pages with no story give no items', () => {
  for (const [what, text] of Object.entries(pages)) {
    it(`${what}`, () => {
      const r = readSeed({ name: 'page.txt', text });
      expect(r.items).toEqual([]);
      expect(r.report.warnings.join(' ')).toMatch(/no items|no title/);
    });
  }
});
