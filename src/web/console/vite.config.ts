import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { loadedAtStart, vendorChunk } from './vendor-chunks.ts';

// Rollup asks for each module in turn: work out once what the console needs before any page.
let atStart: Set<string> | undefined;

// The staff console: a React + antd SPA served by the same server under /console/.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../../dist/console', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      output: {
        manualChunks: (id, { getModuleIds, getModuleInfo }) =>
          vendorChunk(id, () => (atStart ??= loadedAtStart(getModuleIds(), getModuleInfo))),
      },
    },
  },
  logLevel: 'warn',
});
