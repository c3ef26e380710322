declare module '*?raw' {
  const text: string;
  export default text;
}

declare namespace Cloudflare {
  interface Env {
    CHRONO_KV: KVNamespace;
    DB: D1Database;
    INGEST_QUEUE: Queue<{ name: string; sha256: string }>;
    INGEST_RESEND_AFTER_S?: string;
    SITE_TITLE?: string;
    BASE_URL?: string;
    ADMIN_TOKEN?: string;
    DATA_PACKS?: string;
    ADMIN_CORS_ORIGIN?: string;
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
}

declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import('../src/index');
  }
}
