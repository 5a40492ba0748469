// Mixed load (issue 10): autocannon on the portal pages while applicants submit requests through the
// public API, each from its own loopback address (the API allows 10 a minute per address). The
// server's resident memory is sampled all along; at the end every acknowledged submission must be
// in the database and the numbering gap-free.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { crashBodyId, crashFindings, readState, send, submission, withDatabase } from '../crash/harness.ts';
import type { Acknowledged, DatabaseState } from '../crash/harness.ts';

export interface LoadOptions {
  baseUrl: string;
  /** For the final check: the database the server writes to (or a reader of an open one). */
  target: { dataDir?: string; url?: string } | { read: () => Promise<DatabaseState> };
  seconds: number;
  /** Server process id to sample memory of (defaults to this process). */
  pid?: number;
  connections?: number;
  submitters?: number;
}

export interface LoadReport {
  portal: {
    requests: number;
    perSecond: number;
    p50: number;
    p95: number;
    p99: number;
    status5xx: number;
    errors: number;
  };
  submissions: { acknowledged: number; refused: number; status5xx: number; p95: number };
  memory: { samplesMb: number[]; firstThirdMb: number; lastThirdMb: number; slopeMbPerMin: number };
  findings: string[];
}

const portalPaths = [
  '/',
  `/bodies/${crashBodyId}`,
  `/search?q=${encodeURIComponent('公开')}`,
  `/search?q=${encodeURIComponent('財政預算')}&sort=newest`,
  `/search?body=${crashBodyId}&year=2024`,
  '/track',
  `/bodies/${crashBodyId}/apply`,
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function residentMb(pid: number): number {
  if (pid === process.pid) return process.memoryUsage().rss / 1_048_576;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** Least-squares slope of the samples, per minute. */
function slopePerMinute(samples: number[], intervalMs: number): number {
  const n = samples.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = samples.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  samples.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return (num / den) * (60_000 / intervalMs);
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

export async function runLoad(o: LoadOptions): Promise<LoadReport> {
  const pid = o.pid ?? process.pid;
  const sampleMs = Math.max(500, Math.min(5_000, (o.seconds * 1000) / 30));
  const samplesMb: number[] = [];
  const sampler = setInterval(() => samplesMb.push(Math.round(residentMb(pid))), sampleMs);

  const portalLatencies: number[] = [];
  const cannon = autocannon({
    url: o.baseUrl,
    connections: o.connections ?? 8,
    duration: o.seconds,
    requests: portalPaths.map((path) => ({ method: 'GET', path })),
  });
  cannon.on('response', (_client, _status, _bytes, ms) => portalLatencies.push(ms));

  const acknowledged: Acknowledged[] = [];
  const submitLatencies: number[] = [];
  let refused = 0;
  let submit5xx = 0;
  const until = Date.now() + o.seconds * 1000;
  let n = 1_000_000;
  const submitter = async () => {
    while (Date.now() < until) {
      const started = performance.now();
      const res = await send(o.baseUrl, 'POST', '/api/v1/public/requests', {
        body: submission(n++),
        headers: { 'content-type': 'application/json' },
      });
      submitLatencies.push(performance.now() - started);
      if (res.status >= 500) submit5xx++;
      if (res.status === 200 || res.status === 201) {
        const receipt = JSON.parse(res.body) as Acknowledged;
        acknowledged.push({ trackingNumber: receipt.trackingNumber, trackingCode: receipt.trackingCode });
      } else refused++;
    }
  };
  const [portal] = await Promise.all([cannon, ...Array.from({ length: o.submitters ?? 2 }, submitter)]);
  clearInterval(sampler);

  const state = 'read' in o.target ? await o.target.read() : await withDatabase(o.target, readState);
  const findings = crashFindings(state, acknowledged);
  if (portal['5xx'] > 0) findings.push(`portal answered 5xx ${portal['5xx']} times`);
  if (submit5xx > 0) findings.push(`public API answered 5xx ${submit5xx} times`);
  if (refused > 0) findings.push(`${refused} valid submissions were refused`);

  portalLatencies.sort((a, b) => a - b);
  submitLatencies.sort((a, b) => a - b);
  const third = Math.max(1, Math.floor(samplesMb.length / 3));
  return {
    portal: {
      requests: portal.requests.total,
      perSecond: Math.round(portal.requests.average),
      p50: Math.round(percentile(portalLatencies, 50)),
      p95: Math.round(percentile(portalLatencies, 95)),
      p99: Math.round(percentile(portalLatencies, 99)),
      status5xx: portal['5xx'],
      errors: portal.errors + portal.timeouts,
    },
    submissions: {
      acknowledged: acknowledged.length,
      refused,
      status5xx: submit5xx,
      p95: Math.round(percentile(submitLatencies, 95)),
    },
    memory: {
      samplesMb,
      firstThirdMb: median(samplesMb.slice(0, third)),
      lastThirdMb: median(samplesMb.slice(-third)),
      slopeMbPerMin: Math.round(slopePerMinute(samplesMb.slice(third), sampleMs) * 10) / 10,
    },
    findings,
  };
}
