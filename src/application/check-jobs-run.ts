import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportData } from '../core/report-format/index.ts';
import { checkReport, toCheckDocument, type CheckDocument } from '../core/checks/index.ts';
import { pairReports } from './check-reports-pairing.ts';
import { parseInWorkers } from './check-reports-pool.ts';
import type { ReportInput } from './check-reports-inputs.ts';

/** One uploaded file: the name as the browser gave it (a folder's relative path) and its bytes. */
export interface UploadedReport {
  name: string;
  bytes: Uint8Array;
}

/**
 * Files parsed between two updates of the results. A worker thread parses each chunk, so the
 * server's own thread stays free while a batch is read; starting one costs 1–4 s on a busy
 * 2-core machine, hence chunks rather than one worker per file.
 */
const chunkSize = 16;

/** The file name the parser sees (its extension picks the reader): the last path segment, cleaned. */
export function safeFileName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\p{Cc}:*?"<>|]/gu, '').trim();
  return (base === '' || base === '.' || base === '..' ? 'report' : base).slice(-120);
}

/** Pairs (same body Y−1, parent and children) and checks what has been parsed so far. */
function checkParsed(names: readonly string[], reports: readonly ReportData[]): CheckDocument[] {
  const contexts = pairReports(reports);
  return reports.map((data, i) => toCheckDocument(names[i] as string, data, checkReport(data, contexts[i])));
}

/**
 * Checks uploaded reports as `gongkai check` checks files: each is written to a private temporary
 * folder (removed afterwards), parsed in a worker thread, then all are checked together. One bad
 * file is one report with a P-… finding; it never stops the batch.
 */
export async function checkUploads(
  files: readonly UploadedReport[],
  onParsed: (done: number) => void,
  onResults: (documents: CheckDocument[]) => void,
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'gongkai-check-'));
  try {
    const inputs: ReportInput[] = [];
    for (const [i, file] of files.entries()) {
      const folder = join(dir, String(i));
      await mkdir(folder);
      const source = join(folder, safeFileName(file.name));
      await writeFile(source, file.bytes);
      inputs.push({ source });
    }
    const names = files.map((f) => f.name);
    const parsed: ReportData[] = [];
    let done = 0;
    for (let start = 0; start < inputs.length; start += chunkSize) {
      const chunk = inputs.slice(start, start + chunkSize);
      parsed.push(...(await parseInWorkers(chunk, 1, () => onParsed(++done))));
      onResults(checkParsed(names, parsed));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
