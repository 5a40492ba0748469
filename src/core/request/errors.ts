/** A refused command: a stable code, a Chinese message for the person, and the field at fault. */
export interface RequestRuleError {
  code: RequestErrorCode;
  messageZh: string;
  field?: string;
}

export const REQUEST_ERROR_CODES = [
  'REQUEST_TRANSITION_REFUSED',
  'REQUEST_INVALID_EVENT',
  'REQUEST_DATE_INVALID',
  'REQUEST_DATE_BEFORE_PREVIOUS',
  'REQUEST_CORRECTION_ALREADY_REQUESTED',
  'REQUEST_CORRECTION_TOO_LATE',
  'REQUEST_CORRECTION_PERIOD_NOT_OVER',
  'REQUEST_EXTENSION_ALREADY_USED',
  'REQUEST_EXTENSION_APPROVAL_REQUIRED',
  'REQUEST_EXTENSION_TOO_LATE',
  'REQUEST_FEE_NOT_APPLICABLE',
  'REQUEST_FEE_PERIOD_NOT_OVER',
  'REQUEST_DECISION_GROUND_REQUIRED',
  'REQUEST_DECISION_ARTICLE_REQUIRED',
  'REQUEST_DECISION_ARTICLE_NOT_APPLICABLE',
  'REQUEST_DECISION_NOT_IN_REGIME',
  'REQUEST_DECISION_DETAIL_REQUIRED',
  'REQUEST_DECISION_NEEDS_CORRECTION',
  'REQUEST_CALENDAR_UNAVAILABLE',
] as const;
export type RequestErrorCode = (typeof REQUEST_ERROR_CODES)[number];

export function refusal(code: RequestErrorCode, messageZh: string, field?: string): RequestRuleError {
  return field === undefined ? { code, messageZh } : { code, messageZh, field };
}

/** For callers that prefer exceptions (application layer → HTTP 409/422, CLI exit 2). */
export class RequestRuleViolation extends Error {
  constructor(readonly error: RequestRuleError) {
    super(error.messageZh);
    this.name = 'RequestRuleViolation';
  }
}
