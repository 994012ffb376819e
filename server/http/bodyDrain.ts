import type { FastifyReply, FastifyRequest } from 'fastify';

/** A refused body still arriving after this long is not waited for. */
const DRAIN_MS = 30_000;

/**
 * Keeps reading a refused request's body, throwing it away, so that the client gets to read
 * the answer. A client sends its whole body before it reads an answer (browsers, undici): if
 * the server answers 413 and closes the connection at once, the client is still writing and
 * gets a reset connection (EPIPE / ECONNRESET) instead of the message, depending on timing.
 *
 * The answer goes out at once; the connection stays open (Fastify's `Connection: close` is
 * taken back) while the rest of the body is read, up to `maxBytes` or {@link DRAIN_MS}, after
 * which the connection is dropped: a client that declares or sends more than that cannot make
 * the server read on. A body that was read to its end needs nothing.
 */
export function drainRefusedBody(request: FastifyRequest, reply: FastifyReply, maxBytes: number): void {
  const req = request.raw;
  if (req.complete || req.destroyed || !hasBody(request)) return;
  // With `Connection: close`, Node ends the socket as soon as the answer is written.
  reply.removeHeader('connection');
  let read = 0;
  const stop = () => {
    clearTimeout(timer);
    req.off('data', count);
    req.socket?.destroy();
  };
  const count = (chunk: Buffer) => {
    read += chunk.length;
    if (read > maxBytes) stop();
  };
  const timer = setTimeout(stop, DRAIN_MS);
  timer.unref();
  req.on('data', count);
  req.once('end', () => {
    clearTimeout(timer);
    req.off('data', count);
  });
  req.once('close', () => clearTimeout(timer));
  req.resume();
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return request.headers['transfer-encoding'] !== undefined;
}
