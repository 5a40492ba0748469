// Test support: the 2027 holiday notice as iCalendar text, for the ICS reader and `gongkai calendar import`.

/** An iCalendar file: the header lines, then one VEVENT per entry, each given as its property lines. */
export function icsText(header: readonly string[], events: ReadonlyArray<readonly string[]>): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...header];
  for (const event of events) lines.push('BEGIN:VEVENT', ...event, 'END:VEVENT');
  return [...lines, 'END:VCALENDAR', ''].join('\n');
}

/** 元旦 2027: off 01-01 to 01-03 (DTEND is exclusive), Sunday 2026-12-27 worked in exchange. */
export const newYear2027: ReadonlyArray<readonly string[]> = [
  ['DTSTART;VALUE=DATE:20270101', 'DTEND;VALUE=DATE:20270104', 'SUMMARY:元旦(休)'],
  ['DTSTART;VALUE=DATE:20261227', 'SUMMARY:元旦(班)'],
];
