// 1,000,000 published items in a PostgreSQL database of their own (gongkai_bench on the test server),
// made by the real migrations and filled server-side with INSERT … SELECT over generate_series.
// Titles and bodies are sentences of the vocabulary in generate-items-vocabulary.ts, so two-character
// terms have the skewed frequencies of a real column. The search index (item_search) is filled by the
// same SQL, with CJK bigrams made by a SQL twin of src/core/search/tokens.ts; a sample is compared
// with the app's own tokens before anything is measured.
// The database is kept for the next run (generation takes minutes); `--drop` removes it.
// Run alone: npx tsx bench/generate-items.ts [count] [--drop]; a small copy for trying plans, e.g.
// BENCH_ITEMS_DATABASE=gongkai_bench_small npx tsx bench/generate-items.ts 100000 (≈ 2 min), then
// BENCH_ITEMS_DATABASE=gongkai_bench_small BENCH_ITEMS_COUNT=100000 npx tsx bench/search.ts.
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { testPostgresUrl, withAdmin } from '../test/support/databases.ts';
import { openDatabase } from '../src/storage/database.ts';
import type { Database } from '../src/storage/database.ts';
import { migrate } from '../src/storage/migrate.ts';
import { htmlToText } from '../src/storage/search.ts';
import { foldText, tokenDocument } from '../src/core/search/tokens.ts';
import {
  actions,
  bodyNames,
  closers,
  documentTypes,
  itemKinds,
  topics,
  villages,
} from './generate-items-vocabulary.ts';

// BENCH_ITEMS_DATABASE: another name, to try the generator on a few items without touching the big one.
export const benchDatabaseName = process.env.BENCH_ITEMS_DATABASE ?? 'gongkai_bench';
// Bump when the generated content changes: an older database is regenerated.
const generatorVersion = 'items-v1';

function benchUrl(): string {
  const url = new URL(testPostgresUrl);
  url.pathname = `/${benchDatabaseName}`;
  return url.toString();
}

export async function dropBenchDatabase(): Promise<void> {
  await withAdmin((c) => c.query(`drop database if exists ${benchDatabaseName} with (force)`));
}

async function generatedCount(db: Database): Promise<number | undefined> {
  const [marker] = await db
    .query<{ count: number }>(`select count from bench_generated where version = $1`, [generatorVersion])
    .catch(() => []);
  return marker?.count;
}

// pick(words) takes index ⌊n·r²⌋: the head of each list is frequent, its tail rare.
const helperFunctions = `
create or replace function bench_pick(words text[]) returns text language sql volatile as $$
  select words[1 + floor(array_length(words, 1) * power(random(), 2))::int] $$;
create or replace function bench_sentence(a text[], t text[], c text[], v text[]) returns text
  language sql volatile as $$
  select case when random() < 0.3 then bench_pick(v) else '' end || bench_pick(a) || bench_pick(t)
      || bench_pick(t) || bench_pick(c) || '，' || bench_pick(a) || bench_pick(t) || bench_pick(c) || '。' $$;
-- Distinct CJK bigrams (a lone character stays a unigram) plus Latin/digit words: tokens.ts in SQL.
create or replace function bench_tokens(t text) returns text language sql immutable as $$
  select coalesce(string_agg(tok, ' '), '') from (
    select distinct tok from (
      select case when length(r) = 1 then r else substr(r, i, 2) end as tok
        from regexp_split_to_table(t, '[^\\u3400-\\u9fff\\uf900-\\ufaff]+') r,
             generate_series(1, greatest(length(r) - 1, 1)) i
       where r <> ''
      union all
      select m[1] from regexp_matches(lower(t), '[a-z0-9]+', 'g') m) all_tokens) distinct_tokens $$;`;

async function insertBodies(db: Database): Promise<void> {
  await db.query(`insert into bodies (id, name, kind) values ('bench-0', $1, 'county')`, [bodyNames[0]]);
  await db.query(
    `insert into bodies (id, parent_id, name, kind)
     select 'bench-' || (n - 1), 'bench-0', name, case when name like '%局' then 'department' else 'township' end
       from unnest($1::text[]) with ordinality as b(name, n) where n > 1`,
    [bodyNames],
  );
  await db.query(
    `insert into catalogue_nodes (body_id, code, name, position)
     select b.id, lpad(k.n::text, 4, '0'), k.name, k.n from bodies b, unnest($1::text[]) with ordinality as k(name, n)`,
    [itemKinds],
  );
}

