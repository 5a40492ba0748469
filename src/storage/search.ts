import type { Database, SqlRunner } from './database.ts';
import { foldText, tokenDocument } from '../core/search/tokens.ts';
import type { ParsedQuery } from '../core/search/tokens.ts';
import { drivingTokens } from '../core/search/driving-tokens.ts';
import { tokenShares } from './search-token-shares.ts';

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

/** Items whose search row the indexer is about to rewrite; taken under lock, see 0060. */
async function lockQueued(tx: SqlRunner, limit: number): Promise<string[]> {
  const rows = await tx.query<{ itemId: string }>(
    `select item_id as "itemId" from item_search_queue order by queued_at limit $1 for update skip locked`,
    [limit],
  );
  return rows.map((r) => r.itemId);
}

let indexGeneration = 0;

/**
 * Grows whenever this process changes item_search (a publication, withdrawal or repeal, a batch of
 * the indexer): a search result kept from an earlier generation may be out of date.
 */
export const searchIndexGeneration = (): number => indexGeneration;

/**
 * Rewrites the search rows of the given items: published ones are indexed (tokens made here, the
 * filters copied from items), the others removed; their queue rows go. Run it in the transaction
 * that changed the items (publication) or under the queue lock (the background indexer).
 */
export async function indexItems(tx: SqlRunner, itemIds: string[]): Promise<void> {
  if (itemIds.length === 0) return;
  indexGeneration++;
  const published = await tx.query<{ id: string; title: string; bodyHtml: string }>(
    `select id, title, body_html as "bodyHtml" from items where id = any($1::uuid[]) and status = 'published'`,
    [itemIds],
  );
  const texts = published.map((item) => htmlToText(item.bodyHtml));
  if (published.length) {
    await tx.query(
      `insert into item_search (item_id, body_id, tokens, folded_title, folded_text, catalogue_node_id, kind,
                                validity, published_on, indexed_at)
       select i.id, i.body_id, to_tsvector('simple', d.document), d.title, d.text, i.catalogue_node_id, i.kind,
              i.validity, i.published_on, now()
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) as d (id, document, title, text)
         join items i on i.id = d.id
       on conflict (item_id) do update set tokens = excluded.tokens, folded_title = excluded.folded_title,
         folded_text = excluded.folded_text, catalogue_node_id = excluded.catalogue_node_id,
         kind = excluded.kind, validity = excluded.validity, published_on = excluded.published_on,
         indexed_at = excluded.indexed_at`,
      [
        published.map((item) => item.id),
        published.map((item, n) => tokenDocument(`${item.title} ${texts[n]}`)),
        published.map((item) => foldText(item.title)),
        texts.map((text) => foldText(text)),
      ],
    );
  }
  const publishedIds = new Set(published.map((item) => item.id));
  const gone = itemIds.filter((id) => !publishedIds.has(id));
  if (gone.length) await tx.query('delete from item_search where item_id = any($1::uuid[])', [gone]);
  await tx.query('delete from item_search_queue where item_id = any($1::uuid[])', [itemIds]);
}

/**
 * Indexes up to `limit` queued items in one transaction; instances running side by side skip each
 * other's rows. Returns how many were processed; call until 0 to catch up completely.
 */
