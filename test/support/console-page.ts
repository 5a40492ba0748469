import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { demoPassword } from '../../src/application/seed-demo.ts';
import { launchBrowser } from './browser.ts';
import { startTestServer } from './server.ts';
import type { TestServer } from './server.ts';

/** What a console e2e file drives: a server on the demo data, and a headless Chromium. */
export interface ConsoleStage {
  server: TestServer;
  browser: Browser;
  /** The folder the file's screenshots go to (made before the tests). */
  shots: string;
  /** A page in a browser context of its own (own session cookie), watched for errors from the start. */
  openPage(options: BrowserContextOptions): Promise<{ page: Page; errors: string[] }>;
  /**
   * {@link ConsoleStage.openPage}, its errors added to `watched` (before signing in, so a failed
   * sign-in's are there too), then `username` signed in to the console with the demo password.
   */
  signIn(
    username: string,
    options: BrowserContextOptions,
    watched: string[][],
  ): Promise<{ page: Page; errors: string[] }>;
}

/**
 * Starts the demo server and Chromium before the file's tests and closes both after them: call it
 * at the top of the file; `server` and `browser` are there once the file's `beforeAll` hooks run.
 */
export function useConsoleStage(): ConsoleStage {
  const stage: ConsoleStage = {
    server: undefined as unknown as TestServer,
    browser: undefined as unknown as Browser,
    shots: 'test-artifacts/screenshots',
    async openPage(options) {
      const page = await (await stage.browser.newContext(options)).newPage();
      return { page, errors: watchForErrors(page) };
    },
    async signIn(username, options, watched) {
      const opened = await stage.openPage(options);
      watched.push(opened.errors);
      await signInConsole(opened.page, stage.server.baseUrl, username);
      return opened;
    },
  };
  beforeAll(async () => {
    mkdirSync(stage.shots, { recursive: true });
    stage.server = await startTestServer();
    stage.browser = await launchBrowser();
  });
  afterAll(async () => {
    await stage.browser?.close();
    await stage.server?.close();
  });
  return stage;
}

export const viewports = {
  desktop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

/** Collects console errors, uncaught exceptions and failed API answers of `page` as they happen. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('response', async (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()} ${await r.text().catch(() => '')}`);
  });
  return errors;
}

/** Opens the console and signs `username` in with the demo password. */
export async function signInConsole(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/console/`);
  await page.fill('#username', username);
  await page.fill('#password', demoPassword);
  await page.click('button[type=submit]');
  await page.waitForSelector('text=今日待办');
}

/** Types a date into an antd DatePicker and tabs on (Enter would submit the form). */
export async function pickDate(page: Page, selector: string, date: string): Promise<void> {
  await page.click(selector);
  await page.fill(selector, date);
  await page.press(selector, 'Tab');
  // Tab closes the panel with a fade: wait for it, or the next step sees (and axe judges) it open.
  await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'detached' });
}

/** axe-core WCAG 2 A/AA violations of serious or critical impact on the page as it stands. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Judge the settled page: an element mid-fade (antd's menu and sider after a resize) has a
  // transient lower contrast that no person reads, and made the result depend on timing.
  const still = await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
  await page.evaluate(
    () => new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled))),
  );
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  // antd finishes closing dialogs and menus on transitionend: give the page its motion back.
  await still.evaluate((style) => (style as Element).remove());
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
