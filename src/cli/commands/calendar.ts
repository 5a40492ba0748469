import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { CalendarSource, CalendarYear } from '../../core/calendar/index.ts';
import {
  buildCalendar,
  calendarCoverageWarning,
  calendarDaysByYear,
  mainYear,
  parseCalendarIcs,
  validateCalendarYear,
} from '../../core/calendar/index.ts';
import { calendarDir, readCalendarYears, todayInBeijing } from '../calendar-files.ts';
import type { CliRun } from '../io.ts';
import { CliError, writeLine } from '../io.ts';
import { parseOptions, readWholeNumberArg, withRuleErrors } from '../options.ts';

// ——— gongkai calendar list | import FILE ———

const HELP = `用法：
  gongkai calendar list [--dir 目录] [--json]
  gongkai calendar import 文件 [--dir 目录] [--year 年份] [--replace]
        [--source-title 通知标题 --document-number 文号 [--url 链接]] [--json]

导入国务院办公厅节假日安排通知的日期，写入 data/calendar/年份.json（或 --dir 指定的目录）。
文件可以是：
  · JSON：{"year":2027,"sources":[{"title":…,"documentNumber":…}],"holidays":{"2027-01-01":"元旦",…},
    "makeUpWorkdays":{"2027-02-07":"春节",…}}
  · ICS：每个放假时段或调休上班日一个 VEVENT（全天事件，DTEND 不含当天）；SUMMARY 含“班”为调休上班日，
    含“休”为放假日（如“春节(休)”“春节(班)”），也可用 X-GONGKAI-DAY-KIND:holiday|workday 指明。
    来源用 --source-title/--document-number，或日历属性 X-GONGKAI-SOURCE-TITLE / X-GONGKAI-DOCUMENT-NUMBER。
检查：每个日期都在该年内；同一天不能既放假又上班；调休上班日只能是周六或周日；须注明来源。
通知中属于相邻年份的日期（如次年元旦前的12月调休）并入该年份已有的文件。`;

/** Traditional-script input is converted, not refused; opencc loads only when importing (it is large). */
async function readInput(path: string): Promise<{ text: string; converted: boolean }> {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    throw new CliError('FILE_UNREADABLE', `无法读取文件“${path}”。`);
  }
  const OpenCC = await import('opencc-js/t2cn');
  const text = OpenCC.Converter({ from: 't', to: 'cn' })(raw);
  return { text, converted: text !== raw };
}

function sourceFrom(
  values: { 'source-title'?: string; 'document-number'?: string; url?: string },
  fromFile: Partial<CalendarSource>,
): CalendarSource {
  const title = values['source-title'] ?? fromFile.title;
  const documentNumber = values['document-number'] ?? fromFile.documentNumber;
  if (!title || !documentNumber) {
    throw new CliError(
      'CALENDAR_SOURCE_MISSING',
      '须注明来源：用 --source-title（通知标题）和 --document-number（文号，如 国办发明电〔2025〕7号），或在 ICS 中写 X-GONGKAI-SOURCE-TITLE / X-GONGKAI-DOCUMENT-NUMBER。',
    );
  }
  const url = values.url ?? fromFile.url;
  return url ? { title, documentNumber, url } : { title, documentNumber };
}

function mergeInto(
  existing: CalendarYear,
  part: Pick<CalendarYear, 'holidays' | 'makeUpWorkdays'>,
  source: CalendarSource,
) {
  const sources = existing.sources.some((s) => s.documentNumber === source.documentNumber)
    ? existing.sources
    : [...existing.sources, source];
  return validateCalendarYear({
    year: existing.year,
    sources,
    holidays: { ...existing.holidays, ...part.holidays },
    makeUpWorkdays: { ...existing.makeUpWorkdays, ...part.makeUpWorkdays },
  });
}

