import type { CliRun } from '../io.ts';

/** Every `gongkai` command with the line `gongkai --help` shows; its code is ./<name>.ts, exporting `run`. */
export const commandSummaries = {
  migrate: '执行数据库迁移（DATABASE_URL 或内置数据库）',
  'seed-demo': '向空数据库载入演示数据',
  backup: '备份数据库到文件（pg_dump 或内置数据库打包）',
  restore: '从备份文件恢复数据库',
  user: '管理工作人员账号（gongkai user add）',
  deadline: '计算依申请公开的答复期限（含补正、暂停、延长、承诺时限）并说明理由',
  fee: '计算信息处理费（按件或按量计收，国办函〔2020〕109号）',
  workdays: '统计两个日期之间的工作日数（起始日不计，截止日计入）',
  calendar: '工作日历：list 查看已导入年份，import 导入国务院节假日安排（JSON 或 ICS）',
  check: '检查已公布的政府信息公开工作年度报告（JSON / 表格 / HTML 汇总）',
  compare: '逐格比较同一机构两个年度的年度报告',
  report: '生成政府信息公开工作年度报告（DOCX、XLSX、HTML、JSON）',
} as const;

export type CommandName = keyof typeof commandSummaries;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commandSummaries, name);
}

/**
 * Imports only the command that runs: `gongkai --help` and the calculators (deadline, fee) then
 * load neither the database driver nor the report renderers.
 */
export async function loadCommand(name: CommandName): Promise<CliRun> {
  const module = (await import(`./${name}.ts`)) as { run: CliRun };
  return module.run;
}
