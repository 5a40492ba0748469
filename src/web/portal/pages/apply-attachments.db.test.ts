// Files on the public request form (Art. 29: the applicant's 身份证明 and the like): multipart
// without JavaScript, CSRF token in the action URL, size/type/count limits with Chinese messages,
// stored with the request in its transaction, readable by staff only.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { buildApp } from '../../../http/app.ts';
import { createLogger } from '../../../runtime/logger.ts';
import { demoBodyId, seedDemo } from '../../../application/seed-demo.ts';
import { attachmentForStaff } from '../../../application/requests-attachments.ts';
import { applicantFileLimits } from '../../../application/requests-applicant-files.ts';
import type { Actor } from '../../../application/auth/roles.ts';

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);
const pdf = Buffer.from('%PDF-1.7\n营业执照扫描件');

const fields: Record<string, string> = {
  applicantType: '自然人',
  'applicant.name': '王小明',
  'applicant.idType': '居民身份证',
  'applicant.idNumber': '11010519491231002X',
  'applicant.phone': '13812345678',
  description: '白石山镇2024年农村道路硬化工程的验收报告',
  deliveryForm: '电子邮件',
  'applicant.email': 'wang@example.com',
};

type Part = { name: string; value: string } | { name: string; fileName: string; content: Buffer };

function multipart(parts: Part[]): { payload: Buffer; contentType: string } {
  const boundary = `----gongkai${randomUUID()}`;
  const chunks = parts.flatMap((part) => [
    Buffer.from(
      'fileName' in part
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.fileName}"\r\n` +
            'Content-Type: application/octet-stream\r\n\r\n'
        : `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`,
    ),
    'fileName' in part ? part.content : Buffer.from(part.value),
    Buffer.from('\r\n'),
  ]);
  return {
    payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describeEachDatabase('request form attachments (Art. 29)', (get) => {
  let app: FastifyInstance;
  let address = 0;
  beforeAll(async () => {
    await seedDemo(get().db);
    app = await buildApp({ db: get().db, logger: createLogger('silent') });
  });
  afterAll(async () => {
    await app?.close();
  });

  /** The form as a browser gets it: the CSRF cookie and the action URL carrying the token. */
  async function openForm(): Promise<{ cookie: string; action: string }> {
    const page = await app.inject({ url: `/bodies/${demoBodyId}/apply` });
    const action = /action="([^"]+)"\s+enctype="multipart\/form-data"/.exec(page.body)?.[1];
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    expect(action).toMatch(/\?_csrf=/);
    return { cookie, action: action!.replaceAll('&amp;', '&') };
  }

  async function post(parts: Part[], form?: { cookie: string; action: string }) {
    const { cookie, action } = form ?? (await openForm());
    const { payload, contentType } = multipart(parts);
    // A fresh address per submission: this file tests attachments, not the rate limit.
    address += 1;
    return app.inject({
      method: 'POST',
      url: action,
      remoteAddress: `127.0.9.${address}`,
      headers: { cookie, 'content-type': contentType },
      payload,
    });
  }

  const formParts = (values = fields): Part[] =>
    Object.entries(values).map(([name, value]) => ({ name, value }));
  const requestCount = async () =>
    (await get().db.query<{ n: number }>('select count(*)::int as n from requests'))[0]!.n;

  it('stores the files with the request; staff read back the same bytes', async () => {
    const response = await post([
      ...formParts(),
      { name: 'attachments', fileName: '身份证正面.png', content: png },
      { name: 'attachments', fileName: 'C:\\扫描\\营业执照.pdf', content: pdf },
    ]);
    expect(response.statusCode).toBe(200);
    const trackingNumber = /id="tracking-number">([^<]+)</.exec(response.body)?.[1];
    const [request] = await get().db.query<{ id: string }>(
      'select id from requests where tracking_number = $1',
      [trackingNumber],
    );
    const stored = await get().db.query<{ id: string; fileName: string; sha256: string; uploadedBy: string }>(
      `select id, file_name as "fileName", sha256, uploaded_by as "uploadedBy" from request_attachments
        where request_id = $1 order by file_name`,
      [request!.id],
    );
    expect(stored.map((s) => s.fileName)).toEqual(['营业执照.pdf', '身份证正面.png']);
    expect(stored[1]!.sha256).toBe(createHash('sha256').update(png).digest('hex'));
    const officer: Actor = {
      personId: randomUUID(),
      name: '李晓梅',
      bodyId: demoBodyId,
      roles: [{ bodyId: demoBodyId, role: 'officer' }],
    };
    const file = await attachmentForStaff(get().db, officer, demoBodyId, request!.id, stored[0]!.id);
    expect(Buffer.from(file.content).equals(pdf)).toBe(true);
    await expect(
      attachmentForStaff(get().db, null, demoBodyId, request!.id, stored[0]!.id),
    ).rejects.toThrow();
    const [audit] = await get().db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'request.attachment-added' and entity_id = $1`,
      [request!.id],
    );
    expect(audit!.n).toBe(2);
  });

  it.each([
    ['a program renamed .pdf', 'setup.pdf', Buffer.from('MZ\x90\x00 not a pdf'), '内容与扩展名 .pdf 不符'],
    ['an HTML page', '证明.html', Buffer.from('<script>alert(1)</script>'), '格式不能上传'],
    ['an empty file', '空白.png', Buffer.alloc(0), '是空文件'],
    [
      'a file over the limit',
      '大图.png',
      Buffer.concat([png, Buffer.alloc(applicantFileLimits.bytes)]),
      '超过 5 MB',
    ],
  ])('refuses %s with a message by the field, storing nothing', async (_case, fileName, content, message) => {
    const before = await requestCount();
    const response = await post([...formParts(), { name: 'attachments', fileName, content }]);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="f-attachments-error"');
    expect(response.body).toContain(message);
    expect(await requestCount()).toBe(before);
  });

  it(`refuses more than ${applicantFileLimits.count} files, and shows the other mistakes in the same round`, async () => {
    const files = Array.from({ length: applicantFileLimits.count + 1 }, (_, i) => ({
      name: 'attachments',
      fileName: `第${i + 1}页.png`,
      content: png,
    }));
    const response = await post([...formParts({ ...fields, description: '' }), ...files]);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(`最多上传 ${applicantFileLimits.count} 个附件`);
    expect(response.body).toContain('href="#f-description"');
  });

  it('an empty file input (nothing chosen) is no attachment', async () => {
    const response = await post([
      ...formParts(),
      { name: 'attachments', fileName: '', content: Buffer.alloc(0) },
    ]);
    expect(response.statusCode).toBe(200);
  });

  it('refuses a multipart post without the CSRF token (403), storing nothing', async () => {
    const before = await requestCount();
    const { cookie } = await openForm();
    const response = await post([...formParts(), { name: 'attachments', fileName: 'a.png', content: png }], {
      cookie,
      action: `/bodies/${demoBodyId}/apply`,
    });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('请刷新页面后重新提交');
    expect(await requestCount()).toBe(before);
  });
});
