import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { deleteExpiredSessions } from './db/repos/sessions.ts';
import { countUsers } from './db/repos/users.ts';
import { startWalCheckpointer } from './db/walCheckpointer.ts';
import { lowerHelperThreads } from './helperThreads.ts';
import { printDemoLogins, seedDemo } from './seed/demo.ts';

/**
 * The process entry: configuration from the environment, the database (migrated), the demo on
 * an empty database, then listen. SIGTERM/SIGINT stop accepting, commit every pending update,
 * close the sockets and the database, and exit.
 */
async function main() {
  const config = loadConfig();
  const db = openDatabase(config.dbFile, { durability: config.durability });
  const { app, ctx, close } = await buildApp({ config, db });
  const checkpointer = startWalCheckpointer(db, config.dbFile, app.log);

  let demo: Awaited<ReturnType<typeof seedDemo>> | null = null;
  if (config.seedDemo && countUsers(db) === 0) {
    demo = await seedDemo(ctx, { password: config.demoPassword });
    app.log.info({ cooperationId: demo.cooperationId }, 'demo seeded');
  }
  deleteExpiredSessions(db);
  const sweep = setInterval(() => deleteExpiredSessions(db), 60 * 60 * 1000);
  sweep.unref();

  await app.listen({ port: config.port, host: config.host });
  // After start-up, when V8's and libuv's helper threads all exist (see helperThreads.ts).
  lowerHelperThreads();
  const url = `http://localhost:${config.port}`;
  if (demo) printDemoLogins(demo, url, config.demoPassword !== null);
  else process.stdout.write(`Sepakat berjalan di / is running at ${url}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    // A stuck close must not keep the process alive forever; what was committed is safe.
    const timer = setTimeout(() => {
      app.log.error('shutdown timed out');
      process.exit(1);
    }, 10_000);
    timer.unref();
    clearInterval(sweep);
    try {
      await close();
      await checkpointer.stop();
      db.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
