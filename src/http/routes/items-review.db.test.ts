import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describeEachDatabase } from '../../../test/support/databases.ts';
import { buildApp } from '../app.ts';
import { createLogger } from '../../runtime/logger.ts';
import { demoBodyId, demoPassword, seedDemo } from '../../application/seed-demo.ts';

const staffItems = `/api/v1/bodies/${demoBodyId}/staff/items`;

describeEachDatabase('console publishing API: DOCX import and the steps each role may take', (get) => {
  let app: FastifyInstance;
  const headers = new Map<string, Record<string, string>>();

  beforeAll(async () => {
    await seedDemo(get().db);
    app = await buildApp({ db: get().db, logger: createLogger('silent') });
    for (const username of ['bss-gongkai', 'bss-baomi', 'bss-head', 'jh-supervisor']) {
      const signedIn = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { username, password: demoPassword },
      });
      const cookie = signedIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      headers.set(username, { cookie, 'x-csrf-token': signedIn.json().csrfToken });
    }
  });
  afterAll(async () => app.close());

  const upload = (username: string, fileName: string, content: Buffer) => {
    const boundary = 'gkimport7';
    return app.inject({
      method: 'POST',
      url: `${staffItems}/import-docx`,
      headers: { ...headers.get(username), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n\r\n`,
        ),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
  };

  it('converts an uploaded Word draft to a sanitized body with its title and 文号', async () => {
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: '关于开展秸秆禁烧工作的通知', heading: HeadingLevel.HEADING_1 }),
              new Paragraph('白政办发〔2025〕7号'),
              new Paragraph('各村民委员会：请做好秸秆禁烧工作。'),
            ],
          },
        ],
      }),
    );
    const response = await upload('bss-gongkai', '禁烧通知.docx', docx);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      title: '关于开展秸秆禁烧工作的通知',
      documentNumber: '白政办发〔2025〕7号',
      madeOn: null,
    });
    expect(response.json().bodyHtml).toContain('<p>各村民委员会：请做好秸秆禁烧工作。</p>');
  });

  it.each([
    ['bss-gongkai', 'notice.pdf', '%PDF-1.4', 415, 'DOCX_REQUIRED'],
    ['bss-gongkai', 'broken.docx', 'PK not really a zip', 422, 'DOCX_UNREADABLE'],
    ['bss-baomi', 'draft.docx', 'PK', 403, 'FORBIDDEN'], // reviewers do not draft (roles.ts)
    ['jh-supervisor', 'draft.docx', 'PK', 403, 'FORBIDDEN'],
  ])('%s uploading %s → %i %s', async (username, fileName, content, status, code) => {
    const response = await upload(username, fileName, Buffer.from(content));
    expect(response.statusCode).toBe(status);
    expect(response.json().code).toBe(code);
    expect(response.json().message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('offers each role only the steps it may take, following the item through review (Art. 17)', async () => {
    const nodes = (await app.inject({ url: `/api/v1/bodies/${demoBodyId}/catalogue` })).json().nodes;
    const drafted = await app.inject({
      method: 'POST',
      url: staffItems,
      headers: headers.get('bss-gongkai'),
      payload: {
        catalogueNodeId: nodes[0].id,
        kind: '规范性文件',
        title: '白石山镇村规民约管理办法',
        publisher: '白石山镇人民政府',
        documentNumber: '白政发〔2025〕9号',
        validity: '有效',
        madeOn: '2025-10-09',
      },
    });
    const itemId = drafted.json().id as string;
    const offered = async (username: string) =>
      (await app.inject({ url: `${staffItems}/${itemId}`, headers: headers.get(username) }))
        .json()
        .nextSteps.map((s: { step: string }) => s.step);
    const take = async (username: string, step: string) =>
      expect(
        (
          await app.inject({
            method: 'POST',
            url: `${staffItems}/${itemId}/steps`,
            headers: headers.get(username),
            payload: { step },
          })
        ).statusCode,
      ).toBe(200);

    // status → who sees which buttons (reviewer: item.review; head: item.approve/publish/withdraw)
    expect(await offered('bss-gongkai')).toEqual([]);
    expect(await offered('bss-baomi')).toEqual(['review', 'return']);
    expect(await offered('bss-head')).toEqual(['return']);
    expect(await offered('jh-supervisor')).toEqual([]);
    await take('bss-baomi', 'review');
    expect(await offered('bss-baomi')).toEqual(['return']);
    expect(await offered('bss-head')).toEqual(['return', 'approve']);
    await take('bss-head', 'approve');
    expect(await offered('bss-gongkai')).toEqual(['publish']);
    await take('bss-gongkai', 'publish');
    expect(await offered('bss-gongkai')).toEqual([]);
    expect(await offered('bss-head')).toEqual(['withdraw', 'repeal']);
    await take('bss-head', 'repeal');
    expect(await offered('bss-head')).toEqual(['withdraw']); // already 废止
  });
});
