import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { layoutPage } from './pdf-layout.ts';
import type { PdfBox, PdfPageContent, PdfTextRun } from './pdf-layout.ts';
import { pipeRow, warning } from './types.ts';
import type { ReportSource, SourceWarning } from './types.ts';

type PdfJs = typeof PdfJsModule;
type Matrix = [number, number, number, number, number, number];

/** An annual report runs to a few dozen pages; beyond this it is a compilation, read in part. */
export const maxPdfPages = 300;

let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdfjs in Node runs its worker in-process (“fake worker”); handing it the worker module up front
 * (globalThis.pdfjsWorker) spares it resolving `workerSrc` by path, which fails once bundled.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

/**
 * PDF → text from the text layer with positions. A PDF without one (a scan) yields empty text
 * and P-NO-TEXT-LAYER; scanned pages among text pages are named in a warning.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReportSource> {
  const lib = await loadPdfJs();
  const warnings: SourceWarning[] = [];
  let document;
  try {
    document = await lib.getDocument({
      // pdfjs takes ownership of (detaches) the buffer it is given.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    const reason =
      name === 'PasswordException'
        ? warning('P-BROKEN-FILE', 'PDF 已加密，需要密码才能读取')
        : warning(
            'P-BROKEN-FILE',
            `PDF 文件已损坏或不完整，无法打开（${String((error as Error).message ?? error).slice(0, 120)}）`,
          );
    return { text: '', kind: 'pdf', warnings: [reason], unreadable: reason };
  }
  try {
    const pages = Math.min(document.numPages, maxPdfPages);
    if (document.numPages > maxPdfPages) {
      warnings.push(warning('P-TOO-LARGE', `PDF 共 ${document.numPages} 页，只读取了前 ${maxPdfPages} 页`));
    }
    const lines: string[] = [];
    const emptyPages: number[] = [];
    const brokenPages: number[] = [];
    let gapRows = 0;
    for (let number = 1; number <= pages; number++) {
      try {
        const content = await pageContent(lib, document, number);
        const layout = layoutPage(content);
        if (layout.chars === 0) emptyPages.push(number);
        gapRows += layout.gapRows;
        lines.push(...carryMergedLabels(lines[lines.length - 1], layout.lines));
      } catch {
        brokenPages.push(number);
      }
    }
    const text = lines.join('\n');
    const undecodable = undecodableShare(text);
    if (brokenPages.length > 0) {
      warnings.push(warning('P-TRUNCATED', `PDF 第 ${pageList(brokenPages)} 页已损坏，未能读取`));
    }
    if (text.trim() === '') {
      const reason = warning(
        'P-NO-TEXT-LAYER',
        `PDF 共 ${document.numPages} 页，但没有文字层（可能是扫描件或图片），需要先做文字识别（OCR）才能检查`,
      );
      return { text: '', kind: 'pdf', warnings: [...warnings, reason], unreadable: reason };
    }
    if (undecodable > 0.2) {
      // Fonts without a ToUnicode map give private-use or control characters: the text layer exists
      // but cannot be read, which must not pass as a report with odd characters.
      const reason = warning(
        'P-ENCODING',
        `PDF 文字层中有 ${Math.round(undecodable * 100)}% 的字符无法解码（字体缺少编码表），需要先做文字识别（OCR）才能检查`,
      );
      return { text: '', kind: 'pdf', warnings: [...warnings, reason], unreadable: reason };
    }
    if (emptyPages.length > 0) {
      warnings.push(
        warning(
          'P-NO-TEXT-LAYER',
          `PDF 第 ${pageList(emptyPages)} 页没有文字层（可能是扫描图片），这些页的内容未读取`,
        ),
      );
    }
    if (gapRows > 0) {
      warnings.push(
        warning(
          'P-TABLE-NO-RULES',
          `PDF 中有 ${gapRows} 行表格没有表格线，按文字间距拆分单元格；空白单元格无法定位，请核对`,
        ),
      );
    }
    return { text, kind: 'pdf', warnings };
  } finally {
    await document.destroy();
  }
}

async function pageContent(
  lib: PdfJs,
  document: Awaited<ReturnType<PdfJs['getDocument']>['promise']>,
  number: number,
): Promise<PdfPageContent> {
  const page = await document.getPage(number);
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const text = await page.getTextContent();
  const runs: PdfTextRun[] = [];
  for (const item of text.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, e, f] = item.transform as Matrix;
    // Rotated or vertical text is not part of a report's tables or prose.
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01) continue;
    runs.push({
      text: item.str,
      x: e,
      y: f,
      width: item.width,
      size: Math.abs(d) || Math.abs(a) || item.height,
    });
  }
  const boxes = await drawnBoxes(lib, page);
  page.cleanup();
  return { width: x1 - x0, height: y1 - y0, runs, boxes };
}

/** Bounding boxes of stroked/filled paths in page space, following the graphics state's matrix. */
async function drawnBoxes(
  lib: PdfJs,
  page: Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>,
): Promise<PdfBox[]> {
  const { OPS } = lib;
  const list = await page.getOperatorList();
  const boxes: PdfBox[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < list.fnArray.length; i++) {
    const op = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (op === OPS.save) stack.push(ctm);
    else if (op === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (op === OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (op === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]))
        ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
    } else if (op === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (op === OPS.constructPath && args) {
      const drawOp = args[0];
      const minMax = args[2] as ArrayLike<number> | null;
      // A path only used as a clip (endPath) draws nothing.
      if (drawOp === OPS.endPath || !minMax || minMax.length < 4) continue;
      boxes.push(transformBox(ctm, minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!));
    }
  }
  return boxes;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function transformBox(m: Matrix, minX: number, minY: number, maxX: number, maxY: number): PdfBox {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [minX, minY],
    [minX, maxY],
    [maxX, minY],
    [maxX, maxY],
  ] as const) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

/**
 * A label cell merged down (三、本年度办理结果) that a page break cuts is printed on one page only:
 * the rows at the top of the next page have its slot empty. Their leading empty cells are filled
 * from the last row of the previous page when the rows have the same shape and the cell above is
 * a label, never a figure.
 */
export function carryMergedLabels(previous: string | undefined, pageLines: string[]): string[] {
  if (!previous?.startsWith('| ')) return pageLines;
  const above = splitRow(previous);
  const out = [...pageLines];
  for (let i = 0; i < out.length && out[i]!.startsWith('| '); i++) {
    const cells = splitRow(out[i]!);
    if (cells.length !== above.length) break;
    let filled = false;
    for (let c = 0; c < cells.length && cells[c] === ''; c++) {
      const label = above[c]!;
      if (label === '' || /^[\d\s.,，%-]+$/.test(label)) break;
      cells[c] = label;
      filled = true;
    }
    if (!filled) break;
    out[i] = pipeRow(cells);
  }
  return out;
}

function splitRow(row: string): string[] {
  return row.slice(2, -2).split(' | ');
}

/** Share of non-blank characters that are private-use, control or replacement characters. */
function undecodableShare(text: string): number {
  let total = 0;
  let bad = 0;
  for (const char of text) {
    if (char.trim() === '' || char === '|') continue;
    total++;
    const code = char.codePointAt(0)!;
    if ((code >= 0xe000 && code <= 0xf8ff) || code < 0x20 || code === 0xfffd || (code >= 0x7f && code < 0xa0))
      bad++;
  }
  return total === 0 ? 0 : bad / total;
}

function pageList(pages: number[]): string {
  return pages.length > 10 ? `${pages.slice(0, 10).join('、')} 等 ${pages.length}` : pages.join('、');
}
