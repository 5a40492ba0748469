// Statutes as dated data: each rule with its validity and its citation.
export * from './citation.ts';
export * from './dated-rule.ts';
export * from './rules.ts';
export * from './remedies.ts';
