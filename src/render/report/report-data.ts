import { emptyReportData, summaryFields, type ReportData } from '../../core/report-format/index.ts';
import { toCheckDocument, type Finding } from '../../core/checks/index.ts';
import { reportTitle, sections, type ReportDocument } from './document.ts';
import { reportText } from './text.ts';

/**
 * The generated report as the checker's input — the same ReportData the parser makes of a
 * published one (DESIGN.md “One checker”), positions pointing into the rendered text.
 */
export function reportData(doc: ReportDocument): ReportData {
  const text = reportText(doc);
  const data = emptyReportData(doc.format);
  const headings = sections(doc).map((s) => s.heading);
  let cursor = 0;
  for (const heading of headings) {
    const start = text.indexOf(`\n${heading}\n`, cursor);
    if (start < 0) continue;
    const [number, title] = heading.split('、') as [string, string];
    data.chapters.push({ number, title, span: { start: start + 1, end: start + 1 + heading.length } });
    cursor = start + 1;
  }
  const narrative = doc.prose.overview.flatMap((p) =>
    p.figures.flatMap((f) => {
      const start = text.indexOf(f.text);
      // An edited paragraph no longer holds the generated sentence: its figures are not claimed.
      return start < 0 ? [] : [{ ...f, span: { start, end: start + f.text.length } }];
    }),
  );
  return {
    ...data,
    year: doc.year,
    agency: doc.agency,
    fields: { ...doc.fields, ...summaryFields(doc.format, doc.fields) },
    narrative,
    text,
    tablesFound: sections(doc).flatMap((s) => (s.kind === 'table' ? [s.tableId] : [])),
    metadata: {
      title: reportTitle(doc),
      publisher: doc.agency,
      ...(doc.version ? { publishedOn: doc.version.publishedOn } : {}),
    },
    dates: {
      ...(doc.version ? { publishedOn: doc.version.publishedOn } : {}),
      period: {
        from: `${doc.year}-01-01`,
        to: `${doc.year}-12-31`,
        text: `自${doc.year}年1月1日起至${doc.year}年12月31日止`,
      },
    },
  };
}

/** The JSON export: the `gongkai.check/v1` document of shared/domain/check-output.md. */
export function reportJson(doc: ReportDocument, findings: Finding[] = [], source = ''): string {
  return `${JSON.stringify(toCheckDocument(source || reportTitle(doc), reportData(doc), findings), null, 2)}\n`;
}
