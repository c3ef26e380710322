import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Every test runs inside workerd (the Workers runtime), with miniflare's KV.
export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: { bindings: { ADMIN_TOKEN: 'test-admin-token' } },
    }),
  ],
  test: {
    // test/node/ runs under Node's own runner (Miniflare restarts, the static build CLI).
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    testTimeout: 30_000,
    reporters: ['default', './test/reporters/summary-line.ts'],
  },
});
