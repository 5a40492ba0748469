import { Alert, Form, Input } from 'antd';
import type { ReportDraft } from '../../api.ts';
import { FindingList } from './FindingList.tsx';

/**
 * Step 4: the checker's findings on the report as it would be published. Errors block publishing
 * unless a written reason is given (kept with the version and audited); warnings are shown.
 */
export function CheckResults({
  draft,
  overrideReason,
  onOverrideReason,
}: {
  draft: ReportDraft;
  overrideReason: string;
  onOverrideReason: (reason: string) => void;
}) {
  const errors = draft.findings.filter((f) => f.severity === 'error');
  const others = draft.findings.filter((f) => f.severity !== 'error');
  return (
    <>
      {errors.length === 0 ? (
        <Alert
          type="success"
          showIcon
          message="检查通过：没有错误"
          description={others.length > 0 ? `另有${others.length}条警告或提示，请逐条确认。` : undefined}
        />
      ) : (
        <Alert
          type="error"
          showIcon
          message={`发现${errors.length}处错误，改正前不能发布`}
          description="请回到前面的步骤改正数据或正文；确需按现状发布的，须填写坚持发布的书面理由。"
        />
      )}
      {errors.length > 0 && <FindingList findings={errors} id="report-errors" />}
      {others.length > 0 && <FindingList findings={others} id="report-warnings" />}
      {errors.length > 0 && (
        <Form layout="vertical" style={{ marginTop: 12 }}>
          <Form.Item label="坚持发布的书面理由" htmlFor="override-reason">
            <Input.TextArea
              id="override-reason"
              value={overrideReason}
              maxLength={2000}
              onChange={(e) => onOverrideReason(e.target.value)}
            />
          </Form.Item>
        </Form>
      )}
    </>
  );
}
