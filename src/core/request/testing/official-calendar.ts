// Test support only: the real State Council calendars from data/calendar (no stubbed working days).
import { readdirSync, readFileSync } from 'node:fs';
import { buildCalendar, type CalendarYear, type WorkingCalendar } from '../../calendar/index.ts';

const directory = new URL('../../../../data/calendar/', import.meta.url);

export function officialCalendar(): WorkingCalendar {
  const years = readdirSync(directory)
    .filter((name) => /^\d{4}\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(new URL(name, directory), 'utf8')) as CalendarYear);
  return buildCalendar(years);
}
