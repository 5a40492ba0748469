import { findTable, formatForYear, formats } from '../../report-format/index.ts';
import type { FormatDeclaration, ReportData } from '../../report-format/index.ts';
import { cellIndex, fieldKeys } from '../cells.ts';
import { finding } from '../rule.ts';
import type { Finding, Rule } from '../types.ts';

const tableNames: Record<string, string> = { table2: '表二', table3: '表三', table4: '表四' };
const formatNames: Record<string, string> = {
  'national-2014': '2014—2018年统计表格式',
  'gov-2019': '2019年试行格式',
  'gov-2021': '2021年版格式',
};

/** Summary keys are filled (null) even when absent, so presence = a number, a blank or an invalid cell. */
function hasCell(data: ReportData, key: string): boolean {
  return typeof data.fields[key] === 'number' || data.blankCells.includes(key) || key in data.invalidCells;
}

function chapterEvidence(data: ReportData, number: string): string {
  const ch = data.chapters.find((c) => c.number === number);
  return ch ? `${ch.number}、${ch.title}` : '';
}

interface StatisticSection {
  /** `三、因政府信息公开申请行政复议、提起行政诉讼的情况` … */
  group: string;
  /** How the reader lists the section when it saw it: `statistics.三`. */
  listedAs: string;
  rowKeys: string[];
}

/** The national-2014 statistics table's sections (row groups) in order, listed once. */
const statisticSections: StatisticSection[] = (() => {
  const sections = new Map<string, StatisticSection>();
  for (const row of findTable(formats['national-2014'], 'statistics')?.rows ?? []) {
    const group = row.group ?? '';
    let section = sections.get(group);
    if (!section) {
      section = { group, listedAs: `statistics.${group.split('、')[0]}`, rowKeys: [] };
      sections.set(group, section);
    }
    section.rowKeys.push(row.key);
  }
  return [...sections.values()];
})();

/** A section heading alone shows the section; else one row with a cell is enough. */
function sectionPresent(data: ReportData, s: StatisticSection): boolean {
  return data.tablesFound.includes(s.listedAs) || s.rowKeys.some((key) => hasCell(data, key));
}

/** Sections 一…九 of the national-2014 statistics table that have no row at all in the report. */
function missingStatisticSections(data: ReportData): string[] {
  return statisticSections.filter((s) => !sectionPresent(data, s)).map((s) => s.group);
}

function govFindings(rule: Rule, data: ReportData, expected: FormatDeclaration): Finding[] {
  const out: Finding[] = [];
  // Reports generated from live data may not list tablesFound: a table with figures is present.
  const present = new Set(data.tablesFound);
  const listed = expected.chapters.every((c) => !c.tableId || present.has(c.tableId));
  for (const key of listed ? [] : fieldKeys(data)) {
    const table = typeof data.fields[key] === 'number' ? cellIndex(data.format).get(key)?.table : undefined;
    if (table) present.add(table);
  }
  const missingTables = expected.chapters.filter((c) => c.tableId && !present.has(c.tableId));
  if (missingTables.length > 0) {
    const headingOnly = missingTables.filter((c) => data.chapters.some((f) => f.number === c.number));
    const names = missingTables.map((c) => tableNames[c.tableId as string] ?? c.tableId).join('、');
    const note =
      headingOnly.length > 0
        ? `（第${headingOnly.map((c) => c.number).join('、')}部分有标题，但没有表格）`
        : '';
    out.push(
      finding(rule, data, {
        message: `${data.year} 年报告应按${formatNames[expected.id]}附表，但缺少${names}${note}`,
        keys: missingTables.map((c) => c.tableId as string),
        values: [],
        evidence: headingOnly.map((c) => chapterEvidence(data, c.number)).join(' … '),
      }),
    );
  }
  // Chapters are compared only when the reader found the report's chapter headings at all.
  if (data.chapters.length > 0) {
    const missing = expected.chapters.filter(
      (c) => c.required && !data.chapters.some((f) => f.number === c.number || f.title.includes(c.title)),
    );
    if (missing.length > 0) {
      // A heading lost in a PDF conversion while its words are still in the text: worth a look only.
      const wordsPresent = missing.every((c) => data.text.includes(c.title.slice(0, 6)));
      out.push(
        finding(rule, data, {
          message: `${data.year} 年报告缺少规定的部分：${missing.map((c) => `${c.number}、${c.title}`).join('；')}${
            wordsPresent ? '（正文中有相关内容，但没有该部分的标题）' : ''
          }`,
          keys: [],
          values: missing.map((c) => c.number),
          evidence: data.chapters.map((c) => `${c.number}、${c.title}`).join(' / '),
          severity: wordsPresent ? 'info' : 'warning',
        }),
      );
    }
  }
  return out;
}

export function sSections(this: Rule, data: ReportData): Finding[] {
  if (data.year === null || data.year < 2014) return [];
  const expected = formatForYear(data.year);
  if (expected.id === 'gov-2019' || expected.id === 'gov-2021') {
    if (data.format === 'national-2014' || data.format === 'legacy-local') return []; // S-FORMAT says it
    return govFindings(this, data, expected);
  }
  // 2014–2018: the 统计表 was required by the national template, chapters were free (warning).
  if (data.format === 'narrative-only') {
    return [
      finding(this, data, {
        message: `${data.year} 年报告未附政府信息公开情况统计表（2014—2018年格式要求附表）`,
        keys: ['statistics'],
        values: [],
        evidence: '',
        severity: 'warning',
      }),
    ];
  }
  if (data.format !== 'national-2014') return [];
  const missing = missingStatisticSections(data);
  if (missing.length === 0) return [];
  return [
    finding(this, data, {
      message: `统计表缺少以下部分：${missing.join('；')}`,
      keys: ['statistics'],
      values: missing,
      evidence: '',
      severity: 'warning',
    }),
  ];
}

export function sFormat(this: Rule, data: ReportData): Finding[] {
  if (data.year === null) return [];
  const expected = formatForYear(data.year);
  if (expected.id === data.format) return [];
  // Before 2014 templates were local: the national table is then a choice, not a mistake.
  if (expected.id === 'legacy-local' && data.format === 'national-2014') return [];
  return [
    finding(this, data, {
      message: `${data.year} 年报告的表格采用了${formatNames[data.format]}，该年度应采用${formatNames[expected.id] ?? '地方格式'}`,
      keys: [],
      values: [data.format, expected.id],
      evidence: '',
    }),
  ];
}
