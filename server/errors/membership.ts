import { AppError, conflict } from './appError.ts';
import { forbidden } from './auth.ts';
import { notFound } from './resources.ts';

/** 404 `invitation.not_found`: no invitation has this link (or it belongs to another cooperation). */
export const invitationNotFound = () => notFound('invitation', 'Undangan', 'Invitation');

/** 410 `invitation.used`: the link was accepted already; a link works once. */
export const invitationUsed = () =>
  new AppError(
    'invitation.used',
    410,
    'Undangan ini sudah dipakai. Mintalah pemilik kerja sama mengirim undangan baru bila perlu.',
    'This invitation has been used already. Ask the cooperation owner for a new one if needed.',
  );

/** 410 `invitation.revoked`. */
export const invitationRevoked = () =>
  new AppError(
    'invitation.revoked',
    410,
    'Undangan ini sudah dibatalkan oleh pemilik kerja sama.',
    'This invitation was revoked by the cooperation owner.',
  );

/** 410 `invitation.expired`. */
export const invitationExpired = () =>
  new AppError(
    'invitation.expired',
    410,
    'Undangan ini sudah kedaluwarsa. Mintalah pemilik kerja sama mengirim undangan baru.',
    'This invitation has expired. Ask the cooperation owner for a new one.',
  );

/** 409 `member.exists`. */
export const alreadyMember = () =>
  conflict(
    'member.exists',
    'Anda sudah menjadi anggota kerja sama ini.',
    'You are already a member of this cooperation.',
  );

/** 409 `user.username_taken`: told only to the holder of an invitation link, for the name they chose. */
export const usernameTaken = () =>
  new AppError(
    'user.username_taken',
    409,
    'Nama pengguna ini sudah dipakai. Pilih nama pengguna lain, atau masuk bila ini akun Anda.',
    'This username is taken. Choose another one, or sign in if it is your account.',
    'username',
  );

/** 409 `member.last_owner`: a cooperation keeps at least one owner. */
export const lastOwner = () =>
  conflict(
    'member.last_owner',
    'Kerja sama harus tetap memiliki paling sedikit satu pemilik (owner).',
    'A cooperation must keep at least one owner.',
  );

/** 403 `cooperation.create_forbidden`. */
export const mayNotCreateCooperation = () =>
  forbidden(
    'cooperation.create_forbidden',
    'Akun Anda belum diizinkan membuat kerja sama baru. Mintalah pengelola server memberi izin, atau mintalah pemilik kerja sama mengundang Anda.',
    'Your account may not start a new cooperation yet. Ask the server administrator for permission, or ask a cooperation owner to invite you.',
  );
