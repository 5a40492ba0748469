// Deadline engine throughput on one core: full reply-deadline computations (regime lookup, 20
// working days, the extension what-if, the explanation) over receipt dates spread across
// 2008–2026, next to the baseline — plain date increments over the same number of calendar days
// (the least any day-by-day working-day count must do). Run alone: npx tsx bench/deadline.ts
import { performance } from 'node:perf_hooks';
import { defaultCalendarDir, readCalendarYears } from '../src/cli/calendar-files.ts';
import { addDays, buildCalendar } from '../src/core/calendar/index.ts';
import { replyDeadline } from '../src/core/deadline/index.ts';
import type { BenchResult } from './run.ts';

const computations = 20_000;
const FIRST = '2008-05-01';
const SPAN = 6_700; // receipt dates up to late 2026, so extensions stay inside the loaded years

function seconds(work: () => void): number {
  const start = performance.now();
  work();
  return (performance.now() - start) / 1000;
}

export async function run(): Promise<BenchResult> {
  const calendar = buildCalendar(readCalendarYears(defaultCalendarDir));
  const receipts = Array.from({ length: computations }, (_, i) => addDays(FIRST, (i * 7919) % SPAN));
  // Warm-up so the figures are steady-state JIT.
  for (const receiptDate of receipts.slice(0, 2_000)) replyDeadline(calendar, { receiptDate });

  let calendarDays = 0;
  let last = '';
  const engine = seconds(() => {
    for (const receiptDate of receipts) {
      const result = replyDeadline(calendar, { receiptDate });
      // Days walked: to the extended date (the engine also computes that what-if).
      calendarDays += Math.round(
        (Date.parse(result.extendedDueDate ?? result.dueDate) - Date.parse(receiptDate)) / 86_400_000,
      );
      last = result.dueDate;
    }
  });
  // Baseline: the same number of calendar days, merely incremented as dates.
  const perComputation = Math.ceil(calendarDays / computations);
  const baseline = seconds(() => {
    for (const receiptDate of receipts) {
      let date = receiptDate;
      for (let d = 0; d < perComputation; d += 1) date = addDays(date, 1);
      last = date;
    }
  });
  return {
    name: 'deadline',
    figure: Math.round(computations / engine),
    unit: 'deadline computations/s (20 working days + extension + explanation)',
    baseline: Math.round(computations / baseline),
    baselineUnit: `plain date-increment loops/s (${perComputation} days each, same receipts)`,
    note: `${computations} receipts 2008–2026; last result ${last}`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await run();
  console.log(JSON.stringify(result, null, 2));
}
