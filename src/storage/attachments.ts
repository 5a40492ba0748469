import type { SqlRunner } from './database.ts';
import { isUuid } from './items.ts';

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
  const [row] = await db.query<{ id: string }>(
    `insert into item_attachments (body_id, item_id, file_name, media_type, byte_size, sha256, content)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      bodyId,
      itemId,
      attachment.fileName,
      attachment.mediaType,
      attachment.byteSize,
      attachment.sha256,
      attachment.content,
    ],
  );
  if (!row) throw new Error('insert into item_attachments returned nothing');
  return row.id;
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
