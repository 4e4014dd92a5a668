import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built once into dist/renderer and served by web mode or Electron's app:// handler.
// No inline scripts (CSP: script-src 'self'); fonts are bundled (no remote origin at all, A14).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The start screen's script is one file: everything statically imported by main.tsx (React, the
            // Ant Design parts the start screen draws, Thai strings). The fund's screens are dynamic imports
            // (app/lazy-pages.ts), split naturally: each page a chunk, what pages share in chunks of its own.
            { name: 'start', tags: ['$initial'] },
          ],
        },
      },
    },
  },
});
