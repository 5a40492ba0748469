import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { Letter } from '../../core/reply-letter/index.ts';

/**
 * 党政机关公文格式 (GB/T 9704-2012) as letters of 政府信息公开 offices use it: A4, margins
 * 37/35/28/26 mm, title 方正小标宋简体 二号 (22 pt) centred, 文号 and body 仿宋_GB2312 三号 (16 pt) on a
 * fixed 28 pt line, the addressee flush left in 黑体 (the letter's only heading), 落款 (body name,
 * seal, date) right-aligned. Sizes are half-points, lengths twips (1 mm ≈ 56.7 twips).
 */
const latin = { ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const FONTS = {
  title: { ...latin, eastAsia: '方正小标宋简体' },
  body: { ...latin, eastAsia: '仿宋_GB2312' },
  heading: { ...latin, eastAsia: '黑体' },
} as const;
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
const LINE = { line: 560, lineRule: 'exact' as const };
/** Two characters of 三号: the first-line indent of every body paragraph. */
const INDENT_TWO_CHARS = 640;
const mm = (n: number) => Math.round(n * 56.7);

type Font = keyof typeof FONTS;

function line(
  text: string,
  options: { font?: Font; size?: number; align?: 'left' | 'center' | 'right'; indent?: boolean } = {},
): Paragraph {
  const alignment = {
    left: AlignmentType.LEFT,
    center: AlignmentType.CENTER,
    right: AlignmentType.RIGHT,
  }[options.align ?? 'left'];
  return new Paragraph({
    alignment,
    spacing: LINE,
    ...(options.indent ? { indent: { firstLine: INDENT_TWO_CHARS } } : {}),
    // Right-aligned 落款 keeps four characters from the margin, as GB/T 9704 §7.3.5.1 asks.
    ...(options.align === 'right' ? { indent: { right: INDENT_TWO_CHARS * 2 } } : {}),
    children: [new TextRun({ text, font: FONTS[options.font ?? 'body'], size: options.size ?? BODY_SIZE })],
  });
}

/** One paragraph of the DOCX per line of the letter, in the order the plain-text rendering uses. */
export function letterParagraphs(letter: Letter): Paragraph[] {
  return [
    line(letter.title, { font: 'title', size: TITLE_SIZE, align: 'center' }),
    line(letter.reference, { align: 'center' }),
    line(''),
    line(`${letter.addressee}：`, { font: 'heading' }),
    ...letter.paragraphs.map((p) => line(p, { indent: true })),
    line(letter.closing, { indent: true }),
    line(''),
    line(`${letter.signature}（印章）`, { align: 'right' }),
    line(letter.dateZh, { align: 'right' }),
  ];
}

export async function letterDocx(letter: Letter): Promise<Buffer> {
  const document = new Document({
    title: letter.title,
    creator: letter.signature,
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
          },
        },
        children: letterParagraphs(letter),
      },
    ],
  });
  return Packer.toBuffer(document);
}
