import type { FastifyInstance } from 'fastify';
import { html } from '../../html.ts';
import { portalPage, sendHtml } from '../layout.ts';
import { highlighted, pageParam, pagination, selectField, stringParam } from '../components.ts';
import { highlightRanges, parseQuery } from '../../../core/search/tokens.ts';
import { htmlToText, maxSearchResults, searchIndexGeneration, searchItems } from '../../../storage/search.ts';
import type { SearchOptions, SearchResult } from '../../../storage/search.ts';
import { publicPageCache } from '../public-page-cache.ts';
import { listBodies } from '../../../storage/bodies.ts';
import { itemKinds } from '../../../application/items/vocabulary.ts';

const pageSize = 10;
/**
 * The same popular query asked again within seconds is answered from memory. A change to the
 * index in this process (publication, withdrawal, the indexer) starts a new generation, and every
 * kept result is dropped once a publication or withdrawal commits (a search run between the
 * indexing and the commit saw the old rows), so the result is fresh at once here; another app
 * instance's change is seen after at most the TTL.
 */
const RESULT_TTL_MS = 5_000;
const RESULT_CACHE_ENTRIES = 500;

/** A short excerpt of the text around the first query term. */
function snippet(text: string, terms: string[]): string {
  const ranges = highlightRanges(text, terms);
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, first - 40);
  return (start > 0 ? '…' : '') + text.slice(start, start + 160) + (start + 160 < text.length ? '…' : '');
}

export async function searchPage(app: FastifyInstance): Promise<void> {
  // Any body's change can alter any query's results (most searches span every body).
  const recentResults = publicPageCache<SearchResult>(app, RESULT_TTL_MS, RESULT_CACHE_ENTRIES, () => true);
  app.get<{ Querystring: Record<string, unknown> }>('/search', async (request, reply) => {
    const db = app.deps.db;
    const q = stringParam(request.query.q);
    const bodyId = stringParam(request.query.body, 64);
    const kind = stringParam(request.query.kind, 20);
    const validityParam = stringParam(request.query.validity, 4);
    const validity = validityParam === '有效' || validityParam === '废止' ? validityParam : undefined;
    const yearParam = Number(stringParam(request.query.year, 4));
    const year =
      Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= 2100 ? yearParam : undefined;
    const sort = request.query.sort === 'newest' ? 'newest' : 'relevance';
    const page = pageParam(request.query.page);
    const bodies = await listBodies(db);
    const query = parseQuery(q);
    const searched = q || bodyId || kind || validity || year;
    const options: SearchOptions = {
      bodyId: bodyId || undefined,
      kind: kind || undefined,
      validity,
      year,
      sort: q ? sort : 'newest',
      limit: pageSize,
      offset: (page - 1) * pageSize,
    };
    const key = JSON.stringify([searchIndexGeneration(), query.folded, options]);
    // A forced reload (Cache-Control: no-cache) asks for a fresh answer, and gets one.
    const fresh = /no-cache/i.test(request.headers['cache-control'] ?? '');
    const search = () => searchItems(db, query, options);
    const result = searched
      ? await (fresh ? search() : recentResults.get(key, search))
      : { total: 0, totalIsEstimate: false, hits: [] };
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({
      q,
      body: bodyId,
      kind,
      validity: validity ?? '',
      year: year ? String(year) : '',
      sort,
    }))
      if (v) params.set(k, v);
    const selectedBody = bodies.find((b) => b.id === bodyId);
    const body = html`<h1>检索政府信息</h1>
      <form class="search-form" action="/search" method="get" role="search">
        <div class="field">
          <label for="q">关键词</label
          ><input id="q" name="q" type="search" value="${q}" aria-describedby="q-hint" />
          <p class="hint" id="q-hint">可输入标题、正文中的词语，简体、繁体均可。</p>
        </div>
        <div class="filters">
          <div class="field">
            <label for="body">公开主体</label
            ><select id="body" name="body">
              <option value="">全部</option>
              ${bodies.map(
                (b) =>
                  html`<option value="${b.id}" ${b.id === bodyId ? html`selected` : ''}>${b.name}</option>`,
              )}
            </select>
          </div>
          ${selectField({ name: 'kind', label: '文件类型', options: itemKinds, value: kind, emptyLabel: '全部' })}
          ${selectField({ name: 'validity', label: '有效性', options: ['有效', '废止'], value: validity ?? '', emptyLabel: '全部' })}
          <div class="field">
            <label for="year">发布年份</label
            ><input id="year" name="year" inputmode="numeric" value="${year ?? ''}" size="6" />
          </div>
          <div class="field">
            <label for="sort">排序</label
            ><select id="sort" name="sort">
              <option value="relevance" ${sort === 'relevance' ? html`selected` : ''}>相关度</option>
              <option value="newest" ${sort === 'newest' ? html`selected` : ''}>最新发布</option>
            </select>
          </div>
        </div>
        <button type="submit">搜索</button>
      </form>
      ${searched ? html`<p role="status">共找到 ${result.totalIsEstimate ? '约' : ''}${result.total} 条${selectedBody ? html`（${selectedBody.name}）` : ''}${q ? html`与“${q}”相关` : ''}的政府信息。</p>` : ''}
      <ol class="results">
        ${result.hits.map((hit) => {
          const text = htmlToText(hit.bodyHtml);
          const excerpt = snippet(text, query.terms);
          return html`<li>
            <h2>
              <a href="/bodies/${hit.bodyId}/items/${hit.id}"
                >${highlighted(hit.title, highlightRanges(hit.title, query.terms))}</a
              >
            </h2>
            <p>${highlighted(excerpt, highlightRanges(excerpt, query.terms))}</p>
            <p class="muted">
              ${hit.bodyName} · ${hit.catalogueName} ·
              ${hit.publishedOn ?? ''}${hit.documentNumber ? html` · ${hit.documentNumber}` : ''}${hit.validity ? html` · ${hit.validity}` : ''}
            </p>
          </li>`;
        })}
      </ol>
      ${pagination('/search', params, page, Math.ceil(Math.min(result.total, maxSearchResults) / pageSize))}`;
    return sendHtml(
      reply,
      portalPage({ title: q ? `检索：${q}` : '检索', body, query: q, crumbs: [{ label: '检索' }] }),
    );
  });
}
