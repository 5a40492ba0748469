import { can } from '../auth/roles.ts';
import type { Action, Actor } from '../auth/roles.ts';
import type { ItemStatus } from './vocabulary.ts';

/**
 * The review trail as a table: step → (who may take it, from which status, to which status).
 * 保密审查 before approval (Art. 17), approval by the head before publication.
 */
export const itemSteps = {
  review: { action: 'item.review', from: ['drafted'], to: 'reviewed', label: '保密审查通过' },
  return: { action: 'item.review', from: ['drafted', 'reviewed'], to: 'drafted', label: '退回修改' },
  approve: { action: 'item.approve', from: ['reviewed'], to: 'approved', label: '批准公开' },
  publish: { action: 'item.publish', from: ['approved'], to: 'published', label: '公开发布' },
  withdraw: { action: 'item.withdraw', from: ['published'], to: 'withdrawn', label: '撤回' },
  repeal: { action: 'item.withdraw', from: ['published'], to: 'published', label: '宣布废止' },
} as const satisfies Record<string, { action: Action; from: ItemStatus[]; to: ItemStatus; label: string }>;
export type ItemStep = keyof typeof itemSteps;

/** Sending back and withdrawing must say why (the trail is what an inspector reads). */
export const commentRequired: ReadonlySet<ItemStep> = new Set(['return', 'withdraw']);

/** The action a step needs; a head may also send an item back (退回) instead of approving it. */
export function stepAction(actor: Actor | null | undefined, bodyId: string, step: ItemStep): Action {
  const head = actor?.roles.some((r) => r.role === 'head' && r.bodyId === bodyId);
  return step === 'return' && head ? 'item.approve' : itemSteps[step].action;
}

export interface NextStep {
  step: ItemStep;
  label: string;
  commentRequired: boolean;
}

/**
 * The steps this actor may take on an item now, for the console's buttons. Step actions are
 * granted on the actor's own body only (roles.ts), so no ancestor lookup is needed.
 */
export function nextSteps(
  actor: Actor | null | undefined,
  bodyId: string,
  item: { status: string; kind: string; validity: string | null },
): NextStep[] {
  if (!actor) return [];
  return (Object.keys(itemSteps) as ItemStep[])
    .filter((step) => (itemSteps[step].from as readonly string[]).includes(item.status))
    .filter((step) => step !== 'repeal' || (item.kind === '规范性文件' && item.validity !== '废止'))
    .filter((step) => can(actor, stepAction(actor, bodyId, step), bodyId, []))
    .map((step) => ({ step, label: itemSteps[step].label, commentRequired: commentRequired.has(step) }));
}
