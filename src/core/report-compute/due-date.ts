/**
 * When a body's annual report for `year` must be published (2019 条例 Art. 49): departments by
 * 31 January, county-level and higher governments by 31 March of the next year; townships follow
 * the date their county sets (the body's configured MM-DD). Under the 2008 条例 (reports up to
 * 2018, Art. 31) everyone had until 31 March. A configured date later than the statute is capped.
 */
export function reportDueDate(kind: string, configured: string, year: number): string {
  const statutory = year >= 2019 && kind === 'department' ? '01-31' : '03-31';
  const due = /^\d{2}-\d{2}$/.test(configured) && configured < statutory ? configured : statutory;
  return `${year + 1}-${due}`;
}

export type ReminderState = 'published' | 'due' | 'due-soon' | 'overdue';

/** Days from `today` to `due` (ISO dates, UTC arithmetic — no clock read here). */
export function daysUntil(today: string, due: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** What the console shows for one body's report: published, due, due within 30 days, or overdue. */
export function reminderState(published: boolean, today: string, due: string): ReminderState {
  if (published) return 'published';
  const days = daysUntil(today, due);
  if (days < 0) return 'overdue';
  return days <= 30 ? 'due-soon' : 'due';
}
