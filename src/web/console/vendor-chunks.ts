import { dirname, join } from 'node:path';

/** What Rollup's manualChunks is told of a module (a subset of its ModuleInfo). */
interface ModuleFacts {
  isEntry: boolean;
  importedIds: readonly string[];
  ast: unknown;
}
type ModuleFactsOf = (id: string) => ModuleFacts | null;

interface Node {
  type: string;
  source?: { value?: unknown } | null;
  specifiers?: Array<{ type: string; imported?: { name?: string }; exported?: { name?: string } }>;
}

const packageOf = (id: string) => /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id)?.[1];
const isAntdIndex = (id: string) => /[\\/]node_modules[\\/]antd[\\/]es[\\/]index\.js$/.test(id);
const statements = (facts: ModuleFacts | null) => (facts?.ast as { body?: Node[] } | null)?.body ?? [];

/** The names a module imports from `antd` (`import { Button, Layout } from 'antd'`). */
function antdNames(facts: ModuleFacts | null): string[] {
  return statements(facts)
    .filter((node) => node.type === 'ImportDeclaration' && node.source?.value === 'antd')
    .flatMap((node) => (node.specifiers ?? []).map((s) => s.imported?.name ?? ''))
    .filter(Boolean);
}

/** The module antd's index re-exports `name` from (`export { default as Button } from './button'`). */
function antdModule(index: string, name: string, factsOf: ModuleFactsOf): string | undefined {
  const found = statements(factsOf(index)).find(
    (node) =>
      node.type === 'ExportNamedDeclaration' && node.specifiers?.some((s) => s.exported?.name === name),
  );
  if (typeof found?.source?.value !== 'string') return undefined;
  const base = join(dirname(index), found.source.value);
  return factsOf(index)?.importedIds.find((id) => id === `${base}.js` || id === join(base, 'index.js'));
}

/**
 * The modules the console needs before any page: the entry's and everything they import. antd's
 * index re-exports every component; it is looked through, so that only the components an importer
 * names count, not the tables and pickers that only pages use. A module that imports that index is
 * left out itself: Rollup puts all that a chunk's module imports into the chunk with it, which for
 * the index is the whole of antd.
 */
export function loadedAtStart(moduleIds: Iterable<string>, factsOf: ModuleFactsOf): Set<string> {
  const seen = new Set<string>();
  const atStart = new Set<string>();
  const next = [...moduleIds].filter((id) => factsOf(id)?.isEntry);
  for (let id = next.pop(); id !== undefined; id = next.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const facts = factsOf(id);
    if (!facts?.importedIds.some(isAntdIndex)) atStart.add(id);
    for (const imported of facts?.importedIds ?? []) {
      if (!isAntdIndex(imported)) next.push(imported);
      else next.push(...antdNames(facts).flatMap((name) => antdModule(imported, name, factsOf) ?? []));
    }
  }
  return atStart;
}

/**
 * Library code in chunks of its own, whose hashed names survive a change of the console's code:
 * React; what the sign-in page and the frame need of antd (with its rc-* parts, dayjs, icons); the
 * bar charts' ECharts. The rest of antd (tables, pickers …) goes with the pages that use it.
 */
export function vendorChunk(id: string, atStart: () => Set<string>): string | undefined {
  if (/[\\/]components[\\/]echarts\.ts$/.test(id)) return 'echarts';
  const name = packageOf(id);
  if (!name) return undefined;
  if (name === 'echarts' || name === 'zrender' || name === 'tslib') return 'echarts';
  if (name === 'react' || name === 'react-dom' || name === 'scheduler') return 'react';
  return atStart().has(id) ? 'antd' : undefined;
}
