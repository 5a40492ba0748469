import { commandSummaries, isCommandName, loadCommand } from './commands/index.ts';
import { CliError, writeLine } from './io.ts';

/** Entry point of `gongkai`; returns the exit code (0 ok, 1 failure, 2 usage error). */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    writeLine(process.stdout, usage());
    return name ? 0 : 2;
  }
  if (!isCommandName(name)) {
    writeLine(process.stderr, `未知命令“${name}”。\n\n${usage()}`);
    return 2;
  }
  try {
    const run = await loadCommand(name);
    return await run(rest);
  } catch (error) {
    if (error instanceof CliError) {
      writeLine(process.stderr, `错误（${error.code}）：${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}

function usage(): string {
  const lines = Object.entries(commandSummaries).map(([name, summary]) => `  ${name.padEnd(12)} ${summary}`);
  return `用法：gongkai <命令> [参数]\n\n命令：\n${lines.join('\n')}\n\n每个命令加 --help 查看说明。`;
}
