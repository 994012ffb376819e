import { z } from 'zod';
import { documentKindSchema, documentStatusSchema } from './cooperations.ts';

/** `?paper=f4|a4&font=bookman|arial` of a Word export; defaults from the cooperation's settings. */
export const exportQuerySchema = z.object({
  paper: z.enum(['f4', 'a4']).optional(),
  font: z.enum(['bookman', 'arial']).optional(),
});

/**
 * `GET /api/documents/:id/export.docx?…&original=1|2…`: `original` is the ordinal of the party
 * that keeps this printed original (default 1); the meterai goes under every other party's
 * signature, as each original bears it under the signature of the party who hands it over.
 */
export const agreementExportQuerySchema = exportQuerySchema.extend({
  original: z.coerce.number().int().min(1).max(30).optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** What the Word import recognised (`POST /api/cooperations/:id/documents/import`). */
export const importReportSchema = z.object({
  clauses: z.number().int(),
  ayat: z.number().int(),
  letterItems: z.number().int(),
  chapters: z.number().int(),
  /** Paragraphs kept as they were because they fit no structure (loose text, table rows). */
  unmapped: z.number().int(),
  preamble: z.boolean(),
  closing: z.boolean(),
  /** In Bahasa Indonesia; `warningsEn` in English and `warningIds` (stable) in the same order. */
  warnings: z.array(z.string()),
  warningsEn: z.array(z.string()),
  warningIds: z.array(z.string()),
  /** Title-block and signature lines recognised and left out of the body. */
  skipped: z.array(z.string()),
  /** Typed cross-references ("Pasal 3 ayat (2)") turned into live references. */
  references: z.number().int(),
  detected: z.object({
    kind: z.enum(['mou', 'pks']).optional(),
    subject: z.string().optional(),
    parties: z.array(z.string()),
    numbers: z.array(z.string()),
  }),
});
export type ImportReportDTO = z.infer<typeof importReportSchema>;

export const importResponseSchema = z.object({
  document: z.object({
    id: z.string(),
    cooperationId: z.string(),
    kind: documentKindSchema,
    title: z.string(),
    status: documentStatusSchema,
    mouId: z.string().nullable(),
    updatedAt: z.string(),
  }),
  report: importReportSchema,
});
export type ImportResponse = z.infer<typeof importResponseSchema>;
