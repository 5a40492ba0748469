import type { RequestRow as StoredRequestRow } from '../../../storage/requests.ts';
import type { CalendarCoverage } from '../../../application/calendar-coverage.ts';
/** The console talks to the platform only through the public HTTP API (/api/v1). */
export interface Actor {
  personId: string;
  name: string;
  bodyId: string;
  roles: Array<{ bodyId: string; role: string }>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

let csrfToken = '';

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  // FormData (file uploads) sets its own multipart content type with the boundary
  const upload = body instanceof FormData;
  if (body !== undefined && !upload) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : upload ? body : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!response.ok) {
    throw new ApiError(
      response.status,
      String(data.code ?? 'ERROR'),
      String(data.message ?? '操作失败'),
      typeof data.field === 'string' ? data.field : undefined,
    );
  }
  return data as T;
}

export async function loadSession(): Promise<Actor | null> {
  const session = await api<{ actor: Actor | null; csrfToken: string }>('GET', '/auth/session');
  csrfToken = session.csrfToken;
  return session.actor;
}

export async function signIn(username: string, password: string): Promise<Actor> {
  const session = await api<{ actor: Actor; csrfToken: string }>('POST', '/auth/sign-in', {
    username,
    password,
  });
  csrfToken = session.csrfToken;
  return session.actor;
}

export async function signOut(): Promise<void> {
  await api('POST', '/auth/sign-out');
  // a fresh anonymous CSRF token: without it signing in again (no reload) is refused as CSRF_INVALID
  await loadSession();
}

export interface DeadlineView {
  dueDate: string;
  promisedDueDate: string | null;
  extended: boolean;
  explanation: string;
  overdue: boolean;
  workingDaysRemaining: number;
  timelinessLabel: string;
}

/** The stored request as the staff list sends it (the type is shared, the code is not). */
export type RequestRow = Pick<
  StoredRequestRow,
  | 'id'
  | 'trackingNumber'
  | 'status'
  | 'outcome'
  | 'applicantType'
  | 'channel'
  | 'description'
  | 'receiptDate'
  | 'dueDate'
  | 'closedOn'
>;

export interface RequestListEntry {
  request: RequestRow;
  statusLabel: string;
  deadline: DeadlineView | null;
}

export interface RequestView {
  request: RequestRow;
  statusLabel: string;
  statusText: string;
  outcomeLabel: string | null;
  applicant: Record<string, string | null> | null;
  deadline: DeadlineView | null;
  steps: Array<{ seq: number; on: string; label: string; text: string; actor: string }>;
}

export interface Vocabulary {
  decisionKinds: Array<{ value: string; label: string; groundRequired: boolean; articles: string[] }>;
  channels: Array<{ value: string; label: string }>;
  applicantTypes: Array<{ value: string; label: string }>;
}

export const listRequests = (bodyId: string, page = 1) =>
  api<{ items: RequestListEntry[]; total: number }>(
    'GET',
    `/bodies/${bodyId}/requests?pageSize=100&page=${page}`,
  );
export const getRequest = (bodyId: string, id: string) =>
  api<RequestView>('GET', `/bodies/${bodyId}/requests/${id}`);
export const requestAction = (bodyId: string, id: string, command: Record<string, unknown>) =>
  api<RequestView>('POST', `/bodies/${bodyId}/requests/${id}/events`, command);
export const logRequest = (bodyId: string, input: Record<string, unknown>) =>
  api<{ requestId: string; trackingNumber: string; dueDate: string | null }>(
    'POST',
    `/bodies/${bodyId}/requests`,
    input,
  );
export const vocabulary = () => api<Vocabulary>('GET', '/vocabulary');

/** The working-day calendar's years and, from 1 November without next year's notice, its warning. */
export const calendarCoverage = () => api<CalendarCoverage>('GET', '/calendar/coverage');

// publishing
// Pure word lists shared with the server (no I/O in these modules): one source for the form options.
export {
  channels as itemChannels,
  itemKinds,
  itemStatuses,
  statusLabels as itemStatusLabels,
  validities,
} from '../../../application/items/vocabulary.ts';
export type { ItemStatus } from '../../../application/items/vocabulary.ts';

export interface CatalogueNode {
  id: string;
  code: string;
  name: string;
  timeLimit: string | null;
  responsible: string | null;
  children: CatalogueNode[];
}

