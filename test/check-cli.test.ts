import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReports } from '../src/application/check-reports.ts';
import { compareReports, renderComparison } from '../src/application/check-reports-compare.ts';
import { parseCheckArgs } from '../src/cli/commands/check.ts';
import { CliError } from '../src/cli/io.ts';
import { renderCheckSummary } from '../src/web/check-report/render.ts';
import { consistentGovReport } from '../src/core/checks/report-builder.ts';
import { applicantColumns, findTable, formats, table4 } from '../src/core/report-format/index.ts';

const bin = fileURLToPath(new URL('../bin/gongkai.mjs', import.meta.url));
const fixture = (name: string) =>
  fileURLToPath(new URL(`../../shared/fixtures/published-reports/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gongkai-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function gongkai(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A gov-2021 report as plain text with pipe tables (the reader's table shape), from known cells. */
function govReportText(year: number, change: (f: Record<string, number | null>) => void = () => {}): string {
  const data = consistentGovReport('gov-2021', year);
  change(data.fields);
  const f = data.fields;
  const t3 = findTable(formats['gov-2021'], 'table3');
  const row3 = (key: string, label: string) =>
    `| ${label} | ${applicantColumns.map((c) => f[`${key}.${c.key}`]).join(' | ')} |`;
  return [
    `示例县人民政府${year}年政府信息公开工作年度报告`,
    '一、总体情况',
    '本机关依法做好政府信息公开工作。',
    '二、主动公开政府信息情况',
    '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
    ...['规章', '行政规范性文件'].map(
      (r) => `| ${r} | ${f[`${r}.本年制发件数`]} | ${f[`${r}.本年废止件数`]} | ${f[`${r}.现行有效件数`]} |`,
    ),
    '三、收到和处理政府信息公开申请情况',
    `| 申请人情况 | ${applicantColumns.map((c) => c.label).join(' | ')} |`,
    ...(t3?.rows ?? []).map((r) => row3(r.key, r.label)),
    '四、政府信息公开行政复议、行政诉讼情况',
    `| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |`,
    `| ${table4.columns.map((c) => c.label).join(' | ')} | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |`,
    `| ${table4.rows.flatMap((r) => table4.columns.map((c) => f[`${r.key}.${c.key}`])).join(' | ')} |`,
    '五、存在的主要问题及改进情况',
    '无。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
    '示例县人民政府',
    `${year + 1}年1月20日`,
  ].join('\n');
}

// Spawning the CLI costs seconds on a shared machine: one process run for the exit-code contract,
// the rest through the same use cases in-process.
describe('gongkai check (CLI contract: shared/domain/check-output.md)', () => {
  it.each([
    [[], 'CHECK_NO_INPUT'],
    [['--format', 'xml', 'a.txt'], 'CHECK_BAD_FORMAT'],
    [['--jobs', '0', 'a.txt'], 'CHECK_BAD_JOBS'],
    [['--bogus', 'a.txt'], 'CHECK_UNKNOWN_OPTION'],
    [['--body-kind', 'county', 'a.txt'], 'CHECK_BAD_BODY_KIND'],
  ])('usage error %j → CliError %s with exit code 2', (args, code) => {
    let error: unknown;
    try {
      parseCheckArgs(args);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).code).toBe(code);
    expect((error as CliError).exitCode).toBe(2);
  });

  it('a folder with an empty and a binary file: one JSON line each in order, the batch goes on, exit 1', async () => {
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    copyFileSync(fixture('000_0a37c811800a0b9d.txt'), join(batch, 'a-good.txt'));
    writeFileSync(join(batch, 'b-empty.txt'), '');
    writeFileSync(
      join(batch, 'c-binary.pdf'),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)),
    );
    writeFileSync(join(batch, 'NOTES.md'), '# not a report');
    const r = await gongkai(['check', '--jobs', '2', batch]);
    expect(r.code).toBe(1);
    const docs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { schema: string; source: string; findings: Array<{ code: string }> });
    expect(docs.map((d) => d.source)).toEqual(
      ['a-good.txt', 'b-empty.txt', 'c-binary.pdf'].map((f) => join(batch, f)),
    );
    for (const d of docs) expect(d.schema).toBe('gongkai.check/v1');
    expect(docs[0]?.findings.map((f) => f.code)).toContain('C-URL');
    for (const bad of docs.slice(1)) expect(bad.findings.some((f) => f.code.startsWith('P-'))).toBe(true);
  }, 180_000);

  it('year-over-year: T3-CARRY when last year’s report of the same body is among the inputs; compare shows the change', async () => {
    const y2022 = join(dir, '2022.txt');
    const y2023 = join(dir, '2023.txt');
    writeFileSync(
      y2022,
      govReportText(2022, (f) => {
        // Last year carried 3 requests forward; this year's report says 2 came in.
        Object.assign(f, {
          '结转下年度继续办理.自然人': 3,
          '结转下年度继续办理.总计': 3,
          '办理结果总计.自然人': 19,
          '办理结果总计.总计': 23,
          '予以公开.自然人': 16,
          '予以公开.总计': 20,
        });
      }),
    );
    writeFileSync(y2023, govReportText(2023));
    const { documents, unreadable } = await checkReports([y2023, y2022], { jobs: 1 });
    expect(unreadable).toBe(0);
    const [d2023, d2022] = documents;
    expect(d2022?.year).toBe(2022);
    expect(d2023?.fields['上年结转政府信息公开申请数量.自然人']).toBe(2);
    expect(d2022?.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(d2023?.findings.map((f) => f.message)).toContain(
      '表三“自然人”列：本年报告上年结转 2 件，但 2022 年报告结转下年度继续办理 3 件',
    );

    const text = renderComparison(await compareReports(y2022, y2023));
    expect(text).toMatch(/结转下年度继续办理\.自然人\s+3\s+1\s+−2/);
    expect(text).toContain('T3-CARRY');
  });

  it('the HTML summary carries the chart, a row per report and the findings with the text marked', async () => {
    const { documents } = await checkReports([
      fixture('001_86e897f74c26ea25.txt'),
      fixture('000_0a37c811800a0b9d.txt'),
    ]);
    const page = renderCheckSummary(documents, '2026-01-01T00:00:00Z');
    expect(page).toContain('<svg');
    expect(page.match(/<tr>/g)?.length).toBe(2 + 1);
    expect(page).toContain('href="#r1"');
    expect(page).toContain('D-YEAR');
    expect(page).toMatch(/<mark>http:\/\/http:\/\/www\.jhcity\.gov\.cn<\/mark>/);
  });
});
