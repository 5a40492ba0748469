// One crash cycle: burst of public submissions and item publications at once → kill -9 once
// `killAfter` submissions are acknowledged → look at what the crashed process left → restart → the
// outbox drains → a few more submissions, the unpublished items published → stop → every promise
// checked. Returns findings (broken promises) and figures for the report.
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
import { approvedItems, publicationBurst, publicationFindings, readPublications } from './publications.ts';
import type { AcknowledgedPublication } from './publications.ts';

export interface CrashScenario {
  /** PGlite data directory, or a PostgreSQL URL (fresh database). */
  target: { dataDir?: string; url?: string };
  total: number;
  /** items approved before the burst and published during it */
  publications: number;
  parallel: number;
  killAfter: number;
  log?: (line: string) => void;
}

export interface CrashOutcome {
  findings: string[];
  acknowledged: number;
  failedInBurst: number;
  publishedAcknowledged: number;
  publicationsCutOff: number;
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
  const items = await approvedItems(first.baseUrl, s.publications);
  let killed: Promise<void> | undefined;
  // The kill lands once both kinds of write are under way: killAfter submissions and a third of
  // the publications acknowledged.
  const acks = { submissions: 0, publications: 0 };
  const maybeKill = () => {
    if (acks.submissions >= s.killAfter && acks.publications >= Math.ceil(s.publications / 3))
      killed ??= killHard(first);
  };
  const [burst, published] = await Promise.all([
    submissionBurst(first.baseUrl, s.total, s.parallel, (acked) => {
      acks.submissions = acked;
      maybeKill();
    }),
    // Publications run beside the submissions, two at a time, until the kill cuts them off.
    publicationBurst(first.baseUrl, items, 2, () => {
      acks.publications++;
      maybeKill();
    }),
  ]);
  await (killed ?? killHard(first));
  log(
    `killed after ${burst.acknowledged.length} acknowledged, ${burst.failed} cut off (${JSON.stringify(burst.statuses)}); ` +
      `${published.acknowledged.length} publications acknowledged, ${published.failed} cut off`,
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
  // What the kill left unpublished is published now: numbering goes on without a gap.
  const done = new Set(published.acknowledged.map((p) => p.itemId));
  const rest = await publicationBurst(
    second.baseUrl,
    items.filter((id) => !done.has(id)),
    2,
  );
  const publications: AcknowledgedPublication[] = [...published.acknowledged, ...rest.acknowledged];
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
  const publicationState = await withDatabase(s.target, readPublications);
  findings.push(...publicationFindings(publicationState, publications));
  // Cut off after its commit, an item is published already (409 when published again): either way
  // every item ends up published.
  const publishedIds = new Set(
    publicationState.items.filter((i) => i.status === 'published').map((i) => i.id),
  );
  const unpublished = items.filter((id) => !publishedIds.has(id));
  if (unpublished.length)
    findings.push(`${unpublished.length} approved items never published after the restart`);
  for (const m of after.outbox) if (!m.sent) findings.push(`notification ${m.key} never sent`);
  const resent = second.notified.filter((k) => sentBeforeKill.has(k));
  for (const k of resent) findings.push(`notification ${k} sent again after restart`);
  const twice = second.notified.filter((k, i) => second.notified.indexOf(k) !== i);
  for (const k of twice) findings.push(`notification ${k} sent twice by the restarted server`);
  return {
    findings,
    acknowledged: acknowledged.length,
    failedInBurst: burst.failed,
    publishedAcknowledged: publications.length,
    publicationsCutOff: published.failed,
    pendingAtKill: pendingAtKill.length,
    resentAfterRestart: resent.length,
    restartMs,
  };
}
