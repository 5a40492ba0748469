import type { FormatDeclaration } from './types.ts';

/**
 * 2008–2013: provinces' own templates (2008 条例 Art. 32). No national table; cells are keyed
 * `<label as printed, without numbering>.<column>` (columns usually 本年度 / 历年累计) and mapped onto
 * the summary keys by label (see summary.ts).
 */
export const legacyLocal: FormatDeclaration = {
  id: 'legacy-local',
  name: '地方年度报告格式（2008—2013年）',
  basis: '2008年《政府信息公开条例》第三十二条；各省模板',
  years: { from: 2008, to: 2013 },
  chapters: [],
  tables: [],
};

/** A report with no statistics table at all (e.g. a township's prose-only report). */
export const narrativeOnly: FormatDeclaration = {
  id: 'narrative-only',
  name: '仅有文字、无统计表',
  basis: '—',
  years: { from: 2008, to: null },
  chapters: [],
  tables: [],
};

/** The two columns of the legacy cumulative templates (L-CUMULATIVE). */
export const legacyColumns = { thisYear: '本年度', cumulative: '历年累计' } as const;
