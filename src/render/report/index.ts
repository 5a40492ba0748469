export * from './document.ts';
export * from './layout.ts';
export * from './charts.ts';
export * from './html.ts';
export * from './docx.ts';
export * from './xlsx.ts';
export * from './text.ts';
export * from './report-data.ts';
