import { createHash } from 'node:crypto';
import type { Database } from '../../storage/database.ts';
import { findItem } from '../../storage/items.ts';
import { insertAttachment } from '../../storage/attachments.ts';
import type { AttachmentMeta } from '../../storage/attachments.ts';
import { Problem } from '../../http/errors.ts';
import { sizeLimits } from '../../http/security.ts';
import { authorize } from '../auth/authorize.ts';
import type { Actor } from '../auth/roles.ts';
import { auditedChange } from '../audit.ts';

/** The document formats government items are published in; nothing executable, no HTML (stored XSS). */
const mediaTypes: Record<string, string> = {
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  wps: 'application/vnd.ms-works',
  et: 'application/vnd.ms-excel',
  txt: 'text/plain; charset=utf-8',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  zip: 'application/zip',
};

export const allowedExtensions = Object.keys(mediaTypes);

/** Keeps the name people gave the file, minus paths and control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim();
  return [...cleaned].slice(-120).join('');
}

export async function addAttachment(
  db: Database,
  actor: Actor | null,
  bodyId: string,
  itemId: string,
  file: { fileName: string; content: Buffer },
): Promise<AttachmentMeta> {
  const fileName = cleanFileName(file.fileName);
  const extension = fileName.includes('.') ? (fileName.split('.').pop() ?? '').toLowerCase() : '';
  const mediaType = mediaTypes[extension];
  if (!fileName || !mediaType) {
    throw new Problem(
      415,
      'ATTACHMENT_TYPE_NOT_ALLOWED',
      `附件须为以下格式之一：${allowedExtensions.join('、')}`,
      'file',
    );
  }
  if (file.content.length === 0) throw new Problem(400, 'ATTACHMENT_EMPTY', '附件是空文件', 'file');
  if (file.content.length > sizeLimits.attachmentBytes) {
    throw new Problem(
      413,
      'ATTACHMENT_TOO_LARGE',
      `附件不能超过 ${sizeLimits.attachmentBytes / 1024 / 1024} MB`,
      'file',
    );
  }
  return db.transaction(async (tx) => {
    const who = await authorize(tx, actor, 'item.draft', bodyId);
    const item = await findItem(tx, bodyId, itemId, { forUpdate: true });
    if (!item) throw new Problem(404, 'ITEM_NOT_FOUND', '找不到该信息');
    if (item.status !== 'drafted') {
      throw new Problem(409, 'ITEM_NOT_EDITABLE', '只有草稿可以添加附件（审查后的内容不能再改）');
    }
    const meta = {
      fileName,
      mediaType,
      byteSize: file.content.length,
      // the checksum lets anyone verify that the published file is the one reviewed
      sha256: createHash('sha256').update(file.content).digest('hex'),
    };
    const id = await insertAttachment(tx, bodyId, itemId, { ...meta, content: file.content });
    const subject = { bodyId, entity: 'item', entityId: itemId };
    await auditedChange(tx, who, 'item.attachment-added', subject, { after: { id, ...meta } });
    return { id, ...meta };
  });
}
