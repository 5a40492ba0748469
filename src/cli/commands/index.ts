import type { CliCommand } from '../io.ts';
import { migrateCommand } from './migrate.ts';
import { seedDemoCommand } from './seed-demo.ts';

/** Every `gongkai` command; one file each under this folder. */
export const commands: CliCommand[] = [migrateCommand, seedDemoCommand];
