import { createApp } from './app';
import type { Env } from './http/env';
import { giveUp, mergeBatch } from './queue/ingest';

const app = createApp();

/** The dead-letter queue's name (wrangler.toml): its messages are pages given up on. */
const DEAD_LETTERS = 'chronofeed-ingest-dead';

export default {
  fetch: app.fetch,
  queue: (batch, env) => (batch.queue === DEAD_LETTERS ? giveUp(batch, env) : mergeBatch(batch, env)),
} satisfies ExportedHandler<Env>;
