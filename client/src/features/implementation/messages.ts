import { type Messages, useT } from '../../i18n/index.ts';
import type { DashboardState } from './api.ts';

/**
 * The words of the implementation dashboards: the cooperation's summary, one OPD's obligations
 * and the home page's week. Bahasa Indonesia and English; `{name}` marks a parameter.
 */
const id = {
  'state.overdue': 'Terlambat',
  'state.needs_more': 'Perlu dilengkapi',
  'state.blocked': 'Terkendala',
  'state.due': 'Jatuh tempo',
  'state.in_progress': 'Sedang berjalan',
  'state.upcoming': 'Akan datang',
  'state.on_event': 'Bergantung peristiwa',
  'state.done': 'Selesai',
  'pending.event': 'bergantung peristiwa',
  'pending.signing': 'menunggu penandatanganan',
  'pending.none': 'tanpa tenggat',
  'summary.title': 'Ringkasan pelaksanaan',
  'summary.period': 'Sejak penandatanganan hingga {to}, per hari ini {today} ({zone}).',
  'summary.total': '{obligations} kewajiban dikonfirmasi, {occurrences} kali jatuh tempo.',
  'summary.none':
    'Belum ada kewajiban yang dikonfirmasi. Konfirmasikan kewajiban naskah final atau yang sudah ditandatangani di bawah ini; ringkasannya muncul di sini.',
  'summary.byParty': 'Per pihak',
  'summary.byUnit': 'Per OPD',
  'summary.party': 'Pihak',
  'summary.unit': 'OPD',
  'summary.noUnit': 'Tanpa OPD',
  'summary.openUnit': 'Pelaksanaan {unit}',
  'attention.title': 'Perlu ditindaklanjuti',
  'attention.empty': 'Tidak ada kewajiban yang terlambat, jatuh tempo atau perlu dilengkapi.',
  'item.due': 'tenggat {date}',
  'item.liaison': 'PIC: {name}',
  'times.title': 'Waktu tanggap laporan masyarakat per OPD',
  'times.empty': 'Belum ada laporan masyarakat yang diteruskan.',
  'times.forwarded': 'Diteruskan',
  'times.inTime': 'Tepat waktu',
  'times.late': 'Terlambat dijawab',
  'times.waiting': 'Menunggu',
  'times.overdue': 'Lewat tenggat',
  'times.median': 'Median',
  'times.commitment': 'Komitmen',
  'times.days': '{n} hari kerja',
  'times.none': '–',
  'times.slower': 'lebih lama dari komitmen',
  'unit.title': 'Pelaksanaan {unit}',
  'unit.back': 'Semua OPD',
  'unit.intro': 'Kewajiban OPD ini di semua dokumen kerja sama: MoU, PKS induk dan PKS OPD-nya sendiri.',
  'unit.empty': 'Belum ada kewajiban OPD ini yang dikonfirmasi.',
  'unit.link': 'Lihat pelaksanaan',
  'unit.linkOf': 'Lihat pelaksanaan {unit}',
  'week.title': 'Kewajiban Anda minggu ini',
  'week.range': 'Senin {from} sampai Minggu {to}, termasuk yang sudah terlambat.',
  'week.empty': 'Tidak ada kewajiban Anda yang jatuh tempo minggu ini atau terlambat.',
  'week.loadFailed': 'Kewajiban minggu ini tidak dapat dimuat.',
  'reason.liaison': 'Anda penghubungnya',
  'reason.unit': 'OPD Anda',
  'reason.party': 'Pihak Anda',
};

const en: Record<keyof typeof id, string> = {
  'state.overdue': 'Overdue',
  'state.needs_more': 'Needs more',
  'state.blocked': 'Blocked',
  'state.due': 'Due',
  'state.in_progress': 'In progress',
  'state.upcoming': 'Upcoming',
  'state.on_event': 'Depends on an event',
  'state.done': 'Done',
  'pending.event': 'depends on an event',
  'pending.signing': 'awaiting signing',
  'pending.none': 'no deadline',
  'summary.title': 'Implementation summary',
  'summary.period': 'From the signing to {to}, as of today {today} ({zone}).',
  'summary.total': '{obligations} confirmed obligations, due {occurrences} times.',
  'summary.none':
    'No obligation is confirmed yet. Confirm the obligations of a final or signed text below; their summary appears here.',
  'summary.byParty': 'By party',
  'summary.byUnit': 'By OPD',
  'summary.party': 'Party',
  'summary.unit': 'OPD',
  'summary.noUnit': 'No OPD',
  'summary.openUnit': 'Implementation of {unit}',
  'attention.title': 'Needs action',
  'attention.empty': 'Nothing is overdue, due or needs more.',
  'item.due': 'deadline {date}',
  'item.liaison': 'Liaison: {name}',
  'times.title': 'Response times to reports from the public, by OPD',
  'times.empty': 'No report from the public has been forwarded yet.',
  'times.forwarded': 'Forwarded',
  'times.inTime': 'In time',
  'times.late': 'Answered late',
  'times.waiting': 'Waiting',
  'times.overdue': 'Past deadline',
  'times.median': 'Median',
  'times.commitment': 'Commitment',
  'times.days': '{n} working days',
  'times.none': '–',
  'times.slower': 'slower than committed',
  'unit.title': 'Implementation of {unit}',
  'unit.back': 'All OPDs',
  'unit.intro':
    "This OPD's obligations in every document of the cooperation: the MoU, the master PKS and its own PKS.",
  'unit.empty': 'No obligation of this OPD is confirmed yet.',
  'unit.link': 'View implementation',
  'unit.linkOf': 'View implementation of {unit}',
  'week.title': 'What you owe this week',
  'week.range': 'Monday {from} to Sunday {to}, with anything already overdue.',
  'week.empty': 'Nothing of yours is due this week or overdue.',
  'week.loadFailed': "This week's obligations could not be loaded.",
  'reason.liaison': 'You are the liaison',
  'reason.unit': 'Your OPD',
  'reason.party': 'Your party',
};

export type ImplementationMessageKey = keyof typeof id;
export const implementationMessages: Messages<ImplementationMessageKey> = { id, en };

/** The translate function over the dashboards' words. */
export const useImplementationT = () => useT(implementationMessages);

/** The message key of a state's word. */
export const stateKey = (state: DashboardState): ImplementationMessageKey => `state.${state}`;
