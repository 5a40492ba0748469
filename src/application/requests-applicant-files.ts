import { cleanFileName } from './items/attachments.ts';

/**
 * Files an applicant may attach to an online request: proof of identity, a business licence, a
 * power of attorney (Art. 29 ¶1 (一) asks for 身份证明; the form lets them add it). Scans and
 * documents only, checked by their first bytes as well as their name, so a renamed program or HTML
 * page is refused. Staff download them; they are never public.
 */
export const applicantFileLimits = { count: 3, bytes: 5 * 1024 * 1024 } as const;

const zip = [0x50, 0x4b, 0x03, 0x04];
const kinds: Record<string, { mediaType: string; magic: number[] }> = {
  pdf: { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  jpg: { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  png: { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  ofd: { mediaType: 'application/ofd', magic: zip },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: zip },
  doc: { mediaType: 'application/msword', magic: [0xd0, 0xcf, 0x11, 0xe0] },
};

export const applicantFileExtensions = Object.keys(kinds);
const megabytes = applicantFileLimits.bytes / 1024 / 1024;

export interface ApplicantFile {
  fileName: string;
  mediaType: string;
  content: Uint8Array;
}

/** The file as it will be stored, or the Chinese message saying what is wrong with it. */
export function checkApplicantFile(name: string, content: Uint8Array): ApplicantFile | { error: string } {
  const fileName = cleanFileName(name);
  const extension = fileName.includes('.') ? (fileName.split('.').pop() ?? '').toLowerCase() : '';
  const kind = kinds[extension];
  const shown = fileName || '附件';
  if (!kind) {
    return { error: `“${shown}”的格式不能上传，请上传 ${applicantFileExtensions.join('、')} 格式的文件` };
  }
  if (content.byteLength === 0) return { error: `“${shown}”是空文件` };
  if (content.byteLength > applicantFileLimits.bytes) return { error: fileTooLarge(shown) };
  if (!kind.magic.every((byte, i) => content[i] === byte)) {
    return { error: `“${shown}”的内容与扩展名 .${extension} 不符，请上传原始文件` };
  }
  return { fileName, mediaType: kind.mediaType, content };
}

export function fileTooLarge(name: string): string {
  return `“${name}”超过 ${megabytes} MB，请压缩或分页扫描后再上传`;
}

export const tooManyFiles = `最多上传 ${applicantFileLimits.count} 个附件`;
