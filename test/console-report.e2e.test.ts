import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { demoBodyId, demoPassword } from '../src/application/seed-demo.ts';

// Issue 9: an officer produces the year's report in the wizard, the portal shows it, and the
// supervisor of 蛟河市 sees it published and batch-checks published reports.
const shots = 'test-artifacts/screenshots';
const fixtures = ['000_0a37c811800a0b9d.txt', '004_d56b836ff3b8aa47.txt'].map((name) =>
  fileURLToPath(new URL(`../../shared/fixtures/published-reports/${name}`, import.meta.url)),
);
const year = new Date().getFullYear() - 1; // the wizard's default: the year just ended
const addedProblem = '部分村级公开栏更新不及时，下一年度将按季度检查。';
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  await newSession();
});

/** A browser session of its own (as each person's own computer), errors collected from it. */
async function newSession(): Promise<void> {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
  // The shared 2-core test machine can take long to load the console bundle: waits, not assertions.
  page.setDefaultTimeout(90_000);
  page.on('response', async (r) => {
    if (r.status() >= 400) consoleErrors.push(`${r.status()} ${r.url()} ${await r.text().catch(() => '')}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
}
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function seriousViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Full-page screenshots at desktop and phone width, then back to the desktop viewport. */
async function screenshots(name: string): Promise<void> {
  await page.screenshot({ path: `${shots}/${name}-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${shots}/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** Signs in from a bookmark of the page the person works on (`#/supervisor`, `#/annual-report`). */
async function signIn(username: string, hash: string): Promise<void> {
  await page.goto(`${server.baseUrl}/console/#/${hash}`);
  await page.fill('#username', username);
  await page.fill('#password', demoPassword);
  await page.click('button[type=submit]');
  await page.waitForSelector('.ant-menu');
}

const next = () => page.click('#wizard-next');

describe('annual report wizard and supervisor view (issue 9)', () => {
  it('officer: the computed 表三 leads back to the requests behind each figure', async () => {
    await signIn('bss-gongkai', 'today');
    await page.click('.ant-menu >> text=年度报告');
    await page.waitForSelector(`text=${year}年度`);
    await next();
    await page.waitForSelector('#grid-table3');
    expect(await page.locator('#grid-table2').count()).toBe(1);
    expect(await page.locator('#grid-table4').count()).toBe(1);
    const cell = page.locator('[data-key="本年新收政府信息公开申请数量.总计"] button');
    const figure = Number(await cell.innerText());
    expect(figure).toBeGreaterThan(0);
    await cell.click();
    await page.waitForSelector('#cell-requests .ant-table-row');
    expect(await page.locator('#cell-requests .ant-table-row').count()).toBe(figure);
    for (const date of await page.locator('#cell-requests .ant-table-row td:nth-child(2)').allInnerTexts())
      expect(date.startsWith(`${year}-`)).toBe(true);
    expect(await seriousViolations()).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#cell-requests', { state: 'hidden' });
    await screenshots('annual-report-tables');
  });

  it('officer: edits the prose, sees the checks as the API computes them, previews with charts', async () => {
    await next();
    const problems = page.locator('#prose-form textarea#problems');
    await problems.fill(`${await problems.inputValue()}${addedProblem}`);
    await page.click('#save-prose');
    await page.waitForSelector('text=这是已保存的修改稿');
    await next();
    const api = await page.request.get(
      `${server.baseUrl}/api/v1/bodies/${demoBodyId}/annual-reports/${year}`,
    );
    const draft = (await api.json()) as { findings: Array<{ severity: string; code: string }> };
    const errors = draft.findings.filter((f) => f.severity === 'error');
    if (errors.length === 0) {
      await page.waitForSelector('text=检查通过：没有错误');
    } else {
      await page.waitForSelector(`text=发现${errors.length}处错误，改正前不能发布`);
      await page.fill('#override-reason', '经核对原始台账，数据无误，按现状发布');
    }
    const shown = await page.locator('#report-errors .ant-list-item').count();
    expect(shown).toBe(errors.length);
    expect(await seriousViolations()).toEqual([]);
    await next();
    await page.waitForSelector('#report-preview figure.report-chart svg');
    expect(await page.locator('#report-preview h1').innerText()).toContain(
      `${year}年政府信息公开工作年度报告`,
    );
    expect(await page.locator('#report-preview').innerText()).toContain(addedProblem);
    await screenshots('annual-report-preview');
  });

  it('officer: publishes; the downloads open and the portal shows the report', async () => {
    await next();
    await page.click('#publish-report');
    await page.waitForSelector('#report-downloads');
    expect(await page.locator('.ant-result-title').innerText()).toContain('已发布（第1版）');
    const docxHref = await page.locator('#report-downloads a', { hasText: 'DOCX' }).getAttribute('href');
    const docx = await page.request.get(`${server.baseUrl}${docxHref}`);
    expect(docx.status()).toBe(200);
    const zip = await JSZip.loadAsync(await docx.body());
    expect(await zip.file('word/document.xml')!.async('string')).toContain('收到和处理政府信息公开申请情况');
    expect(await seriousViolations()).toEqual([]);
    await screenshots('annual-report-published');
    const portalHref = await page.locator('#portal-link').getAttribute('href');
    const portal = await context.newPage();
    await portal.goto(`${server.baseUrl}${portalHref}`);
    expect(await portal.locator('h1').first().innerText()).toContain(`${year}年政府信息公开工作年度报告`);
    expect(await portal.locator('body').innerText()).toContain(addedProblem);
    await portal.close();
  });

  it('supervisor: sees 白石山镇’s report published, with load, overdue and a chart', async () => {
    await newSession();
    // From a 今日待办 bookmark: a supervisor may not read the body's requests, so the console
    // offers only the supervisor's pages and lands there (no 403 in the console).
    await signIn('jh-supervisor', 'today');
    expect(await page.locator('.ant-menu-item').allInnerTexts()).toEqual(['监督检查']);
    const row = page.locator('#bodies-overview tr', { hasText: '白石山镇' });
    await row.waitFor();
    expect(await row.innerText()).toContain('已发布（第1版）');
    expect(await page.locator('#report-status-chart svg').count()).toBe(1);
  });

  it('supervisor: uploads two published reports, watches the progress reach 100 %, reads the findings', async () => {
    await page.setInputFiles('#upload-files', fixtures);
    await page.waitForSelector('text=已选择 2 份报告');
    await page.click('#start-check');
    await page.waitForSelector('text=核查完成：共2份报告', { timeout: 120_000 });
    expect(await page.locator('#check-progress [role=progressbar]').getAttribute('aria-valuenow')).toBe(
      '100',
    );
    expect(await page.locator('#check-progress .ant-progress-text').innerText()).toBe('100%');
    const rows = page.locator('#check-findings tr.ant-table-row');
    expect(await rows.count()).toBe(2);
    expect(await rows.first().innerText()).toContain('000_0a37c811800a0b9d.txt');
    await page.waitForSelector('#rule-chart svg');
    await page.locator('#check-findings .ant-table-row-expand-icon').first().click();
    await page.waitForSelector('#check-findings .ant-table-expanded-row .ant-list-item');
    expect(await seriousViolations()).toEqual([]);
    await screenshots('supervisor');
    expect(consoleErrors).toEqual([]);
  });
});
