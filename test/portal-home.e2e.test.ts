import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('the portal home page shows the demo body in Chromium', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.baseUrl}/`);
  await expect(page.title()).resolves.toContain('政府信息公开');
  const text = await page.locator('main').innerText();
  expect(text).toContain('白石山镇');
});
