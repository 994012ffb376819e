import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  AppError,
  badUrl,
  emptyBody,
  internal,
  malformedJson,
  notFound,
  otherClientError,
  storageFull,
  storageUnavailable,
  tooLarge,
  unsupportedMediaType,
  urlTooLong,
} from '../errors/index.ts';
import { drainRefusedBody } from './bodyDrain.ts';
import { validationFromFastify } from './zodError.ts';

/** What the error handler needs to know of the body limits (server/config.ts). */
export interface BodyLimits {
  /** Largest JSON body (bytes), named in the 413's message. */
  bodyLimit?: number;
  /** Bytes of a refused body read and thrown away before the connection is dropped. */
  bodyDrainBytes: number;
}

/** Maps Fastify's own error codes to our bilingual errors. */
function fromFastify(err: FastifyError, limits: BodyLimits): AppError | null {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return malformedJson();
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return emptyBody();
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return tooLarge(limits.bodyLimit);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return unsupportedMediaType();
  }
  // JSON.parse errors surface as SyntaxError with status 400 on some paths.
  if (err instanceof SyntaxError && err.statusCode === 400) return malformedJson();
  return null;
}

/**
 * Installs the one error handler and the 404 handler: every error leaves as
 * `{ error: { id, message, messageEn } }`, including Fastify's (bad JSON, too large, unknown route)
 * and validation failures (one readable message naming the field). 5xx are logged with the stack;
 * their details never reach the client. A refused request whose body is still arriving (a 413
 * above all) has the rest of it read and thrown away, up to `limits.bodyDrainBytes`, so the
 * client reads the answer instead of a reset connection (see bodyDrain.ts).
 */
export function installErrorHandling(
  app: FastifyInstance,
  spaFallback: ((req: FastifyRequest, reply: FastifyReply) => boolean) | null = null,
  limits: BodyLimits = { bodyDrainBytes: 64 * 1024 * 1024 },
): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let out: AppError;
    if (error instanceof AppError) out = error;
    else if (hasZodFastifySchemaValidationErrors(error)) {
      out = validationFromFastify(error.validation, error.validationContext);
    } else {
      out = fromFastify(error, limits) ?? fromStorage(error) ?? genericError(error);
    }
    if (out.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ errorId: out.id, status: out.status }, out.messageEn);
    drainRefusedBody(request, reply, limits.bodyDrainBytes);
    return reply.status(out.status).type('application/json; charset=utf-8').send(out.toBody());
  });

  app.setNotFoundHandler((request, reply) => {
    if (spaFallback?.(request, reply)) return reply;
    drainRefusedBody(request, reply, limits.bodyDrainBytes);
    const where = `${request.method} ${request.url.split('?')[0]}`.slice(0, 300);
    const err = notFound('route');
    return reply.status(404).send({
      error: { id: err.id, message: `Alamat ${where} tidak ditemukan.`, messageEn: `No route ${where}.` },
    });
  });
}

/**
 * SQLite could not write: a full disk or a read-only data folder. Said plainly (507), so the
 * user knows the change was not saved and an administrator knows where to look.
 */
function fromStorage(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL') {
    return storageFull();
  }
  if (/^SQLITE_(READONLY|IOERR|CANTOPEN)/.test(code)) {
    return storageUnavailable();
  }
  return null;
}

/**
 * Fastify's `frameworkErrors` option: errors raised while routing, before any hook or the
 * error handler runs (a malformed percent-encoding, a path parameter over `maxParamLength`),
 * also leave in the bilingual shape.
 */
export function frameworkErrors(error: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  const out = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? urlTooLong() : badUrl();
  reply.status(out.status).type('application/json; charset=utf-8').send(out.toBody());
}

function genericError(error: FastifyError): AppError {
  const status = error.statusCode ?? 500;
  if (status >= 500) return internal();
  return otherClientError(status, error.message);
}
