import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocx } from './import-docx.ts';
import { Problem } from '../../http/errors.ts';

/** A 通知 laid out as GB/T 9704 has it: heading, 发文字号, text, 成文日期 at the end. */
async function wordDraft(paragraphs: Paragraph[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

const notice = () =>
  wordDraft([
    new Paragraph({ text: '白石山镇关于2025年秋季防火的通知', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: '白政发〔2025〕12号', alignment: AlignmentType.CENTER }),
    new Paragraph('各村（社区）：'),
    new Paragraph({
      children: [
        new TextRun({ text: '现将有关事项通知如下，' }),
        new TextRun({ text: '请认真落实。', bold: true }),
        new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('详见')] }),
      ],
    }),
    new Paragraph('2024年3月1日会议纪要已废止。'),
    new Paragraph('白石山镇人民政府'),
    new Paragraph('2025年10月9日'),
  ]);

describe('importing a Word draft as an item body (issue 9: 导入 DOCX)', () => {
  it('takes the heading as title, finds 文号 and the last date as 成文日期, keeps bold text', async () => {
    const imported = await importDocx(await notice());
    expect(imported.title).toBe('白石山镇关于2025年秋季防火的通知');
    expect(imported.documentNumber).toBe('白政发〔2025〕12号');
    expect(imported.madeOn).toBe('2025-10-09');
    expect(imported.bodyHtml).toContain('<strong>请认真落实。</strong>');
    expect(imported.bodyHtml).toContain('各村（社区）：');
    expect(imported.bodyHtml).not.toContain('白石山镇关于2025年秋季防火的通知');
    expect(imported.warnings).toEqual([]);
  });

  it('drops javascript: links (sanitized like every item body)', async () => {
    const imported = await importDocx(await notice());
    expect(imported.bodyHtml).toContain('详见');
    expect(imported.bodyHtml).not.toContain('javascript');
  });

  it.each([
    ['2025年2月30日', null],
    ['2025年2月28日', '2025-02-28'],
    ['没有日期', null],
  ])('成文日期 from %s → %s (a date that does not exist is not guessed)', async (line, expected) => {
    const imported = await importDocx(await wordDraft([new Paragraph(line)]));
    expect(imported.madeOn).toBe(expected);
    expect(imported.title).toBeNull();
  });

  it('says so when the document has no text', async () => {
    const imported = await importDocx(await wordDraft([new Paragraph('')]));
    expect(imported.warnings).toEqual(['文档中没有文字']);
  });

  it('refuses a file that is not a DOCX with a Chinese 422 naming the field', async () => {
    const refused = await importDocx(Buffer.from('%PDF-1.4 not a word file')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Problem);
    expect(refused).toMatchObject({ status: 422, code: 'DOCX_UNREADABLE', field: 'file' });
  });
});
