// 信息处理费 (国办函〔2020〕109号): progressive schedules, one method per body, waivers, payment period.
export * from './schedule.ts';
export * from './policy.ts';
