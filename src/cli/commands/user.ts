import { randomBytes } from 'node:crypto';
import type { CliRun } from '../io.ts';
import { CliError, writeLine } from '../io.ts';
import { parseOptions, stringOptions } from '../options.ts';
import { withDatabase } from '../database.ts';
import { migrate } from '../../storage/migrate.ts';
import { addPerson } from '../../application/auth/people.ts';
import { Problem } from '../../http/errors.ts';

const help = `用法：gongkai user add --body 机关ID --role 角色[,角色] --name 姓名 [--username 用户名] [--password 密码]
  角色：officer（公开办）、reviewer（保密审查）、head（负责人）、supervisor（上级监督）、admin（管理员）。
  不给 --password 时生成随机密码并只显示这一次。`;

/** A generated password that meets the complexity rule (upper, lower, digit, symbol). */
function generatedPassword(): string {
  return `Gk-${randomBytes(9).toString('base64url')}7a`;
}

export const run: CliRun = async (argv) => {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h') {
    writeLine(process.stdout, help);
    return sub ? 0 : 2;
  }
  if (sub !== 'add') throw new CliError('USAGE', `未知子命令“${sub}”。\n\n${help}`);
  const { values } = parseOptions(rest, stringOptions('body', 'role', 'name', 'username', 'password'));
  if (!values.body || !values.role || !values.name) {
    throw new CliError('USAGE', `须给出 --body、--role 和 --name。\n\n${help}`);
  }
  const password = values.password ?? generatedPassword();
  const username = values.username ?? `${values.body}-${randomBytes(3).toString('hex')}`;
  const person = {
    bodyId: values.body,
    username,
    displayName: values.name,
    roles: values.role.split(/[,，]/).map((r) => r.trim()),
    password,
  };
  return withDatabase(async (db) => {
    await migrate(db);
    try {
      await db.transaction((tx) => addPerson(tx, { name: '命令行 gongkai user add' }, person));
    } catch (error) {
      if (error instanceof Problem) throw new CliError(error.code, error.messageZh, 2);
      throw error;
    }
    writeLine(
      process.stdout,
      `已创建账号：${person.username}（${person.displayName}，${person.roles.join('、')}）`,
    );
    if (!values.password) writeLine(process.stdout, `初始密码（只显示这一次）：${password}`);
    return 0;
  });
};
