import { describe, expect, it } from 'vitest';
import { loadedAtStart, vendorChunk } from './vendor-chunks.ts';

// A module graph shaped as Rollup reports it for the console (ids, static imports, the parsed
// module): the shell names two antd components; antd's index re-exports every component; the
// React 19 patch imports antd's index too; a page (lazily imported, so not here) would use Table.
const nm = '/repo/node_modules';
const src = '/repo/src/web/console';
const imports = (from: string, names: string[]) => ({
  type: 'ImportDeclaration',
  source: { value: from },
  specifiers: names.map((name) => ({ type: 'ImportSpecifier', imported: { name } })),
});
const reExport = (name: string, from: string) => ({
  type: 'ExportNamedDeclaration',
  source: { value: from },
  specifiers: [{ type: 'ExportSpecifier', exported: { name } }],
});
const graph: Record<string, { isEntry?: boolean; importedIds: string[]; body?: object[] }> = {
  [`${src}/index.html`]: { isEntry: true, importedIds: [`${src}/src/main.tsx`] },
  [`${src}/src/main.tsx`]: {
    importedIds: [
      `${nm}/@ant-design/v5-patch-for-react-19/es/index.js`,
      `${nm}/react/index.js`,
      `${src}/src/App.tsx`,
    ],
  },
  [`${src}/src/App.tsx`]: {
    importedIds: [`${nm}/antd/es/index.js`],
    body: [imports('react', ['lazy']), imports('antd', ['Button', 'Layout'])],
  },
  [`${nm}/@ant-design/v5-patch-for-react-19/es/index.js`]: {
    importedIds: [`${nm}/antd/es/index.js`],
    body: [imports('antd', ['unstableSetRender'])],
  },
  [`${nm}/antd/es/index.js`]: {
    importedIds: [
      `${nm}/antd/es/button/index.js`,
      `${nm}/antd/es/layout/index.js`,
      `${nm}/antd/es/table/index.js`,
      `${nm}/antd/es/config-provider/UnstableContext.js`,
    ],
    body: [
      reExport('Button', './button'),
      reExport('Layout', './layout'),
      reExport('Table', './table'),
      reExport('unstableSetRender', './config-provider/UnstableContext'),
    ],
  },
  [`${nm}/antd/es/button/index.js`]: { importedIds: [`${nm}/rc-util/es/hooks/useEvent.js`] },
  [`${nm}/antd/es/layout/index.js`]: { importedIds: [] },
  [`${nm}/antd/es/table/index.js`]: {
    importedIds: [`${nm}/rc-table/es/index.js`, `${nm}/rc-util/es/hooks/useEvent.js`],
  },
  [`${nm}/antd/es/config-provider/UnstableContext.js`]: { importedIds: [] },
  [`${nm}/rc-util/es/hooks/useEvent.js`]: { importedIds: [] },
  [`${nm}/rc-table/es/index.js`]: { importedIds: [] },
  [`${nm}/react/index.js`]: { importedIds: [] },
  [`${nm}/echarts/lib/core/echarts.js`]: { importedIds: [`${nm}/zrender/lib/zrender.js`] },
  [`${nm}/zrender/lib/zrender.js`]: { importedIds: [] },
  [`${src}/src/components/echarts.ts`]: { importedIds: [`${nm}/echarts/lib/core/echarts.js`] },
  [`${src}/src/pages/Records.tsx`]: {
    importedIds: [`${nm}/antd/es/index.js`],
    body: [imports('antd', ['Table'])],
  },
};
const factsOf = (id: string) => {
  const module = graph[id];
  return module
    ? { isEntry: module.isEntry ?? false, importedIds: module.importedIds, ast: { body: module.body ?? [] } }
    : null;
};
const atStart = () => loadedAtStart(Object.keys(graph), factsOf);

describe('vendor chunks of the console (src/web/console/vite.config.ts)', () => {
  it.each([
    // module, chunk
    [`${nm}/react/index.js`, 'react'],
    [`${nm}/antd/es/button/index.js`, 'antd'], // named by App
    [`${nm}/antd/es/layout/index.js`, 'antd'],
    [`${nm}/rc-util/es/hooks/useEvent.js`, 'antd'], // what Button imports
    [`${nm}/antd/es/config-provider/UnstableContext.js`, 'antd'], // named by the patch
    // only pages use Table: it goes with them
    [`${nm}/antd/es/table/index.js`, undefined],
    [`${nm}/rc-table/es/index.js`, undefined],
    // importing antd's index would pull all of antd into the chunk: left with the entry
    [`${nm}/@ant-design/v5-patch-for-react-19/es/index.js`, undefined],
    [`${nm}/antd/es/index.js`, undefined],
    [`${nm}/echarts/lib/core/echarts.js`, 'echarts'],
    [`${nm}/zrender/lib/zrender.js`, 'echarts'],
    [`${src}/src/components/echarts.ts`, 'echarts'],
    // the console's own code is split by Rollup (pages lazily)
    [`${src}/src/App.tsx`, undefined],
    [`${src}/src/pages/Records.tsx`, undefined],
  ])('%s → %s', (id, chunk) => {
    expect(vendorChunk(id, atStart)).toBe(chunk);
  });
});
