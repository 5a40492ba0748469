import pino from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/** Applicants' personal data never reaches a log line (个人信息保护法). */
const redactedPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  '*.password',
  '*.idNumber',
  '*.phone',
  '*.applicantName',
  '*.address',
];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: redactedPaths, censor: '[已脱敏]' } });
}
