import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { apiRoute } from '../api.ts';
import { DECISION_KINDS, OUTCOMES } from '../../core/request/decisions.ts';
import { APPLICANT_TYPES, CHANNELS, CHANNEL_LABELS } from '../../core/request/vocabulary.ts';

const option = z.object({ value: z.string(), label: z.string() });

/** The words the console's forms offer (decision kinds with their 表三 wording, channels …). */
export async function consoleVocabularyRoutes(app: FastifyInstance): Promise<void> {
  apiRoute(app, {
    method: 'GET',
    path: '/vocabulary',
    summary: '工作台表单选项：答复类型、申请渠道、申请人类型',
    tags: ['工作台'],
    response: z.object({
      decisionKinds: z.array(option.extend({ groundRequired: z.boolean(), articles: z.array(z.string()) })),
      channels: z.array(option),
      applicantTypes: z.array(option),
    }),
    handler: async () => ({
      decisionKinds: DECISION_KINDS.map((kind) => ({
        value: kind,
        label: OUTCOMES[kind].labelZh,
        groundRequired: OUTCOMES[kind].groundRequired,
        articles: [...OUTCOMES[kind].articles],
      })),
      channels: CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] })),
      applicantTypes: APPLICANT_TYPES.map((t) => ({ value: t, label: t })),
    }),
  });
}
