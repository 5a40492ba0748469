import { createHash } from 'node:crypto';
import type { SqlRunner } from './database.ts';

export interface AttachmentMeta {
  id: string;
  requestId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
}

export function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Stores the bytes with their checksum, computed here so it always matches what was stored. */
export async function insertAttachment(
  tx: SqlRunner,
  bodyId: string,
  attachment: Omit<AttachmentMeta, 'sizeBytes' | 'sha256'> & { content: Uint8Array },
): Promise<AttachmentMeta> {
  const meta: AttachmentMeta = {
    id: attachment.id,
    requestId: attachment.requestId,
    fileName: attachment.fileName,
    mediaType: attachment.mediaType,
    sizeBytes: attachment.content.byteLength,
    sha256: sha256Hex(attachment.content),
    uploadedBy: attachment.uploadedBy,
  };
  await tx.query(
    `insert into request_attachments (id, body_id, request_id, file_name, media_type, size_bytes, sha256, content,
       uploaded_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      meta.id,
      bodyId,
      meta.requestId,
      meta.fileName,
      meta.mediaType,
      meta.sizeBytes,
      meta.sha256,
      Buffer.from(attachment.content),
      meta.uploadedBy,
    ],
  );
  return meta;
}

const metaColumns = `id, request_id as "requestId", file_name as "fileName", media_type as "mediaType",
  size_bytes as "sizeBytes", sha256, uploaded_by as "uploadedBy"`;

export async function attachmentsOfRequest(
  db: SqlRunner,
  bodyId: string,
  requestId: string,
): Promise<AttachmentMeta[]> {
  return db.query<AttachmentMeta>(
    `select ${metaColumns} from request_attachments where body_id = $1 and request_id = $2 order by uploaded_at, id`,
    [bodyId, requestId],
  );
}

export async function loadAttachment(
  db: SqlRunner,
  bodyId: string,
  id: string,
): Promise<(AttachmentMeta & { content: Uint8Array }) | undefined> {
  const [row] = await db.query<AttachmentMeta & { content: Uint8Array }>(
    `select ${metaColumns}, content from request_attachments where body_id = $1 and id = $2`,
    [bodyId, id],
  );
  return row;
}
