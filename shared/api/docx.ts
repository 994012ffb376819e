import { z } from 'zod';
import { agreementKindSchema } from './common.ts';
import { documentSummarySchema } from './documents.ts';

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
  /**
   * Pending suggestions as Word's tracked changes (`tracked`, the default), or the clean copy
   * with every suggestion accepted or every one rejected.
   */
  suggestions: z.enum(['tracked', 'accepted', 'rejected']).optional(),
});
/** How the export prints pending suggestions. */
export type SuggestionPrint = NonNullable<z.infer<typeof agreementExportQuerySchema>['suggestions']>;
export type ExportQuery = z.infer<typeof exportQuerySchema>;

const signatorySchema = z.object({
  name: z.string().optional(),
  position: z.string().optional(),
  nip: z.string().optional(),
});

/** A party as a draft describes it. */
export const draftPartySchema = z.object({
  ordinal: z.number().int(),
  label: z.string().optional(),
  institution: z.string().optional(),
  number: z.string().optional(),
  signatory: signatorySchema,
});

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
  /** What the title block and the opening formula said. */
  detected: z.object({
    kind: agreementKindSchema.optional(),
    title: z.string().optional(),
    subject: z.string().optional(),
    parties: z.array(z.string()),
    numbers: z.array(z.string()),
    wording: z.enum(['pertama', 'kesatu']).optional(),
    /** ISO `YYYY-MM-DD`. */
    date: z.string().optional(),
    place: z.string().optional(),
  }),
  /** The draft's parties under the draft's own ordinals (1 = its PIHAK PERTAMA or KESATU). */
  draftParties: z.array(draftPartySchema),
  /** The Pasal as recognised. */
  outline: z.array(z.object({ number: z.number().int(), heading: z.string(), ayat: z.number().int() })),
  /** The draft's own annexes (LAMPIRAN) and where they were put. */
  annexes: z.array(
    z.object({ title: z.string(), blocks: z.number().int(), placed: z.enum(['annex', 'closing']) }),
  ),
  /** The references linked, as typed, and the Pasal they stand in. */
  linked: z.array(z.object({ text: z.string(), inPasal: z.number().int() })),
  /** Paragraphs kept where they stood outside any part of the agreement. */
  unplaced: z.array(z.string()),
  /** Text of the file not imported at all: page headers, footers, comments. */
  dropped: z.array(z.object({ where: z.enum(['header', 'footer', 'comments']), text: z.string() })),
});
export type ImportReportDTO = z.infer<typeof importReportSchema>;

/**
 * `POST /api/cooperations/:id/documents/import/preview`: what the draft holds and how its
 * parties match the cooperation's, before anything is created.
 */
export const importPreviewSchema = z.object({
  report: importReportSchema,
  parties: z.array(
    draftPartySchema.extend({
      /** The cooperation party matched by name, or null (then the user chooses). */
      partyId: z.string().nullable(),
      match: z.enum(['name', 'none', 'conflict']),
      /** The one cooperation party left over when the draft's name matched none: offered, not taken. */
      suggestedPartyId: z.string().nullable(),
    }),
  ),
  partiesNeedAnswer: z.boolean(),
  orderDiffers: z.boolean(),
  wording: z.enum(['pertama', 'kesatu']),
});
export type ImportPreviewDTO = z.infer<typeof importPreviewSchema>;

/**
 * The answers sent with the create call as multipart fields: `parties`, JSON of the draft's
 * ordinal → cooperation party id (or null for none); `relabel`, "true" to rewrite the party
 * labels of the text to the cooperation's order and wording.
 */
export const importPartiesAnswerSchema = z.record(
  z.string().regex(/^\d{1,2}$/),
  z.string().max(64).nullable(),
);

export const importResponseSchema = z.object({
  document: documentSummarySchema,
  report: importReportSchema,
});
export type ImportResponse = z.infer<typeof importResponseSchema>;
