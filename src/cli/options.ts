import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { IsoDate } from '../core/calendar/index.ts';
import { normalizeDateInput, RuleError } from '../core/calendar/index.ts';
import type { CliRun } from './io.ts';
import { CliError, writeLine } from './io.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with its English errors turned into a coded Chinese usage error. */
export function parseOptions<T extends Options>(argv: string[], options: T, positionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: positionals, strict: true });
  } catch (error) {
    throw new CliError('ARGUMENT_INVALID', `${describeParseError(error)}加 --help 查看用法。`);
  }
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const name = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `未知参数“${name}”。`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `参数“${name}”缺少取值或取值不对。`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `多余的参数“${name}”。`;
  return `参数无法识别（${message}）。`;
}

/** Options that each take one text value, e.g. `--body 机关ID`. */
export function stringOptions<K extends string>(...names: K[]): Record<K, { type: 'string' }> {
  return Object.fromEntries(names.map((name) => [name, { type: 'string' }])) as Record<K, { type: 'string' }>;
}

/** A date typed on the command line (2024-09-13, 2024/9/13, 2024年9月13日, full-width digits). */
export function readDateArg(value: string | undefined, option: string): IsoDate {
  if (value === undefined || value === '')
    throw new CliError('ARGUMENT_MISSING', `缺少${option}（日期，如 2024-09-13）。`);
  const date = normalizeDateInput(value);
  if (!date)
    throw new CliError('DATE_INVALID', `${option}“${value}”不是有效日期（应为 YYYY-MM-DD，如 2024-09-13）。`);
  return date;
}

export function readWholeNumberArg(value: string | undefined, option: string): number {
  if (value === undefined || value === '') throw new CliError('ARGUMENT_MISSING', `缺少${option}（整数）。`);
  const text = value.normalize('NFKC').trim();
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new CliError('NUMBER_INVALID', `${option}“${value}”不是不小于0的整数。`);
  }
  return Number(text);
}

/** An option that may be left out: absent stays null, present must be a whole number. */
export function readOptionalWholeNumberArg(value: string | undefined, option: string): number | null {
  return value === undefined ? null : readWholeNumberArg(value, option);
}

/** Runs a command body, turning domain refusals (RuleError) into CLI usage errors (exit 2). */
export async function withRuleErrors(run: () => Promise<number> | number): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof RuleError) throw new CliError(error.code, error.message, 2);
    throw error;
  }
}

const outputOptions = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type ParsedOptions<T extends Options> = ReturnType<typeof parseOptions<T & typeof outputOptions>>;

/** What a calculation prints: the JSON contract for `--json`, readable Chinese otherwise. */
export interface CalculationOutput {
  json: unknown;
  text: string;
}

/**
 * A command that calculates and prints (deadline, fee, workdays): its own options plus `--json`
 * and `--help`, the help printed when asked, and the domain's refusals reported as usage errors.
 */
export function calculationCommand<T extends Options>(
  help: string,
  options: T,
  calculate: (parsed: ParsedOptions<T>) => CalculationOutput,
  positionals = false,
): CliRun {
  return (argv) =>
    withRuleErrors(() => {
      const parsed = parseOptions(argv, { ...options, ...outputOptions }, positionals);
      const { json, help: wantsHelp } = parsed.values as { json?: boolean; help?: boolean };
      if (wantsHelp) {
        writeLine(process.stdout, help);
        return 0;
      }
      const output = calculate(parsed);
      writeLine(process.stdout, json ? JSON.stringify(output.json) : output.text);
      return 0;
    });
}
