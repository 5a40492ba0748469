// 索引号: a configurable pattern per body; format, parse back, and the next serial (never repeated).
export * from './pattern.ts';
export * from './index-number.ts';
export * from './next.ts';
