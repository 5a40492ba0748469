import type { FastifyRequest } from 'fastify';
import { Problem } from '../../../http/errors.ts';
import {
  applicantFileLimits,
  checkApplicantFile,
  fileTooLarge,
  tooManyFiles,
} from '../../../application/requests-applicant-files.ts';
import type { ApplicantFile } from '../../../application/requests-applicant-files.ts';

export type FormValues = Record<string, string>;

export const attachmentsField = 'attachments';

export interface ApplyFormData {
  values: FormValues;
  files: ApplicantFile[];
  /** What is wrong with the files, one message each; the form is shown again with them. */
  fileErrors: string[];
}

const maxValueLength = 6000;

function formValues(body: unknown): FormValues {
  const out: FormValues = {};
  if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
      if (typeof value === 'string') out[key] = value.slice(0, maxValueLength);
    }
  }
  return out;
}

/**
 * The request form as posted: urlencoded (no file chosen, or an old client) or multipart with up to
 * applicantFileLimits.count files. Oversized and surplus files are read to their limit and reported,
 * never stored; an empty file input (nothing chosen) is no file.
 */
export async function readApplyForm(request: FastifyRequest): Promise<ApplyFormData> {
  if (!request.isMultipart()) return { values: formValues(request.body), files: [], fileErrors: [] };
  const values: FormValues = {};
  const files: ApplicantFile[] = [];
  const fileErrors: string[] = [];
  let fileCount = 0;
  // throwFileSizeLimit: false marks an oversized file `truncated` (a message) instead of failing the
  // whole form; the option is honoured by parts() though its type omits it.
  const options = {
    limits: { fileSize: applicantFileLimits.bytes, files: applicantFileLimits.count + 5 },
    throwFileSizeLimit: false,
  };
  const parts = request.parts(options);
  try {
    for await (const part of parts) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') values[part.fieldname] = part.value.slice(0, maxValueLength);
        continue;
      }
      const content = await part.toBuffer();
      if (part.fieldname !== attachmentsField || (!part.filename && content.byteLength === 0)) continue;
      fileCount += 1;
      if (fileCount > applicantFileLimits.count) {
        if (fileCount === applicantFileLimits.count + 1) fileErrors.push(tooManyFiles);
        continue;
      }
      if (part.file.truncated) {
        fileErrors.push(fileTooLarge(part.filename));
        continue;
      }
      const checked = checkApplicantFile(part.filename, content);
      if ('error' in checked) fileErrors.push(checked.error);
      else files.push(checked);
    }
  } catch (error) {
    // Far more parts than the form has: not a person at the form; refused whole, nothing stored.
    if (
      error instanceof Error &&
      'code' in error &&
      /^FST_(FILES|PARTS|FIELDS)_LIMIT$/.test(String(error.code))
    )
      throw new Problem(413, 'FORM_TOO_LARGE', '提交的文件或字段过多，请刷新页面后重新填写');
    throw error;
  }
  return { values, files, fileErrors };
}
