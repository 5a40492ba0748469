// The request lifecycle (依申请公开): one transition table, pure decide / evolve / replay,
// outcomes mapped to 表三 rows and national-2014 items. No clock, no I/O.
export * from './vocabulary.ts';
export * from './table-rows.ts';
export * from './decisions.ts';
export * from './events.ts';
export * from './status.ts';
export * from './transitions.ts';
export * from './errors.ts';
export * from './state.ts';
export * from './decide.ts';
export * from './outcome.ts';
export * from './deadline.ts';
export * from './action-needed.ts';
