import { useState } from 'react';
import { Alert, Typography } from 'antd';
import type { ReportDraft } from '../../api.ts';
import { ReportGridTable } from './ReportGridTable.tsx';
import { CellRequestsDrawer } from './CellRequestsDrawer.tsx';

/** Step 2: the computed tables; each 表三 figure opens the requests behind it. */
export function ReportTables({ draft, bodyId }: { draft: ReportDraft; bodyId: string }) {
  const [cell, setCell] = useState<string | null>(null);
  const year = draft.document.year;
  const table3 = draft.grids.some((g) => g.id === 'table3');
  return (
    <>
      {draft.notes.map((note) => (
        <Alert key={note} type="info" showIcon message={note} style={{ marginBottom: 8 }} />
      ))}
      {table3 && (
        <Typography.Paragraph type="secondary">
          表三每个数字都由申请记录实时统计，点击数字可查看计入这一格的申请。
        </Typography.Paragraph>
      )}
      {draft.grids.map((grid) => (
        <ReportGridTable key={grid.id} grid={grid} onCell={grid.id === 'table3' ? setCell : undefined} />
      ))}
      <CellRequestsDrawer bodyId={bodyId} year={year} cell={cell} onClose={() => setCell(null)} />
    </>
  );
}
