import { DECISION_KINDS, OUTCOMES, type Decision } from './decisions.ts';
import { refusal, type RequestRuleError } from './errors.ts';
import type { RequestState } from './state.ts';

const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/**
 * Checks a decision against Art. 36–39: its kind exists in the request's regime, a partial or
 * refusal names its ground and an article that fits, and the details the letter must give exist.
 */
export function checkDecision(state: RequestState, decision: Decision | undefined): RequestRuleError | null {
  if (!decision || !DECISION_KINDS.includes(decision.kind)) {
    return refusal(
      'REQUEST_INVALID_EVENT',
      `答复类型须为以下之一：${DECISION_KINDS.join('、')}。`,
      'decision.kind',
    );
  }
  const outcome = OUTCOMES[decision.kind];
  if (state.regime === '2008' && outcome.national2014 === null) {
    return refusal(
      'REQUEST_DECISION_NOT_IN_REGIME',
      `该申请适用2008年条例，“${outcome.labelZh}”是2019年修订后才有的处理方式。`,
      'decision.kind',
    );
  }
  if (outcome.groundRequired && blank(decision.ground)) {
    return refusal(
      'REQUEST_DECISION_GROUND_REQUIRED',
      `“${outcome.labelZh}”须写明具体理由（条例第三十六条第（三）项、第三十七条）。`,
      'decision.ground',
    );
  }
  if (outcome.groundRequired && blank(decision.article)) {
    return refusal(
      'REQUEST_DECISION_ARTICLE_REQUIRED',
      `“${outcome.labelZh}”须写明所依据的条款，可选：${outcome.articles.join('、')}。`,
      'decision.article',
    );
  }
  if (decision.article !== undefined && !outcome.articles.includes(decision.article)) {
    return refusal(
      'REQUEST_DECISION_ARTICLE_NOT_APPLICABLE',
      `“${decision.article}”不是“${outcome.labelZh}”的依据，可选：${outcome.articles.join('、')}。`,
      'decision.article',
    );
  }
  if (decision.kind === 'disclose-already-public' && blank(decision.publishedAt)) {
    return refusal(
      'REQUEST_DECISION_DETAIL_REQUIRED',
      '已主动公开的，须告知获取该信息的方式和途径（条例第三十六条第（一）项）。',
      'decision.publishedAt',
    );
  }
  if (decision.kind === 'not-held-other-body' && blank(decision.holderBody)) {
    return refusal(
      'REQUEST_DECISION_DETAIL_REQUIRED',
      '能够确定负责公开的机关的，须告知其名称和联系方式（条例第三十六条第（五）项）。',
      'decision.holderBody',
    );
  }
  if (decision.kind === 'unclear-after-correction' && !state.correction?.correctedOn) {
    return refusal(
      'REQUEST_DECISION_NEEDS_CORRECTION',
      '只有告知补正且申请人补正后内容仍不明确的，才能按“补正后申请内容仍不明确”答复。',
      'decision.kind',
    );
  }
  return null;
}
