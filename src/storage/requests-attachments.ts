import { createHash } from 'node:crypto';
import type { SqlRunner } from './database.ts';
import { bodyRow, bodyRows, insertRow, selectList } from './sql.ts';

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
  await insertRow(tx, 'request_attachments', { bodyId, ...meta, content: Buffer.from(attachment.content) });
  return meta;
}

const metaColumns = selectList([
  'id',
  'requestId',
  'fileName',
  'mediaType',
  'sizeBytes',
  'sha256',
  'uploadedBy',
] satisfies Array<keyof AttachmentMeta>);

export const attachmentsOfRequest = bodyRows<AttachmentMeta>(
  'request_attachments',
  metaColumns,
  'request_id',
  'order by uploaded_at, id',
);

export const loadAttachment = bodyRow<AttachmentMeta & { content: Uint8Array }>(
  'request_attachments',
  `${metaColumns}, content`,
  'id',
);
