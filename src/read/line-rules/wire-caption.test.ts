import { describe, expect, it } from 'vitest';
import { wireCaptionShaped } from './wire-caption';

describe('wire captions', () => {
  it('reads a labelled or credited picture caption as a caption', () => {
    for (const t of ['FILE PHOTO: Students walk in the courtyard of the law school in Harbourton',
      'FILE - The harbour president waits for the arrival of a visitor, Tuesday, Oct. 19, 2021.',
      '(FILES) The harbour seen from the hill on March 3, 2019.',
      '(COMBO) This combination of pictures taken on November 19, 2023 shows the two candidates.',
      'Demonstrators gathered outside the court after the ruling. — Photo courtesy of Example News']) expect(wireCaptionShaped(t), t).toBe(true);
  });

  it('keeps prose that mentions a file or a photo', () => {
    for (const t of ['File photos released by the court show the harbour on fire.', 'The file - a dossier of 40 pages - was leaked on Monday.',
      'Police released a photo of the suspect on Monday.', 'Photo courtesy of the family: the last picture of the crew']) expect(wireCaptionShaped(t), t).toBe(false);
  });
});
