import { type Messages, useT } from '../../i18n/index.ts';

/**
 * The words of the bell, its panel and the notification settings. Bahasa Indonesia and
 * English; `{name}` marks a parameter.
 */
const id = {
  'bell.label': 'Notifikasi: {n} belum dibaca',
  'bell.labelNone': 'Notifikasi: tidak ada yang belum dibaca',
  'bell.title': 'Notifikasi',
  'bell.empty': 'Belum ada notifikasi.',
  'bell.markAll': 'Tandai semua dibaca',
  'bell.settings': 'Pengaturan notifikasi',
  'bell.unread': 'belum dibaca',
  'bell.loadFailed': 'Notifikasi tidak dapat dimuat.',
  'item.actionDue': 'Tindak lanjut jatuh tempo {date}: {text}',
  'item.actionDueToday': 'Tindak lanjut jatuh tempo hari ini, {date}: {text}',
  'item.termEnd': 'Jangka waktu "{title}" berakhir {date}: adendum atau perpanjangan dapat disusun',
  'item.obligationReported': '{name} melaporkan pelaksanaan kewajiban: {text}',
  'item.obligationCommented': '{name} menanggapi laporan Anda: {text}',
  'item.obligationRequested': '{name} meminta kelengkapan laporan Anda: {text}',
  'item.obligationDue': 'Kewajiban {path} jatuh tempo {date}: {text}',
  'item.obligationOverdue': 'Kewajiban {path} lewat jatuh tempo {date}: {text}',
  'item.publicReportDue': 'Laporan masyarakat {reference} ({unit}) harus ditanggapi paling lambat {date}',
  'item.publicReportOverdue': 'Laporan masyarakat {reference} ({unit}) lewat batas waktu tanggapan {date}',
  'item.other': 'Pemberitahuan',
  'when.now': 'baru saja',
  'settings.intro':
    'Notifikasi selalu muncul di lonceng. Isi alamat e-mail bila Anda juga ingin menerima pengingat lewat e-mail.',
  'settings.email': 'Alamat e-mail (kosongkan bila hanya di aplikasi)',
  'settings.language': 'Bahasa e-mail',
  'settings.languageId': 'Bahasa Indonesia',
  'settings.languageEn': 'English',
  'settings.mode': 'Pengingat lewat e-mail',
  'settings.modeDigest': 'Ringkasan harian (satu e-mail pukul 07.00)',
  'settings.modeEach': 'Setiap pengingat',
  'settings.modeOff': 'Mati',
  'settings.kinds': 'Yang dikirim lewat e-mail',
  'kind.followUps': 'Tindak lanjut rapat',
  'kind.obligations': 'Kewajiban yang jatuh tempo',
  'kind.termEnds': 'Berakhirnya jangka waktu perjanjian',
  'kind.reports': 'Laporan pelaksanaan dan tanggapannya',
  'kind.publicReports': 'Laporan masyarakat',
  'kind.rounds': 'Putaran pembahasan naskah',
  'settings.save': 'Simpan',
  'settings.saved': 'Pengaturan notifikasi disimpan.',
};

const en: Record<keyof typeof id, string> = {
  'bell.label': 'Notifications: {n} unread',
  'bell.labelNone': 'Notifications: none unread',
  'bell.title': 'Notifications',
  'bell.empty': 'No notifications yet.',
  'bell.markAll': 'Mark all as read',
  'bell.settings': 'Notification settings',
  'bell.unread': 'unread',
  'bell.loadFailed': 'Notifications could not be loaded.',
  'item.actionDue': 'Follow-up due {date}: {text}',
  'item.actionDueToday': 'Follow-up due today, {date}: {text}',
  'item.termEnd': 'The term of "{title}" ends on {date}: an addendum or renewal can be started',
  'item.obligationReported': '{name} reported on an obligation: {text}',
  'item.obligationCommented': '{name} commented on your report: {text}',
  'item.obligationRequested': '{name} asked for more on your report: {text}',
  'item.obligationDue': 'Obligation of {path} due on {date}: {text}',
  'item.obligationOverdue': 'Obligation of {path} overdue since {date}: {text}',
  'item.publicReportDue': 'Public report {reference} ({unit}) must be answered by {date}',
  'item.publicReportOverdue': 'Public report {reference} ({unit}) is past its response deadline of {date}',
  'item.other': 'Notice',
  'when.now': 'just now',
  'settings.intro':
    'Notifications always appear under the bell. Fill in an e-mail address if you also want reminders by e-mail.',
  'settings.email': 'E-mail address (leave empty for the app only)',
  'settings.language': 'E-mail language',
  'settings.languageId': 'Bahasa Indonesia',
  'settings.languageEn': 'English',
  'settings.mode': 'Reminders by e-mail',
  'settings.modeDigest': 'Daily digest (one e-mail at 07:00)',
  'settings.modeEach': 'Every reminder',
  'settings.modeOff': 'Off',
  'settings.kinds': 'Sent by e-mail',
  'kind.followUps': 'Meeting follow-ups',
  'kind.obligations': 'Obligations falling due',
  'kind.termEnds': "End of an agreement's term",
  'kind.reports': 'Implementation reports and their answers',
  'kind.publicReports': 'Reports from the public',
  'kind.rounds': 'Drafting rounds',
  'settings.save': 'Save',
  'settings.saved': 'Notification settings saved.',
};

export type NotificationMessageKey = keyof typeof id;
export const notificationMessages: Messages<NotificationMessageKey> = { id, en };

/** The translate function over the bell's words. */
export const useNotificationT = () => useT(notificationMessages);
