import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CheckJobs, ruleCounts } from './check-jobs.ts';
import { safeFileName } from './check-jobs-run.ts';
import { checkReports } from './check-reports.ts';
import type { Actor } from './auth/roles.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../shared/fixtures/published-reports/${name}`, import.meta.url));
const names = ['000_0a37c811800a0b9d.txt', '002_6ef0028b77f66cbd.txt'];
const supervisor: Actor = {
  personId: 'p-supervisor',
  name: '陈静',
  bodyId: 'jilin-jiaohe',
  roles: [{ bodyId: 'jilin-jiaohe', role: 'supervisor' }],
};
const otherSupervisor: Actor = { ...supervisor, personId: 'p-other', name: '另一位监督员' };
const officer: Actor = {
  personId: 'p-officer',
  name: '李晓梅',
  bodyId: 'jiaohe-baishishan',
  roles: [{ bodyId: 'jiaohe-baishishan', role: 'officer' }],
};
const upload = (name: string) => ({
  name: `年报/${name}`,
  bytes: new Uint8Array(readFileSync(fixture(name))),
});
const garbage = { name: '年报/坏文件.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 255]) };

// Each job starts a worker thread (seconds on a loaded machine), hence the long timeout.
describe(
  'check jobs: uploaded reports checked in the background (issue 9, supervisor view)',
  { timeout: 180_000 },
  () => {
    it('checks every upload as `gongkai check` checks the same files; a bad file is one report, not a stop', async () => {
      const jobs = new CheckJobs();
      const started = jobs.start(supervisor, [upload(names[0]!), garbage, upload(names[1]!)]);
      expect(started).toMatchObject({ status: 'running', total: 3 });
      await jobs.settled(started.id);
      const job = jobs.get(supervisor, started.id);
      expect(job).toMatchObject({ status: 'done', done: 3, total: 3, error: null });
      expect(job.reports.map((r) => r.source)).toEqual([
        `年报/${names[0]}`,
        '年报/坏文件.pdf',
        `年报/${names[1]}`,
      ]);

      const cli = await checkReports(names.map(fixture));
      const codes = (findings: Array<{ code: string }>) => findings.map((f) => f.code).sort();
      expect(codes(job.reports[0]!.findings)).toEqual(codes(cli.documents[0]!.findings));
      expect(codes(job.reports[2]!.findings)).toEqual(codes(cli.documents[1]!.findings));
      expect(job.reports[1]!.findings.some((f) => f.code.startsWith('P-'))).toBe(true);
      expect(job.rules).toEqual(ruleCounts(job.reports));
      const total = job.reports.reduce((n, r) => n + r.counts.error + r.counts.warning + r.counts.info, 0);
      expect(job.rules.reduce((n, r) => n + r.count, 0)).toBe(total);
    });

    it('shows a job to the person who started it only; officers may not start one', async () => {
      const jobs = new CheckJobs();
      const started = jobs.start(supervisor, [garbage]);
      expect(() => jobs.get(otherSupervisor, started.id)).toThrow(
        expect.objectContaining({ status: 404, code: 'CHECK_JOB_NOT_FOUND' }),
      );
      expect(jobs.list(otherSupervisor)).toEqual([]);
      expect(jobs.list(supervisor).map((j) => j.id)).toEqual([started.id]);
      expect(() => jobs.start(officer, [garbage])).toThrow(expect.objectContaining({ status: 403 }));
      await jobs.settled(started.id);
    });

    it('refuses an empty upload and a third batch while two are running', async () => {
      const jobs = new CheckJobs();
      expect(() => jobs.start(supervisor, [])).toThrow(
        expect.objectContaining({ status: 400, code: 'CHECK_JOB_NO_FILES' }),
      );
      const running = [jobs.start(supervisor, [garbage]), jobs.start(supervisor, [garbage])];
      expect(() => jobs.start(supervisor, [garbage])).toThrow(
        expect.objectContaining({ status: 429, code: 'CHECK_JOB_BUSY' }),
      );
      await Promise.all(running.map((j) => jobs.settled(j.id)));
    });

    it.each([
      ['年报/2024/白石山镇.html', '白石山镇.html'],
      ['C:\\报告\\a.pdf', 'a.pdf'],
      ['../..', 'report'],
      ['', 'report'],
      ['a\u0000b?.txt', 'ab.txt'],
    ])('names the temporary copy of %j as %j (no path escapes the job folder)', (name, expected) => {
      expect(safeFileName(name)).toBe(expected);
    });
  },
);
