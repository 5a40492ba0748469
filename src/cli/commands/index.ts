import type { CliCommand } from '../io.ts';
import { calendarCommand } from './calendar.ts';
import { checkCommand } from './check.ts';
import { compareCommand } from './compare.ts';
import { deadlineCommand } from './deadline.ts';
import { feeCommand } from './fee.ts';
import { migrateCommand } from './migrate.ts';
import { seedDemoCommand } from './seed-demo.ts';
import { backupCommand } from './backup.ts';
import { restoreCommand } from './restore.ts';
import { userCommand } from './user.ts';
import { workdaysCommand } from './workdays.ts';
import { reportCommand } from './report.ts';

/** Every `gongkai` command; one file each under this folder. */
export const commands: CliCommand[] = [
  migrateCommand,
  seedDemoCommand,
  backupCommand,
  restoreCommand,
  userCommand,
  deadlineCommand,
  feeCommand,
  workdaysCommand,
  calendarCommand,
  checkCommand,
  compareCommand,
  reportCommand,
];
