// Reply letters and notices (政府信息公开申请答复告知书 …) as data templates filled from a request.
export * from './fields.ts';
export * from './templates.ts';
export * from './letter.ts';
export * from './from-request.ts';
