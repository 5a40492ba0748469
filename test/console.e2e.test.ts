import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { demoPassword } from '../src/application/seed-demo.ts';
import { replyDeadline } from '../src/core/deadline/index.ts';
import { officialCalendar } from '../src/application/items/due-date.ts';

const shots = 'test-results/console';
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
  page.on('response', async (r) => {
    if (r.status() >= 400) consoleErrors.push(`${r.status()} ${r.url()} ${await r.text().catch(() => '')}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function pickDate(selector: string, date: string): Promise<void> {
  await page.click(selector);
  await page.fill(selector, date);
  await page.press(selector, 'Tab');
}

async function seriousViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the staff console as a new officer uses it (issue 9)', () => {
  it('signs in', async () => {
    await page.goto(`${server.baseUrl}/console/`);
    await page.fill('#username', 'bss-gongkai');
    await page.fill('#password', demoPassword);
    await page.click('button[type=submit]');
    await page.waitForSelector('text=今日待办');
    await page.screenshot({ path: `${shots}/today-1366.png` });
    expect(await seriousViolations()).toEqual([]);
  });

  it('logs a letter received on the Friday before 国庆 and sees the due date skip the holiday', async () => {
    await page.click('text=依申请公开');
    await page.click('text=登记纸质 / 信函 / 传真申请');
    await pickDate('#receiptDate', '2025-09-26');
    await page.fill('#name', '王五');
    await page.fill('#idNumber', '11010519491231002X');
    await page.fill('#address', '吉林省蛟河市白石山镇新建村3组15号');
    await page.fill('#description', '白石山镇2025年农村危房改造资金使用情况');
    await page.click('.ant-modal button.ant-btn-primary');
    await page.waitForSelector('#due-date');
    const expected = replyDeadline(officialCalendar(), { receiptDate: '2025-09-26' });
    expect(await page.locator('#due-date').innerText()).toBe(expected.dueDate);
    expect(await page.locator('#deadline-explanation').innerText()).toContain('国庆');
    await page.screenshot({ path: `${shots}/request-1366.png`, fullPage: true });
  });

  it('sends a 补正, records the correction and decides 部分公开', async () => {
    await page.click('button:has-text("发出补正告知")');
    await pickDate('#action-on', '2025-09-29');
    await page.fill('#correction-items', '请写明所需资金使用情况的年份和项目名称');
    await pickDate('#correct-by', '2025-10-20');
    await page.click('#action-submit');
    await page.waitForFunction(() => document.querySelectorAll('.ant-timeline-item').length >= 2);
    await page.click('button:has-text("收到补正材料")');
    await pickDate('#action-on', '2025-10-13');
    await page.click('#action-submit');
    await page.waitForFunction(() => document.querySelectorAll('.ant-timeline-item').length >= 3);
    await page.click('button:has-text("作出答复")');
    await pickDate('#action-on', '2025-10-20');
    await page.click('#decision-kind');
    await page.keyboard.type('部分公开');
    await page.keyboard.press('Enter');
    await page.fill('#decision-ground', '部分内容涉及个人隐私，已作区分处理');
    await page.fill('#decision-article', '第十五条');
    await page.click('#action-submit');
    await page.waitForFunction(() => document.querySelector('#outcome')?.textContent?.includes('部分公开'));
    expect(await page.locator('#outcome').innerText()).toContain('部分公开');
  });

  it('works at phone width, without console errors', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${shots}/request-phone.png`, fullPage: true });
    await page.goto(`${server.baseUrl}/console/#/today`);
    await page.waitForSelector('text=今日待办');
    await page.screenshot({ path: `${shots}/today-phone.png` });
    expect(consoleErrors).toEqual([]);
  });
});
