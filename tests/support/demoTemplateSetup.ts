import { rmSync } from 'node:fs';
import { markTemplate, TEMPLATE_ENV } from './demoTemplate.ts';
import { startServer } from './server.ts';

/**
 * Vitest global set-up of the projects that start servers: seeds the demo once with the server
 * itself, stops it (SIGTERM, so everything is committed) and hands its data folder to the test
 * workers through the environment they inherit. Both projects name it; the run builds it once.
 */
export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env[TEMPLATE_ENV]) return undefined;
  const server = await startServer();
  await server.stop();
  markTemplate(server.dataDir);
  process.env[TEMPLATE_ENV] = server.dataDir;
  return () => {
    delete process.env[TEMPLATE_ENV];
    rmSync(server.dataDir, { recursive: true, force: true });
  };
}
