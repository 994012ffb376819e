import { z } from 'zod';
import { idSchema } from './common.ts';
import { isoDateSchema } from './meetings.ts';

/** Phone numbers as people write them: digits, spaces, +, -, dots, brackets, "ext". */
export const phoneSchema = z
  .string()
  .trim()
  .max(60)
  .regex(/^[0-9+()\-./ a-zA-Z]*$/, { message: 'phone' });

const fields = {
  unit: z.string().trim().max(300).optional(),
  /** A unit of the liaison's party (null: none); its name becomes the liaison's `unit`. */
  unitId: idSchema.nullable().optional(),
  position: z.string().trim().max(300).optional(),
  phone: phoneSchema.optional(),
  email: z.union([z.email().max(200), z.literal('')]).optional(),
  since: isoDateSchema.nullable().optional(),
};

/**
 * `POST /api/cooperations/:id/liaisons`: one liaison (`partyId`, `name`, and the other
 * fields), or `table`: rows pasted from a spreadsheet (tab-, semicolon- or comma-separated),
 * with or without a header row, whose party is the `Pihak` column or `partyId`.
 */
export const createLiaisonBodySchema = z.object({
  table: z.string().max(200_000).optional(),
  partyId: idSchema.optional(),
  name: z.string().trim().min(1).max(200).optional(),
  ...fields,
});
export type CreateLiaisonBody = z.infer<typeof createLiaisonBodySchema>;

export const updateLiaisonBodySchema = z
  .object({ partyId: idSchema.optional(), name: z.string().trim().min(1).max(200).optional(), ...fields })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to change' });
export type UpdateLiaisonBody = z.infer<typeof updateLiaisonBodySchema>;

export const liaisonSchema = z.object({
  id: z.string(),
  cooperationId: z.string(),
  partyId: z.string(),
  unit: z.string(),
  /** The party's unit (OPD) the liaison belongs to; `unit` then reads that unit's name. */
  unitId: z.string().nullable(),
  name: z.string(),
  position: z.string(),
  phone: z.string(),
  email: z.string(),
  since: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LiaisonDTO = z.infer<typeof liaisonSchema>;

/** A liaison as the annex of a PKS prints it: exactly what its part's hash covers. */
export const printedLiaisonSchema = liaisonSchema.pick({
  partyId: true,
  unit: true,
  name: true,
  position: true,
  phone: true,
  email: true,
});
export type PrintedLiaison = z.infer<typeof printedLiaisonSchema>;

/** The fields of a liaison record that the annex prints, without the others. */
export const printedLiaison = (liaison: PrintedLiaison): PrintedLiaison =>
  Object.fromEntries(
    printedLiaisonSchema.keyof().options.map((key) => [key, liaison[key]]),
  ) as PrintedLiaison;

/** A pasted row that was not imported: its line number in the pasted text and why. */
export const liaisonRowErrorSchema = z.object({
  row: z.number().int(),
  id: z.string(),
  field: z.string().optional(),
  message: z.string(),
  messageEn: z.string(),
});
export type LiaisonRowError = z.infer<typeof liaisonRowErrorSchema>;

export const liaisonParamsSchema = z.object({ id: idSchema });
export const liaisonResponseSchema = z.object({ liaison: liaisonSchema });
export const liaisonListResponseSchema = z.object({ liaisons: z.array(liaisonSchema) });
/** The answer to a pasted table: the liaisons created and the rows refused. */
export const liaisonImportResponseSchema = z.object({
  liaisons: z.array(liaisonSchema),
  errors: z.array(liaisonRowErrorSchema),
});
export type LiaisonImportResponse = z.infer<typeof liaisonImportResponseSchema>;
export const liaisonListQuerySchema = z.object({ partyId: idSchema.optional() });
