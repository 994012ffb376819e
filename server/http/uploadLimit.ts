import type { FastifyRequest } from 'fastify';
import type { AppError } from '../errors/index.ts';

/**
 * Room for a multipart body's own bytes around its file: boundaries, part headers and the few
 * small fields the upload routes take.
 */
export const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * An `onRequest` hook for an upload route: a body whose Content-Length already says it is over
 * `maxFileBytes` (plus the multipart framing) is refused at once with `error()`, before any of
 * it is read (the error handler then reads and throws away the rest, see bodyDrain.ts). A body
 * sent without a length is held to the same limit as it arrives, by the multipart parser.
 */
export function refuseDeclaredOver(maxFileBytes: number, error: () => AppError) {
  return async (req: FastifyRequest) => {
    const declared = Number(req.headers['content-length']);
    if (declared > maxFileBytes + MULTIPART_OVERHEAD) throw error();
  };
}
