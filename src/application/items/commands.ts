import type { SqlRunner } from '../../storage/database.ts';
import type { WorkingCalendar } from '../../core/calendar/index.ts';
import { findBody } from '../../storage/bodies.ts';
import { findCatalogueNode } from '../../storage/catalogue.ts';
import {
  findItem,
  insertItem,
  insertReview,
  nextIndexSerial,
  setItemStatus,
  updateItemContent,
} from '../../storage/items.ts';
import type { ItemRow, NewItemRow } from '../../storage/items.ts';
import { Problem } from '../../http/errors.ts';
import type { Actor } from '../auth/roles.ts';
import { bodyCommand } from '../body-commands.ts';
import { auditedChange } from '../audit.ts';
import { sanitizeItemHtml } from './sanitize.ts';
import { formatIndexNumber } from './index-number.ts';
import { publicationDueOn, todayInChina } from './due-date.ts';
import { indexItems } from '../../storage/search.ts';
import { commentRequired, itemSteps, stepAction } from './steps.ts';
import { announcePublicChange, notifyPublicChange } from '../public-changes.ts';
import type { ItemStep } from './steps.ts';

export interface ItemInput {
  catalogueNodeId: string;
  kind: string;
  title: string;
  bodyHtml: string;
  publisher: string;
  documentNumber?: string | null | undefined;
  madeOn: string;
  validity?: '有效' | '废止' | null | undefined;
  channels: string[];
}

/** 规范性文件 must carry 文号 and 有效性; other kinds must not claim a validity. */
async function prepare(
  tx: SqlRunner,
  bodyId: string,
  input: ItemInput,
  calendar: WorkingCalendar | undefined,
): Promise<NewItemRow> {
  if (!(await findCatalogueNode(tx, bodyId, input.catalogueNodeId))) {
    throw new Problem(400, 'CATALOGUE_NODE_NOT_FOUND', '所选公开目录不属于本机关或不存在', 'catalogueNodeId');
  }
  const normative = input.kind === '规范性文件';
  if (normative && !input.documentNumber?.trim()) {
    throw new Problem(400, 'DOCUMENT_NUMBER_REQUIRED', '规范性文件须填写文号', 'documentNumber');
  }
  if (normative && !input.validity) {
    throw new Problem(400, 'VALIDITY_REQUIRED', '规范性文件须注明有效性（有效或废止）', 'validity');
  }
  if (!normative && input.validity) {
    throw new Problem(400, 'VALIDITY_NOT_APPLICABLE', '只有规范性文件标注有效性', 'validity');
  }
  return {
    catalogueNodeId: input.catalogueNodeId,
    kind: input.kind,
    title: input.title.trim(),
    bodyHtml: sanitizeItemHtml(input.bodyHtml),
    publisher: input.publisher.trim(),
    documentNumber: input.documentNumber?.trim() || null,
    madeOn: input.madeOn,
    dueOn: publicationDueOn(input.madeOn, calendar),
    validity: input.validity ?? null,
    channels: [...new Set(input.channels)],
  };
}

/**
 * Writes a new 草稿 of an information item, with its first review-trail entry; its due date is
 * counted on `calendar` (the server's; unset: data/calendar as shipped).
 */
export const draftItem = bodyCommand(
  'item.draft',
  async (tx, who, bodyId, input: ItemInput, calendar?: WorkingCalendar) => {
    const row = await prepare(tx, bodyId, input, calendar);
    const id = await insertItem(tx, bodyId, { ...row, createdBy: who.personId });
    await insertReview(tx, bodyId, {
      itemId: id,
      step: 'drafted',
      personId: who.personId,
      personName: who.name,
      comment: '',
    });
    await auditedChange(tx, who, 'item.drafted', { bodyId, entity: 'item', entityId: id }, { after: row });
    return id;
  },
);

async function lockedItem(tx: SqlRunner, bodyId: string, itemId: string): Promise<ItemRow> {
  const item = await findItem(tx, bodyId, itemId, { forUpdate: true });
  if (!item) throw new Problem(404, 'ITEM_NOT_FOUND', '找不到该信息');
  return item;
}

/** Replaces the content of a 草稿; reviewed or published items are withdrawn first. */
export const editDraft = bodyCommand(
  'item.draft',
  async (tx, who, bodyId, itemId: string, input: ItemInput, calendar?: WorkingCalendar): Promise<void> => {
    const before = await lockedItem(tx, bodyId, itemId);
    if (before.status !== 'drafted') {
      throw new Problem(409, 'ITEM_NOT_EDITABLE', '只有草稿可以修改；已审查或已公开的信息请撤回后重新起草');
    }
    const row = await prepare(tx, bodyId, input, calendar);
    await updateItemContent(tx, bodyId, itemId, row);
    const subject = { bodyId, entity: 'item', entityId: itemId };
    await auditedChange(tx, who, 'item.edited', subject, { before, after: row });
  },
);

