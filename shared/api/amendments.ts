import { z } from 'zod';
import { AMENDMENT_KINDS } from '../amendments/text.ts';
import { documentStatusSchema } from './cooperations.ts';

export const amendmentKindSchema = z.enum(AMENDMENT_KINDS);

/** `POST /api/documents/:id/amendments`: start an addendum or a renewal of a final or signed agreement. */
export const createAmendmentBodySchema = z.object({ kind: amendmentKindSchema });
export type CreateAmendmentBody = z.infer<typeof createAmendmentBodySchema>;

/** One end of the link between an agreement and its addendum or renewal. */
export const amendmentLinkSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: documentStatusSchema,
  /** Addendum or renewal: the kind of the newer document of the two. */
  kind: amendmentKindSchema,
  /** The document's numbers, one per party as its Info tab holds them (blanks left out). */
  numbers: z.array(z.string()),
});
export type AmendmentLinkDTO = z.infer<typeof amendmentLinkSchema>;

/** The links a document shows: what it amends or renews, and what amends or renews it. */
export const documentAmendmentsSchema = z.object({
  amends: amendmentLinkSchema.nullable(),
  amendedBy: z.array(amendmentLinkSchema),
});
export type DocumentAmendmentsDTO = z.infer<typeof documentAmendmentsSchema>;

/** The new document, as the create call answers. */
export const createdAmendmentResponseSchema = z.object({
  document: z.object({
    id: z.string(),
    cooperationId: z.string(),
    title: z.string(),
    kind: amendmentKindSchema,
    amendsDocumentId: z.string(),
  }),
});
export type CreatedAmendmentResponse = z.infer<typeof createdAmendmentResponseSchema>;
