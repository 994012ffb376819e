import { z } from 'zod';
import type { PartyWording } from '../words.ts';
import { idSchema } from './common.ts';
import { timeZoneSchema } from './meetings.ts';

/**
 * How a cooperation's agreements name and place their parties, kept in the cooperation's
 * `settings.parties`: "PIHAK PERTAMA" or "PIHAK KESATU", and whether PIHAK PERTAMA signs on
 * the left (the usual layout) or on the right (some regions put PIHAK KEDUA on the left).
 */
export const partySettingsSchema = z
  .object({
    wording: z.enum(['pertama', 'kesatu']).optional(),
    signatureOrder: z.enum(['firstLeft', 'firstRight']).optional(),
  })
  .strict();
export type PartySettings = z.infer<typeof partySettingsSchema>;

/**
 * `PATCH /api/cooperations/:id/settings`: the settings to change; what is left out stays.
 * `timeZone` is the zone every time of the cooperation is shown in (WIB, WITA or WIT).
 * `suggestOnlyParties` is the whole list of parties whose members may only suggest, whatever
 * their role (empty: none). `variantApprovalByCooperationBureau`: whether a PKS variant's
 * party approves it through its members without a unit (Bagian Kerja Sama) too, besides the
 * members of the variant's unit (OPD).
 */
export const settingsBodySchema = z
  .object({
    parties: partySettingsSchema.optional(),
    timeZone: timeZoneSchema.optional(),
    suggestOnlyParties: z.array(idSchema).max(50).optional(),
    variantApprovalByCooperationBureau: z.boolean().optional(),
  })
  .strict();
export type SettingsBody = z.infer<typeof settingsBodySchema>;

export const settingsResponseSchema = z.object({ settings: z.record(z.string(), z.unknown()) });

/** The party settings in force, defaults filled in. */
export interface AgreementPartySettings {
  wording: PartyWording;
  /** PIHAK PERTAMA's signature on the left (the default) or on the right. */
  firstSignsLeft: boolean;
}

/**
 * The wording a document's own text uses: "PIHAK KESATU" or "PIHAK PERTAMA" as written in its
 * komparisi, else `fallback` (the cooperation's setting). The signatures and paraf boxes follow
 * the text, so a document made before the setting changed prints the labels its text uses.
 */
export function wordingOfText(text: string, fallback: PartyWording): PartyWording {
  if (/\bPIHAK KESATU\b/.test(text)) return 'kesatu';
  if (/\bPIHAK PERTAMA\b/.test(text)) return 'pertama';
  return fallback;
}

/** Reads `settings.parties` as stored (anything unreadable falls back to the defaults). */
export function agreementPartySettings(
  settings: Record<string, unknown> | null | undefined,
): AgreementPartySettings {
  const parsed = partySettingsSchema.safeParse(settings?.parties ?? {});
  const s = parsed.success ? parsed.data : {};
  return { wording: s.wording ?? 'pertama', firstSignsLeft: s.signatureOrder !== 'firstRight' };
}

/**
 * The parties whose members may only suggest (`settings.suggestOnlyParties`), whatever their
 * role; anything unreadable counts as none. The server reads the same list in SQL
 * (`server/db/repos/members.ts`) to fill a member's `suggestOnly`.
 */
export function suggestOnlyPartiesOf(settings: Record<string, unknown> | null | undefined): string[] {
  const list = settings?.suggestOnlyParties;
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
}

/**
 * Whether members of a variant's party who belong to no unit (Bagian Kerja Sama) approve the
 * variant for that party too (`settings.variantApprovalByCooperationBureau`; off unless set).
 */
export function variantApprovalByCooperationBureau(
  settings: Record<string, unknown> | null | undefined,
): boolean {
  return settings?.variantApprovalByCooperationBureau === true;
}
