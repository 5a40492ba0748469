import { randomUUID } from 'node:crypto';
import { Problem } from '../http/errors.ts';
import type { CheckDocument, Finding, Severity } from '../core/checks/index.ts';
import type { Actor } from './auth/roles.ts';
import { checkUploads, type UploadedReport } from './check-jobs-run.ts';

export type { UploadedReport };

/** Upload limits: a folder of published reports, not an archive of a whole province. */
export const checkJobLimits = {
  files: 200,
  fileBytes: 20 * 1024 * 1024,
  totalBytes: 100 * 1024 * 1024,
  runningPerPerson: 2,
  keptPerPerson: 20,
  /** Jobs live in memory only: a finished job is forgotten after an hour. */
  keepMs: 60 * 60 * 1000,
} as const;

export interface CheckJobReport {
  source: string;
  agency: string | null;
  year: number | null;
  format: string;
  counts: Record<Severity, number>;
  findings: Finding[];
}

export interface RuleCount {
  code: string;
  severity: Severity;
  /** Findings of this rule over the batch, and in how many reports. */
  count: number;
  reports: number;
}

export interface CheckJobView {
  id: string;
  status: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
  reports: CheckJobReport[];
  rules: RuleCount[];
}

interface CheckJob {
  ownerId: string;
  view: CheckJobView;
  settled: Promise<void>;
}

/** Batch checking is the supervisors' tool (and the administrators'); officers check their own draft. */
export function checkerOf(actor: Actor | null | undefined): Actor {
  if (!actor) throw new Problem(401, 'UNAUTHENTICATED', '请先登录');
  if (!actor.roles.some((r) => r.role === 'supervisor' || r.role === 'admin')) {
    throw new Problem(403, 'CHECK_JOBS_FORBIDDEN', '批量核查年度报告仅限上级监督人员和系统管理员使用');
  }
  return actor;
}

function presentReport(document: CheckDocument): CheckJobReport {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of document.findings) counts[f.severity] += 1;
  const { source, agency, year, format, findings } = document;
  return { source, agency, year, format, counts, findings };
}

/** The most common rules first: what a supervisor should look at across the batch. */
export function ruleCounts(reports: readonly CheckJobReport[]): RuleCount[] {
  const byCode = new Map<string, RuleCount>();
  for (const report of reports) {
    const seen = new Set<string>();
    for (const f of report.findings) {
      const rule = byCode.get(f.code) ?? { code: f.code, severity: f.severity, count: 0, reports: 0 };
      rule.count += 1;
      if (!seen.has(f.code)) rule.reports += 1;
      seen.add(f.code);
      byCode.set(f.code, rule);
    }
  }
  return [...byCode.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/**
 * Background check jobs, one person's jobs visible to that person only. Kept in this process's
 * memory: the files are the uploader's, and a job lasts as long as the page polling it.
 */
export class CheckJobs {
  private readonly jobs = new Map<string, CheckJob>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  start(actor: Actor | null | undefined, files: readonly UploadedReport[]): CheckJobView {
    const { personId } = checkerOf(actor);
    if (files.length === 0)
      throw new Problem(400, 'CHECK_JOB_NO_FILES', '请选择要核查的年度报告文件', 'files');
    this.forgetOld(personId);
    const running = this.mine(personId).filter((j) => j.view.status === 'running').length;
    if (running >= checkJobLimits.runningPerPerson) {
      throw new Problem(429, 'CHECK_JOB_BUSY', `您已有${running}批报告正在核查，请等其完成后再上传`);
    }
    const view: CheckJobView = {
      id: randomUUID(),
      status: 'running',
      done: 0,
      total: files.length,
      createdAt: this.now().toISOString(),
      finishedAt: null,
      error: null,
      reports: [],
      rules: [],
    };
    const settled = checkUploads(
      files,
      (done) => (view.done = done),
      (documents) => {
        view.reports = documents.map(presentReport);
        view.rules = ruleCounts(view.reports);
      },
    ).then(
      () => this.finish(view, 'done', null),
      (error: unknown) => this.finish(view, 'failed', error instanceof Error ? error.message : String(error)),
    );
    this.jobs.set(view.id, { ownerId: personId, view, settled });
    return view;
  }

  /** Another person's job is reported as not found: ids are not a way to read others' uploads. */
  get(actor: Actor | null | undefined, id: string): CheckJobView {
    const { personId } = checkerOf(actor);
    const job = this.jobs.get(id);
    if (!job || job.ownerId !== personId)
      throw new Problem(404, 'CHECK_JOB_NOT_FOUND', '找不到该核查任务（任务保留一小时）');
    return job.view;
  }

  list(actor: Actor | null | undefined): CheckJobView[] {
    const { personId } = checkerOf(actor);
    this.forgetOld(personId);
    return this.mine(personId).map((j) => j.view);
  }

  /** Resolves when the job has finished (tests; shutdown). */
  async settled(id: string): Promise<void> {
    await this.jobs.get(id)?.settled;
  }

  private finish(view: CheckJobView, status: 'done' | 'failed', error: string | null): void {
    view.status = status;
    view.error = error === null ? null : `核查中断：${error.slice(0, 200)}`;
    view.finishedAt = this.now().toISOString();
  }

  private mine(ownerId: string): CheckJob[] {
    return [...this.jobs.values()].filter((j) => j.ownerId === ownerId);
  }

  private forgetOld(ownerId: string): void {
    const cutoff = this.now().getTime() - checkJobLimits.keepMs;
    const finished = this.mine(ownerId).filter((j) => j.view.finishedAt !== null);
    finished.forEach((job, i) => {
      const old = Date.parse(job.view.finishedAt as string) < cutoff;
      if (old || finished.length - i > checkJobLimits.keptPerPerson) this.jobs.delete(job.view.id);
    });
  }
}
