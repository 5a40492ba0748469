import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import type { Browser } from 'playwright-core';
import JSZip from 'jszip';
import { launchBrowser } from '../../../test/support/browser.ts';
import { startTestServer, type TestServer } from '../../../test/support/server.ts';
import { draftReport, publishReport } from '../../application/annual-report.ts';

const body = 'jiaohe-baishishan';

describe('published annual report on the portal (Chromium)', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    await publishReport(server.database.db, { name: '公开办' }, body, 2025, { publishedOn: '2026-01-15' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the report with its four charts drawn, the 表三 figures, and a screenshot is kept', async () => {
    const { document } = await draftReport(server.database.db, body, 2025);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const response = await page.goto(`${server.baseUrl}/annual-reports/${body}/2025`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first().textContent()).resolves.toContain(
      '2025年政府信息公开工作年度报告',
    );
    const charts = page.locator('figure.report-chart svg');
    expect(await charts.count()).toBe(4);
    for (let i = 0; i < 4; i += 1) {
      const box = await charts.nth(i).boundingBox();
      expect(box && box.width > 200 && box.height > 100).toBe(true);
    }
    // bars and pie sectors are real shapes, not an empty canvas
    expect(await page.locator('#chart-outcomes svg path').count()).toBeGreaterThan(3);
    const cell = page.locator('[data-key="本年新收政府信息公开申请数量.总计"]');
    await expect(cell.textContent()).resolves.toBe(
      String(document.fields['本年新收政府信息公开申请数量.总计']),
    );
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/annual-report.png', fullPage: true });
    await page.close();
  });

  it('serves the frozen version as JSON and DOCX; an unpublished year is a coded 404', async () => {
    const json = await fetch(`${server.baseUrl}/api/v1/public/bodies/${body}/annual-reports/2025/versions/1`);
    expect(json.status).toBe(200);
    expect(((await json.json()) as { version: { number: number } }).version.number).toBe(1);
    const docx = await fetch(
      `${server.baseUrl}/api/v1/public/bodies/${body}/annual-reports/2025/versions/1/report.docx`,
    );
    expect(docx.status).toBe(200);
    const zip = await JSZip.loadAsync(await docx.arrayBuffer());
    expect(await zip.file('word/document.xml')!.async('string')).toContain('收到和处理政府信息公开申请情况');
    const missing = await fetch(
      `${server.baseUrl}/api/v1/public/bodies/${body}/annual-reports/2024/versions/1`,
    );
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe('REPORT_NOT_PUBLISHED');
  });
});
