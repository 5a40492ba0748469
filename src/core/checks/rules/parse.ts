import { findTable, formats } from '../../report-format/index.ts';
import type { TextSpan } from '../../report-format/index.ts';
import { bareLabel, cellIndex, fieldKeys } from '../cells.ts';
import { perFormat } from '../sums.ts';
import { finding } from '../rule.ts';
import type { CheckedReport, Finding, Rule } from '../types.ts';

/** Parser warnings that carry a problem code (`P-NO-TEXT-LAYER：…`) become findings of that code. */
const codedWarning = /^(P-[A-Z][A-Z-]*[A-Z])\s*[:：\s]\s*(.*)$/s;
const severe = new Set(['P-UNREADABLE', 'P-EMPTY', 'P-BINARY', 'P-NO-TEXT-LAYER']);

/**
 * A text made only of good characters: the usual case, settled by one tight loop over the text
 * (searching for a bad character instead tries the class at every position, a third slower).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what P-BINARY looks for
const allClean = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]*$/;

/** Share of control characters and U+FFFD in the first 20,000 characters. */
function garbageShare(text: string): number {
  const sample = text.slice(0, 20_000);
  // One native scan settles the usual case, a text without a single bad character.
  if (sample.length === 0 || allClean.test(sample)) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  return bad / sample.length;
}

/** Problems the parser reported (`problems`, or a warning starting with a P-… code), first of each code. */
function parserProblems(data: CheckedReport): Array<{ code: string; message: string }> {
  const out: Array<{ code: string; message: string }> = [...(data.problems ?? [])];
  for (const w of data.warnings) {
    const m = codedWarning.exec(w);
    if (m) out.push({ code: m[1] as string, message: (m[2] as string).trim() || w });
  }
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(p.code) && seen.add(p.code));
}

function hasFigures(data: CheckedReport): boolean {
  return fieldKeys(data).some((key) => typeof data.fields[key] === 'number');
}

export function pUnreadable(this: Rule, data: CheckedReport): Finding[] {
  const problems = parserProblems(data);
  const codes = new Set(problems.map((p) => p.code));
  const out: Finding[] = problems.map((p) =>
    finding({ code: p.code, severity: severe.has(p.code) ? 'error' : 'warning' }, data, {
      message: p.message,
      keys: [],
      values: [],
      evidence: '',
    }),
  );
  if (data.unreadable) {
    if (!codes.has('P-UNREADABLE')) {
      out.push(
        finding(this, data, {
          message: `无法读取报告：${data.unreadable}`,
          keys: [],
          values: [],
          evidence: '',
        }),
      );
    }
    return out;
  }
  if (codes.has('P-EMPTY') || codes.has('P-BINARY') || codes.has('P-NO-TEXT-LAYER')) return out;
  // Data generated from live records may carry no text; only no text AND no figures is empty.
  // /\S/ rather than trim(): the text is not copied to learn that it has a character.
  if (!/\S/.test(data.text) && !hasFigures(data)) {
    out.push(
      finding({ code: 'P-EMPTY', severity: 'error' }, data, {
        message: '文件中没有任何文字，无法检查',
        keys: [],
        values: [],
        evidence: '',
      }),
    );
    return out;
  }
  const garbage = garbageShare(data.text);
  if (garbage > 0.05) {
    out.push(
      finding({ code: 'P-BINARY', severity: 'error' }, data, {
        message: `文本中 ${Math.round(garbage * 100)}% 为乱码或控制字符，可能是二进制文件或编码无法识别`,
        keys: [],
        values: [],
        evidence: data.text.slice(0, 60).replace(/[^\u4e00-\u9fa5\w\s]/g, '�'),
      }),
    );
  }
  return out;
}

/** Less than this much text after a row = the text ends with it. */
const tailAllowance = 80;

