// The working-day calendar (工作日历): pure functions over data passed in; no clock, no I/O.
export * from './date.ts';
export * from './errors.ts';
export * from './types.ts';
export * from './working-calendar.ts';
export * from './validate.ts';
export * from './coverage.ts';
export * from './ics.ts';
