/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin } from 'vite';

const api = process.env.GOTRS_API_URL ?? 'http://127.0.0.1:8080';

/**
 * Lets the browser fetch the agent's landing routes (layout, dashboard, queue view) while it is still running the
 * entry, instead of discovering them only when the router asks for them.
 */
function preloadAgentRoutes(): Plugin {
  const routes = [
    'src/app/routes/agent/layout.tsx',
    'src/app/routes/agent/dashboard.tsx',
    'src/app/routes/agent/queue.tsx',
  ];
  return {
    name: 'gotrs-preload-agent-routes',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const files = new Set<string>();
        const visit = (name: string) => {
          const chunk = bundle[name];
          if (!chunk || chunk.type !== 'chunk' || files.has(name)) return;
          files.add(name);
          chunk.imports.forEach(visit);
        };
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && routes.some((r) => chunk.facadeModuleId?.endsWith(r)))
            visit(chunk.fileName);
        }
        return [...files]
          .filter((file) => !html.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), preloadAgentRoutes()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { proxy: { '/api': { target: api, changeOrigin: false } } },
  preview: { proxy: { '/api': { target: api, changeOrigin: false } } },
  build: { outDir: 'dist', sourcemap: false, manifest: true, chunkSizeWarningLimit: 700 },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    reporters: ['default', 'junit'],
    outputFile: { junit: '../artifacts/test-results/client-unit.xml' },
  },
});
