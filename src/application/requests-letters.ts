import { RuleError } from '../core/calendar/errors.ts';
import { evolve, INITIAL_STATE } from '../core/request/index.ts';
import type { RequestEvent, RequestState } from '../core/request/index.ts';
import {
  LETTER_FIELD_LABELS,
  LETTER_TEMPLATES,
  letterForEvent,
  letterKindFor,
  NOTICE_KINDS,
  placeholdersOf,
} from '../core/reply-letter/index.ts';
import type { Letter, LetterContext, LetterKind } from '../core/reply-letter/index.ts';
import { Problem } from '../http/errors.ts';
import { findBody } from '../storage/bodies.ts';
import { eventsOfRequest } from '../storage/request-events.ts';
import type { StoredRequestEvent } from '../storage/request-events.ts';
import { findRequest } from '../storage/requests.ts';
import { loadApplicant } from '../storage/requests-applicants.ts';
import { auditedChange } from './audit.ts';
import { authorize } from './auth/authorize.ts';
import type { Actor } from './auth/roles.ts';
import type { RequestDeps } from './requests.ts';

/** What the URL names: each notice by its kind, and 答复告知书 (whichever reply ended the request). */
export const LETTER_SLUGS = ['reply', ...NOTICE_KINDS] as const;
export type LetterSlug = (typeof LETTER_SLUGS)[number];

/** Free text no event holds, typed by the officer when making the letter (109号 明细, Art. 32 权益). */
export const LETTER_EXTRA_FIELDS = ['feeBreakdown', 'affectedInterest'] as const;
export type LetterExtraField = (typeof LETTER_EXTRA_FIELDS)[number];
export type LetterExtras = Partial<Record<LetterExtraField, string>>;

function slugOf(kind: LetterKind): LetterSlug {
  return (NOTICE_KINDS as readonly string[]).includes(kind) ? (kind as LetterSlug) : 'reply';
}

/** One event that calls for a letter, with the request as it stood right after it. */
interface Occasion {
  slug: LetterSlug;
  kind: LetterKind;
  seq: number;
  event: RequestEvent;
  state: RequestState;
}

/** Every letter the history called for, latest last (a reply is sent once; notices may repeat). */
function occasionsOf(events: readonly StoredRequestEvent[]): Occasion[] {
  let state = INITIAL_STATE;
  const occasions: Occasion[] = [];
  for (const stored of events) {
    const event = { type: stored.type, on: stored.occurredOn, ...stored.payload } as RequestEvent;
    state = evolve(state, event);
    const kind = letterKindFor(event);
    if (kind) occasions.push({ slug: slugOf(kind), kind, seq: stored.seq, event, state });
  }
  return occasions;
}

export interface LetterSummary {
  slug: LetterSlug;
  kind: LetterKind;
  title: string;
  on: string;
  /** Fields to type before the letter can be made, with their Chinese names. */
  needs: Array<{ field: LetterExtraField; label: string }>;
}

function summaryOf(occasion: Occasion): LetterSummary {
  const used = placeholdersOf(LETTER_TEMPLATES[occasion.kind]);
  return {
    slug: occasion.slug,
    kind: occasion.kind,
    title: LETTER_TEMPLATES[occasion.kind].title,
    on: occasion.event.on,
    needs: LETTER_EXTRA_FIELDS.filter((f) => used.includes(f)).map((field) => ({
      field,
      label: LETTER_FIELD_LABELS[field],
    })),
  };
}

async function loadForLetters(
  deps: RequestDeps,
  actor: Actor | null | undefined,
  bodyId: string,
  requestId: string,
) {
  // Letters carry the applicant's name and are what the handling officer sends (Art. 36–39).
  const staff = await authorize(deps.db, actor, 'request.handle', bodyId);
  const row = await findRequest(deps.db, bodyId, requestId);
  if (!row) throw new Problem(404, 'REQUEST_NOT_FOUND', '找不到该申请');
  const events = await eventsOfRequest(deps.db, bodyId, requestId);
  return { staff, row, occasions: occasionsOf(events) };
}

/** The latest letter of each kind the request's history calls for, for the console's download list. */
export async function lettersOfRequest(
  deps: RequestDeps,
  actor: Actor | null | undefined,
  bodyId: string,
  requestId: string,
): Promise<LetterSummary[]> {
  const { occasions } = await loadForLetters(deps, actor, bodyId, requestId);
  const latest = new Map(occasions.map((o) => [o.slug, o]));
  return [...latest.values()].sort((a, b) => a.seq - b.seq).map(summaryOf);
}

const notDue = () => new Problem(404, 'LETTER_NOT_DUE', '该申请尚未办理到需要出具此文书的环节', 'kind');

/**
 * Art. 40: information is provided in the form the applicant asked for unless the body decides
 * otherwise — so a decision that names no form falls back to the request's 提供形式.
 */
function withProvisionForm(state: RequestState, deliveryForm: string): RequestState {
  if (!state.decision || state.decision.provisionForm) return state;
  return { ...state, decision: { ...state.decision, provisionForm: deliveryForm } };
}

/**
 * Where the applicant may seek 行政复议: the body one level up (行政复议法（2023修订）第二十四条:
 * the county-level government reviews its townships and its own departments). Unknown at the top:
 * the letter then names 有管辖权的行政复议机关.
 */
async function reviewBodyOf(deps: RequestDeps, parentId: string | null): Promise<string | undefined> {
  if (!parentId) return undefined;
  return (await findBody(deps.db, parentId))?.name;
}

/**
 * The letter `slug` of a request, filled from its history, the body and the applicant; every
 * download is audited (who made which letter of which request, never the applicant's data).
 */
export async function letterOfRequest(
  deps: RequestDeps,
  actor: Actor | null | undefined,
  bodyId: string,
  requestId: string,
  slug: LetterSlug,
  extras: LetterExtras,
  format: 'docx' | 'html',
): Promise<Letter> {
  const { staff, row, occasions } = await loadForLetters(deps, actor, bodyId, requestId);
  const occasion = occasions.filter((o) => o.slug === slug).at(-1);
  if (!occasion) throw notDue();
  const [body, applicant] = await Promise.all([
    findBody(deps.db, bodyId),
    loadApplicant(deps.db, bodyId, requestId),
  ]);
  if (!body || !applicant) throw new Problem(404, 'REQUEST_NOT_FOUND', '找不到该申请');
  const reviewBody = await reviewBodyOf(deps, body.parentId);
  const context: LetterContext = {
    bodyName: body.name,
    // 法人或其他组织 are addressed by their name (Art. 29), natural persons by theirs.
    applicantName: applicant.organisation?.trim() || applicant.name,
    trackingNumber: row.trackingNumber,
    description: row.description,
    ...(reviewBody ? { reviewBody } : {}),
    ...extras,
  };
  let letter: Letter | null;
  try {
    letter = letterForEvent(
      withProvisionForm(occasion.state, row.deliveryForm),
      occasion.event,
      context,
      deps.calendar,
    );
  } catch (error) {
    if (error instanceof RuleError) throw new Problem(422, error.code, error.message, error.field);
    throw error;
  }
  if (!letter) throw notDue();
  const subject = { bodyId, entity: 'request', entityId: requestId };
  await auditedChange(deps.db, staff, 'request.letter-downloaded', subject, {
    after: { letter: occasion.kind, seq: occasion.seq, format },
  });
  return letter;
}
