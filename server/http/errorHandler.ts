import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  AppError,
  appError,
  internal,
  malformedJson,
  notFound,
  tooLarge,
  unsupportedMediaType,
} from '../errors.ts';
import { validationFromFastify } from './zodError.ts';

/** Maps Fastify's own error codes to our bilingual errors. */
function fromFastify(err: FastifyError): AppError | null {
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
      return tooLarge();
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
 * their details never reach the client.
 */
export function installErrorHandling(
  app: FastifyInstance,
  spaFallback: ((req: FastifyRequest, reply: FastifyReply) => boolean) | null = null,
): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let out: AppError;
    if (error instanceof AppError) out = error;
    else if (hasZodFastifySchemaValidationErrors(error)) {
      out = validationFromFastify(error.validation, error.validationContext);
    } else {
      out = fromFastify(error) ?? genericError(error);
    }
    if (out.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ errorId: out.id, status: out.status }, out.messageEn);
    return reply.status(out.status).type('application/json; charset=utf-8').send(out.toBody());
  });

  app.setNotFoundHandler((request, reply) => {
    if (spaFallback?.(request, reply)) return reply;
    const where = `${request.method} ${request.url.split('?')[0]}`.slice(0, 300);
    const err = notFound('route');
    return reply.status(404).send({
      error: { id: err.id, message: `Alamat ${where} tidak ditemukan.`, messageEn: `No route ${where}.` },
    });
  });
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
