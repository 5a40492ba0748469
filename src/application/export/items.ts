import type { SqlRunner } from '../../storage/database.ts';
import { listItems, publicItemFields } from '../../storage/items.ts';
import { pick } from '../../storage/sql.ts';
import type { ItemRow } from '../../storage/items.ts';
import { toCsv } from './csv.ts';

/** Only published items leave in an export: public data, never drafts, people or requests. */
export interface ExportedItem {
  bodyId: string;
  indexNumber: string | null;
  title: string;
  kind: string;
  catalogue: string;
  publisher: string;
  documentNumber: string | null;
  madeOn: string;
  publishedOn: string | null;
  validity: string | null;
  channels: string[];
  viewCount: number;
}

const pageSize = 1_000;
export const exportLimit = 100_000;

export async function publishedItemsOf(db: SqlRunner, bodyId: string): Promise<ExportedItem[]> {
  const out: ExportedItem[] = [];
  for (let offset = 0; offset < exportLimit; offset += pageSize) {
    const { rows } = await listItems(db, bodyId, { publishedOnly: true }, { limit: pageSize, offset });
    out.push(...rows.map(exported));
    if (rows.length < pageSize) break;
  }
  return out;
}

function exported(row: ItemRow): ExportedItem {
  return { ...pick(row, publicItemFields), catalogue: row.catalogueName, viewCount: row.viewCount };
}

const columns: Array<[keyof ExportedItem, string]> = [
  ['indexNumber', '索引号'],
  ['title', '标题'],
  ['kind', '信息类别'],
  ['catalogue', '公开目录'],
  ['publisher', '发布机构'],
  ['documentNumber', '文号'],
  ['madeOn', '成文日期'],
  ['publishedOn', '发布日期'],
  ['validity', '有效性'],
  ['channels', '公开渠道'],
  ['viewCount', '浏览次数'],
];

export function itemsCsv(items: ExportedItem[]): string {
  return toCsv(
    columns.map(([, label]) => label),
    items.map((item) => columns.map(([key]) => item[key])),
  );
}
