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
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
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
  csrfToken = '';
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

export interface RequestRow {
  id: string;
  trackingNumber: string;
  status: string;
  outcome: string | null;
  applicantType: string;
  channel: string;
  description: string;
  receiptDate: string;
  dueDate: string | null;
  closedOn: string | null;
}

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

export const listRequests = (bodyId: string) =>
  api<{ items: RequestListEntry[]; total: number }>('GET', `/bodies/${bodyId}/requests?pageSize=100`);
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
