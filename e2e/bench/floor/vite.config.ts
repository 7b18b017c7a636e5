import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The two floor pages of `npm run bench`, built like the console (production mode, one chunk). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../../dist-floor', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        react: fileURLToPath(new URL('./index.html', import.meta.url)),
        static: fileURLToPath(new URL('./static.html', import.meta.url)),
      },
    },
  },
});
