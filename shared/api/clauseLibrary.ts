import { z } from 'zod';
import { agreementKindSchema, bilingualSchema } from './common.ts';

/** The sections of the completeness checklist a library clause can fill (`shared/checklist.ts`). */
const checklistKeySchema = z.string().nullable();

/** `GET /api/clause-library?q=&kind=`: search the standard clauses. */
export const clauseLibraryQuerySchema = z.object({
  q: z.string().max(200).optional(),
  kind: agreementKindSchema.optional(),
});

export const clauseLibraryItemSchema = z.object({
  key: z.string(),
  title: bilingualSchema,
  tags: z.array(z.string()),
  kinds: z.array(agreementKindSchema),
  checklist: checklistKeySchema,
  /** Indonesian text, one paragraph per line. */
  textId: z.string(),
  /** English text, when the library has it. */
  textEn: z.string().nullable(),
});
export type ClauseLibraryItemDTO = z.infer<typeof clauseLibraryItemSchema>;

export const clauseLibraryListResponseSchema = z.object({ clauses: z.array(clauseLibraryItemSchema) });

/** `GET /api/clause-library/:key?kind=`: one clause ready to insert (fresh ids). */
export const clauseLibraryParamsSchema = z.object({ key: z.string().min(1).max(100) });
/** `?kind=mou|pks&wording=pertama|kesatu`: the document's name and the cooperation's party wording. */
export const clauseLibraryClauseQuerySchema = z.object({
  kind: agreementKindSchema.optional(),
  wording: z.enum(['pertama', 'kesatu']).optional(),
});

export const clauseLibraryClauseResponseSchema = z.object({
  item: clauseLibraryItemSchema,
  /** A `clause` node in ProseMirror JSON (`shared/schema` schema). */
  clause: z.record(z.string(), z.unknown()),
});
