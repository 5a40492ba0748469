export * from './table3.ts';
export * from './table2.ts';
export * from './national-2014.ts';
export * from './report.ts';
export * from './due-date.ts';
