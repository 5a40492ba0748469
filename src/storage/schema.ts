import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Drizzle mirror of the SQL migrations (the migrations are the source of truth). */
export const bodies = pgTable('bodies', {
  id: text('id').primaryKey(),
  parentId: text('parent_id'),
  name: text('name').notNull(),
  shortName: text('short_name'),
  kind: text('kind').notNull(),
  code: text('code'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
