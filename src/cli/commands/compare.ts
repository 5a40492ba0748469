import { CliError, writeLine } from '../io.ts';

const help = `用法：gongkai compare OLD NEW [--format table|json]
并排比较同一机构两个年度的年度报告：逐格对比数字及变化，列出两年各自的检查发现
（新一年报告按上一年核对“上年结转”“现行有效件数”“历年累计”）。`;

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    writeLine(process.stdout, help);
    return 0;
  }
  let format = 'table';
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--format' || arg.startsWith('--format=')) {
      format = arg.includes('=') ? arg.slice('--format='.length) : (argv[++i] ?? '');
      if (format !== 'table' && format !== 'json') {
        throw new CliError('COMPARE_BAD_FORMAT', `--format 只能是 table 或 json，收到“${format}”。`);
      }
    } else if (arg.startsWith('--')) {
      throw new CliError('COMPARE_UNKNOWN_OPTION', `未知参数“${arg}”。\n\n${help}`);
    } else paths.push(arg);
  }
  if (paths.length !== 2) {
    throw new CliError(
      'COMPARE_TWO_FILES',
      `请给出两份报告：旧年度在前，新年度在后（收到 ${paths.length} 个）。\n\n${help}`,
    );
  }
  const { compareReports, renderComparison } = await import('../../application/check-reports-compare.ts');
  const comparison = await compareReports(paths[0] as string, paths[1] as string);
  writeLine(process.stdout, format === 'json' ? JSON.stringify(comparison) : renderComparison(comparison));
  const unreadable = [comparison.old, comparison.new].some((d) =>
    d.findings.some((f) => f.code === 'P-UNREADABLE'),
  );
  return unreadable ? 1 : 0;
}
