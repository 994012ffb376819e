import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../../http/password.ts';

/** `POST /api/auth/password`: the current password (proof it is the person) and the new one. */
export const passwordChangeBodySchema = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
});
export type PasswordChangeBody = z.infer<typeof passwordChangeBodySchema>;