function endsAfter(data: CheckedReport, rowKey: string): boolean {
  let end = -1;
  const cellPrefix = `${rowKey}.`;
  for (const key of Object.keys(data.cellSources)) {
    if (key === rowKey || key.startsWith(cellPrefix))
      end = Math.max(end, (data.cellSources[key] as TextSpan).end);
  }
  return end >= 0 && visibleCharsAfter(data.text, end, tailAllowance) < tailAllowance;
}

/** Non-blank characters after `from`, counted up to `limit` (the rest of the text is not copied). */
function visibleCharsAfter(text: string, from: number, limit: number): number {
  let count = 0;
  for (let i = from; i < text.length && count < limit; i++) if (!blank.test(text[i]!)) count++;
  return count;
}
const blank = /\s/;

/** A cell key's row: the key minus its column (`办理结果总计.自然人` → `办理结果总计`), null without one. */
function rowOfKey(key: string): string | null {
  const dot = key.lastIndexOf('.');
  return dot > 0 ? key.slice(0, dot) : null;
}

/** Per format, the declared cell keys that show a row was read: the row's own key, or its cells'. */
const keysShowingRow = perFormat((format) => {
  const byRow = new Map<string, string[]>();
  const add = (row: string, key: string) => byRow.set(row, [...(byRow.get(row) ?? []), key]);
  for (const key of cellIndex(format).keys()) {
    add(key, key);
    const row = rowOfKey(key);
    if (row) add(row, key);
  }
  return byRow;
});

/** Rows with at least one cell read (a number or a blank): a cell key's row = the key minus its column. */
function rowsRead(data: CheckedReport): Set<string> {
  const rows = new Set<string>();
  const addRow = (key: string) => {
    rows.add(key);
    const row = rowOfKey(key);
    if (row) rows.add(row);
  };
  for (const key of fieldKeys(data)) if (typeof data.fields[key] === 'number') addRow(key);
  for (const key of data.blankCells) addRow(key);
  return rows;
}

/**
 * The usual case, settled from a few cells instead of every key of the report: the table's last
 * row was read, so nothing after it is missing.
 */
function lastRowRead(data: CheckedReport, rowKey: string): boolean {
  const keys = keysShowingRow(data.format).get(rowKey) ?? [];
  return keys.some((key) => typeof data.fields[key] === 'number' || data.blankCells.includes(key));
}

/** The last rows of a found table are all missing: the report was most likely cut off mid-table. */
// national-2014 sections are free to stop early; S-SECTIONS names the missing ones there.
export function pTruncated(this: Rule, data: CheckedReport): Finding[] {
  const out: Finding[] = [];
  if (parserProblems(data).some((p) => p.code === 'P-TRUNCATED')) return out;
  let read: Set<string> | undefined;
  for (const tableId of data.tablesFound) {
    const table = findTable(formats[data.format], tableId);
    if (!table) continue;
    const lastRow = table.rows.at(-1);
    if (lastRow && lastRowRead(data, lastRow.key)) continue;
    read ??= rowsRead(data);
    const present = table.rows.map((row) => (read as Set<string>).has(row.key));
    const last = present.lastIndexOf(true);
    if (last < 0 || last === present.length - 1) continue;
    const missing = table.rows.slice(last + 1);
    // Only a clean tail of missing rows after a run of present ones reads as a cut.
    if (present.slice(0, last + 1).filter(Boolean).length < 2) continue;
    // …and only when the text ends right after the table: a table followed by more of the report
    // simply left rows out (S-SECTIONS / the blanks say so), it was not cut off.
    if (!endsAfter(data, table.rows[last]?.key ?? '')) continue;
    out.push(
      finding(this, data, {
        message: `表格“${table.title}”在“${bareLabel(table.rows[last]?.label ?? '')}”之后缺少 ${missing.length} 行（${missing
          .slice(0, 3)
          .map((r) => bareLabel(r.label))
          .join('、')}${missing.length > 3 ? '等' : ''}），报告可能被截断`,
        keys: missing.map((r) => r.key),
        values: [],
        evidence: data.text.slice(-120).replace(/\s+/g, ' ').trim(),
      }),
    );
  }
  return out;
}
