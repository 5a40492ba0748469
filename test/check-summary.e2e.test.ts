import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkReports } from '../src/application/check-reports.ts';
import { renderCheckSummary } from '../src/web/check-report/render.ts';
import { launchBrowser } from './support/browser.ts';

const fixtures = fileURLToPath(new URL('../../shared/fixtures/published-reports/', import.meta.url));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the HTML summary as a supervisor reads it (issue 5)', () => {
  it('shows one row per report, the chart, and a click leads to the findings with the text marked; passes axe', async () => {
    const { documents } = await checkReports([fixtures]);
    const page = await (await browser.newContext()).newPage();
    await page.setContent(renderCheckSummary(documents, '2026-01-01T00:00:00Z'));
    expect(await page.locator('tbody tr').count()).toBe(5);
    expect(await page.locator('figure svg').count()).toBe(1);
    await page.getByRole('link', { name: '二七区' }).click();
    const section = page.locator('section', { has: page.getByRole('heading', { name: /二七区/ }) });
    const text = await section.innerText();
    expect(text).toContain('L-REPLIES');
    expect(text).toContain('5 + 81 + 0 + 0 + 4 + 2 + 4 + 0 = 96');
    expect(await section.locator('mark').count()).toBeGreaterThan(0);
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
});
