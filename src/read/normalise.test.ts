import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';

describe('normalise', () => {
  it('drops an advertisement label run onto the end of a paragraph, keeping the line', () => {
    const lines = normalise('Title\nThe agency will publish the images on its website. Advertisement\nAdvertisement');
    expect(lines[1]!.text).toBe('The agency will publish the images on its website.');
    // A label alone on its line is the line rules' to drop; a word in a sentence stays.
    expect(lines[2]!.text).toBe('Advertisement');
    expect(normalise('They bought an Advertisement')[0]!.text).toBe('They bought an Advertisement');
  });
});
