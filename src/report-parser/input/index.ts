import { decodeText } from './encoding.ts';
import { htmlToText, scriptToText } from './html.ts';
import { sniffKind } from './sniff.ts';
import { warning } from './types.ts';
import type { ReportSource, SourceWarning } from './types.ts';

export type { ReportSource, SourceKind, SourceWarning, SourceWarningCode } from './types.ts';
export { pipeRow } from './types.ts';

/**
 * Text and HTML are read only up to this many bytes: an annual report is well under 1 MB, so a
 * larger file is something else (a dump, a site mirror) and reading it whole would stall a batch.
 */
export const maxMarkupBytes = 16 * 1024 * 1024;

/**
 * Step 1 of the parser: any published report's bytes → text (tables as pipe rows). Never throws:
 * a file that cannot be read gives empty text and `unreadable` with the reason.
 */
export async function readReportSource(bytes: Uint8Array, name: string): Promise<ReportSource> {
  try {
    const kind = sniffKind(bytes, name);
    if (kind === 'pdf') {
      const { readPdf } = await import('./pdf.ts');
      return await readPdf(bytes);
    }
    if (kind === 'zip') {
      const { readDocx } = await import('./docx.ts');
      return await readDocx(bytes);
    }
    return readTextSource(bytes, name);
  } catch (error) {
    return brokenSource(error);
  }
}

/**
 * The synchronous path for plain text and HTML (the checker's hot path; no PDF/DOCX). Binary
 * kinds give `unreadable` here: use readReportSource for them.
 */
export function readTextSource(bytes: Uint8Array, name: string): ReportSource {
  try {
    const kind = sniffKind(bytes, name);
    if (bytes.length === 0) return unreadable('text', warning('P-EMPTY', '文件为空'));
    switch (kind) {
      case 'pdf':
      case 'zip':
        return unreadable(
          'text',
          warning('P-UNSUPPORTED-FORMAT', `${kind === 'pdf' ? 'PDF' : 'DOCX'} 文件需用异步读取`),
        );
      case 'ole':
        return unreadable(
          'text',
          warning(
            'P-UNSUPPORTED-FORMAT',
            '这是旧版 Word/WPS 二进制文件（.doc/.wps），请另存为 .docx 或 PDF 后再读',
          ),
        );
      case 'image':
        return unreadable(
          'text',
          warning('P-NO-TEXT-LAYER', '这是一张图片，没有文字可读（需要先做文字识别）'),
        );
      case 'binary':
        return unreadable('text', warning('P-BINARY', '文件不是文本、HTML、PDF 或 DOCX，内容无法识别'));
      default:
        return decodeMarkup(bytes, kind);
    }
  } catch (error) {
    return brokenSource(error);
  }
}

function decodeMarkup(bytes: Uint8Array, kind: 'text' | 'html' | 'script'): ReportSource {
  const warnings: SourceWarning[] = [];
  let body = bytes;
  if (bytes.length > maxMarkupBytes) {
    // Cut before a UTF-8 continuation byte, not inside a character.
    let end = maxMarkupBytes;
    while (end > maxMarkupBytes - 4 && (bytes[end]! & 0xc0) === 0x80) end--;
    body = bytes.subarray(0, end);
    warnings.push(
      warning(
        'P-TOO-LARGE',
        `文件有 ${(bytes.length / 1048576).toFixed(1)} MB，远大于一份年度报告，只读取了前 ${maxMarkupBytes / 1048576} MB`,
      ),
    );
  }
  const decoded = decodeText(body);
  warnings.push(...decoded.warnings);
  if (kind === 'script') {
    // The report as markup inside the file's string literals; a script holding none is text.
    const page = scriptToText(decoded.text);
    if (/\S/.test(page.text))
      return finish({ text: page.text, kind: 'html', encoding: decoded.encoding, warnings });
  }
  if (kind !== 'html') {
    const text = decoded.text.includes('\r') ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text;
    return finish({ text, kind: 'text', encoding: decoded.encoding, warnings });
  }
  const page = htmlToText(decoded.text);
  return finish({ text: page.text, kind, encoding: decoded.encoding, warnings, metadata: page.metadata });
}

function finish(source: ReportSource): ReportSource {
  // /\S/ finds the first character trim() would keep, without copying the text.
  if (!/\S/.test(source.text) && !source.unreadable) {
    const reason = warning('P-EMPTY', '文件中没有可读的文字');
    return { ...source, text: '', warnings: [...source.warnings, reason], unreadable: reason };
  }
  return source;
}

function unreadable(kind: ReportSource['kind'], reason: SourceWarning): ReportSource {
  return { text: '', kind, warnings: [reason], unreadable: reason };
}

function brokenSource(error: unknown): ReportSource {
  const detail = error instanceof Error ? error.message : String(error);
  return unreadable('text', warning('P-BROKEN-FILE', `文件已损坏，无法读取（${detail.slice(0, 200)}）`));
}
