import { useState } from 'react';
import { Alert, Button, Upload } from 'antd';
import { importDocx } from '../../api.ts';
import type { ImportedDocx } from '../../api.ts';

/** Upload a Word draft; the server converts and sanitizes it, the editor takes what it found. */
export function DocxImport({
  bodyId,
  onImported,
}: {
  bodyId: string;
  onImported: (doc: ImportedDocx) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [notes, setNotes] = useState<string[]>([]);
  const [error, setError] = useState('');

  const upload = async (file: File) => {
    setBusy(true);
    setError('');
    try {
      const doc = await importDocx(bodyId, file);
      setNotes(doc.warnings);
      onImported(doc);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ marginBottom: 16 }}>
      <Upload
        accept=".docx"
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button id="import-docx" loading={busy}>
          导入 Word 文档（.docx）
        </Button>
      </Upload>
      {error && <Alert type="error" message={error} showIcon style={{ marginTop: 8 }} />}
      {notes.map((note) => (
        <Alert key={note} type="warning" message={note} showIcon style={{ marginTop: 8 }} />
      ))}
    </div>
  );
}
