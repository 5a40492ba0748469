// One crash cycle: burst of public submissions → kill -9 once `killAfter` are acknowledged → look
// at what the crashed process left → restart → the outbox drains → a few more submissions → stop →
// every promise checked. Returns findings (broken promises) and figures for the report.
import {
  crashFindings,
  killHard,
  readState,
  startChildServer,
  stopGracefully,
  submissionBurst,
  withDatabase,
} from './harness.ts';
import type { Acknowledged } from './harness.ts';

export interface CrashScenario {
  /** PGlite data directory, or a PostgreSQL URL (fresh database). */
  target: { dataDir?: string; url?: string };
  total: number;
  parallel: number;
  killAfter: number;
  log?: (line: string) => void;
}

export interface CrashOutcome {
  findings: string[];
  acknowledged: number;
  failedInBurst: number;
  pendingAtKill: number;
  resentAfterRestart: number;
  restartMs: number;
}

async function until(what: string, ok: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function runCrashScenario(s: CrashScenario): Promise<CrashOutcome> {
  const log = s.log ?? (() => undefined);
  const env: Record<string, string> = s.target.url
    ? { DATABASE_URL: s.target.url, DEMO_DATA: 'true' }
    : { DATA_DIR: s.target.dataDir ?? '', DEMO_DATA: 'true' };
  const first = await startChildServer(env);
  log(`server up at ${first.baseUrl}`);
  let killed: Promise<void> | undefined;
  const burst = await submissionBurst(first.baseUrl, s.total, s.parallel, (acked) => {
    if (acked >= s.killAfter) killed ??= killHard(first);
  });
  await (killed ?? killHard(first));
  log(
    `killed after ${burst.acknowledged.length} acknowledged, ${burst.failed} cut off (${JSON.stringify(burst.statuses)})`,
  );

  // What the crashed process committed, before anything else touches the database.
  const atKill = await withDatabase(s.target, readState);
  const sentBeforeKill = new Set(atKill.outbox.filter((m) => m.sent).map((m) => m.key));
  const pendingAtKill = atKill.outbox.filter((m) => !m.sent).map((m) => m.key);

  const restartedAt = Date.now();
  const second = await startChildServer(env);
  const restartMs = Date.now() - restartedAt;
  const more = await submissionBurst(second.baseUrl, 5, 5);
  const acknowledged: Acknowledged[] = [...burst.acknowledged, ...more.acknowledged];
  const findings: string[] = [];
  if (more.acknowledged.length !== 5)
    findings.push(`after restart only ${more.acknowledged.length}/5 accepted`);
  // The outbox resumes: what was pending at the kill, and the new acknowledgements, go out.
  const expected = new Set(pendingAtKill);
  try {
    await until(
      'the outbox to drain',
      () =>
        [...expected].every((k) => second.notified.includes(k)) &&
        second.notified.length >= expected.size + 5,
      // pg-boss polls its cron queue once a minute on PostgreSQL.
      150_000,
    );
  } catch (error) {
    findings.push(String(error));
  }
  await stopGracefully(second);

  const after = await withDatabase(s.target, readState);
  findings.push(...crashFindings(after, acknowledged));
  for (const m of after.outbox) if (!m.sent) findings.push(`notification ${m.key} never sent`);
  const resent = second.notified.filter((k) => sentBeforeKill.has(k));
  for (const k of resent) findings.push(`notification ${k} sent again after restart`);
  const twice = second.notified.filter((k, i) => second.notified.indexOf(k) !== i);
  for (const k of twice) findings.push(`notification ${k} sent twice by the restarted server`);
  return {
    findings,
    acknowledged: acknowledged.length,
    failedInBurst: burst.failed,
    pendingAtKill: pendingAtKill.length,
    resentAfterRestart: resent.length,
    restartMs,
  };
}
