import { z } from 'zod';
import { shippedCalendarDir } from '../application/calendar-provider.ts';

/** Every setting Gongkai reads, in one schema; `.env.example` documents each. */
const configSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Unset: the embedded PGlite database in DATA_DIR. `postgres://…`: PostgreSQL. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (or be unset for the embedded database)')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data/gongkai'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Load the demo township and its data into an empty database. */
  DEMO_DATA: z.enum(['true', 'false']).default('true'),
  /** The address people reach the server at, used in printed links and letters. */
  PUBLIC_BASE_URL: z.string().url().optional(),
  /** Milliseconds in-flight requests get to finish on SIGTERM. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** The working-day calendar folder (YYYY.json, `gongkai calendar import` writes there); re-read when it changes. */
  GONGKAI_CALENDAR_DIR: z.string().trim().min(1, 'must name a folder').default(shippedCalendarDir),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误 / invalid configuration:\n${problems.join('\n')}`);
    this.name = 'ConfigError';
  }
}

const variableLabels: Record<string, string> = {
  HOST: '监听地址',
  PORT: '端口',
  DATABASE_URL: '数据库地址',
  DATA_DIR: '数据目录',
  LOG_LEVEL: '日志级别',
  DEMO_DATA: '演示数据开关',
  PUBLIC_BASE_URL: '对外访问地址',
  SHUTDOWN_GRACE_MS: '停机等待时间',
  GONGKAI_CALENDAR_DIR: '工作日历目录',
};

/** Reads the configuration from the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(configSchema.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const parsed = configSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    const label = variableLabels[name] ?? name;
    return `- ${name}（${label}）取值无效 / ${name} is invalid: ${issue.message}（当前值 value: ${JSON.stringify(present[name])}）`;
  });
  throw new ConfigError(problems);
}
