import { spawnSync } from 'node:child_process';

/** e2e global setup: the console must be built before any browser test opens it. */
export default function buildConsole(): void {
  const result = spawnSync('node', ['scripts/build-console.mjs', '--if-missing'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('工作台构建失败 / console build failed');
}
