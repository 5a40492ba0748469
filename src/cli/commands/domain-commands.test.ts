import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main.ts';
import { defaultCalendarDir } from '../calendar-files.ts';
import { icsText, newYear2027 } from '../../core/calendar/testing/notice-2027.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));

// Spawning the real binary is slow on a loaded machine (every command module loads): the JSON
// contracts and exit codes are checked through `node bin/gongkai.mjs`, the long table of refusals
// through the same main() in-process.
vi.setConfig({ testTimeout: 180_000 });

/** Arguments, or a command line as typed (words without spaces, split on spaces). */
type CommandLine = string[] | string;
const words = (args: CommandLine) => (typeof args === 'string' ? args.split(' ') : args);

/** Runs the real `gongkai` binary; returns exit code, stdout and stderr. */
async function gongkai(args: CommandLine, env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('node', ['bin/gongkai.mjs', ...words(args)], {
      cwd: root,
      env: { ...process.env, GONGKAI_TODAY: '2026-06-01', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('gongkai deadline / workdays / fee (the real command, JSON contracts)', () => {
  it('deadline --json: the issue example (2019 Art. 33)', async () => {
    const { code, stdout } = await gongkai('deadline --received 2024-09-13 --channel online --json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      regime: '2019',
      receiptDate: '2024-09-13',
      dueDate: '2024-10-17',
      extendedDueDate: '2024-11-14',
      promisedDueDate: null,
    });
    expect(json.explanation).toContain(
      '跳过中秋09-15至09-17、国庆10-01至10-07，计入调休上班日09-14、09-29、10-12',
    );
  });

  it('deadline --extended: dueDate equals extendedDueDate; 2008 regime before 2019-05-15 (Art. 24)', async () => {
    const { stdout } = await gongkai(['deadline', '--received', '2019-05-14', '--extended', '--json']);
    const json = JSON.parse(stdout) as Record<string, string>;
    expect(json.regime).toBe('2008');
    expect(json.dueDate).toBe('2019-06-26');
    expect(json.extendedDueDate).toBe(json.dueDate);
  });

  it('deadline with 补正, a third-party pause and a promised limit (Art. 30, 32, 33)', async () => {
    const { code, stdout } = await inProcess(
      'deadline --received 2024年9月13日 --correction-requested 2024-09-20 --corrected 2024-09-25 --paused third-party:2024-10-08..2024-10-10 --promised-days 10 --json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ dueDate: '2024-10-31', promisedDueDate: '2024-10-17' });
  });

  it('deadline without --json prints readable Chinese', async () => {
    const { code, stdout } = await inProcess(['deadline', '--received', '2024-09-13']);
    expect(code).toBe(0);
    expect(stdout).toContain('答复期限：2024-10-17');
    expect(stdout).toContain('说明：');
  });

  it.each([{ args: ['deadline', '--received', '2024-13-01'], error: 'DATE_INVALID' }])(
    '$args.0 exits 2 with a coded Chinese error ($error)',
    async ({ args, error }) => {
      const { code, stderr } = await gongkai(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(new RegExp(`错误（${error}）：.*[\\u4e00-\\u9fff]`));
    },
  );

  it('workdays counts the working days after FROM up to and including TO', async () => {
    const { code, stdout } = await inProcess(['workdays', '2024-09-13', '2024-10-17']);
    expect(code).toBe(0);
    expect(stdout).toContain('20');
    const json = await gongkai(['workdays', '2024-09-30', '2024-10-08', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ workingDays: 1 });
  });

  it('fee --json at tier edges (109号 Art. 4 and 5) and before 2021-01-01', async () => {
    const applicant = await gongkai(['fee', '--method', 'per-applicant', '--count', '41', '--json']);
    const volumeFee = async (received: string) => {
      const args = ['fee', '--method', 'per-volume', '--pages', '101', '--received', received, '--json'];
      return JSON.parse((await inProcess(args)).stdout) as unknown;
    };
    expect(JSON.parse(applicant.stdout)).toMatchObject({ amountYuan: 4300 });
    expect((JSON.parse(applicant.stdout) as { breakdown: unknown[] }).breakdown).toHaveLength(4);
    expect(await volumeFee('2021-01-01')).toMatchObject({ amountYuan: 720 });
    expect(await volumeFee('2020-12-31')).toMatchObject({ amountYuan: 0, breakdown: [], rule: null });
  });
});

/** The same main() the binary runs, in this process (env set for the call, then restored). */
async function inProcess(args: CommandLine, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const saved = { ...process.env };
  Object.assign(process.env, { GONGKAI_TODAY: '2026-06-01', ...env });
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await main(words(args));
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
    process.env = saved;
  }
}

describe('gongkai fee --notice-received (payment period, 20 working days)', () => {
  it('gives the last day to pay, skipping Spring Festival 2024', async () => {
    const { code, stdout } = await inProcess(
      'fee --method per-volume --pages 31 --notice-received 2024-02-01 --json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ amountYuan: 10, paymentDueDate: '2024-03-05' });
  });
});

describe('refusals: every unusable input gets a code, a Chinese message and exit 2', () => {
  afterEach(() => vi.restoreAllMocks());
  // Command lines as typed (split on spaces) and the code each is refused with.
  it.each([
    ['deadline', 'ARGUMENT_MISSING'],
    ['deadline --received 2024-13-01', 'DATE_INVALID'],
    ['deadline --received 2024-09-13 --channel pigeon', 'CHANNEL_INVALID'],
    ['deadline --received 2024-09-13 --correction-requested 2024-09-20', 'CORRECTION_INCOMPLETE'],
    ['deadline --received 2024-09-13 --paused 2024-09-20', 'PAUSE_INVALID'],
    ['deadline --received 2024-09-13 --promised-days 30', 'PROMISED_DAYS_NOT_SHORTER'],
    ['deadline --received 2026-12-20', 'CALENDAR_YEAR_MISSING'],
    ['deadline --recieved 2024-09-13', 'ARGUMENT_INVALID'],
    ['workdays 2024-10-17 2024-09-13', 'RANGE_REVERSED'],
    ['fee --method per-page --pages 3', 'FEE_METHOD_INVALID'],
    ['fee --method per-volume --pages -3', 'ARGUMENT_INVALID|NUMBER_INVALID'],
    ['fee --method per-volume --pages 30 --count 3', 'FEE_ARGUMENT_MISMATCH'],
  ])('gongkai %s refuses with a coded Chinese error, exit 2 (%s)', async (commandLine, error) => {
    const { code, stderr } = await inProcess(commandLine);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`错误（(${error})）：.*[\\u4e00-\\u9fff]`));
  });
});

/** The 2027 notice as a downloaded ICS: no source headers, one name in 繁体 (春節). */
const ICS_2027 = icsText([], [...newYear2027, ['DTSTART;VALUE=DATE:20270206', 'SUMMARY:春節(班)']]);

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-calendar-'));
  cpSync(defaultCalendarDir, dir, { recursive: true });
  return dir;
}

describe('gongkai calendar', () => {
  it('list shows the covered years with their notices; warns from 1 November when next year is missing', async () => {
    const june = await inProcess(['calendar', 'list', '--json'], { GONGKAI_TODAY: '2026-06-01' });
    const listed = JSON.parse(june.stdout) as { years: { year: number }[]; warning: string | null };
    expect(listed.years.map((y) => y.year)).toContain(2008);
    expect(listed.years.map((y) => y.year)).toContain(2026);
    expect(listed.warning).toBeNull();
    const november = await gongkai(['deadline', '--received', '2024-09-13', '--json'], {
      GONGKAI_TODAY: '2026-11-01',
    });
    expect(november.code).toBe(0);
    expect(november.stderr).toContain('尚未导入2027年的工作日历');
    expect(JSON.parse(november.stdout)).toMatchObject({ dueDate: '2024-10-17' });
  });

  it('import ICS: writes 2027, converts 繁体 names, merges the 2026 make-up day into 2026', async () => {
    const dir = scratch();
    const file = join(dir, 'notice-2027.ics');
    writeFileSync(file, ICS_2027);
    const { code, stdout, stderr } = await gongkai([
      'calendar',
      'import',
      file,
      '--dir',
      dir,
      '--source-title',
      '国务院办公厅关于2027年部分节假日安排的通知',
      '--document-number',
      '国办发明电〔2026〕9号',
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ convertedFromTraditional: true });
    const written = JSON.parse(readFileSync(join(dir, '2027.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    expect(written.holidays).toEqual({ '2027-01-01': '元旦', '2027-01-02': '元旦', '2027-01-03': '元旦' });
    expect(written.makeUpWorkdays).toEqual({ '2027-02-06': '春节' });
    const y2026 = JSON.parse(readFileSync(join(dir, '2026.json'), 'utf8')) as {
      makeUpWorkdays: Record<string, string>;
    };
    expect(y2026.makeUpWorkdays['2026-12-27']).toBe('元旦');
    // The deadline engine now reaches into 2027, and the warning is gone.
    const after = await inProcess(['deadline', '--received', '2026-12-20', '--json'], {
      GONGKAI_CALENDAR_DIR: dir,
      GONGKAI_TODAY: '2026-11-20',
    });
    expect(after.code).toBe(0);
    expect(after.stderr).toBe('');
    expect(JSON.parse(after.stdout)).toMatchObject({ regime: '2019' });
  });

  it.each([
    { name: 'a second import of the same year without --replace', code: 'CALENDAR_YEAR_EXISTS', json: true },
    { name: 'ICS without a source', code: 'CALENDAR_SOURCE_MISSING', json: false },
  ])('refuses $name ($code, exit 2)', async ({ code, json }) => {
    const dir = scratch();
    const file = join(dir, json ? 'y.json' : 'y.ics');
    writeFileSync(
      file,
      json
        ? JSON.stringify({
            year: 2026,
            sources: [{ title: 't', documentNumber: 'n' }],
            holidays: { '2026-01-01': '元旦' },
            makeUpWorkdays: {},
          })
        : ICS_2027,
    );
    const result = await inProcess(['calendar', 'import', file, '--dir', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`错误（${code}）`);
  });

  it('refuses a JSON year whose make-up workday is a weekday (CALENDAR_DATA_INVALID)', async () => {
    const dir = scratch();
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        year: 2027,
        sources: [{ title: '通知', documentNumber: '国办发明电〔2026〕9号' }],
        holidays: { '2027-01-01': '元旦' },
        makeUpWorkdays: { '2027-01-05': '元旦' },
      }),
    );
    const result = await inProcess(['calendar', 'import', file, '--dir', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('本来就是工作日');
  });
});
