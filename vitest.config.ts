import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Every test runs inside workerd (the Workers runtime), with miniflare's KV and D1. The D1
// migrations are read here (Node) and applied by test/apply-migrations.ts (workerd) before each file.
export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: { bindings: { ADMIN_TOKEN: 'test-admin-token', TEST_MIGRATIONS: await readD1Migrations('./migrations') } },
    })),
  ],
  test: {
    // test/node/ runs under Node's own runner (Miniflare restarts, the static build CLI).
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    setupFiles: ['./test/apply-migrations.ts'],
    testTimeout: 30_000,
    reporters: ['default', './test/reporters/summary-line.ts'],
  },
});
