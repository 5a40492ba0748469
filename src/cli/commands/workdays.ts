import { countWorkingDays } from '../../core/calendar/index.ts';
import { loadCalendarWithWarning } from '../calendar-files.ts';
import { CliError } from '../io.ts';
import { calculationCommand, readDateArg } from '../options.ts';

const HELP = `用法：gongkai workdays 起始日 截止日 [--json]
统计起始日之后（不含起始日）至截止日（含）之间的工作日数，按国务院节假日安排（含调休上班日）计算。`;

export const run = calculationCommand(
  HELP,
  {},
  ({ positionals }) => {
    if (positionals.length !== 2) {
      throw new CliError('ARGUMENT_MISSING', `需要两个日期：起始日和截止日。\n${HELP}`);
    }
    const from = readDateArg(positionals[0], '起始日');
    const to = readDateArg(positionals[1], '截止日');
    if (to < from) throw new CliError('RANGE_REVERSED', `截止日 ${to} 早于起始日 ${from}。`);
    const workingDays = countWorkingDays(loadCalendarWithWarning(), from, to);
    return { json: { workingDays }, text: `${from} 之后至 ${to}（含）共 ${workingDays} 个工作日。` };
  },
  true,
);
