import {
  bigserial,
  boolean,
  customType,
  date,
  integer,
  jsonb,
  numeric,
  pgTable,
  type PgColumnBuilderBase,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Role } from '../application/auth/roles.ts';
import type { ItemKind, ItemStatus, channels, validities } from '../application/items/vocabulary.ts';
import type { accessForms, deliveryForms, idTypes } from '../application/requests-input.ts';
import type { ApplicantType, Channel, RequestStatus } from '../core/request/index.ts';
import type { FormatId } from '../core/report-format/types.ts';
import type { FeeMethod } from '../core/statutes/rules.ts';
import type { AppealKind, AppealOutcome } from './appeals.ts';
import type { OutboxChannel } from './outbox.ts';

// Drizzle mirror of the SQL migrations (the migrations are the source of truth).

/** `timestamptz not null default now()`: when a row was made, changed or recorded. */
const stampedNow = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

/** A day every row has (成文日期, 收到申请之日, 送达日 …): `date not null`, read as `YYYY-MM-DD`. */
const day = (name: string) => date(name).notNull();

/** Every table carries its body (the scale path of DESIGN.md: distribute by body). */
const ofBody = () => ({ bodyId: text('body_id').notNull() });

/** A body's rows of one year. */
const ofBodyYear = () => ({ ...ofBody(), year: integer('year').notNull() });

/** The rows that belong to one request (events, deliveries, attachments). */
const ofRequest = () => ({ ...ofBody(), requestId: text('request_id').notNull() });

/** Who last saved a yearly return, and when. */
const updatedBy = () => ({ updatedAt: stampedNow('updated_at'), updatedBy: text('updated_by').notNull() });

/** Who recorded a fact in a register (送达, 复议诉讼, 举报投诉), and when. */
const recordedBy = () => ({
  recordedAt: stampedNow('recorded_at'),
  recordedBy: text('recorded_by').notNull(),
});

/** A key the application gives (a body's code, a request's id). */
const textId = () => ({ id: text('id').primaryKey() });

/** A key the database draws (`default gen_random_uuid()`). */
const uuidId = () => ({ id: uuid('id').primaryKey().defaultRandom() });

/** A key the database counts up, for logs that only grow. */
const serialId = () => ({ id: bigserial('id', { mode: 'number' }).primaryKey() });

/** When a record (an item, a request) was made and last changed. */
const createdUpdated = () => ({ createdAt: stampedNow('created_at'), updatedAt: stampedNow('updated_at') });

/** The rows that belong to one item (reviews, attachments). */
const ofItem = () => ({ ...ofBody(), itemId: uuid('item_id').notNull() });

/**
 * A code of a closed vocabulary (a role, a status, a 表三/表四 key): the column is `text` (the
 * migration checks the set where it is fixed), its rows are typed as the vocabulary's codes.
 */
const code = <Code extends string>(name: string) => text(name).$type<Code>();

export const bodies = pgTable('bodies', {
  ...textId(),
  parentId: text('parent_id'),
  name: text('name').notNull(),
  shortName: text('short_name'),
  kind: text('kind').notNull(),
  code: text('code'),
  createdAt: stampedNow('created_at'),
  // 0002_body_settings
  cataloguePattern: text('catalogue_pattern').notNull(),
  indexNumberPattern: text('index_number_pattern').notNull(),
  feeMethod: code<FeeMethod>('fee_method').notNull(),
  promisedWorkingDays: integer('promised_working_days'),
  reportDue: text('report_due').notNull(),
  updatedAt: stampedNow('updated_at'),
});

