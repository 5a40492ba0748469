/**
 * One-off generator of data/calendar/YYYY.json (2008–2026) from the `chinese-days` package data
 * (MIT, github.com/vsme/chinese-days), so that the committed JSON — not the package — is the data.
 *
 *   mkdir /tmp/cd && cd /tmp/cd && npm pack chinese-days@1.5.7 && tar xzf chinese-days-1.5.7.tgz
 *   npx tsx scripts/calendar-from-chinese-days.ts /tmp/cd/package/dist/years
 *
 * The dates were checked by hand for several years against the notices (see the tests in
 * src/core/calendar/official-calendar.test.ts). 文号 were checked against published copies of the
 * notices; those marked `note` could not be checked here and should be compared with the URL.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCalendarYear } from '../src/core/calendar/validate.ts';
import type { CalendarSource } from '../src/core/calendar/types.ts';

const UNCHECKED = '文号未能在本地核对，请以链接原文为准';

function notice(year: number, documentNumber: string, url: string, note?: string): CalendarSource {
  const source: CalendarSource = {
    title: `国务院办公厅关于${year}年部分节假日安排的通知`,
    documentNumber,
    url,
  };
  return note ? { ...source, note } : source;
}

const NOTICES: Record<number, CalendarSource[]> = {
  2008: [
    notice(2008, '国办发明电〔2007〕40号', 'http://www.gov.cn/zwgk/2007-12/18/content_837184.htm', UNCHECKED),
  ],
  2009: [notice(2009, '国办发明电〔2008〕42号', 'http://www.gov.cn/zwgk/2008-12/10/content_1174014.htm')],
  2010: [notice(2010, '国办发明电〔2009〕27号', 'http://www.gov.cn/zwgk/2009-12/08/content_1482691.htm')],
  2011: [notice(2011, '国办发明电〔2010〕40号', 'http://www.gov.cn/zwgk/2010-12/10/content_1762643.htm')],
  2012: [notice(2012, '国办发明电〔2011〕45号', 'http://www.gov.cn/zwgk/2011-12/06/content_2012097.htm')],
  2013: [notice(2013, '国办发明电〔2012〕33号', 'http://www.gov.cn/zwgk/2012-12/10/content_2286598.htm')],
  2014: [notice(2014, '国办发明电〔2013〕28号', 'http://www.gov.cn/zwgk/2013-12/11/content_2546204.htm')],
  2015: [
    notice(
      2015,
      '国办发明电〔2014〕28号',
      'http://www.gov.cn/zhengce/content/2014-12/16/content_9302.htm',
      UNCHECKED,
    ),
    {
      title: '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知',
      documentNumber: '国发明电〔2015〕3号',
      url: 'http://www.gov.cn/zhengce/content/2015-05/13/content_9742.htm',
      note: UNCHECKED,
    },
  ],
  2016: [
    notice(2016, '国办发明电〔2015〕18号', 'http://www.gov.cn/zhengce/content/2015-12/10/content_10394.htm'),
  ],
  2017: [
    notice(
      2017,
      '国办发明电〔2016〕17号',
      'http://www.gov.cn/zhengce/content/2016-12/01/content_5141603.htm',
    ),
  ],
  2018: [
    notice(
      2018,
      '国办发明电〔2017〕12号',
      'http://www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm',
    ),
  ],
  2019: [
    notice(
      2019,
      '国办发明电〔2018〕15号',
      'http://www.gov.cn/xinwen/2018-12/06/content_5346287.htm',
      UNCHECKED,
    ),
    {
      title: '国务院办公厅关于调整2019年劳动节假期安排的通知',
      documentNumber: '国办发明电〔2019〕2号',
      url: 'http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm',
      note: UNCHECKED,
    },
  ],
  2020: [
    notice(
      2020,
      '国办发明电〔2019〕16号',
      'http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm',
    ),
    {
      title: '国务院办公厅关于延长2020年春节假期的通知',
      documentNumber: '国办发明电〔2020〕1号',
      url: 'http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm',
    },
  ],
  2021: [
    notice(
      2021,
      '国办发明电〔2020〕27号',
      'http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm',
    ),
  ],
  2022: [
    notice(
      2022,
      '国办发明电〔2021〕11号',
      'http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm',
    ),
  ],
  2023: [
    notice(
      2023,
      '国办发明电〔2022〕16号',
      'http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm',
    ),
  ],
  2024: [
    notice(2024, '国办发明电〔2023〕7号', 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm'),
  ],
  2025: [
    notice(2025, '国办发明电〔2024〕12号', 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm'),
  ],
  2026: [
    notice(2026, '国办发明电〔2025〕7号', 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm'),
  ],
};

// chinese-days labels days "English,中文,n"; keep the short Chinese name used in explanations.
const NAMES: Record<string, string> = {
  国庆节: '国庆',
  中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: '抗战胜利70周年纪念日',
};

function chineseName(label: string): string {
  const name = label.split(',')[1] ?? label;
  return NAMES[name] ?? name;
}

function byDate(entries: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entries)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, label]) => [date, chineseName(label)]),
  );
}

const [yearsDir, outDir = 'data/calendar'] = process.argv.slice(2);
if (!yearsDir) {
  console.error('用法：npx tsx scripts/calendar-from-chinese-days.ts <chinese-days/dist/years> [输出目录]');
  process.exit(2);
}
for (const [yearText, sources] of Object.entries(NOTICES)) {
  const year = Number(yearText);
  const raw = JSON.parse(readFileSync(join(yearsDir, `${year}.json`), 'utf8')) as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  const holidays = byDate(raw.holidays);
  const makeUpWorkdays = byDate(raw.workdays);
  // Late-December days of next year's 元旦 arrangement come from next year's notice.
  const crossesYear = [...Object.entries(holidays), ...Object.entries(makeUpWorkdays)].some(
    ([date, name]) => date.slice(5, 7) === '12' && name === '元旦',
  );
  const next = NOTICES[year + 1]?.[0];
  const allSources = crossesYear && next ? [...sources, next] : sources;
  const data = validateCalendarYear({ year, sources: allSources, holidays, makeUpWorkdays });
  writeFileSync(join(outDir, `${year}.json`), `${JSON.stringify(data, null, 2)}\n`);
  console.log(
    `${year}: ${Object.keys(holidays).length} 放假日, ${Object.keys(makeUpWorkdays).length} 调休上班日`,
  );
}
