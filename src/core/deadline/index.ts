// Deadlines: receipt date (Art. 31), reply due dates (Art. 30–34), timeliness, Art. 26, remedies.
export * from './receipt.ts';
export * from './reply-deadline.ts';
export * from './timeliness.ts';
export * from './proactive.ts';
export * from './remedy-deadlines.ts';
