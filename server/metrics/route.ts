import type { FastifyInstance } from 'fastify';
import { metricsLocalOnly, metricsUnauthorised } from '../errors/index.ts';
import { metricsAccess } from './access.ts';
import { EXPOSITION_TYPE } from './exposition.ts';
import type { ServerMetrics } from './serverMetrics.ts';

/**
 * `GET /metrics` in Prometheus' text format, to the server's own machine or with the Bearer
 * token of `SEPAKAT_METRICS_TOKEN` (access.ts), and the count of every HTTP answer by class.
 * Installed before the routes, so that its hook sees all of them.
 */
export function installMetrics(app: FastifyInstance, metrics: ServerMetrics, token: string | null): void {
  app.addHook('onResponse', (_req, reply, done) => {
    metrics.answered(reply.statusCode);
    done();
  });
  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    const access = metricsAccess({ remoteAddress: req.socket.remoteAddress, headers: req.headers }, token);
    if (access === 'token-required') {
      reply.header('www-authenticate', 'Bearer realm="sepakat-metrics"');
      throw metricsUnauthorised();
    }
    if (access === 'local-only') throw metricsLocalOnly();
    return reply.header('cache-control', 'no-store').type(EXPOSITION_TYPE).send(metrics.render());
  });
}
