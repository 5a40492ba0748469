import { randomUUID } from 'node:crypto';
import { Problem } from '../http/errors.ts';
import { sizeLimits } from '../http/security.ts';
import type { Database, SqlRunner } from '../storage/database.ts';
import { findRequest } from '../storage/requests.ts';
import { insertAttachment, loadAttachment } from '../storage/requests-attachments.ts';
import type { AttachmentMeta } from '../storage/requests-attachments.ts';
import { auditedChange, type AuditEntry } from './audit.ts';
import { bodyCall } from './body-commands.ts';

/** An empty file or one over the upload limit is refused before the request is looked up. */
function checkSize(content: Uint8Array): void {
  if (content.byteLength === 0) throw new Problem(400, 'ATTACHMENT_EMPTY', '附件内容为空', 'content');
  if (content.byteLength > sizeLimits.attachmentBytes) {
    throw new Problem(413, 'PAYLOAD_TOO_LARGE', `附件不能超过${sizeLimits.attachmentBytes / 1024 / 1024}MB`);
  }
}

/** A scan of the paper request, the reply letter, a 送达回执: stored with its sha256. */
export const addAttachment = bodyCall(
  'request.handle',
  async (
    db: Database,
    staff,
    bodyId,
    requestId: string,
    file: { fileName: string; mediaType: string; content: Uint8Array },
  ): Promise<AttachmentMeta> => {
    checkSize(file.content);
    if (!(await findRequest(db, bodyId, requestId)))
      throw new Problem(404, 'REQUEST_NOT_FOUND', '找不到该申请');
    return db.transaction((tx) => storeAttachment(tx, staff, bodyId, requestId, file));
  },
);

/** Stores one file of a request and audits it, in the caller's transaction (staff upload or submission). */
export async function storeAttachment(
  tx: SqlRunner,
  actor: AuditEntry['actor'],
  bodyId: string,
  requestId: string,
  file: { fileName: string; mediaType: string; content: Uint8Array },
): Promise<AttachmentMeta> {
  const meta = await insertAttachment(tx, bodyId, {
    ...file,
    id: randomUUID(),
    requestId,
    uploadedBy: actor.name,
  });
  const subject = { bodyId, entity: 'request', entityId: requestId };
  const { id: attachmentId, fileName, sha256, sizeBytes } = meta;
  await auditedChange(tx, actor, 'request.attachment-added', subject, {
    after: { attachmentId, fileName, sha256, sizeBytes },
  });
  return meta;
}

/** One file of a request with its content, for the handling body's staff. */
export const attachmentForStaff = bodyCall(
  'request.read',
  async (
    db: Database,
    _reader,
    bodyId,
    requestId: string,
    attachmentId: string,
  ): Promise<AttachmentMeta & { content: Uint8Array }> => {
    const file = await loadAttachment(db, bodyId, attachmentId);
    if (!file || file.requestId !== requestId) throw new Problem(404, 'ATTACHMENT_NOT_FOUND', '找不到该附件');
    return file;
  },
);
