import { describe, expect, it } from 'vitest';
import { embedPlaceholderShaped } from './embed-placeholder';

describe('embed placeholders', () => {
  it('reads what a copy keeps of an embedded post as furniture', () => {
    for (const t of ['Skip Twitter post by Harbour Police', 'End of Twitter post by Harbour Police', 'Twitter post, 2', 'Instagram post',
      'View this post on Instagram', 'A post shared by Jo Reed (@joreed)', 'Allow YouTube content?', 'Watch on YouTube', 'Skip YouTube post, 1', 'YouTube video by Harbour News']) {
      expect(embedPlaceholderShaped(t), t).toBe(true);
    }
  });

  it('reads a lone symbol line, an embed\'s remnant, as furniture', () => {
    for (const t of ['▶', '|', '•', '>', '—', ' > ', '* *', '——>']) expect(embedPlaceholderShaped(t), t).toBe(true);
  });

  it('keeps short lines that hold a letter or a digit', () => {
    for (const t of ['A', '1', 'Q:', '3-1', '“No”', '> Harbourton votes', '• •  •']) expect(embedPlaceholderShaped(t), t).toBe(false);
  });

  it('keeps sentences and headlines that name a platform', () => {
    for (const t of ['Twitter post by the minister sparks anger', 'The minister’s Twitter post was deleted on Monday.', 'Instagram posts show the flooded square',
      'Skip the queue: the ferry reopens', 'View from the harbour as the storm hits', 'Watch on as the captain lifts the cup']) {
      expect(embedPlaceholderShaped(t), t).toBe(false);
    }
  });
});

describe('an embedded social post\'s handle and date line (issue 10, second round)', () => {
  it('reads "@handle" alone and the "time · date" line as the embed\'s furniture', () => {
    for (const t of ['@HarbourPoliceUK', '1:58 PM · Mar 14, 2023', '09:12 · 3 Feb 2023', '11:04 AM · Jan 2, 2021 · Web App']) {
      expect(embedPlaceholderShaped(t), t).toBe(true);
    }
  });
  it('leaves a post time, a page\'s date line and a sentence naming a handle alone', () => {
    for (const t of ['1:58 PM', 'Mar 14, 2023 1:58 PM', 'Updated 1:58 PM, Mar 14, 2023', '@HarbourPolice said the bridge was closed.']) {
      expect(embedPlaceholderShaped(t), t).toBe(false);
    }
  });
});
