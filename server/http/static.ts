import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Serves the built client (`dist/client`): hashed assets cached for a year, `index.html`
 * never cached, each compressed at build time (brotli or gzip, as the browser accepts). Returns the SPA fallback for the 404 handler: any GET outside `/api`,
 * `/collab` and `/healthz` that accepts HTML gets `index.html`, so deep links like
 * `/cooperations/abc` load the app. Without a build, nothing is served and the fallback is off.
 */
export async function installClient(
  app: FastifyInstance,
  clientDir: string,
): Promise<((req: FastifyRequest, reply: FastifyReply) => boolean) | null> {
  if (!existsSync(join(clientDir, 'index.html'))) {
    app.log.warn({ clientDir }, 'client build not found: only the API is served (run `npm run build`)');
    return null;
  }
  await app.register(fastifyStatic, {
    root: clientDir,
    wildcard: false,
    index: 'index.html',
    // The .br / .gz the build wrote beside each file, whichever the browser accepts.
    preCompressed: true,
    // Our own Cache-Control below (send's default would be `max-age=0` for everything).
    cacheControl: false,
    setHeaders(res, path) {
      // The same URL comes as brotli, gzip or plain: caches between must keep them apart.
      res.setHeader('vary', 'accept-encoding');
      res.setHeader(
        'cache-control',
        path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return (req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = req.url.split('?')[0] ?? '';
    if (/^\/(api|collab|healthz)(\/|$)/.test(path)) return false;
    if (!String(req.headers.accept ?? '').includes('text/html') && /\.[a-z0-9]+$/i.test(path)) return false;
    reply.header('cache-control', 'no-cache').sendFile('index.html');
    return true;
  };
}
