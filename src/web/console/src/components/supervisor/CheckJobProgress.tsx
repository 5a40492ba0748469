import { useEffect, useState } from 'react';
import { Alert, Progress, Typography } from 'antd';
import { getCheckJob } from '../../api.ts';
import type { CheckJob } from '../../api.ts';

const pollMs = 1000;

/** Polls a running job until it is done; shows files read so far against the batch. */
export function useCheckJob(started: CheckJob | null): { job: CheckJob | null; error: string } {
  const [job, setJob] = useState<CheckJob | null>(started);
  const [error, setError] = useState('');
  useEffect(() => {
    setJob(started);
    setError('');
    if (!started) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = () => {
      getCheckJob(started.id).then(
        (next) => {
          if (stopped) return;
          setJob(next);
          if (next.status === 'running') timer = setTimeout(poll, pollMs);
        },
        (e: Error) => setError(e.message),
      );
    };
    timer = setTimeout(poll, pollMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [started]);
  return { job, error };
}

export function CheckJobProgress({ job, error }: { job: CheckJob; error: string }) {
  const percent = job.total === 0 ? 100 : Math.round((job.done / job.total) * 100);
  const finished = job.status !== 'running';
  return (
    <div id="check-progress" aria-live="polite">
      <Progress
        percent={finished && job.status === 'done' ? 100 : percent}
        // 'normal' when done: antd's green success text is below AA contrast on white
        status={job.status === 'failed' ? 'exception' : finished ? 'normal' : 'active'}
        aria-label="核查进度"
        format={(p) => `${p ?? 0}%`}
      />
      <Typography.Text>
        {finished
          ? `核查完成：共${job.total}份报告`
          : `正在读取第${Math.min(job.done + 1, job.total)}份，共${job.total}份`}
      </Typography.Text>
      {job.error && <Alert type="error" showIcon message={job.error} />}
      {error && <Alert type="error" showIcon message={error} />}
    </div>
  );
}
