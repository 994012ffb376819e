import { AppError } from './appError.ts';

const SUBJECTS: Record<string, [string, string]> = {
  cooperation: ['Kerja sama', 'Cooperation'],
  document: ['Dokumen', 'Document'],
  user: ['Pengguna', 'User'],
  member: ['Anggota', 'Member'],
  party: ['Pihak', 'Party'],
  clause: ['Pasal', 'Clause'],
  meeting: ['Rapat', 'Meeting'],
  point: ['Poin pembahasan', 'Discussion point'],
  version: ['Versi', 'Version'],
  route: ['Alamat', 'Route'],
};

/**
 * 404 `<subject>.not_found`. Known subjects (cooperation, document, user, member, party, clause,
 * meeting, point, version, route) get their names; other subjects pass their own words.
 */
export const notFound = (subject = 'resource', nameId?: string, nameEn?: string) => {
  const [id, en] = SUBJECTS[subject] ?? [nameId ?? 'Data', nameEn ?? 'Resource'];
  return new AppError(`${subject}.not_found`, 404, `${id} tidak ditemukan.`, `${en} not found.`);
};

/** 400 `validation.invalid` naming the field at fault. */
export const validation = (field: string | undefined, message: string, messageEn: string) =>
  new AppError('validation.invalid', 400, message, messageEn, field);