/** What /staff/items answers: the stored row plus whether the Art. 26 period has passed. */
export type StaffItem = ItemRow & { late: boolean };
import type { ItemRow } from '../../../storage/items.ts';

export interface NextItemStep {
  step: string;
  label: string;
  commentRequired: boolean;
}

export interface StaffItemView extends StaffItem {
  trail: Array<{ step: string; personName: string; comment: string; at: string }>;
  nextSteps: NextItemStep[];
}

export interface ItemFilters {
  status?: string | undefined;
  kind?: string | undefined;
  validity?: string | undefined;
  q?: string | undefined;
  year?: number | undefined;
  page?: number | undefined;
}

export type { ImportedDocx } from '../../../application/items/import-docx.ts';
import type { ImportedDocx } from '../../../application/items/import-docx.ts';

function queryString(filters: object): string {
  const pairs = Object.entries(filters).filter(([, value]) => value !== undefined && value !== '');
  return new URLSearchParams(pairs.map(([key, value]) => [key, String(value)])).toString();
}

export const catalogueTree = (bodyId: string) =>
  api<{ nodes: CatalogueNode[] }>('GET', `/bodies/${bodyId}/catalogue`);
export const listStaffItems = (bodyId: string, filters: ItemFilters) =>
  api<{ items: StaffItem[]; total: number }>(
    'GET',
    `/bodies/${bodyId}/staff/items?${queryString({ pageSize: 20, ...filters })}`,
  );
export const getStaffItem = (bodyId: string, itemId: string) =>
  api<StaffItemView>('GET', `/bodies/${bodyId}/staff/items/${itemId}`);
/** Drafts a new item, or replaces a draft's content when `itemId` is given. */
export const saveItem = (bodyId: string, input: Record<string, unknown>, itemId?: string) =>
  itemId
    ? api<StaffItem>('PUT', `/bodies/${bodyId}/staff/items/${itemId}`, input)
    : api<StaffItem>('POST', `/bodies/${bodyId}/staff/items`, input);
export const takeItemStep = (bodyId: string, itemId: string, step: string, comment: string) =>
  api<StaffItem>('POST', `/bodies/${bodyId}/staff/items/${itemId}/steps`, { step, comment });
export function importDocx(bodyId: string, file: File): Promise<ImportedDocx> {
  const form = new FormData();
  form.append('file', file);
  return api<ImportedDocx>('POST', `/bodies/${bodyId}/staff/items/import-docx`, form);
}

// records
export { appealKinds, appealOutcomes } from '../../../storage/appeals.ts';
export type { AppealRecord, ComplaintRecord, ListedAppeal } from '../../../storage/appeals.ts';
export type { ActivityFigures } from '../../../storage/activities.ts';
import type { AppealRecord, ComplaintRecord, ListedAppeal } from '../../../storage/appeals.ts';
import type { ActivityFigures } from '../../../storage/activities.ts';

export interface AppealsOfYear {
  /** 表四 cells keyed `<group>.<column>`. */
  cells: Record<string, number>;
  complaints: number;
  appeals: ListedAppeal[];
}

/** The appeals recorded against one request; notes masked for readers who do not record appeals. */
export interface AppealsOfRequest {
  requestId: string;
  trackingNumber: string;
  personalDataMasked: boolean;
  appeals: ListedAppeal[];
}
export const appealsOfRequest = (bodyId: string, requestId: string) =>
  api<AppealsOfRequest>('GET', `/bodies/${bodyId}/requests/${requestId}/appeals`);

export const appealsOfYear = (bodyId: string, year: number) =>
  api<AppealsOfYear>('GET', `/bodies/${bodyId}/appeals/${year}`);
export const recordAppeal = (bodyId: string, input: Record<string, unknown>) =>
  api<AppealRecord>('POST', `/bodies/${bodyId}/appeals`, input);
export const concludeAppeal = (bodyId: string, appealId: string, input: Record<string, unknown>) =>
  api<AppealRecord>('POST', `/bodies/${bodyId}/appeals/${appealId}/conclusion`, input);
export const recordComplaint = (bodyId: string, input: Record<string, unknown>) =>
  api<{ id: string; year: number }>('POST', `/bodies/${bodyId}/complaints`, input);
