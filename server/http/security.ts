import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { originRejected } from '../errors/index.ts';
import { isOriginAllowed, STATE_CHANGING } from './origin.ts';

/**
 * Security headers and the Origin check. The CSP lets the Vite-built SPA run from 'self'
 * (scripts, styles and the WebSocket to this same host) and nothing else; inline styles are
 * allowed because ProseMirror and React set style attributes.
 */
export async function installSecurity(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        // 'self' covers ws: to the same host in CSP 3 browsers; the explicit ws/wss source
        // keeps older ones working.
        connectSrc: [
          "'self'",
          (req) => `ws://${req.headers.host ?? 'localhost'}`,
          (req) => `wss://${req.headers.host ?? 'localhost'}`,
        ],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Not `upgrade-insecure-requests`: the product is served over plain http on a LAN or
    // localhost, where upgrading every asset to https would break it.
    crossOriginEmbedderPolicy: false,
  });

  app.addHook('onRequest', async (req) => {
    if (!STATE_CHANGING.has(req.method)) return;
    if (!isOriginAllowed(config, req.headers.origin, req.headers.host)) throw originRejected();
  });
}
