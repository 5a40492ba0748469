// npm run test:load [-- --minutes 5]: the real server (child process) on a fresh PostgreSQL
// database on loopback, mixed portal traffic + public submissions for N minutes. Exit 1 when a
// promise is broken (5xx, a lost submission, a gap in the numbering, memory growing).
import { parseArgs } from 'node:util';
import { createTestDatabase } from '../support/databases.ts';
import { startChildServer, stopGracefully } from '../crash/harness.ts';
import { runLoad } from './load.ts';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '5' } } });
const minutes = Number(values.minutes);
if (!(minutes > 0)) {
  console.error('--minutes 须为正数 / --minutes must be a positive number');
  process.exit(2);
}

const database = await createTestDatabase('postgres', { migrate: false });
let exitCode = 0;
try {
  const server = await startChildServer({
    DATABASE_URL: database.url ?? '',
    DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
  });
  console.log(`server ${server.baseUrl} (pid ${server.process.pid}); ${minutes} min of load…`);
  try {
    const report = await runLoad({
      baseUrl: server.baseUrl,
      target: { url: database.url },
      seconds: Math.round(minutes * 60),
      pid: server.process.pid,
    });
    const { memory } = report;
    // Growth beyond warm-up: the last third of the run against the first, and the trend after warm-up.
    if (memory.lastThirdMb > memory.firstThirdMb * 1.25 + 16 && memory.slopeMbPerMin > 5)
      report.findings.push(
        `memory grows: ${memory.firstThirdMb} → ${memory.lastThirdMb} MB, ${memory.slopeMbPerMin} MB/min`,
      );
    console.log(
      JSON.stringify({ ...report, memory: { ...memory, samplesMb: memory.samplesMb.join(' ') } }, null, 2),
    );
    if (report.findings.length) {
      console.error(
        `✗ ${report.findings.length} broken promise(s):\n  ${report.findings.slice(0, 30).join('\n  ')}`,
      );
      exitCode = 1;
    } else console.log('✓ no 5xx, every acknowledged submission stored, numbering gap-free, memory flat');
  } finally {
    await stopGracefully(server);
  }
} finally {
  await database.drop();
}
process.exit(exitCode);