export interface ComplaintsOfYear {
  year: number;
  /** ID and mobile numbers in the text are masked for readers who do not handle complaints. */
  personalDataMasked: boolean;
  complaints: ComplaintRecord[];
}
export const complaintsOfYear = (bodyId: string, year: number) =>
  api<ComplaintsOfYear>('GET', `/bodies/${bodyId}/complaints?year=${year}`);
export const activitiesOfYear = (bodyId: string, year: number) =>
  api<ActivityFigures | null>('GET', `/bodies/${bodyId}/activities/${year}`);
export const saveActivities = (bodyId: string, year: number, figures: Record<string, number>) =>
  api<ActivityFigures>('PUT', `/bodies/${bodyId}/activities/${year}`, figures);

// annual report
// Types only (erased from the bundle): the console reads what these server modules answer.
export type { GridCell, TableGrid } from '../../../render/report/layout.ts';
export type { Finding as ReportFinding } from '../../../core/checks/types.ts';
export type { VersionSummary as ReportVersion } from '../../../application/annual-report.ts';
export type { BodyOversight } from '../../../application/annual-report-oversight.ts';
export type { CheckJobView as CheckJob, CheckJobReport } from '../../../application/check-jobs.ts';
import type { TableGrid } from '../../../render/report/layout.ts';
import type { Finding as ReportFinding } from '../../../core/checks/types.ts';
import type { VersionSummary as ReportVersion } from '../../../application/annual-report.ts';
import type { BodyOversight } from '../../../application/annual-report-oversight.ts';
import type { CheckJobView as CheckJob } from '../../../application/check-jobs.ts';

export interface ReportParagraph {
  heading: string;
  text: string;
}

export interface ReportProse {
  overview: ReportParagraph[];
  problems: string;
  otherMatters: string;
}

export interface ReportDraft {
  format: string;
  notes: string[];
  document: { agency: string; year: number; prose: ReportProse; fields: Record<string, number | null> };
  grids: TableGrid[];
  findings: ReportFinding[];
  proseEdited: boolean;
  versions: ReportVersion[];
}

export interface CellRequest {
  id: string;
  trackingNumber: string;
  applicantType: string;
  carriedIn: boolean;
  row: string | null;
  receiptDate: string;
  closedOn: string | null;
}

const reportPath = (bodyId: string, year: number) => `/bodies/${bodyId}/annual-reports/${year}`;
export const reportDraft = (bodyId: string, year: number) =>
  api<ReportDraft>('GET', reportPath(bodyId, year));
export const cellRequests = (bodyId: string, year: number, cell: string) =>
  api<{ cell: string; requests: CellRequest[] }>(
    'GET',
    `${reportPath(bodyId, year)}/table3-requests?cell=${encodeURIComponent(cell)}`,
  );
export const saveReportProse = (bodyId: string, year: number, prose: ReportProse) =>
  api<{ saved: boolean }>('PUT', `${reportPath(bodyId, year)}/prose`, prose);
export const reportPreview = (bodyId: string, year: number) =>
  api<{ html: string }>('GET', `${reportPath(bodyId, year)}/preview`);
export const publishReport = (bodyId: string, year: number, input: Record<string, string>) =>
  api<{ version: number; findings: ReportFinding[] }>('POST', `${reportPath(bodyId, year)}/versions`, input);
/** Public downloads of a published version, and where the portal shows it. */
export const reportLinks = (bodyId: string, year: number, version: number) => {
  const base = `/api/v1/public${reportPath(bodyId, year)}/versions/${version}/report`;
  return {
    docx: `${base}.docx`,
    xlsx: `${base}.xlsx`,
    html: `${base}.html`,
    json: `${base}.json`,
    portal: `/bodies/${bodyId}/reports/${year}`,
  };
};

// supervisor
export const bodiesOversight = (bodyId: string, year: number) =>
  api<BodyOversight[]>('GET', `${reportPath(bodyId, year)}/oversight`);
/** Each file is sent under its path inside the chosen folder (webkitRelativePath) when it has one. */
export function startCheckJob(files: readonly File[]): Promise<CheckJob> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.webkitRelativePath || file.name);
  return api<CheckJob>('POST', '/check-jobs', form);
}
export const getCheckJob = (id: string) => api<CheckJob>('GET', `/check-jobs/${id}`);
