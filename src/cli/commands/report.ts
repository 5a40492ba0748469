import { writeFile } from 'node:fs/promises';
import { CliError, writeLine } from '../io.ts';
import { parseOptions, stringOptions } from '../options.ts';
import { withDatabase } from '../database.ts';
import { Problem } from '../../http/errors.ts';
import { draftReport, loadVersion } from '../../application/annual-report.ts';
import {
  reportDocx,
  reportHtmlDocument,
  reportJson,
  reportXlsx,
  type ReportDocument,
} from '../../render/report/index.ts';

const HELP = `用法：gongkai report --body 机关ID --year 年度 --format docx|xlsx|html|json --out 文件 [--version N]

按实时数据生成该机关该年度的政府信息公开工作年度报告（格式随年度：2021年起为国办公开办函〔2021〕30号，
2019—2020年为〔2019〕60号，2014—2018年为统计表）；指定 --version 则输出已发布的该版本（已冻结，不再计算）。
  --format json  输出 gongkai.check/v1 文档（含检查结果）`;

const FORMATS = ['docx', 'xlsx', 'html', 'json'] as const;
type OutputFormat = (typeof FORMATS)[number];

function usage(code: string, message: string): CliError {
  return new CliError(code, `${message}\n\n${HELP}`, 2);
}

function readOptions(argv: string[]) {
  const { values } = parseOptions(argv, {
    ...stringOptions('body', 'year', 'format', 'out', 'version'),
    help: { type: 'boolean' },
  });
  if (values.help) return null;
  if (!values.body) throw usage('REPORT_BODY_REQUIRED', '请用 --body 指定机关ID');
  const year = Number(values.year);
  if (!values.year || !Number.isInteger(year))
    throw usage('REPORT_YEAR_INVALID', '请用 --year 指定年度（四位整数）');
  const format = (values.format ?? '').toLowerCase() as OutputFormat;
  if (!FORMATS.includes(format))
    throw usage('REPORT_FORMAT_INVALID', `--format 须为 ${FORMATS.join('、')} 之一`);
  if (!values.out) throw usage('REPORT_OUT_REQUIRED', '请用 --out 指定输出文件');
  const version = values.version === undefined ? undefined : Number(values.version);
  if (version !== undefined && (!Number.isInteger(version) || version < 1)) {
    throw usage('REPORT_VERSION_INVALID', '--version 须为正整数');
  }
  return { body: values.body, year, format, out: values.out, version };
}

async function render(
  document: ReportDocument,
  format: OutputFormat,
  findings: Parameters<typeof reportJson>[1],
) {
  if (format === 'docx') return reportDocx(document);
  if (format === 'xlsx') return reportXlsx(document);
  if (format === 'html') return reportHtmlDocument(document);
  return reportJson(document, findings);
}

export async function run(argv: string[]): Promise<number> {
  const options = readOptions(argv);
  if (!options) {
    writeLine(process.stdout, HELP);
    return 0;
  }
  try {
    return await withDatabase(async (db) => {
      const { document, findings } = options.version
        ? { document: await loadVersion(db, options.body, options.year, options.version), findings: [] }
        : await draftReport(db, options.body, options.year);
      if (!document) {
        throw new CliError(
          'REPORT_VERSION_NOT_FOUND',
          `${options.year}年度报告没有第${options.version}版`,
          2,
        );
      }
      await writeFile(options.out, await render(document, options.format, findings));
      const errors = findings.filter((f) => f.severity === 'error').length;
      writeLine(
        process.stderr,
        `已生成 ${options.out}（${document.agency}${options.year}年度，${document.format}）；检查：${errors}处错误，${findings.length - errors}处提示`,
      );
      return 0;
    });
  } catch (error) {
    if (error instanceof Problem) throw new CliError(error.code, error.messageZh, error.status < 500 ? 2 : 1);
    throw error;
  }
}
