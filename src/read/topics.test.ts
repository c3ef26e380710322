import { describe, expect, it } from 'vitest';
import { findTopics } from './topics';

/** Topic ids of one item (invented wording throughout). */
const ids = (headline: string, ...paragraphs: string[]) => findTopics(headline, paragraphs).map((t) => t.id);

describe('broad themes', () => {
  it('need their phrase in the headline or the lead', () => {
    expect(ids('Judge delays verdict', 'The court will sit again on Monday.')).toContain('courts-justice');
    expect(ids('Minister visits port', 'The visit went well.', 'Later a court sat.')).not.toContain('courts-justice');
  });

  it('are not filed by a longer phrase that means something else', () => {
    expect(ids('Ruling party’s candidate wins presidential election', 'The ruling party took 40 percent.')).not.toContain('courts-justice');
    expect(ids('Harbour Bank agrees emergency rescue deal', 'The rescue package was agreed on Sunday.')).not.toContain('disasters');
    expect(ids('Court ruling awaited', 'The ruling is due on Monday.')).toContain('courts-justice');
  });
});