export { itemSteps } from './steps.ts';
export type { ItemStep } from './steps.ts';

const trailStep: Record<ItemStep, string> = {
  review: 'reviewed',
  return: 'returned',
  approve: 'approved',
  publish: 'published',
  withdraw: 'withdrawn',
  repeal: 'withdrawn',
};

/** Whether the step publishes or unpublishes, i.e. changes what the portal shows of the body. */
function touchesPublished(step: ItemStep): boolean {
  const rule = itemSteps[step];
  return rule.to === 'published' || (rule.from as readonly string[]).includes('published');
}

/**
 * Moves an item one step along 起草 → 审查 → 审批 → 公开 (or back); the action it needs depends on
 * the step and, for a return, on who takes it (steps.ts).
 */
export const takeItemStep = bodyCommand(
  (actor, bodyId, [, step]) => stepAction(actor, bodyId, step),
  // Typed in full, so that TypeScript takes the command's arguments from here, not from the line above.
  async (
    tx: SqlRunner,
    who: Actor,
    bodyId: string,
    itemId: string,
    step: ItemStep,
    options: { comment?: string; today?: string } = {},
  ): Promise<ItemRow> => {
    const rule = itemSteps[step];
    const comment = options.comment?.trim() ?? '';
    const before = await lockedItem(tx, bodyId, itemId);
    if (!(rule.from as readonly string[]).includes(before.status)) {
      throw new Problem(409, 'ITEM_STEP_NOT_ALLOWED', `当前状态下不能执行“${rule.label}”`);
    }
    if (commentRequired.has(step) && !comment) {
      throw new Problem(400, 'COMMENT_REQUIRED', `“${rule.label}”须填写理由`, 'comment');
    }
    if (step === 'repeal' && before.kind !== '规范性文件') {
      throw new Problem(409, 'ITEM_NOT_NORMATIVE', '只有规范性文件可以宣布废止');
    }
    const change: Parameters<typeof setItemStatus>[3] = { status: rule.to };
    if (step === 'publish') {
      const publishedOn = options.today ?? todayInChina();
      change.publishedOn = publishedOn;
      change.indexNumber = await assignIndexNumber(tx, bodyId, before, Number(publishedOn.slice(0, 4)));
    }
    if (step === 'repeal') change.validity = '废止';
    await setItemStatus(tx, bodyId, itemId, change);
    // Search sees a publication, withdrawal or repeal with the same commit (one item: cheap).
    await indexItems(tx, [itemId]);
    await insertReview(tx, bodyId, {
      itemId,
      step: trailStep[step],
      personId: who.personId,
      personName: who.name,
      comment,
    });
    const after = await findItem(tx, bodyId, itemId);
    if (!after) throw new Error('item vanished inside its transaction');
    const subject = { bodyId, entity: 'item', entityId: itemId };
    await auditedChange(tx, who, `item.${step}`, subject, {
      before: { status: before.status, indexNumber: before.indexNumber, validity: before.validity },
      after: { status: after.status, indexNumber: after.indexNumber, validity: after.validity, comment },
    });
    // Publishing, withdrawing or repealing changes the portal's pages of the body (the item's own,
    // and the 相关解读 lists of others); the other steps concern drafts nobody outside sees. The
    // other app instances hear it when this commits; this one at once, after the commit.
    if (touchesPublished(step)) await notifyPublicChange(tx, { bodyId });
    return after;
  },
  (_after, bodyId, [, step], db) => {
    if (touchesPublished(step)) announcePublicChange(db, { bodyId });
  },
);

/** A republished item keeps its number; a first publication takes the next serial of its year and category. */
async function assignIndexNumber(
  tx: SqlRunner,
  bodyId: string,
  item: ItemRow,
  year: number,
): Promise<string> {
  if (item.indexNumber) return item.indexNumber;
  const body = await findBody(tx, bodyId);
  if (!body) throw new Problem(404, 'BODY_NOT_FOUND', '找不到该机关');
  const serial = await nextIndexSerial(tx, bodyId, year, item.catalogueCode);
  return formatIndexNumber(body.indexNumberPattern, {
    code: body.code ?? body.id,
    year,
    category: item.catalogueCode,
    serial,
  });
}
