/**
 * Runs in Node (node --test): the pages as a person sees them, in headless Chromium (Debian's
 * `chromium`, driven by playwright-core; no browser is ever downloaded). Starts the Worker
 * (serve-worker.ts, Miniflare on 127.0.0.1 at a free port), opens `/`, the timeline with a filter,
 * an event page, an actor page and a topic page by following links, checks what shows, and writes
 * screenshots at phone (390×844) and desktop (1280×800) width to test-output/screenshots/.
 * Skipped, saying why, where /usr/bin/chromium is missing (.ci/run installs it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type Browser, chromium, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join('test-output', 'screenshots');
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing: apt-get install chromium (.ci/run installs it)`;
const VIEWPORTS = [{ name: 'phone', width: 390, height: 844 }, { name: 'desktop', width: 1280, height: 800 }] as const;

let server: ChildProcess | null = null;
let origin = '';
let browser: Browser | null = null;

function startWorker(): Promise<string> {
  return new Promise((resolve, reject) => {
    server = spawn(process.execPath, ['--import', 'tsx', 'test/browser/serve-worker.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the Worker did not start in 120 s: ${out}`)), 120_000);
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]!); }
    });
    server.on('exit', (code) => { clearTimeout(timer); reject(new Error(`the Worker exited (${code}) before it listened: ${out}`)); });
  });
}

/** Clicks the first link matching `selector`, waits for its page, and checks its heading is the link's text. */
async function follow(page: Page, selector: string, url: RegExp): Promise<void> {
  const link = page.locator(selector).first();
  const name = await link.textContent();
  await link.click();
  await page.waitForURL(url);
  assert.equal(await page.locator('h1').textContent(), name);
}

async function shot(page: Page, viewport: string, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}-${viewport}.png`), fullPage: false });
  // Nothing wider than the screen: no sideways scrolling on a phone.
  const overflow = await page.evaluate(() => {
    const w = globalThis as unknown as { innerWidth: number; document: { documentElement: { scrollWidth: number } } };
    return w.document.documentElement.scrollWidth - w.innerWidth;
  });
  assert.ok(overflow <= 0, `${name} at ${viewport} width scrolls sideways by ${overflow}px`);
}

describe('the pages in a browser', { skip }, () => {
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    origin = await startWorker();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
    if (server?.pid) process.kill(server.pid, 'SIGTERM');
  });

  for (const vp of VIEWPORTS) {
    it(`leads from / to a filtered timeline, an event, an actor and a topic (${vp.name}, ${vp.width}×${vp.height})`, async () => {
      const context = await browser!.newContext({ viewport: { width: vp.width, height: vp.height } });
      const page = await context.newPage();
      const errors: string[] = [];
      // Console errors (a CSP refusal shows here) and failed loads, but the browser's own favicon probe.
      page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
      page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`); });

      await page.goto(`${origin}/`);
      assert.equal(await page.locator('h1').textContent(), 'chronofeed');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.ok(await page.getByRole('link', { name: 'Every feed as OPML' }).isVisible());
      await shot(page, vp.name, '1-index');

      // The timeline, filtered through its form (labelled fields, as a screen reader names them).
      await page.getByRole('link', { name: 'Timeline', exact: true }).click();
      await page.getByLabel('Words').fill('Nord Stream');
      await page.getByLabel('Actor').selectOption({ label: 'Russia' });
      await page.getByRole('button', { name: 'Show events' }).click();
      await page.waitForURL(/\/timeline\?filter=Nord\+Stream&actor=russia&topic=&outlet=$/);
      assert.match(await page.locator('h1').textContent() ?? '', /^Timeline: events by Russia, with “nord stream”$/);
      const days = await page.locator('main section h2').allTextContents();
      assert.ok(days.length > 0 && days.every((d) => /^\w+day \d+ \w+ 20\d\d$|^Undated$/.test(d)), days.join(' | '));
      const first = page.locator('ol.events h3 a').first();
      const title = await first.textContent();
      await shot(page, vp.name, '2-timeline-filtered');

      // An event: its title, its reports under their outlets.
      await first.click();
      await page.waitForURL(/\/events\//);
      assert.equal(await page.locator('h1').textContent(), title);
      assert.ok(await page.getByRole('heading', { name: 'Reports' }).isVisible());
      assert.ok((await page.locator('article.report h3').count()) > 0);
      await shot(page, vp.name, '3-event');

      // Its first actor's page.
      await follow(page, 'dd a[href^="/actors/"]', /\/actors\/[a-z0-9-]+$/);
      assert.ok(await page.getByRole('list', { name: 'Feeds' }).first().isVisible());
      assert.ok((await page.locator('link[rel="alternate"]').count()) >= 3);
      await shot(page, vp.name, '4-actor');

      // A topic of its events.
      await follow(page, 'a[href^="/topics/"]', /\/topics\/[a-z0-9-]+$/);
      assert.ok((await page.locator('ol.events li').count()) > 0);
      await shot(page, vp.name, '5-topic');

      assert.deepEqual(errors, [], `no console errors and no failed loads: ${errors.join(' | ')}`);
      await context.close();
    });
  }
});
