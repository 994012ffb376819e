import { z } from 'zod';

/** A signed-in person as the API shows them. */
export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  /** Jabatan, e.g. "Kepala Perwakilan". */
  position: z.string(),
});
export type UserDTO = z.infer<typeof userSchema>;

/** Usernames: letters, digits, dot, dash, underscore; compared without case. */
export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/);

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(1024),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const userResponseSchema = z.object({ user: userSchema });
export type UserResponse = z.infer<typeof userResponseSchema>;
