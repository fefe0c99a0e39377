import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze, renderHtml, renderIndex } from '../src/index.js';
import { expectedEvidence, expectedMentions } from './html-expect.js';

/**
 * The HTML views in a real browser: Debian's Chromium, driven by playwright-core (never a downloaded browser).
 * Screenshots at a desktop and a phone width go to artifacts/screenshots/, which CI keeps.
 */

/**
 * The page's globals, as far as the checks below use them: they run inside the page (page.evaluate), and the
 * project's types leave the DOM out, so that nothing in src can lean on it by mistake.
 */
interface PageElement {
  dataset: Record<string, string | undefined>;
  textContent: string | null;
  hidden: boolean;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  getBoundingClientRect(): { right: number };
}
declare const document: {
  querySelectorAll(selector: string): Iterable<PageElement>;
  getElementById(id: string): PageElement;
  activeElement: PageElement | null;
  documentElement: { scrollWidth: number };
};
declare const location: { hash: string };
declare function getComputedStyle(element: PageElement): { display: string };

const root = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ci = Boolean(process.env.CI);
const haveChromium = existsSync(CHROMIUM);
const seedFile = join(root, '../shared/gold/alibaba-weibo.txt');
const haveSeed = existsSync(seedFile);
const shots = join(root, 'artifacts/screenshots');
const WIDTHS = [1280, 390];

if (!haveChromium && !ci) console.warn(`\n*** browser tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium) ***\n`);
if (!haveSeed && !ci) console.warn(`\n*** seed article view SKIPPED: ${seedFile} is absent ***\n`);

test.runIf(ci)('under CI, Chromium is installed (.ci/run installs it)', () => {
  expect(haveChromium, `${CHROMIUM} is missing`).toBe(true);
});

/** The article for the single view: the seed; under CI without it, a corpus article, so the test still runs. */
const article = haveSeed
  ? { id: 'alibaba-weibo.txt', name: 'seed', text: readFileSync(seedFile, 'utf8') }
  : { id: 'corpus/compilation-ev-alliance.txt', name: 'corpus-article', text: readFileSync(join(root, 'corpus/compilation-ev-alliance.txt'), 'utf8') };

describe.runIf(haveChromium)('in Chromium', () => {
  let browser: Browser;
  const folder = mkdtempSync(join(tmpdir(), 'xinwen-html-'));
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Opens a page from a file at a width, failing any request but the page itself and recording console errors.
   */
  async function open(html: string, file: string, width: number) {
    const path = join(folder, file);
    writeFileSync(path, html);
    const url = pathToFileURL(path).href;
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const left: string[] = [];
    const errors: string[] = [];
    await context.route('**/*', (route) => {
      const asked = route.request().url();
      if (asked.split('#')[0] === url) return route.continue();
      left.push(asked);
      return route.abort();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    return { page, left, errors, close: () => context.close() };
  }

  /** `kind text` of each highlighted mention under `scope`, pieces joined, sorted as the expectation is. */
  const highlights = (page: Page, scope: string) =>
    page.evaluate((scope) => {
      const byId = new Map<string, string[]>();
      for (const el of document.querySelectorAll(`${scope} [data-m]`)) {
        const id = el.dataset.m as string;
        byId.set(id, [...(byId.get(id) ?? [el.dataset.kind as string]), el.textContent ?? '']);
      }
      return [...byId.values()].map(([kind, ...text]) => `${kind} ${text.join('')}`).sort();
    }, scope);

  const evidenceCount = (page: Page, scope: string) =>
    page.evaluate((scope) => new Set([...document.querySelectorAll(`${scope} [data-ev]`)].map((el) => el.dataset.ev)).size, scope);

  /** Tab until a highlight has focus: its tooltip must show, say what its note says, and describe it. */
  async function tooltipByKeyboard(page: Page) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-note'))) break;
    }
    return page.evaluate(() => {
      const focused = document.activeElement as PageElement;
      const tip = document.getElementById('tip');
      return { note: focused.dataset.note, tip: tip.hidden ? null : tip.textContent, describedBy: focused.getAttribute('aria-describedby'), box: tip.getBoundingClientRect().right };
    });
  }

  test.runIf(haveSeed || ci).each(WIDTHS)(`the ${article.name} view at %i px`, async (width) => {
    const analysis = analyze(article.text);
    const { page, left, errors, close } = await open(renderHtml(analysis, article.text, { id: article.id }), `${article.name}.html`, width);
    await page.screenshot({ path: join(shots, `${article.name}-${width}.png`) });
    expect(await highlights(page, '#article')).toEqual(expectedMentions(analysis, article.text));
    expect(await evidenceCount(page, '#article')).toBe(expectedEvidence(analysis).length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const tip = await tooltipByKeyboard(page);
    expect(tip.note).toBeTruthy();
    expect(tip.tip).toBe(tip.note);
    expect(tip.describedBy).toBe('tip');
    expect(tip.box).toBeLessThanOrEqual(width);
    expect(left).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  describe('the corpus index', () => {
    const documents = readdirSync(join(root, 'corpus'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => {
        const text = readFileSync(join(root, 'corpus', f), 'utf8');
        return { id: `corpus/${f}`, text, analysis: analyze(text) };
      });
    const html = renderIndex(documents);

    test.each(WIDTHS)('at %i px: charts, a line per document, every view highlighting exactly its mentions', async (width) => {
      const { page, left, errors, close } = await open(html, 'index.html', width);
      await page.screenshot({ path: join(shots, `index-${width}.png`) });
      expect(await page.locator('svg.chart').count()).toBe(2);
      expect(await page.locator('.docs li').count()).toBe(documents.length);
      for (const [i, d] of documents.entries()) {
        expect(await highlights(page, `#d${i + 1}`), d.id).toEqual(expectedMentions(d.analysis, d.text));
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      // Keyboard: the first document's link opens its view in place of the index.
      await page.locator('.docs a').first().focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#d1');
      const shown = await page.evaluate(() => [getComputedStyle(document.getElementById('index')).display, getComputedStyle(document.getElementById('d1')).display, getComputedStyle(document.getElementById('d2')).display]);
      expect(shown).toEqual(['none', 'block', 'none']);
      await page.screenshot({ path: join(shots, `index-view-${width}.png`) });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(left).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    }, 120_000);
  });
});
