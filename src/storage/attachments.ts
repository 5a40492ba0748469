import type { SqlRunner } from './database.ts';
import { isUuid } from './items.ts';
import { insertReturningId, pick } from './sql.ts';

export interface AttachmentMeta {
  id: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
  sha256: string;
}

const metaColumns = `id, file_name as "fileName", media_type as "mediaType", byte_size as "byteSize", sha256`;

export async function insertAttachment(
  db: SqlRunner,
  bodyId: string,
  itemId: string,
  attachment: Omit<AttachmentMeta, 'id'> & { content: Buffer },
): Promise<string> {
  const fields = ['fileName', 'mediaType', 'byteSize', 'sha256', 'content'] as const;
  return insertReturningId(db, 'item_attachments', { bodyId, itemId, ...pick(attachment, fields) });
}

export async function listAttachments(
  db: SqlRunner,
  bodyId: string,
  itemId: string,
): Promise<AttachmentMeta[]> {
  if (!isUuid(itemId)) return [];
  return db.query<AttachmentMeta>(
    `select ${metaColumns} from item_attachments where body_id = $1 and item_id = $2::uuid order by created_at, id`,
    [bodyId, itemId],
  );
}

export async function findAttachment(
  db: SqlRunner,
  bodyId: string,
  itemId: string,
  attachmentId: string,
): Promise<(AttachmentMeta & { content: Uint8Array }) | undefined> {
  if (!isUuid(itemId) || !isUuid(attachmentId)) return undefined;
  const [row] = await db.query<AttachmentMeta & { content: Uint8Array }>(
    `select ${metaColumns}, content from item_attachments
      where body_id = $1 and item_id = $2::uuid and id = $3::uuid`,
    [bodyId, itemId, attachmentId],
  );
  return row;
}
