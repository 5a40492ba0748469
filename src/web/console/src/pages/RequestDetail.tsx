import { useCallback, useEffect, useState } from 'react';
import { Alert, Descriptions, Typography } from 'antd';
import { vocabulary } from '../api.ts';
import type { Actor, Vocabulary } from '../api.ts';
import { ApplicantDetails } from '../components/requests/ApplicantDetails.tsx';
import { LetterList } from '../components/requests/LetterList.tsx';
import { RequestAppeals } from '../components/requests/RequestAppeals.tsx';
import { RequestTimeline } from '../components/requests/RequestTimeline.tsx';
import { StepPanel } from '../components/requests/StepPanel.tsx';
import { getStaffRequest, type StaffRequestView } from '../components/requests/requests-api.ts';

const handles = (actor: Actor) => actor.roles.some((r) => r.bodyId === actor.bodyId && r.role === 'officer');

/** One request: its deadline and how it was computed, the applicant, letters, next steps, timeline. */
export function RequestDetail({ actor, requestId }: { actor: Actor; requestId: string }) {
  const [view, setView] = useState<StaffRequestView | null>(null);
  const [words, setWords] = useState<Vocabulary | null>(null);
  const [error, setError] = useState('');

  const reload = useCallback(() => {
    getStaffRequest(actor.bodyId, requestId).then(setView, (e: Error) => setError(e.message));
  }, [actor.bodyId, requestId]);
  useEffect(() => {
    reload();
    vocabulary().then(setWords, (e: Error) => setError(e.message));
  }, [reload]);

  if (!view) return error ? <Alert type="error" message={error} showIcon /> : null;
  const r = view.request;
  const deadline = view.deadline;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        申请 {r.trackingNumber}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        styles={{ label: { width: 112, whiteSpace: 'nowrap' }, content: { minWidth: 96 } }}
        items={[
          { key: 'status', label: '状态', children: <span id="request-status">{view.statusLabel}</span> },
          { key: 'receipt', label: '收到申请日期', children: r.receiptDate },
          {
            key: 'due',
            label: '答复期限',
            children: (
              <>
                <span id="due-date">{deadline?.dueDate ?? '—'}</span>
                {deadline?.promisedDueDate ? `（承诺 ${deadline.promisedDueDate}）` : ''}
                {deadline && !r.closedOn ? `，${deadline.timelinessLabel}` : ''}
              </>
            ),
          },
          {
            key: 'outcome',
            label: '办理结果',
            children: <span id="outcome">{view.outcomeLabel ?? '—'}</span>,
          },
          {
            key: 'how',
            label: '期限如何计算',
            span: 2,
            children: <span id="deadline-explanation">{deadline?.explanation ?? '—'}</span>,
          },
          { key: 'what', label: '所需信息', span: 2, children: r.description },
          { key: 'form', label: '提供形式', children: r.deliveryForm },
          { key: 'type', label: '申请人类型', children: r.applicantType },
        ]}
      />
      <ApplicantDetails view={view} />
      {handles(actor) && (
        <LetterList bodyId={actor.bodyId} requestId={requestId} version={view.steps.length} />
      )}
      <RequestAppeals bodyId={actor.bodyId} requestId={requestId} />
      {error && <Alert type="error" message={error} showIcon style={{ marginTop: 16 }} />}
      <StepPanel actor={actor} view={view} words={words} onChange={setView} />
      <RequestTimeline view={view} />
    </>
  );
}
