import type { FastifyRequest } from 'fastify';
import { reportFieldsSchema } from '../../../shared/api/obligationReports.ts';
import type { ResourceLimits } from '../../config.ts';
import type { EvidenceFile } from '../../db/repos/obligationReports.ts';
import { reportErrors } from '../../errors/index.ts';
import { safeFileName, sniffEvidence } from '../../evidence/sniff.ts';

type Limits = Pick<ResourceLimits, 'evidenceBytes' | 'evidenceFiles'>;

/**
 * The fields and evidence files of a report as sent (multipart: `text`, `status`, `occurrence`,
 * files in `files`), every file checked before anything is stored: its size, how many there are,
 * and its type read from its bytes. The first refusal ends the upload, so a report is stored
 * whole or not at all. A file part without a name and without bytes is what a browser sends for
 * an empty file input, and counts as no file.
 */
export async function readReportUpload(req: FastifyRequest, limits: Limits) {
  const fields: Record<string, string> = {};
  const files: EvidenceFile[] = [];
  if (req.isMultipart()) {
    let current = '';
    try {
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          current = part.filename || '';
          const data = await part.toBuffer();
          if (!current && data.length === 0) continue;
          if (part.fieldname !== 'files') throw reportErrors.invalid(part.fieldname);
          if (files.length >= limits.evidenceFiles) throw reportErrors.tooManyFiles(limits.evidenceFiles);
          const mime = sniffEvidence(data);
          if (!mime) throw reportErrors.unsupportedFile(current || 'berkas');
          files.push({ name: safeFileName(current, mime), mime, data });
        } else if (typeof part.value === 'string') {
          fields[part.fieldname] = part.value;
        }
      }
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') throw reportErrors.fileTooLarge(current, limits.evidenceBytes);
      if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT')
        throw reportErrors.tooManyFiles(limits.evidenceFiles);
      if (code === 'FST_FIELDS_LIMIT') throw reportErrors.invalid('fields');
      throw err;
    }
  }
  const parsed = reportFieldsSchema.safeParse(fields);
  if (!parsed.success) throw reportErrors.invalid(String(parsed.error.issues[0]?.path[0] ?? 'text'));
  return { ...parsed.data, files };
}
