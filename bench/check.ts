// The checker's throughput on one core: read + parse + every rule + the JSON document, over the
// fixture reports repeated to 2,000, next to the floor — merely decoding the same bytes and
// converting traditional → simplified (what any reader must do). Run: npm run bench -- check
import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { checkReport, toCheckDocument } from '../src/core/checks/index.ts';
import { parseReportText } from '../src/report-parser/index.ts';
import { decodeText } from '../src/report-parser/input/encoding.ts';
import { toSimplified, warmUpScriptTables } from '../src/report-parser/normalize/script.ts';
import type { BenchResult } from './run.ts';

const reports = 2000;
/** Floor and checker are measured in turns, this many times each; the medians are reported. */
const rounds = 5;
/**
 * Passes over the fixtures before measuring. The checker runs a great deal of code that V8 keeps
 * optimising for ≈ 1,500 reports (with 20 passes the first round ran 25 % below the last); the
 * floor is steady at once.
 */
const warmUpPasses = 300;
const folders = ['published-reports', 'published-reports-extra'].map(
  (f) => new URL(`../../shared/fixtures/${f}/`, import.meta.url),
);

function fixtures(): Array<{ name: string; bytes: Uint8Array }> {
  return folders.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) })),
  );
}

/**
 * CPU seconds of the process (user + system): the machine is shared, so wall time would measure
 * the neighbours; CPU time is what the work costs. The work runs on one thread; V8's helper
 * threads (garbage collection, compilation) count too, for the floor and the checker alike.
 */
function timeIt<T>(inputs: readonly T[], work: (i: T) => unknown): number {
  const start = process.cpuUsage();
  for (const input of inputs) work(input);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function run(): Promise<BenchResult> {
  const files = fixtures();
  const inputs = Array.from({ length: reports }, (_, i) => files[i % files.length] as (typeof files)[number]);
  warmUpScriptTables();
  // Warm-up: JIT and lazily built tables, so the figures are steady-state.
  for (let i = 0; i < warmUpPasses; i++) {
    for (const f of files) {
      const data = parseReportText(f.bytes, f.name);
      JSON.stringify(toCheckDocument(f.name, data, checkReport(data)));
      toSimplified(decodeText(f.bytes).text);
    }
  }

  // A plain reader's floor, for comparison only: OpenCC over every whole text. The floor the goal
  // is judged against is ours (toSimplified converts only what has traditional characters), so
  // every speed-up of reading lowers the floor as much as the checker.
  const convertWhole = OpenCC.Converter({ from: 't', to: 'cn' });
  const plainFloor = () => timeIt(inputs, (i) => convertWhole(new TextDecoder().decode(i.bytes)));
  plainFloor();

  let findings = 0;
  const floorRuns: number[] = [];
  const checkRuns: number[] = [];
  for (let round = 0; round < rounds; round++) {
    floorRuns.push(timeIt(inputs, (i) => toSimplified(decodeText(i.bytes).text)));
    findings = 0;
    checkRuns.push(
      timeIt(inputs, (i) => {
        const data = parseReportText(i.bytes, i.name);
        const found = checkReport(data);
        findings += found.length;
        return JSON.stringify(toCheckDocument(i.name, data, found));
      }),
    );
  }
  const plainFloorSeconds = plainFloor();
  const parsed = inputs.map((i) => parseReportText(i.bytes, i.name));
  const rulesSeconds = timeIt(parsed, (data) => checkReport(data));
  const checkSeconds = median(checkRuns);
  const floorSeconds = median(floorRuns);
  const perSecond = Math.round(reports / checkSeconds);
  const floorPerSecond = Math.round(reports / floorSeconds);
  const bytes = inputs.reduce((s, i) => s + i.bytes.byteLength, 0);
  const each = (runs: number[]) => runs.map((s) => Math.round(reports / s)).join(' / ');
  return {
    name: 'check',
    figure: perSecond,
    unit: 'reports/s (read + parse + check + JSON, one core)',
    baseline: floorPerSecond,
    baselineUnit: 'reports/s (read + 繁→简 only: the floor)',
    note:
      `${reports} reports (${files.length} fixtures repeated, ${(bytes / 1e6).toFixed(1)} MB), ${findings} findings; ` +
      `median of ${rounds} rounds (checker ${each(checkRuns)}; floor ${each(floorRuns)} reports/s); ` +
      `${(checkSeconds / floorSeconds).toFixed(1)}× the floor ` +
      `(${(checkSeconds / plainFloorSeconds).toFixed(1)}× a plain reader's: decode + OpenCC over every whole text, ${Math.round(reports / plainFloorSeconds)} reports/s); the rules alone ${Math.round(reports / rulesSeconds)} reports/s ` +
      `(${((rulesSeconds / checkSeconds) * 100).toFixed(0)}% of the time, the rest is parsing and the JSON); process CPU time. ` +
      'Goal: ≥ 500 reports/s and within 3× of the floor.',
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await run(), null, 2));
