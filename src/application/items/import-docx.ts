import mammoth from 'mammoth';
import { Problem } from '../../http/errors.ts';
import { sanitizeItemHtml } from './sanitize.ts';

export interface ImportedDocx {
  /** The first heading of the document, taken out of the body (it becomes the item's title). */
  title: string | null;
  /** 发文字号 as printed under the heading, e.g. 白政发〔2025〕3号. */
  documentNumber: string | null;
  /** 成文日期: the last date written 2025年10月9日 (GB/T 9704 puts it above the seal, at the end). */
  madeOn: string | null;
  bodyHtml: string;
  warnings: string[];
}

const headingPattern = /<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/;
const documentNumberPattern = /[\u4e00-\u9fa5]{1,12}[〔[（(]\d{4}[〕\]）)]\d{1,5}号/;
const datePattern = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim();
}

function lastDate(text: string): string | null {
  const matches = [...text.matchAll(datePattern)];
  const last = matches.at(-1);
  if (!last) return null;
  const [, year, month, day] = last;
  const iso = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
  // 2月30日 parses as 3月2日: keep only a date that reads back as written
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

/**
 * A Word draft becomes an item body: mammoth keeps the structure (headings, lists, tables), the
 * item sanitizer keeps only what is safe to publish. Images are dropped: published images go up
 * as attachments so that they are kept with their checksum.
 */
export async function importDocx(content: Buffer): Promise<ImportedDocx> {
  let converted: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    converted = await mammoth.convertToHtml({ buffer: content });
  } catch {
    throw new Problem(
      422,
      'DOCX_UNREADABLE',
      '无法读取该文件：请上传 Word 2007 及以上版本保存的 .docx 文件',
      'file',
    );
  }
  const images = converted.value.match(/<img\b[^>]*>/g)?.length ?? 0;
  let html = converted.value.replace(/<img\b[^>]*>/g, '');
  const heading = headingPattern.exec(html);
  const title = heading?.[1] ? textOf(heading[1]) || null : null;
  if (heading) html = html.replace(heading[0], '');
  const text = textOf(html);
  const warnings: string[] = [];
  if (images > 0) warnings.push(`文档中的 ${images} 张图片未导入正文，请作为附件上传`);
  const unrecognised = converted.messages.filter((m) => m.type === 'warning').length;
  if (unrecognised > 0) warnings.push(`有 ${unrecognised} 处格式未能识别，已按普通段落导入，请核对`);
  if (!text && !title) warnings.push('文档中没有文字');
  return {
    title,
    documentNumber: documentNumberPattern.exec(text)?.[0] ?? null,
    madeOn: lastDate(text),
    bodyHtml: sanitizeItemHtml(html),
    warnings,
  };
}
