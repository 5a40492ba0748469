import { List, Typography } from 'antd';
import type { ReportFinding } from '../../api.ts';

export const severityLabels: Record<ReportFinding['severity'], string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

/** Findings as sentences with their rule code; shared by the wizard and the supervisor's table. */
export function FindingList({ findings, id }: { findings: ReportFinding[]; id?: string }) {
  return (
    <List
      id={id}
      size="small"
      dataSource={findings}
      locale={{ emptyText: '没有发现问题' }}
      renderItem={(f) => (
        <List.Item>
          <div>
            <Typography.Text strong>
              [{severityLabels[f.severity]}] {f.code}
            </Typography.Text>{' '}
            {f.message}
            {f.evidence && (
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {f.evidence}
              </Typography.Paragraph>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}
