/**
 * A fixture page as a newsroom sends it: its front-matter block (url, published, publisher from the
 * fixtures' `meta.json`, those it gives) above its text. One place for every test that reads fixtures
 * with their metadata (the block's format: ../shared/CONTRACT.md, src/read/front-matter.ts).
 */
export type PageMeta = Readonly<Record<string, string | undefined>>;

/** The block's lines for a page's metadata. */
export const frontMatterBlock = (m: PageMeta): string[] =>
  ['---', ...(['url', 'published', 'publisher'] as const).filter((k) => m[k]).map((k) => `${k}: ${m[k]}`), '---'];

/** A page named `name` with its block above `text` (`meta`: the fixtures' meta.json, by file name). */
export const withFrontMatter = (name: string, text: string, meta: Readonly<Record<string, PageMeta>>): { name: string; text: string } =>
  ({ name, text: [...frontMatterBlock(meta[name]!), text].join('\n') });
