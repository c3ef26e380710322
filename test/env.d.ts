declare module '*.txt?raw' {
  const text: string;
  export default text;
}

declare namespace Cloudflare {
  interface Env {
    CHRONO_KV: KVNamespace;
    SITE_TITLE?: string;
    BASE_URL?: string;
    ADMIN_TOKEN?: string;
    DATA_PACKS?: string;
  }
}

declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import('../src/index');
  }
}