async function importCalendar(argv: string[]): Promise<number> {
  const { values, positionals } = parseOptions(
    argv,
    {
      dir: { type: 'string' },
      year: { type: 'string' },
      replace: { type: 'boolean' },
      'source-title': { type: 'string' },
      'document-number': { type: 'string' },
      url: { type: 'string' },
      json: { type: 'boolean' },
    },
    true,
  );
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0)
    throw new CliError('ARGUMENT_MISSING', '用法：gongkai calendar import 文件（一个 JSON 或 ICS 文件）。');
  const dir = calendarDir(values.dir);
  const { text, converted } = await readInput(file);
  const isJson = extname(file).toLowerCase() === '.json' || text.trimStart().startsWith('{');
  const existing = new Map(readCalendarYears(dir).map((y) => [y.year, y]));
  const toWrite: CalendarYear[] = [];

  if (isJson) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new CliError(
        'JSON_INVALID',
        `JSON 无法解析：${error instanceof Error ? error.message : String(error)}`,
      );
    }
    toWrite.push(validateCalendarYear(raw));
  } else {
    const ics = parseCalendarIcs(text);
    const year = values.year !== undefined ? readWholeNumberArg(values.year, '--year') : mainYear(ics.days);
    const source = sourceFrom(values, ics.source);
    for (const [dateYear, part] of calendarDaysByYear(ics.days)) {
      if (dateYear === year) continue;
      const other = existing.get(dateYear);
      if (!other) {
        throw new CliError(
          'CALENDAR_YEAR_MISSING',
          `文件中有属于${dateYear}年的日期（${[...Object.keys(part.holidays), ...Object.keys(part.makeUpWorkdays)].join('、')}），但${dateYear}年的工作日历尚未导入，请先导入该年。`,
        );
      }
      toWrite.push(mergeInto(other, part, source));
    }
    const own = calendarDaysByYear(ics.days).get(year) ?? { holidays: {}, makeUpWorkdays: {} };
    toWrite.unshift(validateCalendarYear({ year, sources: [source], ...own }));
  }

  const main = toWrite[0]!;
  if (existing.has(main.year) && !values.replace) {
    throw new CliError(
      'CALENDAR_YEAR_EXISTS',
      `${main.year}年的工作日历已存在（${join(dir, `${main.year}.json`)}）；确需替换请加 --replace。`,
    );
  }
  mkdirSync(dir, { recursive: true });
  const written = toWrite.map((year) => {
    const path = join(dir, `${year.year}.json`);
    writeFileSync(path, `${JSON.stringify(year, null, 2)}\n`);
    return {
      year: year.year,
      path,
      holidays: Object.keys(year.holidays).length,
      makeUpWorkdays: Object.keys(year.makeUpWorkdays).length,
    };
  });
  if (values.json) {
    writeLine(process.stdout, JSON.stringify({ imported: written, convertedFromTraditional: converted }));
  } else {
    if (converted) writeLine(process.stdout, '已将繁体字转换为简体。');
    for (const w of written) {
      writeLine(
        process.stdout,
        `已写入 ${w.path}：${w.year}年 放假日${w.holidays}天，调休上班日${w.makeUpWorkdays}天。`,
      );
    }
  }
  return 0;
}

function listCalendar(argv: string[]): number {
  const { values } = parseOptions(argv, { dir: { type: 'string' }, json: { type: 'boolean' } });
  const years = readCalendarYears(calendarDir(values.dir));
  const warning = calendarCoverageWarning(buildCalendar(years), todayInBeijing());
  if (values.json) {
    const rows = years.map((y) => ({
      year: y.year,
      holidays: Object.keys(y.holidays).length,
      makeUpWorkdays: Object.keys(y.makeUpWorkdays).length,
      sources: y.sources,
    }));
    writeLine(process.stdout, JSON.stringify({ years: rows, warning }));
    return 0;
  }
  if (years.length === 0) writeLine(process.stdout, '尚未导入任何年份的工作日历。');
  for (const y of years) {
    const sources = y.sources.map((s) => `${s.title}（${s.documentNumber}）`).join('；');
    writeLine(
      process.stdout,
      `${y.year}年  放假日${Object.keys(y.holidays).length}天  调休上班日${Object.keys(y.makeUpWorkdays).length}天  来源：${sources}`,
    );
  }
  if (warning) writeLine(process.stderr, warning);
  return 0;
}

export const run: CliRun = (argv) =>
  withRuleErrors(() => {
    const [sub, ...rest] = argv;
    if (sub === 'list') return listCalendar(rest);
    if (sub === 'import') return importCalendar(rest);
    if (sub === '--help' || sub === '-h' || sub === 'help') {
      writeLine(process.stdout, HELP);
      return 0;
    }
    throw new CliError('ARGUMENT_INVALID', `未知的子命令“${sub ?? ''}”。\n${HELP}`);
  });
