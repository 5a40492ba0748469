import { parentPort } from 'node:worker_threads';
import { parseInput } from './check-reports.ts';

/** Parses one file per message; the ReportData goes back by structured clone. */
parentPort?.on('message', (msg: { index: number; source: string }) => {
  void parseInput({ source: msg.source }).then((data) => parentPort?.postMessage({ index: msg.index, data }));
});
