import { useState } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import { startCheckJob } from '../../api.ts';
import type { CheckJob } from '../../api.ts';

/** What `gongkai check` reads in a folder; a folder's notes (README, FINDINGS.md) are not reports. */
const reportFile = /\.(txt|text|htm|html|shtml|xhtml|pdf|docx)$/i;

/** A folder (every report file inside it) or files picked one by one; named files are all sent. */
export function ReportUpload({ onStarted }: { onStarted: (job: CheckJob) => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [skipped, setSkipped] = useState(0);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const pickFolder = (list: FileList | null) => {
    const all = [...(list ?? [])];
    const reports = all.filter((f) => reportFile.test(f.name) && !f.name.startsWith('.'));
    setFiles(reports);
    setSkipped(all.length - reports.length);
  };
  const pickFiles = (list: FileList | null) => {
    setFiles([...(list ?? [])]);
    setSkipped(0);
  };
  const start = async () => {
    setBusy(true);
    setError('');
    try {
      onStarted(await startCheckJob(files));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph>
        上传各机关已发布的年度报告（网页、PDF、Word、文本，任意机关、任意年度），逐份核查其中的错误。
      </Typography.Paragraph>
      <Space wrap>
        <label htmlFor="upload-folder">选择文件夹：</label>
        <input
          id="upload-folder"
          type="file"
          multiple
          {...{ webkitdirectory: '', directory: '' }}
          onChange={(e) => pickFolder(e.target.files)}
        />
        <label htmlFor="upload-files">或选择文件：</label>
        <input
          id="upload-files"
          type="file"
          multiple
          accept=".txt,.text,.htm,.html,.shtml,.xhtml,.pdf,.docx"
          onChange={(e) => pickFiles(e.target.files)}
        />
      </Space>
      <Typography.Text id="upload-selection">
        已选择 {files.length} 份报告{skipped > 0 ? `（文件夹中另有${skipped}个非报告文件已跳过）` : ''}
      </Typography.Text>
      {error && <Alert type="error" showIcon message={error} />}
      <Button
        type="primary"
        id="start-check"
        disabled={files.length === 0}
        loading={busy}
        onClick={() => void start()}
      >
        开始核查
      </Button>
    </Space>
  );
}
