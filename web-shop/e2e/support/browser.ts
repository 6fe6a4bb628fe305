import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); playwright never downloads browsers here. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const SCREENSHOTS = path.resolve(__dirname, '../../../test-results/screenshots');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's Chromium with "apt-get install -y chromium" (.ci/run does)`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
}

/**
 * A browser tab of the shop that records what a buyer would never want to see: console errors,
 * uncaught exceptions and i18next keys missing in the page's language.
 */
export class ShopPage {
  readonly problems: string[] = [];
  /** HTTP statuses the next API calls are meant to be refused with (Chromium logs each as an error). */
  private readonly expectedRefusals: number[] = [];

  private constructor(
    readonly page: Page,
    private readonly prefix: string,
  ) {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const refused = /^Failed to load resource: the server responded with a status of (\d{3})/.exec(message.text());
      const expected = refused ? this.expectedRefusals.indexOf(Number(refused[1])) : -1;
      if (expected >= 0) this.expectedRefusals.splice(expected, 1);
      else this.problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.problems.push(`exception: ${error.message}`));
  }

  static async open(context: BrowserContext, prefix: string): Promise<ShopPage> {
    return new ShopPage(await context.newPage(), prefix);
  }

  /** The next API response with `status` is a refusal the test provokes, not a fault of the shop. */
  expectRefusal(status: number): void {
    this.expectedRefusals.push(status);
  }

  /** The ids of translations the page looked up and its language lacks. */
  async missingTranslations(): Promise<string[]> {
    return this.page.evaluate(() => (window as Window & { __prichalMissingTranslations?: () => string[] }).__prichalMissingTranslations?.() ?? ['i18n not initialised']);
  }

  /** Serious and critical accessibility violations axe-core finds on the page as it is now. */
  async accessibilityViolations(): Promise<string[]> {
    const loaded = await this.page.evaluate(() => 'axe' in window);
    if (!loaded) await this.page.addScriptTag({ content: AXE_SOURCE });
    const result = await this.page.evaluate(() => (window as unknown as { axe: { run(context: Document): Promise<unknown> } }).axe.run(document));
    return (result as AxeResult).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')})`);
  }

  async screenshot(step: string): Promise<void> {
    await this.page.screenshot({ path: path.join(SCREENSHOTS, `${this.prefix}-${step}.png`), fullPage: true });
  }

  /**
   * A step of the purchase as the buyer sees it: saves a screenshot and checks the page has no
   * serious accessibility problems, no missing translations and no console errors so far.
   */
  async step(step: string, options: { axe?: boolean } = {}): Promise<void> {
    await this.screenshot(step);
    const found = {
      step,
      accessibility: options.axe === false ? [] : await this.accessibilityViolations(),
      missingTranslations: await this.missingTranslations(),
      consoleAndErrors: [...this.problems],
    };
    expect(found).toEqual({ step, accessibility: [], missingTranslations: [], consoleAndErrors: [] });
  }
}

export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU', timezoneId: 'Europe/Moscow', ...options });
}
