import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandReportPaths, readReportFile } from './files.ts';

describe('expandReportPaths / readReportFile — a folder, files, stdin', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'gongkai-reports-'));
    await mkdir(join(root, '2023', '乡镇'), { recursive: true });
    await mkdir(join(root, '.cache'));
    await writeFile(join(root, '2023', 'b县.txt'), '一、总体情况\n本年共收到申请3件。');
    await writeFile(
      join(root, '2023', '乡镇', 'a镇.html'),
      '<p>一、总体情况</p><table><tr><td>规章</td><td>0</td><td>1</td></tr></table>',
    );
    await writeFile(join(root, '2023', 'a局.txt'), '');
    await writeFile(join(root, '.cache', 'x.txt'), 'hidden');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('walks folders in a stable order, skips hidden entries, keeps stdin and missing paths', async () => {
    const missing = join(root, '不存在.pdf');
    const paths = await expandReportPaths([join(root, '2023'), '-', missing, join(root, '2023', 'b县.txt')]);
    expect(paths).toEqual([
      join(root, '2023', 'a局.txt'),
      join(root, '2023', 'b县.txt'),
      join(root, '2023', '乡镇', 'a镇.html'),
      '-',
      missing,
    ]);
  });

  it.each([
    { file: ['2023', 'b县.txt'], kind: 'text', text: '一、总体情况\n本年共收到申请3件。', code: undefined },
    {
      file: ['2023', '乡镇', 'a镇.html'],
      kind: 'html',
      text: '一、总体情况\n| 规章 | 0 | 1 |',
      code: undefined,
    },
    { file: ['2023', 'a局.txt'], kind: 'text', text: '', code: 'P-EMPTY' },
    { file: ['不存在.pdf'], kind: 'text', text: '', code: 'P-BROKEN-FILE' },
    { file: ['2023'], kind: 'text', text: '', code: 'P-BROKEN-FILE' },
  ])('reads $file', async ({ file, kind, text, code }) => {
    const source = await readReportFile(join(root, ...file));
    expect(source.kind).toBe(kind);
    expect(source.text).toBe(text);
    expect(source.unreadable?.code).toBe(code);
  });

  it('reads standard input for “-”', async () => {
    const stdin = Readable.from([Buffer.from('<p>四、政府信息公开'), Buffer.from('行政复议</p>')]);
    const source = await readReportFile('-', stdin);
    expect(source).toMatchObject({ name: '-', kind: 'html', text: '四、政府信息公开行政复议' });
  });
});
