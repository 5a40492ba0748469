import { warning } from './types.ts';
import type { ReportSource } from './types.ts';

export async function readPdf(bytes: Uint8Array): Promise<ReportSource> {
  await Promise.resolve(bytes.length);
  const reason = warning('P-UNSUPPORTED-FORMAT', 'PDF 读取尚未实现');
  return { text: '', kind: 'pdf', warnings: [reason], unreadable: reason };
}
