import type { SqlRunner } from './database.ts';
import { foldText, tokenDocument } from '../core/search/tokens.ts';
import type { ParsedQuery } from '../core/search/tokens.ts';

/** Plain text of an item's sanitised HTML body, for indexing and snippets. */
export function htmlToText(bodyHtml: string): string {
  return bodyHtml
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

interface QueuedItem {
  id: string;
  bodyId: string;
  title: string;
  bodyHtml: string;
  status: string | null;
}

/**
 * Indexes up to `limit` queued items (published ones are indexed, others removed from the index).
 * Returns how many were processed; call until 0 to catch up completely.
 */
export async function drainSearchQueue(db: SqlRunner, limit = 500): Promise<number> {
  const queued = await db.query<QueuedItem & { queuedId: string }>(
    `select q.item_id as "queuedId", i.id, i.body_id as "bodyId", i.title, i.body_html as "bodyHtml", i.status
       from item_search_queue q left join items i on i.id = q.item_id
      order by q.queued_at limit $1`,
    [limit],
  );
  for (const item of queued) {
    if (item.id && item.status === 'published') {
      const text = htmlToText(item.bodyHtml);
      await db.query(
        `insert into item_search (item_id, body_id, tokens, folded_title, folded_text, indexed_at)
         values ($1, $2, to_tsvector('simple', $3), $4, $5, now())
         on conflict (item_id) do update set tokens = excluded.tokens, folded_title = excluded.folded_title,
           folded_text = excluded.folded_text, indexed_at = now()`,
        [
          item.id,
          item.bodyId,
          tokenDocument(`${item.title} ${item.title} ${text}`),
          foldText(item.title),
          foldText(text),
        ],
      );
    } else {
      await db.query('delete from item_search where item_id = $1', [item.queuedId]);
    }
    await db.query('delete from item_search_queue where item_id = $1', [item.queuedId]);
  }
  return queued.length;
}

export interface SearchFilters {
  bodyId?: string | undefined;
  catalogueNodeId?: string | undefined;
  year?: number | undefined;
  kind?: string | undefined;
  validity?: '有效' | '废止' | undefined;
}

export interface SearchOptions extends SearchFilters {
  sort: 'relevance' | 'newest';
  limit: number;
  offset: number;
}

export interface SearchHit {
  id: string;
  bodyId: string;
  bodyName: string;
  title: string;
  publishedOn: string | null;
  indexNumber: string | null;
  documentNumber: string | null;
  kind: string;
  validity: string | null;
  catalogueName: string;
  /** The start of the item's HTML body, for a snippet. */
  bodyHtml: string;
  rank: number;
}

/**
 * Finds published items: every query bigram must be present (GIN on tokens); a query of one CJK
 * character has no bigram and falls back to a substring match on the folded title.
 */
export async function searchItems(
  db: SqlRunner,
  query: ParsedQuery,
  options: SearchOptions,
): Promise<{ total: number; hits: SearchHit[] }> {
  const params: unknown[] = [];
  const where: string[] = [`i.status = 'published'`];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  let rank = '0';
  if (query.tokens.length) {
    const tsquery = param(query.tokens.join(' '));
    where.push(`s.tokens @@ plainto_tsquery('simple', ${tsquery})`);
    rank = `ts_rank(s.tokens, plainto_tsquery('simple', ${tsquery}))`;
  } else if (query.folded) {
    where.push(`strpos(s.folded_title, ${param(query.folded)}) > 0`);
  }
  if (options.bodyId) where.push(`i.body_id = ${param(options.bodyId)}`);
  if (options.catalogueNodeId) where.push(`i.catalogue_node_id = ${param(options.catalogueNodeId)}`);
  if (options.year) where.push(`extract(year from i.published_on) = ${param(options.year)}`);
  if (options.kind) where.push(`i.kind = ${param(options.kind)}`);
  if (options.validity) where.push(`i.validity = ${param(options.validity)}`);
  const from = `from item_search s join items i on i.id = s.item_id
    join bodies b on b.id = i.body_id join catalogue_nodes c on c.id = i.catalogue_node_id
    where ${where.join(' and ')}`;
  const order =
    options.sort === 'newest'
      ? 'i.published_on desc nulls last, i.id'
      : `rank desc, i.published_on desc nulls last, i.id`;
  const [count] = await db.query<{ n: number }>(`select count(*)::int as n ${from}`, params);
  const hits = await db.query<SearchHit>(
    `select i.id, i.body_id as "bodyId", b.name as "bodyName", i.title,
            to_char(i.published_on, 'YYYY-MM-DD') as "publishedOn", i.index_number as "indexNumber",
            i.document_number as "documentNumber", i.kind, i.validity, c.name as "catalogueName",
            left(i.body_html, 4000) as "bodyHtml", ${rank}::float8 as rank
     ${from} order by ${order} limit ${param(options.limit)} offset ${param(options.offset)}`,
    params,
  );
  return { total: count?.n ?? 0, hits };
}
