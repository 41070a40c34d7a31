import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { antdStyles } from './scripts/vite-antd-styles';
import { precompress } from './scripts/vite-precompress';

const repo = fileURLToPath(new URL('.', import.meta.url));

// The SPA lives in src/web and is served by the API server under /app from dist/web.
// No chunk rules: the bundler splits by route (App.tsx loads pages on demand), so the sign-in
// page downloads only the antd components it draws; a rule gathering antd (or any library) into
// one chunk would make the first page load all of it.
export default defineConfig({
  root: `${repo}src/web`,
  base: '/app/',
  plugins: [react(), { ...antdStyles(repo), apply: 'build' }, precompress()],
  build: {
    outDir: `${repo}dist/web`,
    emptyOutDir: true,
    // ECharts is one 550 KB chunk, loaded only beside a chart (see EChart.tsx).
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
