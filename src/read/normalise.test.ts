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

  it('drops a source’s web address run onto the end of a paragraph, keeping the sentence', () => {
    expect(normalise('Crews were called before the landslide.www.example-news.com')[0]!.text).toBe('Crews were called before the landslide.');
    expect(normalise('Read it at “the harbour”.https://www.example.org/')[0]!.text).toBe('Read it at “the harbour”.');
  });
  it('keeps an address that is the text itself, or one inside a sentence', () => {
    expect(normalise('www.example-news.com')[0]!.text).toBe('www.example-news.com');
    expect(normalise('Details are at www.example.org for residents')[0]!.text).toBe('Details are at www.example.org for residents');
    expect(normalise('Visit the site at www.example.org')[0]!.text).toBe('Visit the site at www.example.org');
  });
});
