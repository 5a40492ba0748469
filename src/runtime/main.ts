import { loadConfig, ConfigError } from './config.ts';
import { createLogger } from './logger.ts';
import { startServer } from './server.ts';
import { buildConsoleInBackground } from './console-build.ts';

try {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const running = await startServer(config, logger);
  buildConsoleInBackground(logger);
  console.log(`\nGongkai 已启动（数据库：${running.databaseKind}）`);
  console.log(`  公众门户 Public portal:   ${running.baseUrl}/`);
  console.log(`  工作台   Staff console:   ${running.baseUrl}/console/`);
  console.log(`  接口文档 API docs:        ${running.baseUrl}/api/docs\n`);
  const stop = (signal: string) => {
    logger.info({ signal }, '正在停止 / shutting down');
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  throw error;
}
