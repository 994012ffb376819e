import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { UserEvent } from '../shared/api/notifications.ts';
import type { CollabServer } from './collab/index.ts';
import { fillOlderSnapshots } from './commands/snapshotSigning.ts';
import { type Config, fastifyTrustProxy } from './config.ts';
import type { AppContext } from './context.ts';
import { checkDatabase, type DB } from './db/connection.ts';
import { touchDocument } from './db/repos/documents.ts';
import { rateLimited } from './errors/index.ts';
import { historyAttribution } from './history/index.ts';
import { startAccessSweep } from './http/accessSweep.ts';
import { collabAuthenticator } from './http/collabAuth.ts';
import { frameworkErrors, installErrorHandling } from './http/errorHandler.ts';
import { installOpenApi } from './http/openapi.ts';
import { installSecurity } from './http/security.ts';
import { SESSION_COOKIE, userFromToken } from './http/session.ts';
import { EventHub } from './http/sse.ts';
import { installClient } from './http/static.ts';
import { agreementJudge } from './judge/index.ts';
import { MeasuredCollabServer, MeasuredUpdateStore, MeasuredWordThread } from './metrics/measured.ts';
import { installMetrics } from './metrics/route.ts';
import { ServerMetrics } from './metrics/serverMetrics.ts';
import { announceNotification } from './notifications/notify.ts';
import { ReminderWorker } from './reminders/worker.ts';
import { routeModules } from './routes/index.ts';
import { variantPropagation } from './variants/propagation.ts';

/** What {@link buildApp} gives back: the HTTP app, the collaboration server, and one way to stop both. */
export interface BuiltApp {
  app: FastifyInstance;
  collab: CollabServer;
  ctx: AppContext;
  /** Stops accepting, commits every pending update, closes sockets and the HTTP server. Leaves the db open. */
  close(): Promise<void>;
}

/** `updated_at` of a document is bumped at most this often while it is being edited. */
const TOUCH_EVERY_MS = 5_000;

/**
 * Builds the whole server around an open database: Fastify with zod validation, cookies,
 * security headers, Origin check, login rate limit, OpenAPI, the API routes, the built client,
 * and the collaboration server on `/collab/:documentId` upgrades. Does not listen.
 */
export async function buildApp({ config, db }: { config: Config; db: DB }): Promise<BuiltApp> {
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    // Sockets of the collaboration server are closed by collab.destroy(); idle HTTP
    // keep-alive connections must not hold the shutdown up.
    forceCloseConnections: 'idle',
    // Routing errors (bad percent-encoding, an over-long path parameter) in the bilingual shape too.
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Counted where things happen (server/metrics/measured.ts), read at GET /metrics.
  const metrics = new ServerMetrics();
  const store = new MeasuredUpdateStore(db, { logFile: true }, metrics);
  const { replayed, setAside } = store.recovery;
  if (replayed > 0) app.log.info({ replayed }, 'update log: replayed what the last run had not folded');
  if (setAside) app.log.error({ file: setAside }, 'update log: a file of another database was set aside');
  const lastTouched = new Map<string, number>();
  const collab = new MeasuredCollabServer(metrics, {
    store,
    log: app.log,
    // Every client change is checked against the agreement's schema and ids before it is kept.
    judge: agreementJudge(app.log),
    limits: config.collab,
    // Clause attribution (history) runs before each of the hooks; see server/history/attribution.ts.
    // A master PKS's changes reach its variants (server/variants/propagation.ts).
    extensions: [historyAttribution(db, app.log), variantPropagation(db, () => ctx)],
    hooks: {
      onAuthenticate: collabAuthenticator({ db, config }),
      onChange({ documentId }) {
        const now = Date.now();
        if (now - (lastTouched.get(documentId) ?? 0) < TOUCH_EVERY_MS) return;
        lastTouched.set(documentId, now);
        touchDocument(db, documentId, now);
      },
      afterUnloadDocument({ documentId }) {
        lastTouched.delete(documentId);
      },
    },
  });
  const word = new MeasuredWordThread(app.log, metrics);
  const events = new EventHub();
  const userEvents = new EventHub<UserEvent>();
  metrics.watch({ collab, cooperationStreams: events, userStreams: userEvents });
  const ctx: AppContext = { config, db, collab, store, word, events, userEvents, log: app.log };

  // API answers over 1 KiB go compressed (brotli at quality 4, or gzip) to browsers that accept
  // it: a clause history or a comparison shrinks five- to tenfold on a weak connection. The
  // client's files are compressed at build time (static.ts); the event stream is hijacked and
  // stays as it is, and .docx files are zip already (not a compressible type).
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  const spaFallback = await installClient(app, config.clientDir);
  installErrorHandling(app, spaFallback, {
    bodyLimit: config.bodyLimit,
    bodyDrainBytes: config.limits.bodyDrainBytes,
  });
  await app.register(cookie);
  await installSecurity(app, config);
  await app.register(rateLimit, {
    global: false,
    // After validation, so the login limiter can key on the username in the body.
    hook: 'preHandler',
    errorResponseBuilder: (_req, context) => rateLimited(Math.max(1, Math.ceil(context.ttl / 1000))),
  });
  await installOpenApi(app);

  app.decorateRequest('user', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    req.user = userFromToken(db, req.cookies[SESSION_COOKIE], config.sessionTtlMs);
  });

  installMetrics(app, metrics, config.metricsToken);
  app.get('/healthz', { schema: { hide: true } }, async () => {
    checkDatabase(db);
    return { ok: true, ...collab.stats() };
  });

  for (const routes of routeModules) await app.register(async (scope) => routes(scope, ctx));

  // The collaboration server answers other paths with 404 itself.
  app.server.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head));
  // Sessions ended and memberships changed by another process reach open sockets and streams.
  const accessSweep = startAccessSweep(ctx, config.accessCheckMs);
  // Older snapshots learn the signing date and term the reminders read, before the first tick.
  fillOlderSnapshots(db, store);
  // Reminders in the app and by e-mail, from the job table (server/reminders/worker.ts).
  // A new bell item reaches its person's open pages at once.
  const reminders = new ReminderWorker(db, config, app.log, (n) => announceNotification(ctx, n));
  reminders.start();

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      accessSweep.stop();
      await reminders.stop();
      const http = app.close();
      await collab.destroy();
      store.close();
      await http;
      await word.close();
      metrics.stop();
    })();
    return closing;
  };
  return { app, collab, ctx, close };
}
