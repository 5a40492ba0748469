import { useEffect, useState } from 'react';
import { Alert, Button, Card, Input, List, Space } from 'antd';
import { letterHref, listLetters, type LetterSummary } from './requests-api.ts';

/**
 * The letters the request's history calls for (答复告知书, 补正告知书 …): DOCX in the official
 * layout, or the A4 print page (print / save as PDF from the browser). `version` reloads the list
 * after each step.
 */
export function LetterList({
  bodyId,
  requestId,
  version,
}: {
  bodyId: string;
  requestId: string;
  version: number;
}) {
  const [letters, setLetters] = useState<LetterSummary[]>([]);
  const [typed, setTyped] = useState<Record<string, Record<string, string>>>({});
  const [error, setError] = useState('');

  useEffect(() => {
    listLetters(bodyId, requestId).then(setLetters, (e: Error) => setError(e.message));
  }, [bodyId, requestId, version]);

  if (error) return <Alert type="error" message={error} showIcon style={{ marginTop: 16 }} />;
  if (letters.length === 0) return null;
  const type = (slug: string, field: string, value: string) =>
    setTyped((all) => ({ ...all, [slug]: { ...all[slug], [field]: value } }));

  return (
    <Card title="文书" style={{ marginTop: 16 }}>
      <List
        dataSource={letters}
        renderItem={(letter) => {
          const extras = typed[letter.slug] ?? {};
          const ready = letter.needs.every((n) => extras[n.field]?.trim());
          const href = (format: 'docx' | 'html') =>
            letterHref(bodyId, requestId, letter.slug, format, extras);
          return (
            <List.Item>
              <Space direction="vertical" style={{ width: '100%' }}>
                <span>
                  <strong>{letter.title}</strong>（{letter.on}）
                </span>
                {letter.needs.map((need) => (
                  <Input
                    key={need.field}
                    aria-label={`${letter.title}：${need.label}`}
                    placeholder={`请填写${need.label}`}
                    value={extras[need.field] ?? ''}
                    onChange={(e) => type(letter.slug, need.field, e.target.value)}
                  />
                ))}
                <Space wrap>
                  <Button
                    type="primary"
                    href={href('docx')}
                    download
                    disabled={!ready}
                    data-letter={letter.slug}
                    aria-label={`下载 DOCX：${letter.title}`}
                  >
                    下载 DOCX
                  </Button>
                  <Button
                    href={href('html')}
                    target="_blank"
                    disabled={!ready}
                    aria-label={`打印 / 另存为 PDF：${letter.title}`}
                  >
                    打印 / 另存为 PDF
                  </Button>
                </Space>
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
