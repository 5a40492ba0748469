import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../src/application/auth/roles.ts';
import { handleRequest } from '../src/application/requests.ts';
import { officialCalendar, todayInChina } from '../src/application/items/due-date.ts';
import { takeItemStep } from '../src/application/items/commands.ts';
import { publishReport } from '../src/application/annual-report.ts';
import { findPersonByUsername, rolesOf } from '../src/storage/people.ts';

let server: TestServer;
let browser: Browser;
let page: Page;
const town = 'jiaohe-baishishan';
// The first bytes of a PNG: what a phone photo of an identity card starts with.
const idPhoto = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(256, 1),
]);

async function demoActor(username: string): Promise<Actor> {
  const person = await findPersonByUsername(server.database.db, username);
  if (!person) throw new Error(`demo person ${username} missing`);
  return {
    personId: person.id,
    name: person.displayName,
    bodyId: person.bodyId,
    roles: await rolesOf(server.database.db, person.id),
  };
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** WCAG 2.1 AA as axe-core checks it: no serious or critical violation. */
async function expectAccessible(p: Page): Promise<void> {
  const result = await new AxeBuilder({ page: p })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

describe('the public portal as a new visitor uses it (issue 8)', () => {
  let itemUrl = '';
  let trackingNumber = '';
  let trackingCode = '';

  it('home page lists the bodies and passes axe', async () => {
    await page.goto(`${server.baseUrl}/`);
    expect(await page.locator('main').innerText()).toContain('白石山镇');
    await expectAccessible(page);
  });

  it('the body column has the four parts of 国办公开办函〔2019〕61号', async () => {
    await page.goto(`${server.baseUrl}/bodies/${town}`);
    const text = await page.locator('main').innerText();
    for (const part of ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报'])
      expect(text).toContain(part);
  });

  it('a traditional-script query finds the simplified item, highlighted', async () => {
    await page.goto(`${server.baseUrl}/search`);
    await page.fill('#q', '公益性崗位管理辦法');
    await page.click('form.search-form button[type=submit]');
    await page.waitForSelector('ol.results li');
    const first = page.locator('ol.results li h2 a').first();
    expect(await first.innerText()).toContain('公益性岗位管理办法');
    expect(await page.locator('ol.results mark').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    itemUrl = (await first.getAttribute('href')) ?? '';
    expect(itemUrl).toMatch(/^\/bodies\/.+\/items\//);
  });

  it('the item page shows the metadata header and passes axe', async () => {
    await page.goto(`${server.baseUrl}${itemUrl}`);
    const meta = await page.locator('table.item-meta').innerText();
    for (const label of ['索引号', '发布机构', '公开目录', '发布日期', '浏览量'])
      expect(meta).toContain(label);
    await expectAccessible(page);
  });

  it('a document page links its 政策解读', async () => {
    await page.goto(`${server.baseUrl}/search?q=${encodeURIComponent('公益性岗位管理办法')}`);
    await page.locator('ol.results li h2 a', { hasText: '的通知' }).first().click();
    await page.waitForSelector('table.item-meta');
    const related = page.locator('h2:has-text("相关解读") + ul');
    expect(await related.innerText()).toContain('《白石山镇村级公益性岗位管理办法》政策解读');
  });

  it('an item published a moment ago is found at once; a withdrawn one is not', async () => {
    const [approved] = await server.database.db.query<{ id: string }>(
      `select id from items where title like '%临时救助实施细则%' and status = 'approved'`,
    );
    await takeItemStep(server.database.db, await demoActor('bss-gongkai'), town, approved!.id, 'publish');
    await page.goto(`${server.baseUrl}/search?q=${encodeURIComponent('臨時救助實施細則')}`);
    expect(await page.locator('ol.results li h2 a').first().innerText()).toContain('临时救助实施细则');
    await page.goto(`${server.baseUrl}/search?q=${encodeURIComponent('公开招聘村级公益性岗位人员')}`);
    expect(await page.locator('ol.results li').count()).toBe(0);
  });

  it('a request with a mistake shows the message by the field; fixed, it gets a tracking number', async () => {
    await page.goto(`${server.baseUrl}/bodies/${town}/apply`);
    await expectAccessible(page);
    await page.check('input[name=applicantType][value=自然人]');
    await page.fill('#f-applicant-name', '张三');
    await page.fill('#f-applicant-idNumber', '110101199003071234'); // wrong check digit
    await page.fill('#f-applicant-phone', '13812345678');
    await page.fill('#f-description', '白石山镇2024年道路维修工程的招标文件');
    await page.check('input[name=deliveryForm][value=电子邮件]');
    await page.fill('#f-applicant-email', 'zhangsan@example.com');
    await page.click('main form button[type=submit]');
    await page.waitForSelector('.error-summary');
    const summary = await page.locator('.error-summary').innerText();
    expect(summary).toContain('居民身份证号码有误');
    expect(await page.locator('#f-applicant-idNumber-error').innerText()).toContain('居民身份证号码有误');
    expect(await page.inputValue('#f-description')).toContain('道路维修');
    await expectAccessible(page);

    await page.fill('#f-applicant-idNumber', '11010519491231002X');
    // Art. 29: proof of identity may go with the request; a wrong file is refused by the field.
    await page.setInputFiles('#f-attachments', {
      name: '身份证.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ'),
    });
    await page.click('main form button[type=submit]');
    await page.waitForSelector('#f-attachments-error');
    expect(await page.locator('#f-attachments-error').innerText()).toContain('格式不能上传');
    expect(await page.inputValue('#f-applicant-idNumber')).toBe('11010519491231002X');
    await expectAccessible(page);
    await page.setInputFiles('#f-attachments', {
      name: '身份证.png',
      mimeType: 'image/png',
      buffer: idPhoto,
    });
    await page.click('main form button[type=submit]');
    await page.waitForSelector('#tracking-number');
    trackingNumber = (await page.locator('#tracking-number').innerText()).trim();
    trackingCode = (await page.locator('#tracking-code strong').innerText()).trim();
    expect(trackingNumber).toMatch(/^GK-\d{4}-\d{6}$/);
    expect(await page.locator('#due-date').innerText()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // No personal data on the public receipt beyond what the applicant typed.
    expect(await page.content()).not.toContain('11010519491231002X');
    const files = await server.database.db.query<{ fileName: string; sizeBytes: number }>(
      `select a.file_name as "fileName", a.size_bytes as "sizeBytes" from request_attachments a
         join requests r on r.id = a.request_id where r.tracking_number = $1`,
      [trackingNumber],
    );
    expect(files).toEqual([{ fileName: '身份证.png', sizeBytes: idPhoto.length }]);
  });

  it('staff decide it; the tracking page shows the decision', async () => {
    const [row] = await server.database.db.query<{ id: string }>(
      'select id from requests where tracking_number = $1',
      [trackingNumber],
    );
    expect(row).toBeDefined();
    const deps = { db: server.database.db, calendar: officialCalendar(), today: () => todayInChina() };
    const officer: Actor = {
      personId: randomUUID(),
      name: '李晓梅',
      bodyId: town,
      roles: [{ bodyId: town, role: 'officer' }],
    };
    await handleRequest(deps, officer, town, row!.id, {
      type: 'decided',
      on: todayInChina(),
      decision: { kind: 'disclose' },
    });
    await page.goto(`${server.baseUrl}/track`);
    await expectAccessible(page);
    await page.fill('#f-number', trackingNumber);
    await page.fill('#f-code', trackingCode);
    await page.click('main form button[type=submit]');
    await page.waitForSelector('#status');
    expect(await page.locator('#outcome').innerText()).toContain('予以公开');
    expect(await page.locator('.timeline').innerText()).toContain('答复');
  });

  it('a wrong code shows the same message as an unknown number', async () => {
    await page.goto(`${server.baseUrl}/track`);
    await page.fill('#f-number', trackingNumber);
    await page.fill('#f-code', 'WRONG-CODE');
    await page.click('main form button[type=submit]');
    await page.waitForSelector('.error-summary');
    expect(await page.locator('.error-summary').innerText()).toContain('申请编号或查询码不正确');
  });

  it('the annual report page passes axe', async () => {
    await publishReport(server.database.db, { name: '公开办' }, town, 2025, { publishedOn: '2026-01-15' });
    await page.goto(`${server.baseUrl}/bodies/${town}/reports/2025`);
    expect(await page.locator('h1').first().innerText()).toContain('2025年政府信息公开工作年度报告');
    await expectAccessible(page);
  });
});
