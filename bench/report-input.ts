// Steps 1–2 of the report parser on one core, per input kind: bytes → text (readReportSource) →
// normalised text (normalize). Run: npm run bench -- report-input
import { readdirSync, readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { readReportSource } from '../src/report-parser/input/index.ts';
import { normalize, warmUpScriptTables } from '../src/report-parser/normalize/index.ts';
import type { BenchResult } from './run.ts';

const rounds = 200;

function fixtures(): Array<{ name: string; bytes: Uint8Array }> {
  return ['published-reports', 'published-reports-extra'].flatMap((folder) => {
    const dir = new URL(`../../shared/fixtures/${folder}/`, import.meta.url);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) }));
  });
}

/** A Word draft the size of a county report: 60 paragraphs and a 表三-sized table. */
async function draft(): Promise<Uint8Array> {
  const cells = (r: number) =>
    Array.from(
      { length: 8 },
      (_, c) => new TableCell({ children: [new Paragraph(c === 0 ? `第${r}行` : String(r * c))] }),
    );
  const table = new Table({
    rows: Array.from({ length: 28 }, (_, r) => new TableRow({ children: cells(r) })),
  });
  const prose = Array.from(
    { length: 60 },
    (_, i) => new Paragraph(`（${i}）本年度共主动公开政府信息${i * 7}条，收到申请${i}件，全部按期答复。`),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [...prose, table] }] })));
}

async function cpuSecondsPerItem(items: readonly { name: string; bytes: Uint8Array }[]): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < rounds; i++) {
    for (const item of items) {
      const source = await readReportSource(item.bytes, item.name);
      normalize(source.text, source.metadata ?? {});
    }
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6 / (rounds * items.length);
}

export async function run(): Promise<BenchResult> {
  warmUpScriptTables();
  const all = fixtures();
  const html = all.filter((f) => f.name.startsWith('01_'));
  const text = all.filter((f) => !f.name.startsWith('01_'));
  const docx = [{ name: 'draft.docx', bytes: await draft() }];
  for (const set of [text, html, docx]) await cpuSecondsPerItem(set.slice(0, 1));
  const [textSeconds, htmlSeconds, docxSeconds] = [
    await cpuSecondsPerItem(text),
    await cpuSecondsPerItem(html),
    await cpuSecondsPerItem(docx),
  ];
  return {
    name: 'report-input',
    figure: Math.round(1 / textSeconds),
    unit: 'plain-text reports/s read + normalised (one core)',
    baseline: 500,
    baselineUnit: 'reports/s the whole checker must reach',
    note:
      `${text.length} text fixtures: ${(textSeconds * 1000).toFixed(2)} ms each; the 111 KB HTML page (fixture 01): ` +
      `${(htmlSeconds * 1000).toFixed(2)} ms; a generated DOCX draft: ${(docxSeconds * 1000).toFixed(2)} ms; CPU time of one thread.`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await run(), null, 2));
