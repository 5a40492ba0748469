import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pickDate, seriousViolations, useConsoleStage, viewports } from './support/console-page.ts';
import { injectAs, signInDemo } from './support/staff-sessions.ts';
import { demoBodyId } from '../src/application/seed-demo.ts';

const stage = useConsoleStage();
let requestUrl = '';
/** Console errors and failed API answers, per page opened. */
const watched: string[][] = [];

/** A request the officer logged by post, waiting for the head's and the reviewer's eyes. */
async function logRequestAsOfficer(): Promise<string> {
  const officer = await signInDemo(stage.server.app, 'bss-gongkai');
  const logged = await injectAs(stage.server.app, officer, 'POST', `/api/v1/bodies/${demoBodyId}/requests`, {
    channel: 'post',
    receiptDate: '2025-11-03',
    applicantType: '自然人',
    applicant: {
      name: '欧阳明',
      idType: '居民身份证',
      idNumber: '11010519491231002X',
      phone: '13912345678',
      address: '吉林省蛟河市白石山镇新建村3组15号',
    },
    description: '白石山镇2025年度道路维修工程的招标文件',
    deliveryForm: '纸质',
  });
  expect(logged.statusCode).toBe(201);
  return logged.json().requestId;
}

async function openAs(username: string, viewport: { width: number; height: number }): Promise<Page> {
  return (await stage.signIn(username, { viewport }, watched)).page;
}

beforeAll(async () => {
  requestUrl = `${stage.server.baseUrl}/console/#/requests/${await logRequestAsOfficer()}`;
});

describe('the head and the 保密审查员 in the console: their steps only, the applicant masked', () => {
  it('the head approves the extension (条例第三十三条第二款) and sees the applicant masked', async () => {
    const page = await openAs('bss-head', viewports.phone);
    await page.screenshot({ path: `${stage.shots}/today-390.png`, fullPage: true });
    await page.goto(requestUrl);
    await page.waitForSelector('#applicant-title');
    expect(await page.locator('#applicant-title').innerText()).toContain('已去标识化');
    const details = await page.locator('body').innerText();
    expect(details).toContain('欧*');
    expect(details).toContain('1101**********002X');
    expect(details).not.toContain('欧阳明');
    expect(await page.locator('.ant-card-head-title:text-is("文书")').count()).toBe(0);
    const steps = page.locator('[aria-label="可以进行的办理环节"] button');
    expect(await steps.allInnerTexts()).toEqual(['延长答复期限']);
    await steps.first().click();
    await pickDate(page, '#step_on', '2025-11-20');
    await page.fill('#step_reason', '所需信息需检索多年工程档案');
    await page.click('#step-submit');
    await page.waitForSelector('.ant-timeline-item:has-text("延长答复期限")');
    expect(await page.locator('.ant-timeline-item').last().innerText()).toContain('孙志强');
    await page.screenshot({ path: `${stage.shots}/request-head-390.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the reviewer reads the request masked, with no step to take and no letters', async () => {
    const page = await openAs('bss-baomi', viewports.desktop);
    await page.goto(requestUrl);
    await page.waitForSelector('#applicant-title');
    expect(await page.locator('body').innerText()).not.toContain('欧阳明');
    expect(await page.locator('text=办理过程').count()).toBe(1);
    expect(await page.locator('[aria-label="可以进行的办理环节"]').count()).toBe(0);
    expect(await page.locator('.ant-card-head-title:text-is("文书")').count()).toBe(0);
    await page.click('text=依申请公开');
    await page.waitForSelector('.ant-table');
    expect(await page.locator('text=登记纸质 / 信函 / 传真申请').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('left no console errors', () => {
    expect(watched.flat()).toEqual([]);
  });
});
