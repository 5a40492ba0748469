import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { emptyReportData } from '../core/report-format/index.ts';
import type { ReportData } from '../core/report-format/index.ts';

/**
 * Extensions a folder is searched for (a file named on the command line is read whatever its name).
 * Not `.md`: a folder's README / SOURCES notes are not reports; name a Markdown report explicitly.
 */
const reportExtensions = new Set(['.txt', '.text', '.htm', '.html', '.shtml', '.xhtml', '.pdf', '.docx']);

/** One input of a batch: a file path, or `-` for standard input. */
export interface ReportInput {
  source: string;
}

/**
 * FILE|DIR… → the files to check, in a stable order: each named file as given, each folder's
 * report files sorted by path (recursively; hidden entries skipped). A path that does not exist is
 * kept: reading it fails and that input gets its own P-UNREADABLE document.
 */
export async function collectInputs(paths: readonly string[]): Promise<ReportInput[]> {
  const out: ReportInput[] = [];
  for (const path of paths) {
    if (path === '-') {
      out.push({ source: '-' });
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      for (const file of await walk(path)) out.push({ source: file });
    } else {
      out.push({ source: path });
    }
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && reportExtensions.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

/** A report file is at most this large; anything bigger is read up to here (the parser says so). */
export const maxInputBytes = 64 * 1024 * 1024;

export async function readInput(input: ReportInput): Promise<Uint8Array> {
  if (input.source === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buf.length;
      if (size > maxInputBytes) break;
      chunks.push(buf);
    }
    return new Uint8Array(Buffer.concat(chunks));
  }
  const data = await readFile(input.source);
  return new Uint8Array(data.buffer, data.byteOffset, Math.min(data.byteLength, maxInputBytes));
}

/** The ReportData of an input that could not even be opened or parsed (the checker says P-UNREADABLE). */
export function unreadableInput(reason: string): ReportData {
  return {
    ...emptyReportData(),
    unreadable: reason,
    warnings: [`P-UNREADABLE：${reason}`],
    problems: [{ code: 'P-UNREADABLE', message: reason }],
  };
}
