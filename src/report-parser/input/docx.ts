import { warning } from './types.ts';
import type { ReportSource } from './types.ts';

export async function readDocx(bytes: Uint8Array): Promise<ReportSource> {
  await Promise.resolve(bytes.length);
  const reason = warning('P-UNSUPPORTED-FORMAT', 'DOCX 读取尚未实现');
  return { text: '', kind: 'docx', warnings: [reason], unreadable: reason };
}
