import { countWorkingDays } from '../../core/calendar/index.ts';
import type { CliCommand } from '../io.ts';
import { CliError, writeLine } from '../io.ts';
import { loadCalendarWithWarning, parseOptions, readDateArg, withRuleErrors } from './calendar.ts';

const HELP = `用法：gongkai workdays 起始日 截止日 [--json]
统计起始日之后（不含起始日）至截止日（含）之间的工作日数，按国务院节假日安排（含调休上班日）计算。`;

export const workdaysCommand: CliCommand = {
  name: 'workdays',
  summary: '统计两个日期之间的工作日数（起始日不计，截止日计入）',
  run: (argv) =>
    withRuleErrors(() => {
      const { values, positionals } = parseOptions(
        argv,
        { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
        true,
      );
      if (values.help) {
        writeLine(process.stdout, HELP);
        return 0;
      }
      if (positionals.length !== 2) {
        throw new CliError('ARGUMENT_MISSING', `需要两个日期：起始日和截止日。\n${HELP}`);
      }
      const from = readDateArg(positionals[0], '起始日');
      const to = readDateArg(positionals[1], '截止日');
      if (to < from) throw new CliError('RANGE_REVERSED', `截止日 ${to} 早于起始日 ${from}。`);
      const workingDays = countWorkingDays(loadCalendarWithWarning(), from, to);
      writeLine(
        process.stdout,
        values.json
          ? JSON.stringify({ workingDays })
          : `${from} 之后至 ${to}（含）共 ${workingDays} 个工作日。`,
      );
      return 0;
    }),
};
