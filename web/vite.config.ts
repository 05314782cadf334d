/**
 * Vite build of the explorer into the package's `dist/web` (`npm run build:web`), sigma and the
 * library modules it uses bundled in. `base: './'` makes the build relocatable: `ecograph serve`
 * serves it at `/`, and `vite preview` or any static host serves it as a plain page that opens
 * dropped files.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  preview: { host: '127.0.0.1' },
});
