// Short crash test (issue 10): the real server as a child process on an embedded PGlite directory,
// kill -9 during a burst of public submissions and item publications, restart. The long version on both engines is
// `npm run test:crash`.
import { afterAll, expect, it, describe } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCrashScenario } from './scenario.ts';

describe('kill -9 during a burst of submissions and publications [pglite child process]', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-crash-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged submission and publication (索引号), numbers gap-free, outbox resumes once', async () => {
    const outcome = await runCrashScenario({
      target: { dataDir },
      total: 40,
      publications: 12,
      parallel: 4,
      killAfter: 8,
    });
    expect(outcome.findings).toEqual([]);
    // The kill really landed mid-burst: some were acknowledged, some cut off.
    expect(outcome.acknowledged).toBeGreaterThanOrEqual(8 + 5);
    expect(outcome.failedInBurst).toBeGreaterThan(0);
    expect(outcome.publishedAcknowledged).toBeGreaterThanOrEqual(4);
    // Two cold starts of the real server (tsx, migrations, demo data) on a shared 2-core machine.
  }, 900_000);
});
