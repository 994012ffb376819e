import { z } from 'zod';

/**
 * Member roles, weakest first: the order {@link roleAtLeast} compares by. A `suggester` changes
 * the text only by suggestions (`docs/SUGGESTIONS.md`); an `editor` writes directly too.
 */
export const ROLES = ['viewer', 'commenter', 'suggester', 'editor', 'owner'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** True when `role` is `min` or stronger (viewer < commenter < suggester < editor < owner). */
export function roleAtLeast(role: Role, min: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(min);
}

/** Ids are short random strings (`shared/ids.ts`); accept anything id-shaped. */
export const idSchema = z.string().min(1).max(64);

/** Every API error: stable id, Indonesian message, English message, the field at fault if any. */
export const errorBodySchema = z.object({
  error: z.object({
    id: z.string(),
    message: z.string(),
    messageEn: z.string(),
    field: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The two kinds of agreement, MoU and PKS (minutes are documents too, but not agreements). */
export const agreementKindSchema = z.enum(['mou', 'pks']);

/** A text the UI shows in Bahasa Indonesia (`id`) and in English (`en`). */
export const bilingualSchema = z.object({ id: z.string(), en: z.string() });

/** A non-empty trimmed line of text (names, titles). */
export const lineSchema = (max: number) => z.string().trim().min(1).max(max);

/** `{ ok: true }` for commands with nothing to return. */
export const okSchema = z.object({ ok: z.literal(true) });
