import type { ReportData } from '../core/report-format/index.ts';
import { checkReport, toCheckDocument } from '../core/checks/index.ts';
import type { BodyKind, CheckDocument } from '../core/checks/index.ts';
import { parseReport } from '../report-parser/index.ts';
import { collectInputs, readInput, unreadableInput } from './check-reports-inputs.ts';
import type { ReportInput } from './check-reports-inputs.ts';
import { pairReports } from './check-reports-pairing.ts';
import { parseInWorkers } from './check-reports-pool.ts';

export interface CheckBatchOptions {
  /** Worker threads reading and parsing files in parallel; 1 = in this thread. */
  jobs?: number;
  /** Applies to every input (the CLI's --body-kind); otherwise guessed per report from its name. */
  bodyKind?: BodyKind;
  onProgress?: (done: number, total: number, source: string) => void;
}

export interface CheckBatchResult {
  documents: CheckDocument[];
  /** Inputs that could not be read as a report (exit code 1). */
  unreadable: number;
}

/** Codes that mean “this input could not be read at all”. */
const unreadableCodes = new Set(['P-UNREADABLE', 'P-EMPTY', 'P-BINARY', 'P-NO-TEXT-LAYER']);

/** Reads and parses one input; never throws (a file that cannot be opened is an unreadable report). */
export async function parseInput(input: ReportInput): Promise<ReportData> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(input);
  } catch (error) {
    const reason = `无法打开文件：${error instanceof Error && 'code' in error ? String(error.code) : String(error)}`;
    return unreadableInput(reason);
  }
  return parseReport(bytes, input.source === '-' ? 'stdin.txt' : input.source);
}

/**
 * `gongkai check` as a use case: FILE|DIR… → one gongkai.check/v1 document per input, in input
 * order. Files are parsed (in worker threads with jobs > 1), then paired (same body Y−1, parent and
 * children) and checked. One bad file never stops the batch.
 */
export async function checkReports(
  paths: readonly string[],
  options: CheckBatchOptions = {},
): Promise<CheckBatchResult> {
  const inputs = await collectInputs(paths);
  const reports = await parseAll(inputs, options);
  const contexts = pairReports(reports);
  const documents = reports.map((data, i) => {
    const ctx = { ...contexts[i], ...(options.bodyKind ? { bodyKind: options.bodyKind } : {}) };
    return toCheckDocument((inputs[i] as ReportInput).source, data, checkReport(data, ctx));
  });
  const unreadable = documents.filter((d) => d.findings.some((f) => unreadableCodes.has(f.code))).length;
  return { documents, unreadable };
}

async function parseAll(inputs: readonly ReportInput[], options: CheckBatchOptions): Promise<ReportData[]> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  let done = 0;
  const progress = (source: string) => options.onProgress?.(++done, inputs.length, source);
  // Standard input can only be read here; files go to the workers when there are several.
  if (jobs === 1 || inputs.length < 2 || inputs.some((i) => i.source === '-')) {
    const out: ReportData[] = [];
    for (const input of inputs) {
      out.push(await parseInput(input));
      progress(input.source);
    }
    return out;
  }
  return parseInWorkers(inputs, Math.min(jobs, inputs.length), progress);
}
