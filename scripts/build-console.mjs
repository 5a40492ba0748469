// Builds the staff console (React + antd) into dist/console. With --if-missing it only builds
// when there is no build yet, so `npm start` on a fresh clone needs no separate build step.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { precompress } from './precompress.mjs';

const target = new URL('../dist/console/index.html', import.meta.url);
const configFile = new URL('../src/web/console/vite.config.ts', import.meta.url);
if (process.argv.includes('--if-missing') && existsSync(target)) process.exit(0);
if (!existsSync(configFile)) process.exit(0);
// Always a production build: test runners set NODE_ENV=test, which would keep React/antd dev warnings.
const result = spawnSync('npx', ['vite', 'build', '--config', configFile.pathname], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
if (result.status === 0) precompress(fileURLToPath(new URL('../dist/console/', import.meta.url)));
process.exit(result.status ?? 1);
