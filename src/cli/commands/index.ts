import type { CliCommand } from '../io.ts';
import { calendarCommand } from './calendar.ts';
import { deadlineCommand } from './deadline.ts';
import { feeCommand } from './fee.ts';
import { migrateCommand } from './migrate.ts';
import { seedDemoCommand } from './seed-demo.ts';
import { workdaysCommand } from './workdays.ts';

/** Every `gongkai` command; one file each under this folder. */
export const commands: CliCommand[] = [
  migrateCommand,
  seedDemoCommand,
  deadlineCommand,
  feeCommand,
  workdaysCommand,
  calendarCommand,
];
