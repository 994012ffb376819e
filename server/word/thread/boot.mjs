// Starts the Word thread (thread.ts): plain JavaScript, so that it runs whatever runs the
// server (`node --import tsx`, or vitest in the tests), and loads the TypeScript through tsx.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
