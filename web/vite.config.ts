/**
 * The web app's build. `npm run build` writes it to dist/web, where the server serves it on the
 * same port as the API; `npm run dev` runs this dev server with hot reload in front of the API.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { checkBudget } from './budget.js';

const API = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;
const SERVER_PATHS = ['/api', '/open311', '/healthz', '/readyz', '/metrics', '/atur-ulang-sandi'];

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), checkBudget()],
  resolve: {
    // Leaflet's ES module build lets the bundler drop the parts we never use (vector layers, overlays).
    alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }],
  },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(SERVER_PATHS.map((p) => [p, { target: API, changeOrigin: false }])),
  },
});
