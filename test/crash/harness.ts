// The crash test's moving parts: the real server (`src/runtime/main.ts`) as a child process, public
// submissions each from its own loopback address (the public API allows 10 a minute per address,
// and a burst from many applicants is what we want to simulate), and the checks run on the
// database after the dust settles. Shared by the short test in `npm test` and `npm run test:crash`.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/storage/database.ts';
import type { Database } from '../../src/storage/database.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface ChildServer {
  baseUrl: string;
  process: ChildProcess;
  /** idempotency keys of every notification this process sent (log adapter lines). */
  notified: string[];
  exited: Promise<number | null>;
}

/** Starts `tsx src/runtime/main.ts` on a free port; resolves once it prints its address. */
export async function startChildServer(
  env: Record<string, string>,
  timeoutMs = 300_000,
): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/runtime/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const notified: string[] = [];
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${output.slice(-2000)}`)),
      timeoutMs,
    );
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        output += `${line}\n`;
        if (line.startsWith('{')) {
          try {
            const entry = JSON.parse(line) as { msg?: string; idempotencyKey?: string };
            if (entry.msg === 'notification' && entry.idempotencyKey) notified.push(entry.idempotencyKey);
          } catch {
            // not a log line
          }
        }
        const address = /Public portal:\s+(http:\/\/\S+?)\/?$/.exec(line);
        if (address?.[1]) {
          clearTimeout(timer);
          resolve(address[1]);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${output.slice(-2000)}`));
    });
  });
  return { baseUrl, process: child, notified, exited };
}

/** SIGKILL: no shutdown hook runs, whatever was in flight is cut. */
export async function killHard(server: ChildServer): Promise<void> {
  server.process.kill('SIGKILL');
  await server.exited;
}

export async function stopGracefully(server: ChildServer): Promise<void> {
  server.process.kill('SIGTERM');
  await server.exited;
}

let addressCounter = 0;
/** A loopback source address not used before in this process (127.0.0.0/8 all reaches `lo`). */
export function nextLoopbackAddress(): string {
  addressCounter++;
  return `127.${10 + ((addressCounter >> 16) & 127)}.${(addressCounter >> 8) & 255}.${addressCounter & 255 || 1}`;
}

export interface HttpAnswer {
  status: number;
  body: string;
  headers: IncomingHttpHeaders;
}

/** One HTTP request from the given local address (no keep-alive, so each is a fresh connection). */
export function send(
  baseUrl: string,
  method: string,
  path: string,
  options: {
    body?: string;
    headers?: Record<string, string>;
    localAddress?: string;
    timeoutMs?: number;
  } = {},
): Promise<HttpAnswer> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method,
        localAddress: options.localAddress ?? nextLoopbackAddress(),
        headers: { connection: 'close', ...options.headers },
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(options.body);
  });
}

export const crashBodyId = 'jiaohe-baishishan';

/** A valid public submission; the phone makes the application queue an SMS acknowledgement. */
export function submission(i: number): string {
  return JSON.stringify({
    bodyId: crashBodyId,
    applicantType: '自然人',
    applicant: {
      name: `压力测试${i}`,
      idType: '居民身份证',
      idNumber: '11010519491231002X',
      phone: `138${String(10_000_000 + i).slice(-8)}`,
    },
    description: `崩溃测试申请第${i}号：本镇2024年农村危房改造补助资金发放名单`,
    deliveryForm: '其他',
  });
}

export interface Acknowledged {
  trackingNumber: string;
  trackingCode: string;
}

/**
 * Sends `total` submissions, `parallel` at a time; calls `onAck` after each acknowledgement (so the
 * caller can pull the plug mid-burst). Failures after the kill are expected and only counted.
 */
export async function submissionBurst(
  baseUrl: string,
  total: number,
  parallel: number,
  onAck: (acked: number) => void = () => undefined,
): Promise<{ acknowledged: Acknowledged[]; failed: number; statuses: Record<number, number> }> {
  const acknowledged: Acknowledged[] = [];
  const statuses: Record<number, number> = {};
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      try {
        const res = await send(baseUrl, 'POST', '/api/v1/public/requests', {
          body: submission(i),
          headers: { 'content-type': 'application/json' },
        });
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status === 200 || res.status === 201) {
          const receipt = JSON.parse(res.body) as Acknowledged;
          acknowledged.push({ trackingNumber: receipt.trackingNumber, trackingCode: receipt.trackingCode });
          onAck(acknowledged.length);
        } else failed++;
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { acknowledged, failed, statuses };
}

export interface DatabaseState {
  requests: Array<{ trackingNumber: string; bodyId: string; year: number; serial: number; events: number }>;
  counters: Array<{ bodyId: string; year: number; lastSerial: number }>;
  outbox: Array<{ key: string; sent: boolean }>;
}

export async function readState(db: Database): Promise<DatabaseState> {
  const requests = await db.query<{
    trackingNumber: string;
    bodyId: string;
    year: number;
    serial: number;
    events: number;
  }>(
    `select r.tracking_number as "trackingNumber", r.body_id as "bodyId", r.tracking_year as year,
            r.tracking_serial as serial, (select count(*)::int from request_events e where e.request_id = r.id) as events
       from requests r order by r.body_id, r.tracking_year, r.tracking_serial`,
  );
  const counters = await db.query<{ bodyId: string; year: number; lastSerial: number }>(
    `select body_id as "bodyId", year, last_serial as "lastSerial" from tracking_counters`,
  );
  const outbox = await db.query<{ key: string; sent: boolean }>(
    `select idempotency_key as key, sent_at is not null as sent from outbox order by key`,
  );
  return { requests, counters, outbox };
}

/** Opens the database the server used (PGlite directory or PostgreSQL URL) just long enough to read it. */
export async function withDatabase<T>(
  target: { dataDir?: string; url?: string },
  fn: (db: Database) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(target.url ? { url: target.url } : { dataDir: target.dataDir });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** What must hold after a crash; each entry is a broken promise (empty = all kept). */
export function crashFindings(state: DatabaseState, acknowledged: Acknowledged[]): string[] {
  const findings: string[] = [];
  const byNumber = new Map(state.requests.map((r) => [r.trackingNumber, r]));
  for (const ack of acknowledged) {
    const row = byNumber.get(ack.trackingNumber);
    if (!row) findings.push(`acknowledged ${ack.trackingNumber} is missing`);
    else if (row.events < 1) findings.push(`acknowledged ${ack.trackingNumber} has no events`);
  }
  if (byNumber.size !== state.requests.length) findings.push('a tracking number is used twice');
  const groups = new Map<string, number[]>();
  for (const r of state.requests) {
    const key = `${r.bodyId}/${r.year}`;
    groups.set(key, [...(groups.get(key) ?? []), r.serial]);
  }
  for (const [key, serials] of groups) {
    serials.sort((a, b) => a - b);
    serials.forEach((s, i) => {
      if (s !== i + 1) findings.push(`${key}: serial ${i + 1} expected, found ${s} (skipped or duplicate)`);
    });
    const [bodyId, year] = key.split('/');
    const counter = state.counters.find((c) => c.bodyId === bodyId && String(c.year) === year);
    if (counter?.lastSerial !== serials.length)
      findings.push(`${key}: counter at ${counter?.lastSerial}, ${serials.length} requests`);
  }
  return findings;
}
