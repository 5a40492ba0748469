import { Worker } from 'node:worker_threads';
import type { ReportData } from '../core/report-format/index.ts';
import { unreadableInput } from './check-reports-inputs.ts';
import type { ReportInput } from './check-reports-inputs.ts';

const workerUrl = new URL('./check-reports-worker.mjs', import.meta.url);

/**
 * Parses inputs on `jobs` worker threads, each taking the next file when it is free; results keep
 * input order. A worker that dies loses only the file it was reading (that file is unreadable) and
 * is replaced.
 */
export async function parseInWorkers(
  inputs: readonly ReportInput[],
  jobs: number,
  progress: (source: string) => void,
): Promise<ReportData[]> {
  const results: ReportData[] = new Array(inputs.length);
  let next = 0;
  const run = () =>
    new Promise<void>((resolve) => {
      let worker = new Worker(workerUrl);
      let current = -1;
      const feed = () => {
        if (next >= inputs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage({ index: current, source: (inputs[current] as ReportInput).source });
      };
      const attach = (w: Worker) => {
        w.on('message', (msg: { index: number; data: ReportData }) => {
          results[msg.index] = msg.data;
          progress((inputs[msg.index] as ReportInput).source);
          feed();
        });
        w.on('error', (error) => {
          if (current >= 0 && results[current] === undefined) {
            results[current] = unreadableInput(`读取时出错：${error.message.slice(0, 200)}`);
            progress((inputs[current] as ReportInput).source);
          }
          worker = new Worker(workerUrl);
          attach(worker);
          feed();
        });
      };
      attach(worker);
      feed();
    });
  await Promise.all(Array.from({ length: jobs }, run));
  return results;
}
