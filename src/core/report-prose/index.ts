export * from './overview.ts';
export * from './chapters.ts';