export async function drainSearchQueue(db: Database, limit = 200): Promise<number> {
  const indexed = await db.transaction(async (tx) => {
    const itemIds = await lockQueued(tx, limit);
    await indexItems(tx, itemIds);
    return itemIds.length;
  });
  // Again after the commit: a search between indexItems and the commit saw the old rows.
  if (indexed) indexGeneration++;
  return indexed;
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

/** Results beyond this are not paged through (nobody reads page 101); counts above it are estimated. */
export const maxSearchResults = 1000;
/** How many of the newest matches "relevance" ranks when a term is found in very many items. */
export const relevanceWindow = 300;

export interface SearchResult {
  total: number;
  /** True when more than maxSearchResults match and total is the planner's estimate. */
  totalIsEstimate: boolean;
  hits: SearchHit[];
}

interface SearchSql {
  where: string;
  /** How many of params the where clause uses (those after it belong to the page query). */
  whereParamCount: number;
  params: unknown[];
  param(value: unknown): string;
}

/**
 * The match and the filters, all on item_search so they are answered by its own indexes. Only the
 * `driving` tokens are given to the GIN index; when they are fewer than the query's, the whole
 * query is checked on the rows found (unless `checked` is false), through ts_match_vq (the
 * function behind @@, which the planner does not take to the index).
 */
function searchConditions(
  query: ParsedQuery,
  options: SearchFilters,
  driving: string[],
  checked = true,
): SearchSql {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (query.tokens.length) {
    where.push(`s.tokens @@ plainto_tsquery('simple', ${param(driving.join(' '))})`);
    if (checked && driving.length < query.tokens.length)
      where.push(`ts_match_vq(s.tokens, plainto_tsquery('simple', ${param(query.tokens.join(' '))}))`);
  } else if (query.folded) where.push(`strpos(s.folded_title, ${param(query.folded)}) > 0`);
  if (options.bodyId) where.push(`s.body_id = ${param(options.bodyId)}`);
  if (options.catalogueNodeId) where.push(`s.catalogue_node_id = ${param(options.catalogueNodeId)}::uuid`);
  if (options.year) {
    where.push(`s.published_on >= make_date(${param(options.year)}::int, 1, 1)`);
    where.push(`s.published_on < make_date(${param(options.year + 1)}::int, 1, 1)`);
  }
  if (options.kind) where.push(`s.kind = ${param(options.kind)}`);
  if (options.validity) where.push(`s.validity = ${param(options.validity)}`);
  return {
    where: where.length ? where.join(' and ') : 'true',
    whereParamCount: params.length,
    params,
    param,
  };
}

/** Above maxSearchResults matches the planner's estimate stands for the count (planning only, no scan). */
async function estimateMatches(db: SqlRunner, sql: SearchSql): Promise<number> {
  const [plan] = await db.query<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>(
    `explain (format json) select 1 from item_search s where ${sql.where}`,
    sql.params.slice(0, sql.whereParamCount),
  );
  return Number(plan?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0);
}

/** How well a candidate matches: ts_rank, plus each query term found whole in the title or the text. */
function relevance(query: ParsedQuery, sql: SearchSql): string {
  const parts = query.tokens.length
    ? [`ts_rank(s.tokens, plainto_tsquery('simple', ${sql.param(query.tokens.join(' '))}))`]
    : [];
  for (const term of query.terms.slice(0, 5)) {
    const t = sql.param(term);
    parts.push(`(strpos(s.folded_title, ${t}) > 0)::int * 2 + (strpos(s.folded_text, ${t}) > 0)::int`);
  }
  return parts.length ? parts.join(' + ') : '0';
}

/**
 * The page of `matches` (the newest matches, item_id and published_on only): by date, or ranked
 * among the newest `window` of them, whose text alone is read back from item_search by key.
 */
function pageOfMatches(query: ParsedQuery, options: SearchOptions, sql: SearchSql, window: number): string {
  const page = `limit ${sql.param(options.limit)} offset ${sql.param(options.offset)}`;
  if (options.sort === 'newest')
    return `select item_id, published_on, 0::float8 as rank from matches
             order by published_on desc nulls last, item_id ${page}`;
  return `select item_id, published_on, rank from (
            select s.item_id, s.published_on, ${relevance(query, sql)}::float8 as rank
              from (select item_id from matches order by published_on desc nulls last, item_id
                     limit ${sql.param(window)}) w
              join item_search s on s.item_id = w.item_id
          ) ranked order by rank desc, published_on desc nulls last, item_id ${page}`;
}

/**
 * Finds published items: every query bigram must be present (GIN on tokens); a query of one CJK
 * character has no bigram and falls back to a substring match on the folded title. One scan of
 * item_search finds the newest maxSearchResults + 1 matches (ids and dates only): their number is
 * the count (exact up to maxSearchResults, the planner's estimate above), "relevance" ranks the
 * newest relevanceWindow of them, and only the page is joined to items for display.
 */
export async function searchItems(
  db: SqlRunner,
  query: ParsedQuery,
  options: SearchOptions,
): Promise<SearchResult> {
  const shares = query.tokens.length > 1 ? await tokenShares(db) : new Map<string, number>();
  // Without statistics (a new or small database) every token goes to the index, as the planner would.
  const driving = shares.size ? drivingTokens(query, (token) => shares.get(token) ?? 0) : query.tokens;
  const sql = searchConditions(query, options, driving);
  const offset = Math.min(options.offset, maxSearchResults);
  const limit = Math.max(0, Math.min(options.limit, maxSearchResults - offset));
  // Ranking every item that contains 工作 would read most of the table for each page.
  const window = Math.max(relevanceWindow, offset + limit);
  const rows = await db.query<Partial<SearchHit> & { matched: number }>(
    `with matches as materialized (
       select s.item_id, s.published_on from item_search s
        where ${sql.where} order by s.published_on desc nulls last, s.item_id limit ${maxSearchResults + 1}
     ), page as (${pageOfMatches(query, { ...options, offset, limit }, sql, window)})
     select i.id, i.body_id as "bodyId", b.name as "bodyName", i.title,
            to_char(i.published_on, 'YYYY-MM-DD') as "publishedOn", i.index_number as "indexNumber",
            i.document_number as "documentNumber", i.kind, i.validity, c.name as "catalogueName",
            left(i.body_html, 4000) as "bodyHtml", m.rank, counted.matched
       from (select count(*)::int as matched from matches) counted
       left join (page m join items i on i.id = m.item_id and i.status = 'published'
                  join bodies b on b.id = i.body_id join catalogue_nodes c on c.id = i.catalogue_node_id) on true
      order by m.rank desc, m.published_on desc nulls last, m.item_id`,
    sql.params,
  );
  // The count row comes back even when the page is empty (a page past the last match).
  const hits = rows.filter((row) => row.id !== null).map(({ matched: _matched, ...hit }) => hit as SearchHit);
  const matched = rows[0]?.matched ?? 0;
  if (matched <= maxSearchResults) return { total: matched, totalIsEstimate: false, hits };
  // The planner's estimate for the driving tokens alone: it multiplies the shares of all a query's
  // bigrams as if they were independent (黑土地保护 林下经济: 1 row for 3,957 matches), while a
  // term's bigrams mostly occur together; its estimate for 黑土 & 下经 is 4,457.
  const estimate = await estimateMatches(db, searchConditions(query, options, driving, false));
  return { total: Math.max(estimate, matched), totalIsEstimate: true, hits };
}
