// npm run test:crash [-- --cycles 3 --total 200]: kill -9 the real server mid-burst, on an embedded
// PGlite directory and on a fresh PostgreSQL database, several times each; exit 1 on any broken
// promise (lost acknowledged submission, missing events, skipped/duplicate number, outbox).
import { parseArgs } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../support/databases.ts';
import { runCrashScenario } from './scenario.ts';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '3' },
    total: { type: 'string', default: '200' },
    engine: { type: 'string', default: 'both' },
  },
});
const cycles = Number(values.cycles);
const total = Number(values.total);
if (!(cycles > 0) || !(total > 10) || !['both', 'pglite', 'postgres'].includes(values.engine)) {
  console.error(
    '用法 usage: npm run test:crash -- [--cycles N] [--total N>10] [--engine both|pglite|postgres]',
  );
  process.exit(2);
}

let broken = 0;
async function cyclesOn(engine: string, target: { dataDir?: string; url?: string }) {
  for (let cycle = 1; cycle <= cycles; cycle++) {
    // Kill at a different point each cycle: early, middle, late in the burst.
    const killAfter = Math.max(3, Math.round((total * cycle) / (cycles + 1)));
    const outcome = await runCrashScenario({
      target,
      total,
      publications: Math.max(6, Math.round(total / 4)),
      parallel: 8,
      killAfter,
      log: (line) => console.log(`  [${engine} ${cycle}] ${line}`),
    });
    console.log(
      `[${engine} cycle ${cycle}] ${JSON.stringify({ ...outcome, findings: outcome.findings.length })}`,
    );
    for (const f of outcome.findings) console.error(`  ✗ ${f}`);
    broken += outcome.findings.length;
  }
}

if (values.engine !== 'postgres') {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-crash-'));
  try {
    await cyclesOn('pglite', { dataDir });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
if (values.engine !== 'pglite') {
  const database = await createTestDatabase('postgres', { migrate: false });
  try {
    await cyclesOn('postgres', { url: database.url });
  } finally {
    await database.drop();
  }
}
console.log(broken ? `✗ ${broken} broken promise(s)` : '✓ every crash cycle kept every promise');
process.exit(broken ? 1 : 0);
