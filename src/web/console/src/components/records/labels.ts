import { national2014 } from '../../../../../core/report-format/national-2014.ts';
import type { RowDeclaration } from '../../../../../core/report-format/types.ts';
import { activityCells } from '../../../../../application/activity-cells.ts';
import type { ActivityFigures } from '../../api.ts';

/** 表四 groups are stored as canonical keys (`行政诉讼.复议后起诉`); people read them with brackets. */
export const appealKindLabel = (kind: string) => kind.replace(/\.(.+)$/, '（$1）');

type Field = keyof ActivityFigures;

const statisticsRows = new Map(national2014.tables.flatMap((t) => t.rows).map((row) => [row.key, row]));

/**
 * A 统计表 row worded as the form prints it (report-formats.md): a part that adds up to its parent
 * after the parent's name, any other sub-item as 其中：, the unit in brackets.
 */
function printedLabel(row: RowDeclaration): string {
  const dot = row.key.lastIndexOf('.');
  const parent = dot < 0 ? undefined : statisticsRows.get(row.key.slice(0, dot));
  const name = !parent
    ? row.label
    : parent.parts?.includes(row.key)
      ? `${parent.label}：${row.label}`
      : `其中：${row.label}`;
  return `${name}（${row.unit}）`;
}

export interface ActivitySection {
  title: string;
  fields: Array<{ field: Field; label: string; step?: number }>;
}

/**
 * The form, one card per 统计表 section these figures fill (八、九、二, in the order of
 * activityCells), each field labelled with its row of the national-2014 declaration.
 */
export const activitySections: ActivitySection[] = [];
for (const [field, key] of Object.entries(activityCells) as Array<[Field, string]>) {
  const row = statisticsRows.get(key);
  if (!row?.group) throw new Error(`统计表没有单元格 ${key}`);
  let section = activitySections.find((s) => s.title === row.group);
  if (!section) activitySections.push((section = { title: row.group, fields: [] }));
  section.fields.push({ field, label: printedLabel(row), ...(row.decimal ? { step: 0.1 } : {}) });
}
