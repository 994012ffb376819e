import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { bytesText } from '../amounts.ts';
import {
  AppError,
  appError,
  internal,
  malformedJson,
  notFound,
  tooLarge,
  unsupportedMediaType,
} from '../errors.ts';
import { drainRefusedBody } from './bodyDrain.ts';
import { validationFromFastify } from './zodError.ts';

/** What the error handler needs to know of the body limits (server/config.ts). */
export interface BodyLimits {
  /** Largest JSON body (bytes), named in the 413's message. */
  bodyLimit?: number;
  /** Bytes of a refused body read and thrown away before the connection is dropped. */
  bodyDrainBytes: number;
}

/** 413 naming the limit in force, when it is known. */
const bodyTooLarge = (limit?: number) => {
  if (!limit) return tooLarge();
  const [id, en] = bytesText(limit);
  return appError(
    'http.too_large',
    413,
    `Isi permintaan terlalu besar: paling besar ${id}.`,
    `The request body is too large: ${en} at most.`,
  );
};

/** Maps Fastify's own error codes to our bilingual errors. */
function fromFastify(err: FastifyError, limits: BodyLimits): AppError | null {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return malformedJson();
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return appError(
        'http.empty_body',
        400,
        'Isi permintaan JSON kosong.',
        'The JSON request body is empty.',
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return bodyTooLarge(limits.bodyLimit);
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
    return appError(
      'storage.full',
      507,
      'Penyimpanan server penuh; perubahan tidak disimpan. Hubungi pengelola server.',
      "The server's storage is full; the change was not saved. Contact the server's administrator.",
    );
  }
  if (/^SQLITE_(READONLY|IOERR|CANTOPEN)/.test(code)) {
    return appError(
      'storage.unavailable',
      507,
      'Penyimpanan server tidak dapat ditulis; perubahan tidak disimpan. Hubungi pengelola server.',
      "The server's storage cannot be written; the change was not saved. Contact the server's administrator.",
    );
  }
  return null;
}

/**
 * Fastify's `frameworkErrors` option: errors raised while routing, before any hook or the
 * error handler runs (a malformed percent-encoding, a path parameter over `maxParamLength`),
 * also leave in the bilingual shape.
 */
export function frameworkErrors(error: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  const out =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? appError(
          'http.url_too_long',
          414,
          'Alamat permintaan terlalu panjang.',
          'The request URL is too long.',
        )
      : appError('http.bad_url', 400, 'Alamat permintaan tidak valid.', 'The request URL is not valid.');
  reply.status(out.status).type('application/json; charset=utf-8').send(out.toBody());
}

function genericError(error: FastifyError): AppError {
  const status = error.statusCode ?? 500;
  if (status >= 500) return internal();
  return appError(
    status === 429 ? 'http.rate_limited' : 'http.bad_request',
    status,
    'Permintaan tidak dapat diproses.',
    error.message || 'The request could not be processed.',
  );
}
