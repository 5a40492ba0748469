import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Typography } from 'antd';
import { getStaffItem } from '../../api.ts';
import type { Actor, StaffItemView } from '../../api.ts';
import { DueOn, ItemStatusTag } from './ItemStatusTag.tsx';
import { ItemEditor } from './ItemEditor.tsx';
import { ReviewChain } from './ReviewChain.tsx';
import { StepActions } from './StepActions.tsx';

const mayDraft = (actor: Actor) => actor.roles.some((r) => r.bodyId === actor.bodyId && r.role === 'officer');

function Metadata({ item }: { item: StaffItemView }) {
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label="索引号">
        <span id="item-index-number">{item.indexNumber ?? '发布时自动分配'}</span>
      </Descriptions.Item>
      <Descriptions.Item label="状态">
        <span id="item-status">
          <ItemStatusTag status={item.status} />
        </span>
      </Descriptions.Item>
      <Descriptions.Item label="公开目录">
        {item.catalogueCode} {item.catalogueName}
      </Descriptions.Item>
      <Descriptions.Item label="信息类别">{item.kind}</Descriptions.Item>
      <Descriptions.Item label="发布机构">{item.publisher}</Descriptions.Item>
      <Descriptions.Item label="文号">{item.documentNumber ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="成文日期">{item.madeOn}</Descriptions.Item>
      <Descriptions.Item label="公开期限（条例第二十六条：成文之日起20个工作日内）">
        <span id="item-due-on">
          <DueOn dueOn={item.dueOn} late={item.late} />
        </span>
      </Descriptions.Item>
      <Descriptions.Item label="发布日期">{item.publishedOn ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="有效性">{item.validity ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="公开渠道">{item.channels.join('、') || '—'}</Descriptions.Item>
      <Descriptions.Item label="浏览量">{item.viewCount}</Descriptions.Item>
    </Descriptions>
  );
}

/** One item: its metadata and due date, the body as published, the review chain and next steps. */
export function ItemDetail({ actor, itemId }: { actor: Actor; itemId: string }) {
  const [item, setItem] = useState<StaffItemView | null>(null);
  const [error, setError] = useState('');
  const [editing, setEditing] = useState(false);

  const reload = useCallback(() => {
    getStaffItem(actor.bodyId, itemId).then(setItem, (e: Error) => setError(e.message));
  }, [actor.bodyId, itemId]);
  useEffect(reload, [reload]);

  if (!item) return error ? <Alert type="error" message={error} showIcon /> : null;
  const editable = item.status === 'drafted' && mayDraft(actor);
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {item.title}
      </Typography.Title>
      <p>
        <a href="#/publishing">返回列表</a>
        {item.status === 'published' && (
          <>
            {' · '}
            <a
              id="portal-link"
              href={`/bodies/${actor.bodyId}/items/${item.id}`}
              target="_blank"
              rel="noreferrer"
            >
              在门户网站查看
            </a>
          </>
        )}
      </p>
      <Metadata item={item} />
      <StepActions bodyId={actor.bodyId} item={item} onDone={reload} />
      <ReviewChain item={item} />
      {editable && (
        <Card title="修改草稿" style={{ marginTop: 16 }}>
          {editing ? (
            <ItemEditor
              bodyId={actor.bodyId}
              publisher={item.publisher}
              item={item}
              onSaved={() => {
                setEditing(false);
                reload();
              }}
            />
          ) : (
            <Button onClick={() => setEditing(true)}>修改</Button>
          )}
        </Card>
      )}
      <Card title="正文" style={{ marginTop: 16 }}>
        {/* bodyHtml was sanitized by the server on save (src/application/items/sanitize.ts) */}
        <div
          className="item-body"
          dangerouslySetInnerHTML={{ __html: item.bodyHtml || '<p>（无正文）</p>' }}
        />
      </Card>
    </>
  );
}
