import { useState } from 'react';
import { Alert, Button, Form, Input, Result, Space } from 'antd';
import { publishReport, reportLinks } from '../../api.ts';
import type { ReportDraft } from '../../api.ts';

/** Step 6: publish = a frozen version; then the downloads and the portal page where it appears. */
export function PublishStep({
  draft,
  bodyId,
  overrideReason,
  onPublished,
}: {
  draft: ReportDraft;
  bodyId: string;
  overrideReason: string;
  onPublished: () => void;
}) {
  const year = draft.document.year;
  const [published, setPublished] = useState<number | null>(null);
  const [correctionReason, setCorrectionReason] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = draft.findings.filter((f) => f.severity === 'error').length;
  const isCorrection = draft.versions.length > 0;

  const publish = async () => {
    setBusy(true);
    setError('');
    try {
      const input: Record<string, string> = {};
      if (overrideReason.trim()) input.overrideReason = overrideReason;
      if (isCorrection) input.correctionReason = correctionReason;
      setPublished((await publishReport(bodyId, year, input)).version);
      onPublished();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (published !== null) {
    const links = reportLinks(bodyId, year, published);
    return (
      <Result
        status="success"
        title={`${draft.document.agency}${year}年政府信息公开工作年度报告已发布（第${published}版）`}
        subTitle="已发布的版本不再修改；如需更正，再次发布并写明更正原因。"
        extra={
          <Space wrap id="report-downloads">
            <a href={links.portal} id="portal-link" target="_blank" rel="noreferrer">
              在门户网站查看
            </a>
            <a href={links.docx}>下载 Word（DOCX）</a>
            <a href={links.xlsx}>下载统计表（XLSX）</a>
            <a href={links.html}>下载网页（HTML，可打印为 PDF）</a>
            <a href={links.json}>下载数据（JSON）</a>
          </Space>
        }
      />
    );
  }

  return (
    <Form layout="vertical">
      {errors > 0 && !overrideReason.trim() && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={`报告有${errors}处错误：请改正，或在“检查结果”中填写坚持发布的书面理由`}
        />
      )}
      {isCorrection && (
        <Form.Item
          label={`更正原因（已发布第${draft.versions.length}版）`}
          htmlFor="correction-reason"
          required
        >
          <Input.TextArea
            id="correction-reason"
            value={correctionReason}
            onChange={(e) => setCorrectionReason(e.target.value)}
          />
        </Form.Item>
      )}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Button type="primary" id="publish-report" loading={busy} onClick={() => void publish()}>
        {isCorrection ? '发布更正版' : '发布年度报告'}
      </Button>
    </Form>
  );
}
