import { useEffect, useState } from 'react';
import { Alert, Spin } from 'antd';
import { reportPreview } from '../../api.ts';

// The portal's report styles, scoped to the preview so they do not touch the console.
const previewStyle = `.report-preview{font-family:"FangSong","Noto Serif CJK SC",serif;line-height:1.8;max-width:60rem}
.report-preview h1,.report-preview h2{font-family:"Noto Sans CJK SC",sans-serif}.report-preview h1{text-align:center;font-size:22px}
.report-preview h2{font-size:18px}.report-preview .report-table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}
.report-preview .report-table th,.report-preview .report-table td{border:1px solid #8c8c8c;padding:2px 6px;text-align:center}
.report-preview .report-table th{font-weight:normal;background:#fafafa}.report-preview .report-table caption{font-weight:bold}
.report-preview .report-chart{display:inline-block;margin:8px;max-width:100%}.report-preview .report-chart svg{max-width:100%;height:auto}
.report-preview section{overflow-x:auto}`;

/** Step 5: the report exactly as the portal will show it (server-rendered HTML with its charts). */
export function ReportPreview({ bodyId, year }: { bodyId: string; year: number }) {
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    reportPreview(bodyId, year).then(
      (r) => setHtml(r.html),
      (e: Error) => setError(e.message),
    );
  }, [bodyId, year]);
  if (error) return <Alert type="error" showIcon message={error} />;
  if (html === null) return <Spin />;
  return (
    <>
      <style>{previewStyle}</style>
      {/* Rendered by the server from the report data with every text escaped (render/report/html.ts). */}
      <div className="report-preview" id="report-preview" dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
