import {
  bigserial,
  boolean,
  customType,
  date,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** Drizzle mirror of the SQL migrations (the migrations are the source of truth). */
export const bodies = pgTable('bodies', {
  id: text('id').primaryKey(),
  parentId: text('parent_id'),
  name: text('name').notNull(),
  shortName: text('short_name'),
  kind: text('kind').notNull(),
  code: text('code'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  // 0002_body_settings
  cataloguePattern: text('catalogue_pattern').notNull(),
  indexNumberPattern: text('index_number_pattern').notNull(),
  feeMethod: text('fee_method').notNull(),
  promisedWorkingDays: integer('promised_working_days'),
  reportDue: text('report_due').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// 0003_people
export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: text('body_id').notNull(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const personRoles = pgTable(
  'person_roles',
  { personId: uuid('person_id').notNull(), bodyId: text('body_id').notNull(), role: text('role').notNull() },
  (t) => [primaryKey({ columns: [t.personId, t.bodyId, t.role] })],
);

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  personId: uuid('person_id').notNull(),
  bodyId: text('body_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const signInAttempts = pgTable('sign_in_attempts', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  username: text('username').notNull(),
  personId: uuid('person_id'),
  bodyId: text('body_id'),
  succeeded: boolean('succeeded').notNull(),
  remoteAddress: text('remote_address'),
  attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull().defaultNow(),
});

// 0004_audit_log (append-only: triggers refuse update, delete, truncate)
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  bodyId: text('body_id').notNull(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  before: jsonb('before'),
  after: jsonb('after'),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
});

// 0005_catalogue
export const catalogueNodes = pgTable('catalogue_nodes', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: text('body_id').notNull(),
  parentId: uuid('parent_id'),
  code: text('code').notNull(),
  name: text('name').notNull(),
  timeLimit: text('time_limit'),
  responsible: text('responsible'),
  position: integer('position').notNull().default(0),
});

// 0006_items, 0007
export const items = pgTable('items', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: text('body_id').notNull(),
  catalogueNodeId: uuid('catalogue_node_id').notNull(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  bodyHtml: text('body_html').notNull().default(''),
  indexNumber: text('index_number'),
  publisher: text('publisher').notNull(),
  documentNumber: text('document_number'),
  madeOn: date('made_on').notNull(),
  publishedOn: date('published_on'),
  dueOn: date('due_on').notNull(),
  validity: text('validity'),
  channels: text('channels').array().notNull().default([]),
  status: text('status').notNull().default('drafted'),
  viewCount: integer('view_count').notNull().default(0),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const indexNumberSerials = pgTable(
  'index_number_serials',
  {
    bodyId: text('body_id').notNull(),
    year: integer('year').notNull(),
    category: text('category').notNull(),
    lastSerial: integer('last_serial').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.year, t.category] })],
);

export const itemReviews = pgTable('item_reviews', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  bodyId: text('body_id').notNull(),
  itemId: uuid('item_id').notNull(),
  step: text('step').notNull(),
  personId: uuid('person_id'),
  personName: text('person_name').notNull(),
  comment: text('comment').notNull().default(''),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
});

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const itemAttachments = pgTable('item_attachments', {
  id: uuid('id').primaryKey().defaultRandom(),
  bodyId: text('body_id').notNull(),
  itemId: uuid('item_id').notNull(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  byteSize: integer('byte_size').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

// Annual reports (migration 0040).
export const reportFigures = pgTable(
  'report_figures',
  {
    bodyId: text('body_id').notNull(),
    year: integer('year').notNull(),
    key: text('key').notNull(),
    value: numeric('value', { precision: 18, scale: 4 }).notNull(),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.year, t.key] })],
);

export const annualReports = pgTable(
  'annual_reports',
  {
    bodyId: text('body_id').notNull(),
    year: integer('year').notNull(),
    prose: jsonb('prose'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.year] })],
);

export const reportVersions = pgTable(
  'report_versions',
  {
    bodyId: text('body_id').notNull(),
    year: integer('year').notNull(),
    version: integer('version').notNull(),
    format: text('format').notNull(),
    agency: text('agency').notNull(),
    document: jsonb('document').notNull(),
    findings: jsonb('findings').notNull(),
    overrideReason: text('override_reason'),
    correctionReason: text('correction_reason'),
    publishedOn: date('published_on').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: text('published_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.year, t.version] })],
);
