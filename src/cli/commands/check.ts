import { writeFile } from 'node:fs/promises';
import type { BodyKind } from '../../core/checks/index.ts';
import { CliError, writeLine } from '../io.ts';

const help = `用法：gongkai check FILE|DIR… [--format json|table|html] [--jobs N] [--out FILE] [--progress]
                     [--body-kind department|government]
检查政府信息公开工作年度报告（文本、HTML、PDF、DOCX 或文件夹；“-”为标准输入）。
  --format json   每份报告一行 JSON（gongkai.check/v1，默认）
  --format table  终端表格
  --format html   供上级公开办使用的 HTML 汇总
  --jobs N        用 N 个工作线程读取文件（默认 1）
  --out FILE      写入文件而不是标准输出
  --progress      在标准错误输出显示进度条（标准错误为终端时自动显示）
  --body-kind     所有报告的主体类型（部门 1月31日前、政府 3月31日前公布）；默认按名称推断
退出码：0 全部读出；1 有文件无法读取；2 用法错误。`;

const formats = ['json', 'table', 'html'] as const;
type OutputFormat = (typeof formats)[number];

export interface CheckArgs {
  paths: string[];
  format: OutputFormat;
  jobs: number;
  out: string | null;
  progress: boolean;
  bodyKind: BodyKind | null;
}

export function parseCheckArgs(argv: readonly string[]): CheckArgs | 'help' {
  const args: CheckArgs = { paths: [], format: 'json', jobs: 1, out: null, progress: false, bodyKind: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '')
        throw new CliError('CHECK_MISSING_VALUE', `参数 ${flag} 缺少取值。\n\n${help}`);
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--format': {
        const v = value();
        if (!formats.includes(v as OutputFormat)) {
          throw new CliError('CHECK_BAD_FORMAT', `--format 只能是 json、table 或 html，收到“${v}”。`);
        }
        args.format = v as OutputFormat;
        break;
      }
      case '--jobs': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 64) {
          throw new CliError('CHECK_BAD_JOBS', `--jobs 应为 1 到 64 之间的整数，收到“${v}”。`);
        }
        args.jobs = n;
        break;
      }
      case '--out':
        args.out = value();
        break;
      case '--progress':
        args.progress = true;
        break;
      case '--body-kind': {
        const v = value();
        if (v !== 'department' && v !== 'government') {
          throw new CliError(
            'CHECK_BAD_BODY_KIND',
            `--body-kind 只能是 department（部门）或 government（政府），收到“${v}”。`,
          );
        }
        args.bodyKind = v;
        break;
      }
      default:
        if (flag.startsWith('--'))
          throw new CliError('CHECK_UNKNOWN_OPTION', `未知参数“${flag}”。\n\n${help}`);
        args.paths.push(arg);
    }
  }
  if (args.paths.length === 0)
    throw new CliError('CHECK_NO_INPUT', `请指定要检查的文件或文件夹。\n\n${help}`);
  return args;
}

function progressBar(done: number, total: number, source: string): string {
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const name = source.length > 40 ? `…${source.slice(-39)}` : source;
  return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}\u001b[K`;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseCheckArgs(argv);
  if (args === 'help') {
    writeLine(process.stdout, help);
    return 0;
  }
  // Loaded here, not at start-up: the parser, OpenCC and ECharts would slow every other command.
  const { checkReports } = await import('../../application/check-reports.ts');
  const showProgress = args.progress || process.stderr.isTTY === true;
  const result = await checkReports(args.paths, {
    jobs: args.jobs,
    ...(args.bodyKind ? { bodyKind: args.bodyKind } : {}),
    ...(showProgress
      ? {
          onProgress: (done: number, total: number, source: string) =>
            process.stderr.write(progressBar(done, total, source)),
        }
      : {}),
  });
  if (showProgress) process.stderr.write('\n');
  const output =
    args.format === 'json'
      ? result.documents.map((d) => JSON.stringify(d)).join('\n')
      : args.format === 'table'
        ? (await import('../../application/check-reports-table.ts')).renderCheckTable(result.documents)
        : (await import('../../web/check-report/render.ts')).renderCheckSummary(
            result.documents,
            new Date().toISOString(),
          );
  if (args.out) await writeFile(args.out, output.endsWith('\n') ? output : `${output}\n`);
  else if (output.length > 0) writeLine(process.stdout, output);
  if (result.unreadable > 0) {
    writeLine(process.stderr, `有 ${result.unreadable} 份文件无法读取为年度报告（见 P-… 发现）。`);
    return 1;
  }
  return 0;
}
