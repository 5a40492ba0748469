import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readReportSource } from './index.ts';
import { warning } from './types.ts';
import type { ReportSource } from './types.ts';

/** The name a report read from standard input goes by (`gongkai check -`). */
export const stdinName = '-';

/** Bigger files are refused before reading: no annual report (even a scanned PDF) is this large. */
export const maxFileBytes = 200 * 1024 * 1024;

export interface NamedSource extends ReportSource {
  /** The path as given (or found in a folder), `-` for standard input. */
  name: string;
}

/**
 * Paths as given on a command line → the files to read: folders are walked (sorted, so every run
 * reads the same files in the same order), hidden files and folders skipped, `-` kept for stdin.
 * A path that does not exist is kept: reading it gives a P-… warning instead of stopping a batch.
 */
export async function expandReportPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (path: string): void => {
    if (!seen.has(path)) {
      seen.add(path);
      out.push(path);
    }
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) add(path);
    }
  };
  for (const path of paths) {
    if (path === stdinName) {
      add(path);
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) await walk(path);
    else add(path);
  }
  return out;
}

/** Reads one report file (or stdin for `-`). Never throws: problems come back as warnings. */
export async function readReportFile(
  path: string,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<NamedSource> {
  try {
    if (path === stdinName)
      return { name: path, ...(await readReportSource(await readStream(stdin), 'stdin')) };
    const info = await stat(path);
    if (!info.isFile()) return unreadable(path, warning('P-BROKEN-FILE', `“${path}”不是一个文件`));
    if (info.size > maxFileBytes) {
      return unreadable(
        path,
        warning(
          'P-TOO-LARGE',
          `文件有 ${(info.size / 1048576).toFixed(0)} MB，超过 ${maxFileBytes / 1048576} MB 上限，未读取`,
        ),
      );
    }
    const bytes = new Uint8Array(await readFile(path));
    return { name: path, ...(await readReportSource(bytes, basename(path))) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `找不到文件“${path}”`
        : code === 'EACCES'
          ? `没有权限读取“${path}”`
          : `读取“${path}”时出错（${String((error as Error).message ?? error).slice(0, 120)}）`;
    return unreadable(path, warning('P-BROKEN-FILE', message));
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buffer.length;
    if (size > maxFileBytes) throw new Error(`标准输入超过 ${maxFileBytes / 1048576} MB`);
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function unreadable(name: string, reason: ReportSource['warnings'][number]): NamedSource {
  return { name, text: '', kind: 'text', warnings: [reason], unreadable: reason };
}