// 0003_people
export const people = pgTable('people', {
  ...uuidId(),
  ...ofBody(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: stampedNow('created_at'),
});

export const personRoles = pgTable(
  'person_roles',
  {
    personId: uuid('person_id').notNull(),
    bodyId: text('body_id').notNull(),
    role: code<Role>('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.bodyId, t.role] })],
);

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  personId: uuid('person_id').notNull(),
  ...ofBody(),
  createdAt: stampedNow('created_at'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const signInAttempts = pgTable('sign_in_attempts', {
  ...serialId(),
  username: text('username').notNull(),
  personId: uuid('person_id'),
  bodyId: text('body_id'),
  succeeded: boolean('succeeded').notNull(),
  remoteAddress: text('remote_address'),
  attemptedAt: stampedNow('attempted_at'),
});

// 0004_audit_log (append-only: triggers refuse update, delete, truncate), an AuditEntry of
// application/audit.ts: who did what to which record, its state before and/or after, and when.

/** Who: the signed-in person (none for a change nobody signed in made), and the name shown. */
const auditActor = () => ({ actorId: uuid('actor_id'), actorName: text('actor_name').notNull() });

/** Which record a change touched (an AuditSubject within the row's body). */
const auditSubject = () => ({ entity: text('entity').notNull(), entityId: text('entity_id').notNull() });

/** The record's state before and/or after the change (jsonb; null where there is none). */
const auditChange = () => ({ before: jsonb('before'), after: jsonb('after') });

export const auditLog = pgTable('audit_log', {
  ...serialId(),
  ...ofBody(),
  ...auditActor(),
  action: text('action').notNull(),
  ...auditSubject(),
  ...auditChange(),
  at: stampedNow('at'),
});

// 0005_catalogue
export const catalogueNodes = pgTable('catalogue_nodes', {
  ...uuidId(),
  ...ofBody(),
  parentId: uuid('parent_id'),
  code: text('code').notNull(),
  name: text('name').notNull(),
  timeLimit: text('time_limit'),
  responsible: text('responsible'),
  position: integer('position').notNull().default(0),
});

// 0006_items, 0007
export const items = pgTable('items', {
  ...uuidId(),
  ...ofBody(),
  catalogueNodeId: uuid('catalogue_node_id').notNull(),
  kind: code<ItemKind>('kind').notNull(),
  title: text('title').notNull(),
  bodyHtml: text('body_html').notNull().default(''),
  indexNumber: text('index_number'),
  publisher: text('publisher').notNull(),
  documentNumber: text('document_number'),
  madeOn: day('made_on'),
  publishedOn: date('published_on'),
  dueOn: day('due_on'),
  validity: code<(typeof validities)[number]>('validity'),
  channels: code<(typeof channels)[number]>('channels').array().notNull().default([]),
  status: code<ItemStatus>('status').notNull().default('drafted'),
  viewCount: integer('view_count').notNull().default(0),
  createdBy: uuid('created_by'),
  ...createdUpdated(),
});

export const indexNumberSerials = pgTable(
  'index_number_serials',
  {
    ...ofBodyYear(),
    category: text('category').notNull(),
    lastSerial: integer('last_serial').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.year, t.category] })],
);

export const itemReviews = pgTable('item_reviews', {
  ...serialId(),
  ...ofItem(),
  step: code<ItemStatus | 'returned'>('step').notNull(),
  personId: uuid('person_id'),
  personName: text('person_name').notNull(),
  comment: text('comment').notNull().default(''),
  at: stampedNow('at'),
});

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** An uploaded file: its name and media type as given, its size (named per table), SHA-256 and bytes. */
const storedFile = <Size extends Record<string, PgColumnBuilderBase>>(size: Size) => ({
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  ...size,
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
});

export const itemAttachments = pgTable('item_attachments', {
  ...uuidId(),
  ...ofItem(),
  ...storedFile({ byteSize: integer('byte_size').notNull() }),
  createdAt: stampedNow('created_at'),
});

// Annual reports (migration 0040).
export const reportFigures = pgTable(
  'report_figures',
  {
    ...ofBodyYear(),
    key: text('key').notNull(),
    value: numeric('value', { precision: 18, scale: 4 }).notNull(),
    note: text('note'),
    ...updatedBy(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.year, t.key] })],
);

export const annualReports = pgTable(
  'annual_reports',
  {
    ...ofBodyYear(),
    prose: jsonb('prose'),
    ...updatedBy(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.year] })],
);

export const reportVersions = pgTable(
  'report_versions',
  {
    ...ofBodyYear(),
    version: integer('version').notNull(),
    format: code<FormatId>('format').notNull(),
    agency: text('agency').notNull(),
    document: jsonb('document').notNull(),
    findings: jsonb('findings').notNull(),
    overrideReason: text('override_reason'),
    correctionReason: text('correction_reason'),
    publishedOn: day('published_on'),
    publishedAt: stampedNow('published_at'),
    publishedBy: text('published_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.year, t.version] })],
);

// Requests, appeals, activities, outbox (migrations 0020–0024; issue 7 part B).
export const trackingCounters = pgTable(
  'tracking_counters',
  {
    ...ofBodyYear(),
    lastSerial: integer('last_serial').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.year] })],
);

/**
 * A request's number (GK-2025-000123), its year and serial as tracking_counters gave them, and the
 * sha256 of the applicant's tracking code (the code itself is never stored).
 */
