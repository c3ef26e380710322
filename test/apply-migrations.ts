import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

// The documented way (vitest-pool-workers): migrations read in vitest.config.ts, applied here, once per
// test file; applyD1Migrations skips those already applied.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