async function insertItems(client: pg.Client, count: number): Promise<void> {
  await client.query(
    `insert into items (body_id, catalogue_node_id, kind, title, body_html, index_number, publisher,
       document_number, made_on, published_on, due_on, validity, status)
     select n.body_id, n.id, n.name, t.title, t.body_html, 'BENCH-' || g, b.name,
       case when g % 5 = 0 then '基政发〔' || extract(year from d) || '〕' || (g % 97 + 1) || '号' end,
       d - 3, d, d + 25, case when n.name = '规范性文件' then (case when g % 7 = 0 then '废止' else '有效' end) end,
       'published'
     from generate_series(1, $1::int) g
     cross join lateral (select date '2015-01-01' + (g % 4000) as d) dates
     cross join lateral (select id, body_id, name from catalogue_nodes
                          where body_id = 'bench-' || (g % $6::int) and code = lpad((1 + g % 8)::text, 4, '0')) n
     join bodies b on b.id = n.body_id
     cross join lateral (select
        case when g % 3 = 0 then extract(year from d) || '年' else '' end || '关于' || bench_pick($2) ||
          bench_pick($3) || bench_pick($3) || '的' || bench_pick($4) as title,
        '<p>' || bench_sentence($2, $3, $5, $7) || bench_sentence($2, $3, $5, $7) || bench_sentence($2, $3, $5, $7)
          || '</p><p>' || bench_sentence($2, $3, $5, $7) || bench_sentence($2, $3, $5, $7) || '</p>' as body_html,
        g as seq) t`,
    [count, actions, topics, documentTypes, closers, bodyNames.length, villages],
  );
}

async function indexItems(client: pg.Client): Promise<void> {
  await client.query(
    `insert into item_search (item_id, body_id, tokens, folded_title, folded_text, catalogue_node_id, kind,
                              validity, published_on)
     select id, body_id, to_tsvector('simple', bench_tokens(title || ' ' || text)), title, text, catalogue_node_id,
            kind, validity, published_on
       from items, lateral (select btrim(regexp_replace(regexp_replace(body_html, '<[^>]+>', ' ', 'g'), '\\s+', ' ', 'g'))
                            as text) t`,
  );
}

/** The SQL tokens must be the app's tokens, or the bench would measure another index. */
async function checkTokensMatchApp(db: Database): Promise<void> {
  const sample = await db.query<{ title: string; bodyHtml: string; tokens: string[]; text: string }>(
    `select i.title, i.body_html as "bodyHtml", tsvector_to_array(s.tokens) as tokens, s.folded_text as text
       from item_search s join items i on i.id = s.item_id order by s.item_id limit 200`,
  );
  for (const row of sample) {
    const text = htmlToText(row.bodyHtml);
    const expected = tokenDocument(`${row.title} ${text}`).split(' ').sort();
    if (
      text !== row.text ||
      foldText(row.title) !== row.title ||
      expected.join(' ') !== [...row.tokens].sort().join(' ')
    ) {
      throw new Error(`bench_tokens differs from tokens.ts for “${row.title}”`);
    }
  }
}

/** Drops the indexes of the given tables, runs fn, and builds them again with their own definitions. */
async function withIndexesRebuilt(client: pg.Client, tables: string[], fn: () => Promise<void>) {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes
      where tablename = any($1) and indexdef not like '%UNIQUE%'`,
    [tables],
  );
  for (const index of rows) await client.query(`drop index ${index.name}`);
  await fn();
  for (const index of rows) await client.query(index.definition);
}

async function generate(count: number): Promise<void> {
  await dropBenchDatabase();
  await withAdmin((c) => c.query(`create database ${benchDatabaseName}`));
  const db = await openDatabase({ url: benchUrl() });
  const client = new pg.Client({ connectionString: benchUrl() });
  await client.connect();
  try {
    await migrate(db);
    await insertBodies(db);
    await client.query(helperFunctions);
    await client.query(`set maintenance_work_mem = '512MB'`);
    await client.query('select setseed(0.2015)');
    // Bulk load: the queue trigger is the app's path for single edits; here the index is filled in bulk.
    await client.query('alter table items disable trigger items_search_queue');
    await withIndexesRebuilt(client, ['items', 'item_search'], async () => {
      let started = performance.now();
      await insertItems(client, count);
      console.log(`  items: ${count} in ${Math.round((performance.now() - started) / 1000)} s`);
      started = performance.now();
      await indexItems(client);
      console.log(`  item_search: ${Math.round((performance.now() - started) / 1000)} s`);
    });
    await client.query('alter table items enable trigger items_search_queue');
    await client.query('vacuum analyze items');
    await client.query('vacuum analyze item_search');
    await checkTokensMatchApp(db);
    await db.query('create table bench_generated (version text primary key, count integer not null)');
    await db.query('insert into bench_generated values ($1, $2)', [generatorVersion, count]);
  } finally {
    await client.end();
    await db.close();
  }
}

/**
 * A database with `count` published items, generated once and reused while the generator is unchanged;
 * migrations added since are applied to it. The caller closes the returned handle.
 */
export async function benchItemsDatabase(count: number): Promise<{ db: Database; url: string }> {
  const exists = await withAdmin(
    async (c) =>
      (await c.query('select 1 from pg_database where datname = $1', [benchDatabaseName])).rowCount === 1,
  );
  if (exists) {
    const db = await openDatabase({ url: benchUrl() });
    if ((await generatedCount(db)) === count) {
      await migrate(db);
      return { db, url: benchUrl() };
    }
    await db.close();
  }
  console.log(`  generating ${count} items in ${benchDatabaseName} (kept for the next run)…`);
  await generate(count);
  return { db: await openDatabase({ url: benchUrl() }), url: benchUrl() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--drop')) await dropBenchDatabase();
  else {
    const count = Number(process.argv[2] ?? 1_000_000);
    const { db } = await benchItemsDatabase(count);
    console.log(await db.query('select count(*)::int as items from items'));
    await db.close();
  }
}
