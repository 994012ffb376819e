import { type Messages, useT } from '../../i18n/index.ts';

/**
 * The words of calendar files and the personal calendar feed (the user menu's Kalender dialog,
 * a meeting's .ics link). Bahasa Indonesia and English; `{name}` marks a parameter.
 */
const id = {
  'calendar.menu': 'Kalender',
  'calendar.title': 'Kalender langganan',
  'calendar.intro':
    'Tambahkan rapat dan tenggat tindak lanjut dari semua kerja sama Anda ke Google Calendar atau Outlook. Alamat ini rahasia: siapa pun yang memegangnya dapat melihat jadwal Anda tanpa masuk.',
  'calendar.none': 'Anda belum memiliki alamat kalender.',
  'calendar.active': 'Alamat kalender aktif sejak {since}. Alamatnya hanya ditampilkan sekali saat dibuat.',
  'calendar.create': 'Buat alamat kalender',
  'calendar.rotate': 'Ganti alamat',
  'calendar.rotateHint': 'Alamat lama langsung berhenti berlaku.',
  'calendar.revoke': 'Cabut alamat',
  'calendar.revoked': 'Alamat kalender dicabut.',
  'calendar.url':
    'Alamat kalender (salin ke Google Calendar: Tambahkan kalender → Dari URL; Outlook: Tambahkan kalender → Berlangganan dari web)',
  'calendar.copy': 'Salin alamat',
  'calendar.copied': 'Alamat disalin.',
  'calendar.copyFailed': 'Alamat tidak dapat disalin otomatis; pilih teksnya lalu salin.',
  'calendar.close': 'Tutup',
  'calendar.meetingIcs': 'Unduh .ics',
  'calendar.meetingIcsTitle': 'Unduh rapat ini sebagai berkas kalender (.ics)',
};

const en: Record<keyof typeof id, string> = {
  'calendar.menu': 'Calendar',
  'calendar.title': 'Calendar subscription',
  'calendar.intro':
    'Add the meetings and follow-up due dates of all your cooperations to Google Calendar or Outlook. This address is secret: whoever holds it can see your schedule without signing in.',
  'calendar.none': 'You have no calendar address yet.',
  'calendar.active':
    'Calendar address active since {since}. The address is shown only once, when it is made.',
  'calendar.create': 'Make a calendar address',
  'calendar.rotate': 'Replace the address',
  'calendar.rotateHint': 'The old address stops working at once.',
  'calendar.revoke': 'Revoke the address',
  'calendar.revoked': 'Calendar address revoked.',
  'calendar.url':
    'Calendar address (Google Calendar: Add calendar → From URL; Outlook: Add calendar → Subscribe from web)',
  'calendar.copy': 'Copy the address',
  'calendar.copied': 'Address copied.',
  'calendar.copyFailed': 'The address could not be copied automatically; select the text and copy it.',
  'calendar.close': 'Close',
  'calendar.meetingIcs': 'Download .ics',
  'calendar.meetingIcsTitle': 'Download this meeting as a calendar file (.ics)',
};

export type CalendarMessageKey = keyof typeof id;
export const calendarMessages: Messages<CalendarMessageKey> = { id, en };

/** The translate function over the calendar's words. */
export const useCalendarT = () => useT(calendarMessages);
