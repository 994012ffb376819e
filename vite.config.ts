import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

const serverPort = Number(process.env.PORT ?? 3000);
const devServer = `http://localhost:${serverPort}`;

/**
 * Test files of the unit and integration projects run two at a time even on two cores (Vitest
 * would take one fewer than the cores): an integration file spends most of its time waiting for
 * its server, a child process, and the other file uses the core meanwhile. The e2e files run
 * one at a time after them (their project's `sequence.groupOrder`).
 */
const testWorkers = Math.max(2, availableParallelism() - 1);

/**
 * One config for the client build (Vite), the dev server (proxying the API and the
 * collaboration socket to the Node server) and the three test projects (Vitest).
 */
export default defineConfig({
  root: 'client',
  plugins: [
    react(),
    // Every built file also as .br and .gz, served as such (server/http/static.ts): the editor's
    // code is about 1.1 MB, a third of that compressed, which matters on an office's weak connection.
    compression({ algorithms: ['gzip', 'brotliCompress'], threshold: 1024 }),
  ],
  build: { outDir: '../dist/client', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: devServer, changeOrigin: false },
      '/healthz': devServer,
      '/collab': { target: devServer.replace('http', 'ws'), ws: true },
    },
  },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: '.',
          maxWorkers: testWorkers,
          // Two files share the two cores: a test that waits out a timer by design (a session
          // expiring after 3 s) must not fail because the other file took the core a while.
          testTimeout: 15_000,
          include: [
            'shared/**/*.test.ts',
            'server/**/*.test.ts',
            'client/**/*.test.ts',
            'templates/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          root: '.',
          maxWorkers: testWorkers,
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/demoTemplateSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/demoTemplateSetup.ts'],
          setupFiles: ['tests/support/e2eSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // One process for every e2e file, one after another: each file's own process spent
          // seconds importing Playwright and the test helpers again. Nothing of a file outlives
          // it: its servers and its Chromium close after it.
          isolate: false,
          // After the unit and integration files, alone on the machine.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
