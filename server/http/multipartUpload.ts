import type { FastifyRequest } from 'fastify';
import { importErrors } from '../errors/index.ts';

/**
 * The file (field `file`) and the text fields of a multipart upload, for the draft import and
 * the Word reply import: `import.no_file` without a file, `import.too_large` over `importBytes`.
 */
export async function readUpload(req: FastifyRequest, importBytes: number) {
  if (!req.isMultipart()) throw importErrors.noFile();
  let file: Buffer | null = null;
  const fields: Record<string, string> = {};
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.fieldname === 'file' && !file) file = data;
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw importErrors.tooLarge(importBytes);
    throw err;
  }
  if (!file) throw importErrors.noFile();
  return { file, fields };
}
