import { type Messages, useT } from '../../i18n/index.ts';

/**
 * The words of a session that ended elsewhere, of access withdrawn, and of changing one's
 * password. Bahasa Indonesia and English; `{name}` marks a parameter.
 */
const id = {
  'ended.signedOut': 'Sesi Anda telah berakhir. Silakan masuk kembali.',
  'ended.unsentKept':
    'Perubahan yang belum terkirim tetap tersimpan di perangkat ini dan dikirim setelah Anda masuk kembali.',
  'ended.notMember':
    'Anda tidak lagi menjadi anggota kerja sama yang tadi dibuka, sehingga halamannya ditutup.',
  'ended.dismiss': 'Mengerti',
  'password.menu': 'Ganti kata sandi',
  'password.title': 'Ganti kata sandi',
  'password.intro':
    'Setelah kata sandi diganti, Anda dikeluarkan dari semua perangkat dan peramban lain tempat Anda masuk. Di sini Anda tetap masuk.',
  'password.current': 'Kata sandi saat ini',
  'password.new': 'Kata sandi baru',
  'password.repeat': 'Ulangi kata sandi baru',
  'password.hint': 'Paling sedikit {min} karakter.',
  'password.required': 'Isi kata sandi saat ini.',
  'password.tooShort': 'Kata sandi baru paling sedikit {min} karakter.',
  'password.tooLong': 'Kata sandi baru paling banyak {max} karakter.',
  'password.mismatch': 'Kedua isian kata sandi baru tidak sama.',
  'password.submit': 'Ganti kata sandi',
  'password.submitting': 'Mengganti…',
  'password.done': 'Kata sandi diganti. Perangkat lain tempat Anda masuk sudah dikeluarkan.',
};

const en: Record<keyof typeof id, string> = {
  'ended.signedOut': 'Your session has ended. Please sign in again.',
  'ended.unsentKept': 'Changes not sent yet stay on this device and are sent once you sign in again.',
  'ended.notMember': 'You are no longer a member of the cooperation that was open, so its page was closed.',
  'ended.dismiss': 'Got it',
  'password.menu': 'Change password',
  'password.title': 'Change password',
  'password.intro':
    'Once your password is changed, you are signed out on every other device and browser where you are signed in. You stay signed in here.',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.repeat': 'Repeat the new password',
  'password.hint': 'At least {min} characters.',
  'password.required': 'Enter your current password.',
  'password.tooShort': 'The new password needs at least {min} characters.',
  'password.tooLong': 'The new password may have at most {max} characters.',
  'password.mismatch': 'The two new passwords are not the same.',
  'password.submit': 'Change password',
  'password.submitting': 'Changing…',
  'password.done': 'Password changed. Your other devices have been signed out.',
};

/** A key of the session and password words. */
export type AuthMessageKey = keyof typeof id;

const messages: Messages<AuthMessageKey> = { id, en };

/** The session and password words in the interface language. */
export const useAuthT = () => useT(messages);
