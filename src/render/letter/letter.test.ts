import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import {
  buildLetter,
  renderPlainText,
  type LetterFields,
  type LetterKind,
} from '../../core/reply-letter/index.ts';
import { letterDocx } from './docx.ts';
import { letterHtml } from './html.ts';

const fields: LetterFields = {
  bodyName: '蛟河市白石山镇人民政府',
  applicantName: '王五',
  trackingNumber: 'GK-2025-000042',
  description: '白石山镇2025年农村危房改造资金使用情况',
  receivedOn: '2025-09-26',
  letterDate: '2025-10-20',
  ground: '名单中的身份证号码和家庭住址属于个人隐私',
  article: '第十五条',
  provisionForm: '纸质',
  correctionRequestedOn: '2025-09-29',
  correctionItems: '（1）请写明年份和项目名称',
  correctBy: '2025-10-20',
  reviewBody: '蛟河市人民政府',
};

/** The lines of the letter as the plain-text rendering gives them, without indents or blank lines. */
function expectedLines(kind: LetterKind): string[] {
  const letter = buildLetter(kind, fields);
  const lines = renderPlainText(letter)
    .split('\n')
    .map((l) => l.replace(/^\u3000+/, ''))
    .filter(Boolean);
  // The 落款 carries the place of the seal after the body's name.
  return lines.map((l) => (l === letter.signature ? `${l}（印章）` : l));
}

async function docxParagraphs(kind: LetterKind): Promise<string[]> {
  const buffer = await letterDocx(buildLetter(kind, fields));
  const { value } = await mammoth.extractRawText({ buffer });
  return value.split('\n').filter((l) => l.trim() !== '');
}

describe('reply letters as DOCX, read back paragraph by paragraph (条例第三十六、三十七条, 第五十一条)', () => {
  it.each(['partial', 'correction-notice', 'refuse-privacy', 'not-held'] as const)('%s', async (kind) => {
    expect(await docxParagraphs(kind)).toEqual(expectedLines(kind));
  });

  it('部分公开: 文号, applicant, ground with its article, remedies with both periods, seal line and date', async () => {
    const lines = await docxParagraphs('partial');
    expect(lines[0]).toBe('政府信息公开申请答复告知书');
    expect(lines[1]).toBe('蛟河市白石山镇人民政府依申公开答〔2025〕GK-2025-000042号');
    expect(lines[2]).toBe('王五：');
    expect(lines[3]).toContain('2025年9月26日收到您提出的政府信息公开申请（申请编号：GK-2025-000042）');
    expect(lines[4]).toContain('名单中的身份证号码和家庭住址属于个人隐私');
    expect(lines[4]).toContain('第三十七条和第十五条');
    expect(lines[5]).toBe(
      '如对本答复不服，可以自收到本告知书之日起60日内向蛟河市人民政府申请行政复议，' +
        '或者自收到本告知书之日起6个月内向有管辖权的人民法院提起行政诉讼。',
    );
    expect(lines.slice(-2)).toEqual(['蛟河市白石山镇人民政府（印章）', '2025年10月20日']);
  });

  it('is laid out on A4 in 仿宋_GB2312 三号 with the title in 方正小标宋简体 二号 (GB/T 9704-2012)', async () => {
    const zip = await JSZip.loadAsync(await letterDocx(buildLetter('partial', fields)));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:pgSz w:w="11907" w:h="16840"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1985" w:left="1588"/);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toMatch(/<w:sz w:val="44"\/>/);
    expect(xml).toMatch(/<w:sz w:val="32"\/>/);
  });
});

describe('the printable HTML page', () => {
  it('says the same as the DOCX and escapes what staff typed', () => {
    const page = letterHtml(buildLetter('partial', { ...fields, ground: '含<script>的理由' }));
    expect(page).toContain('<h1>政府信息公开申请答复告知书</h1>');
    expect(page).toContain('含&lt;script&gt;的理由');
    expect(page).not.toContain('<script>');
    expect(page).toContain('蛟河市白石山镇人民政府（印章）');
    expect(page).toContain('@page { size: A4;');
  });
});
