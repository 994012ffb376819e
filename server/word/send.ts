import type { FastifyReply } from 'fastify';
import { unsupportedExportKind } from '../errors/index.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Answers with a Word file to download under `name` (any characters; ASCII-safe fallback kept). */
export function sendDocx(reply: FastifyReply, file: Buffer | Uint8Array, name: string) {
  return reply
    .header('content-type', DOCX_MIME)
    .header(
      'content-disposition',
      `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .header('cache-control', 'no-store')
    .send(file);
}

/** Only an MoU or a PKS prints as an agreement (a notes document has no such layout). */
export function requireAgreementKind<K extends string>(kind: K): Exclude<K, 'notes'> {
  if (kind === 'notes') {
    throw unsupportedExportKind();
  }
  return kind as Exclude<K, 'notes'>;
}
