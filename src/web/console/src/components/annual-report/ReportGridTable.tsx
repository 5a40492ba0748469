import type { GridCell, TableGrid } from '../../api.ts';

const cellStyle = { border: '1px solid #8c8c8c', padding: '2px 6px', textAlign: 'center' as const };

/** One table laid out as the official form (merged headers); figures with a key may be clickable. */
export function ReportGridTable({
  grid,
  onCell,
}: {
  grid: TableGrid;
  /** When given, each figure cell becomes a button (表三: the requests behind the figure). */
  onCell?: ((key: string) => void) | undefined;
}) {
  const render = (cell: GridCell, i: number) => {
    const span = { colSpan: cell.colSpan, rowSpan: cell.rowSpan };
    if (cell.heading)
      return (
        <th key={i} {...span} style={{ ...cellStyle, fontWeight: 'normal', background: '#fafafa' }}>
          {cell.text}
        </th>
      );
    const { key } = cell;
    return (
      <td key={i} {...span} style={cellStyle} data-key={key}>
        {key && onCell ? (
          <button
            type="button"
            className="report-cell"
            aria-label={`${key}：${cell.text}，查看对应的申请`}
            onClick={() => onCell(key)}
            style={{
              border: 0,
              background: 'none',
              color: '#a8071a',
              cursor: 'pointer',
              textDecoration: 'underline',
            }}
          >
            {cell.text}
          </button>
        ) : (
          cell.text
        )}
      </td>
    );
  };
  return (
    <div style={{ overflowX: 'auto', marginBottom: 16 }}>
      <table id={`grid-${grid.id}`} style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
        <caption style={{ fontWeight: 'bold', textAlign: 'left', padding: '4px 0' }}>{grid.chapter}</caption>
        {grid.header.length > 0 && (
          <thead>
            {grid.header.map((row, r) => (
              <tr key={r}>{row.map(render)}</tr>
            ))}
          </thead>
        )}
        <tbody>
          {grid.body.map((row, r) => (
            <tr key={r}>{row.map(render)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
