// Test support: a sample command per event type and a history that reaches each status.
import type { Decision } from '../decisions.ts';
import type { RequestEvent, RequestEventType } from '../events.ts';
import type { RequestStatus } from '../status.ts';
import type { IsoDate } from '../vocabulary.ts';

export function sampleCommand(type: RequestEventType, on: IsoDate, decision?: Decision): RequestEvent {
  switch (type) {
    case 'received':
      return { type, on, channel: 'online', applicantType: '自然人' };
    case 'correction-requested':
      return { type, on, items: ['请写明所需信息的名称、文号或者便于检索的特征'], correctBy: '2024-03-18' };
    case 'third-party-consultation-started':
      return { type, on, consulted: '某某建材有限公司' };
    case 'other-body-consultation-started':
      return { type, on, consulted: '蛟河市自然资源局' };
    case 'extended':
      return { type, on, approvedBy: '公开办主任 王某', reason: '需检索多年档案' };
    case 'fee-notified':
      return { type, on, amountYuan: 300, reason: '本月第13件申请，按件计收' };
    case 'fee-waived':
      return { type, on, reason: '申请人为低保对象' };
    case 'decided':
      return { type, on, decision: decision ?? { kind: 'disclose', provisionForm: '电子文档' } };
    case 'delivered':
      return { type, on, method: '电子邮件' };
    default:
      return { type, on } as RequestEvent;
  }
}

const received = sampleCommand('received', '2024-03-01');
const correction = sampleCommand('correction-requested', '2024-03-04');
const decided = sampleCommand('decided', '2024-03-20');

/** A recorded history (dated 2024-03) that leaves the request in each status. */
export const HISTORY_TO: Record<RequestStatus, RequestEvent[]> = {
  none: [],
  'in-progress': [received],
  'awaiting-correction': [received, correction],
  'consulting-third-party': [received, sampleCommand('third-party-consultation-started', '2024-03-05')],
  'consulting-other-body': [received, sampleCommand('other-body-consultation-started', '2024-03-05')],
  'awaiting-payment': [received, sampleCommand('fee-notified', '2024-03-05')],
  decided: [received, decided],
  delivered: [received, decided, sampleCommand('delivered', '2024-03-21')],
  withdrawn: [received, sampleCommand('withdrawn', '2024-03-05')],
  lapsed: [received, correction, sampleCommand('correction-lapsed', '2024-03-19')],
};
