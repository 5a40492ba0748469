// Runs every bench/*.ts that exports `run()` (or the ones named: `npm run bench -- check`), prints
// each figure next to its baseline, and writes bench/results.json (figures of earlier runs of the
// benches not run this time are kept).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchResult {
  name: string;
  figure: number;
  unit: string;
  baseline: number;
  baselineUnit: string;
  note?: string;
}

const here = new URL('./', import.meta.url);
const resultsFile = new URL('results.json', here);

function benchFiles(only: readonly string[]): string[] {
  return readdirSync(here)
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .filter((f) => only.length === 0 || only.includes(basename(f, '.ts')))
    .sort();
}

function previousResults(): Record<string, BenchResult & { at: string }> {
  try {
    return JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, BenchResult & { at: string }>;
  } catch {
    return {};
  }
}

async function main(argv: string[]): Promise<number> {
  const only = argv.filter((a) => !a.startsWith('-'));
  const files = benchFiles(only);
  if (files.length === 0) {
    console.error(`没有找到基准测试：${only.join('、') || '（bench/ 下没有）'}`);
    return 2;
  }
  const results = previousResults();
  let failed = 0;
  for (const file of files) {
    const mod = (await import(fileURLToPath(new URL(file, here)))) as {
      run?: () => Promise<BenchResult | BenchResult[]>;
    };
    if (typeof mod.run !== 'function') continue;
    console.log(`▶ ${file}`);
    try {
      const out = await mod.run();
      for (const r of Array.isArray(out) ? out : [out]) {
        console.log(`  ${r.name}: ${r.figure} ${r.unit}    baseline: ${r.baseline} ${r.baselineUnit}`);
        if (r.note) console.log(`    ${r.note}`);
        results[r.name] = { ...r, at: new Date().toISOString() };
      }
    } catch (error) {
      failed++;
      console.error(`  ${file} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`results → ${fileURLToPath(resultsFile)}`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
