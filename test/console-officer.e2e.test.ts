import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import {
  pickDate,
  seriousViolations,
  signInConsole,
  useConsoleStage,
  viewports,
} from './support/console-page.ts';
import { demoBodyId } from '../src/application/seed-demo.ts';
import { replyDeadline } from '../src/core/deadline/index.ts';
import { officialCalendar } from '../src/application/items/due-date.ts';

const year = 2025;

/** The Friday before 国庆 of `year`, from the State Council's notice as the calendar data holds it. */
function fridayBeforeNationalDay(): string {
  const data = JSON.parse(readFileSync(`data/calendar/${year}.json`, 'utf8')) as {
    holidays: Record<string, string>;
  };
  const firstDay = Object.keys(data.holidays)
    .filter((day) => data.holidays[day]?.includes('国庆'))
    .sort()[0];
  if (!firstDay) throw new Error(`no 国庆 in the ${year} calendar data`);
  const day = new Date(`${firstDay}T00:00:00Z`);
  do day.setUTCDate(day.getUTCDate() - 1);
  while (day.getUTCDay() !== 5);
  return day.toISOString().slice(0, 10);
}

const receivedOn = fridayBeforeNationalDay();
const stage = useConsoleStage();
let page: Page;
let errors: string[] = [];
let partialBefore = 0;

/** 表三 “部分公开 / 自然人” of the year's report, computed from live data by the API. */
async function partialForNaturalPersons(): Promise<number> {
  const response = await page.request.get(
    `${stage.server.baseUrl}/api/v1/bodies/${demoBodyId}/annual-reports/${year}`,
  );
  expect(response.status()).toBe(200);
  const { document } = (await response.json()) as { document: { fields: Record<string, number | null> } };
  return document.fields['部分公开.自然人'] ?? 0;
}

async function waitForSteps(count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('.ant-timeline-item').length >= n, count);
}

/** Picks an option of an antd Select by typing its label, as a keyboard user would. */
async function choose(selector: string, label: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
}

beforeAll(async () => {
  ({ page, errors } = await stage.openPage({ viewport: viewports.desktop, acceptDownloads: true }));
});

describe('a new 公开办 officer handles a letter request in the console (issue 9)', () => {
  it('signs in as bss-gongkai', async () => {
    await signInConsole(page, stage.server.baseUrl, 'bss-gongkai');
    await page.waitForSelector('.ant-statistic'); // 今日待办, the page an officer lands on
    // From 1 November without next year's holiday notice (core/calendar/coverage.ts), a warning says
    // so and what to do; the server's answer decides whether there is one today.
    const coverage = (await (
      await page.request.get(`${stage.server.baseUrl}/api/v1/calendar/coverage`)
    ).json()) as { warning: string | null };
    if (coverage.warning) {
      const alert = page.locator('.ant-alert-warning');
      await alert.waitFor();
      expect(await alert.innerText()).toContain(coverage.warning);
      expect(await alert.innerText()).toContain('gongkai calendar import 文件');
    } else {
      expect(await page.locator('.ant-alert-warning').count()).toBe(0);
    }
    await page.screenshot({ path: `${stage.shots}/today-1366.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    partialBefore = await partialForNaturalPersons();
  });

  it(`logs a letter received on ${receivedOn}, the Friday before 国庆, and sees the due date skip the holiday`, async () => {
    await page.click('text=依申请公开');
    await page.waitForSelector('.ant-table');
    await page.screenshot({ path: `${stage.shots}/requests-1366.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('text=登记纸质 / 信函 / 传真申请');
    await pickDate(page, '#log_receiptDate', receivedOn);
    await page.fill('#log_name', '王五');
    await page.fill('#log_idNumber', '11010519491231002X');
    await page.fill('#log_address', '吉林省蛟河市白石山镇新建村3组15号');
    await page.fill('#log_description', '白石山镇2025年农村危房改造资金使用情况');
    await page.click('.ant-modal-footer button.ant-btn-primary');
    await page.waitForSelector('#due-date');
    // Art. 31: by post, the day the body signs for it; Art. 33: 20 working days, 国庆 not counted.
    const expected = replyDeadline(officialCalendar(), { receiptDate: receivedOn, channel: 'post' });
    expect(await page.locator('#due-date').innerText()).toBe(expected.dueDate);
    expect(await page.locator('#deadline-explanation').innerText()).toContain('国庆');
    await page.screenshot({ path: `${stage.shots}/request-detail-1366.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('sends a 补正, records the correction and decides 部分公开 (Art. 30, 37)', async () => {
    await page.click('button:has-text("告知补正")');
    await pickDate(page, '#step_on', '2025-09-29');
    await page.fill('#step_items', '请写明所需资金使用情况的年份和项目名称');
    await pickDate(page, '#step_correctBy', '2025-10-20');
    await page.click('#step-submit');
    await waitForSteps(2);
    await page.click('button:has-text("收到补正")');
    await pickDate(page, '#step_on', '2025-10-13');
    await page.click('#step-submit');
    await waitForSteps(3);
    await page.click('button:has-text("作出答复决定")');
    await pickDate(page, '#step_on', '2025-10-20');
    await choose('#step_kind', '部分公开');
    await page.fill('#step_ground', '名单中的身份证号码和家庭住址属于个人隐私');
    await choose('#step_article', '第十五条');
    expect(await page.locator('#step_provisionForm').inputValue()).toBe('纸质');
    await page.click('#step-submit');
    await page.waitForFunction(() => document.querySelector('#outcome')?.textContent?.includes('部分公开'));
    expect(await page.locator('#outcome').innerText()).toContain('部分公开');
  });

  it('downloads the 答复告知书 and finds ground, article and remedies in the DOCX', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-letter="reply"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^政府信息公开申请答复告知书-.*\.docx$/);
    const { value } = await mammoth.extractRawText({ path: await download.path() });
    const lines = value.split('\n').filter((l) => l.trim());
    expect(lines[0]).toBe('政府信息公开申请答复告知书');
    expect(lines[2]).toBe('王五：');
    expect(lines[3]).toContain('2025年9月26日收到您提出的政府信息公开申请');
    expect(lines[4]).toContain(
      '名单中的身份证号码和家庭住址属于个人隐私。根据《中华人民共和国政府信息公开条例》第三十七条和第十五条',
    );
    expect(lines[5]).toContain('60日内向蛟河市人民政府申请行政复议');
    expect(lines.slice(-2)).toEqual(['蛟河市白石山镇人民政府（印章）', '2025年10月20日']);
    expect(await page.locator('[data-letter="correction-notice"]').count()).toBe(1);
  });

  it(`records the 送达 and is counted in the ${year} annual report’s 表三 (部分公开, 自然人)`, async () => {
    await page.click('button:has-text("送达答复")');
    await pickDate(page, '#step_on', '2025-10-21');
    await choose('#step_method', '邮寄送达');
    await page.fill('#step_receipt', 'EMS 1100000000000 王五签收');
    await page.click('#step-submit');
    await page.waitForSelector('caption:has-text("送达记录")');
    expect(await page.locator('table:has(caption:has-text("送达记录"))').innerText()).toContain('王五签收');
    // 表三 counts a request in the year its reply was delivered (closed).
    expect(await partialForNaturalPersons()).toBe(partialBefore + 1);
  });

  it('works at phone width, without console errors', async () => {
    await page.setViewportSize(viewports.phone);
    await page.screenshot({ path: `${stage.shots}/request-detail-390.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('.ant-layout-sider-zero-width-trigger');
    await page.click('text=依申请公开');
    await page.waitForSelector('.ant-table');
    await page.screenshot({ path: `${stage.shots}/requests-390.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
