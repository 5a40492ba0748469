import { Button, Card, Typography } from 'antd';
import type { Actor } from '../api.ts';
import { navigate } from '../App.tsx';
import { ItemList } from '../components/publishing/ItemList.tsx';
import { ItemEditor } from '../components/publishing/ItemEditor.tsx';
import { ItemDetail } from '../components/publishing/ItemDetail.tsx';

/** `#/publishing` lists, `#/publishing/new` writes, `#/publishing/<id>` reviews and publishes. */
export function Publishing({ actor, itemId }: { actor: Actor; itemId?: string | undefined }) {
  return (
    <section aria-label="主动公开" data-body={actor.bodyId}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        主动公开
      </Typography.Title>
      {itemId === 'new' ? (
        <Card title="新建信息（保存后即提交保密审查）">
          <ItemEditor
            bodyId={actor.bodyId}
            publisher=""
            onSaved={(item) => navigate({ page: 'publishing', id: item.id })}
          />
        </Card>
      ) : itemId ? (
        <ItemDetail actor={actor} itemId={itemId} />
      ) : (
        <>
          <Button
            type="primary"
            id="new-item"
            style={{ marginBottom: 16 }}
            onClick={() => navigate({ page: 'publishing', id: 'new' })}
          >
            新建信息
          </Button>
          <ItemList bodyId={actor.bodyId} />
        </>
      )}
    </section>
  );
}