const tracking = () => ({
  trackingNumber: text('tracking_number').notNull(),
  trackingYear: integer('tracking_year').notNull(),
  trackingSerial: integer('tracking_serial').notNull(),
  trackingCodeHash: text('tracking_code_hash').notNull(),
});

export const requests = pgTable('requests', {
  ...textId(),
  ...ofBody(),
  ...tracking(),
  status: code<RequestStatus>('status').notNull(),
  outcome: text('outcome'),
  applicantType: code<ApplicantType>('applicant_type').notNull(),
  channel: code<Channel>('channel').notNull(),
  description: text('description').notNull(),
  deliveryForm: code<(typeof deliveryForms)[number]>('delivery_form').notNull(),
  accessForm: code<(typeof accessForms)[number]>('access_form'),
  receiptDate: day('receipt_date'),
  dueDate: date('due_date'),
  closedOn: date('closed_on'),
  deliveredOn: date('delivered_on'),
  lastSeq: integer('last_seq').notNull(),
  state: jsonb('state').notNull(),
  ...createdUpdated(),
});

export const requestApplicants = pgTable('request_applicants', {
  requestId: text('request_id').primaryKey(),
  ...ofBody(),
  name: text('name').notNull(),
  organisation: text('organisation'),
  idType: code<(typeof idTypes)[number]>('id_type').notNull(),
  idNumber: text('id_number').notNull(),
  phone: text('phone'),
  email: text('email'),
  address: text('address'),
  postalCode: text('postal_code'),
});

export const requestEvents = pgTable(
  'request_events',
  {
    ...ofRequest(),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull().default({}),
    occurredOn: day('occurred_on'),
    recordedAt: stampedNow('recorded_at'),
    actor: text('actor').notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.seq] })],
);

export const deliveries = pgTable('deliveries', {
  ...textId(),
  ...ofRequest(),
  method: text('method').notNull(),
  deliveredOn: day('delivered_on'),
  receipt: text('receipt'),
  ...recordedBy(),
});

export const requestAttachments = pgTable('request_attachments', {
  ...textId(),
  ...ofRequest(),
  ...storedFile({ sizeBytes: integer('size_bytes').notNull() }),
  uploadedAt: stampedNow('uploaded_at'),
  uploadedBy: text('uploaded_by').notNull(),
});

export const appeals = pgTable('appeals', {
  ...textId(),
  ...ofBody(),
  requestId: text('request_id'),
  kind: code<AppealKind>('kind').notNull(),
  year: integer('year').notNull(),
  filedOn: day('filed_on'),
  caseNumber: text('case_number'),
  outcome: code<AppealOutcome>('outcome').notNull(),
  concludedOn: date('concluded_on'),
  note: text('note'),
  ...recordedBy(),
});

export const complaints = pgTable('complaints', {
  ...textId(),
  ...ofBodyYear(),
  receivedOn: day('received_on'),
  summary: text('summary').notNull(),
  resolution: text('resolution'),
  ...recordedBy(),
});

const count = (name: string) => integer(name).notNull().default(0);

export const activities = pgTable(
  'activities',
  {
    ...ofBodyYear(),
    dedicatedUnits: count('dedicated_units'),
    readingPoints: count('reading_points'),
    staffFullTime: count('staff_full_time'),
    staffPartTime: count('staff_part_time'),
    fundsWan: numeric('funds_wan', { precision: 14, scale: 4 }).notNull().default('0'),
    meetings: count('meetings'),
    trainingSessions: count('training_sessions'),
    trainingAttendees: count('training_attendees'),
    hotTopicResponses: count('hot_topic_responses'),
    pressConferences: count('press_conferences'),
    pressConferencesByHead: count('press_conferences_by_head'),
    onlineInterviews: count('online_interviews'),
    onlineInterviewsByHead: count('online_interviews_by_head'),
    policyInterpretations: count('policy_interpretations'),
    weiboWechatResponses: count('weibo_wechat_responses'),
    otherResponses: count('other_responses'),
    ...updatedBy(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.year] })],
);

export const outbox = pgTable('outbox', {
  ...textId(),
  ...ofBody(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  channel: code<OutboxChannel>('channel').notNull(),
  recipient: text('recipient').notNull(),
  template: text('template').notNull(),
  payload: jsonb('payload').notNull().default({}),
  createdAt: stampedNow('created_at'),
  availableAt: stampedNow('available_at'),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  sentAt: timestamp('sent_at', { withTimezone: true }),
});
