import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from './logger.ts';

const builtIndex = fileURLToPath(new URL('../../dist/console/index.html', import.meta.url));
const buildScript = fileURLToPath(new URL('../../scripts/build-console.mjs', import.meta.url));

/**
 * On the first start of a fresh clone the console is not built yet: build it in the background so
 * the portal answers at once; the console route serves it as soon as the files exist.
 */
export function buildConsoleInBackground(logger: Logger): void {
  if (existsSync(builtIndex)) return;
  logger.info('正在后台构建工作台 / building the staff console in the background');
  const child = spawn(process.execPath, [buildScript, '--if-missing'], { stdio: 'ignore' });
  child.on('exit', (code) => {
    if (code === 0) logger.info('工作台已构建 / staff console built');
    else logger.error({ code }, '工作台构建失败，请运行 npm run build:console / console build failed');
  });
}
