import { z } from 'zod';
import { idSchema } from './common.ts';
import { liaisonRowErrorSchema } from './liaisons.ts';

/**
 * A NIP (Nomor Induk Pegawai) as people write it, "19750312 200003 1 004" or with dots: its 18
 * digits are kept, the spaces and dots dropped; empty while unknown.
 */
export const nipSchema = z
  .string()
  .trim()
  .max(40)
  .transform((s) => s.replace(/[\s.]/g, ''))
  .refine((s) => s === '' || /^\d{18}$/.test(s), { message: 'nip' });

/** Whether `text` reads as a NIP: 18 digits once spaces and dots are dropped. */
export const isNip = (text: string): boolean => /^\d{18}$/.test(text.replace(/[\s.]/g, ''));

/** The fields of a unit besides its party and name; absent ones stay as they are (or empty). */
const fields = {
  shortName: z.string().trim().max(100).optional(),
  headName: z.string().trim().max(300).optional(),
  headPosition: z.string().trim().max(300).optional(),
  headNip: nipSchema.optional(),
  kuasaRef: z.string().trim().max(500).optional(),
  address: z.string().trim().max(500).optional(),
};

/** A unit's name: "Dinas Kependudukan dan Pencatatan Sipil". */
const unitNameSchema = z.string().trim().min(1).max(300);

/**
 * `POST /api/cooperations/:id/units`: one unit of party `partyId` (`name` and the other fields),
 * or `table`: rows pasted from a spreadsheet (tab-, semicolon- or comma-separated), with or
 * without a header row (Nama OPD, Singkatan, Nama Kepala, Jabatan, NIP, Surat Kuasa, Alamat).
 */
export const createUnitBodySchema = z.object({
  partyId: idSchema,
  table: z.string().max(200_000).optional(),
  name: unitNameSchema.optional(),
  ...fields,
});
export type CreateUnitBody = z.infer<typeof createUnitBodySchema>;

/** `PATCH /api/units/:id`: any of the fields; the party never changes. */
export const updateUnitBodySchema = z
  .object({ name: unitNameSchema.optional(), ...fields })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to change' });
export type UpdateUnitBody = z.infer<typeof updateUnitBodySchema>;

/**
 * `POST /api/cooperations/:id/units/adopt`: makes a unit of party `partyId` for every distinct
 * `unit` text of its liaisons that names none yet, and links those liaisons to their unit.
 */
export const adoptUnitsBodySchema = z.object({ partyId: idSchema });
export type AdoptUnitsBody = z.infer<typeof adoptUnitsBodySchema>;

/** A party's unit (OPD, unit kerja) as the API shows it. */
export const unitSchema = z.object({
  id: z.string(),
  cooperationId: z.string(),
  partyId: z.string(),
  name: z.string(),
  shortName: z.string(),
  headName: z.string(),
  headPosition: z.string(),
  /** 18 digits, or empty while unknown. */
  headNip: z.string(),
  /** The surat kuasa from the head of the region: its number and date, as printed. */
  kuasaRef: z.string(),
  address: z.string(),
  /** The members who belong to the unit (user ids). */
  memberIds: z.array(z.string()),
  /** How many liaisons of the register belong to the unit. */
  liaisonCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UnitDTO = z.infer<typeof unitSchema>;

/** A pasted row that was not imported: its line number in the pasted text and why (as a liaison's). */
export const unitRowErrorSchema = liaisonRowErrorSchema;
export type UnitRowError = z.infer<typeof unitRowErrorSchema>;

export const unitParamsSchema = z.object({ id: idSchema });
export const unitListQuerySchema = z.object({ partyId: idSchema.optional() });
export const unitResponseSchema = z.object({ unit: unitSchema });
/** The units, and the parties whose units the signed-in member may manage (`unit.manage`). */
export const unitListResponseSchema = z.object({
  units: z.array(unitSchema),
  canManagePartyIds: z.array(z.string()),
});
export type UnitListResponse = z.infer<typeof unitListResponseSchema>;
/** The answer to a pasted table: the units created and the rows refused. */
export const unitImportResponseSchema = z.object({
  units: z.array(unitSchema),
  errors: z.array(unitRowErrorSchema),
});
export type UnitImportResponse = z.infer<typeof unitImportResponseSchema>;
/** The answer to adopting the register: the units created and how many liaisons were linked. */
export const adoptUnitsResponseSchema = z.object({
  units: z.array(unitSchema),
  linkedLiaisons: z.number().int(),
});
export type AdoptUnitsResponse = z.infer<typeof adoptUnitsResponseSchema>;
