import type { TimeZone } from '../../shared/api/meetings.ts';
import { dayName, parseIsoDate, shortDate } from '../../shared/words.ts';

/** A language a person reads their reminders in first; the other follows below it. */
export type Language = 'id' | 'en';

/** What a follow-up reminder says. */
export interface FollowUpFacts {
  recipientName: string;
  cooperationTitle: string;
  text: string;
  /** YYYY-MM-DD, the cooperation's local day. */
  dueDate: string;
  /** `before`: one working day ahead; `day`: on the due date. */
  when: 'before' | 'day';
  zone: TimeZone;
}

/** An e-mail's subject and plain text. */
export interface MailText {
  subject: string;
  text: string;
}

/** A date as the mail reads it: 'Kamis, 10 Desember 2026' or 'Thursday, 10 December 2026'. */
export function dateIn(language: Language, iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  if (language === 'id') return `${dayName(date)}, ${shortDate(date)}`;
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

const quoted = (text: string) =>
  text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

const WORDS = {
  id: (f: FollowUpFacts) => {
    const date = `${dateIn('id', f.dueDate)} (${f.zone})`;
    return {
      subject:
        f.when === 'day'
          ? `Pengingat: tindak lanjut jatuh tempo hari ini, ${dateIn('id', f.dueDate)}`
          : `Pengingat: tindak lanjut jatuh tempo ${dateIn('id', f.dueDate)}`,
      body: [
        `Yth. ${f.recipientName},`,
        '',
        `Anda ditunjuk sebagai penanggung jawab tindak lanjut berikut dalam kerja sama "${f.cooperationTitle}". ` +
          (f.when === 'day'
            ? `Tindak lanjut ini jatuh tempo hari ini, ${date}:`
            : `Tindak lanjut ini jatuh tempo ${date}:`),
        '',
        quoted(f.text),
        '',
        'Pesan ini dikirim otomatis oleh Sepakat satu kali untuk setiap pengingat.',
      ].join('\n'),
    };
  },
  en: (f: FollowUpFacts) => {
    const date = `${dateIn('en', f.dueDate)} (${f.zone})`;
    return {
      subject:
        f.when === 'day'
          ? `Reminder: follow-up due today, ${dateIn('en', f.dueDate)}`
          : `Reminder: follow-up due ${dateIn('en', f.dueDate)}`,
      body: [
        `Dear ${f.recipientName},`,
        '',
        `You are the person in charge of this follow-up in the cooperation "${f.cooperationTitle}". ` +
          (f.when === 'day' ? `It is due today, ${date}:` : `It is due on ${date}:`),
        '',
        quoted(f.text),
        '',
        'Sepakat sends this message automatically, once for each reminder.',
      ].join('\n'),
    };
  },
};

/** The e-mail of a follow-up reminder: subject in `language`, the body in it and then in the other. */
export function followUpMail(f: FollowUpFacts, language: Language): MailText {
  return bothLanguages(WORDS, f, language);
}

/** A text's first line, cut short for one line of a digest. */
const firstLine = (text: string, max = 160) => {
  const line = text.split('\n')[0]!.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

/** A follow-up reminder as one line of the daily digest. */
export function followUpLine(f: Omit<FollowUpFacts, 'recipientName'>, language: Language): string {
  const date = `${dateIn(language, f.dueDate)} (${f.zone})`;
  return language === 'id'
    ? `Tindak lanjut "${firstLine(f.text)}" dalam kerja sama "${f.cooperationTitle}" jatuh tempo ` +
        (f.when === 'day' ? `hari ini, ${date}.` : `${date}.`)
    : `Follow-up "${firstLine(f.text)}" in the cooperation "${f.cooperationTitle}" is due ` +
        (f.when === 'day' ? `today, ${date}.` : `on ${date}.`);
}

/** The subject in `language`; the body in it, then in the other below a rule. */
function bothLanguages<F>(
  words: Record<Language, (f: F) => { subject: string; body: string }>,
  f: F,
  language: Language,
): MailText {
  const first = words[language](f);
  const second = words[language === 'id' ? 'en' : 'id'](f);
  return { subject: first.subject, text: `${first.body}\n\n---\n\n${second.body}\n` };
}

/** What a reminder of an agreement's term end says. */
export interface TermEndFacts {
  recipientName: string;
  cooperationTitle: string;
  documentTitle: string;
  /** YYYY-MM-DD: the signing day. */
  signedDate: string;
  /** YYYY-MM-DD: the last day in force. */
  endDate: string;
  /** `6m` or `1m`: six months or one month ahead. */
  notice: '6m' | '1m';
}

const TERM_WORDS = {
  id: (f: TermEndFacts) => ({
    subject: `Pengingat: jangka waktu "${f.documentTitle}" berakhir ${dateIn('id', f.endDate)}`,
    body: [
      `Yth. ${f.recipientName},`,
      '',
      `Jangka waktu "${f.documentTitle}" dalam kerja sama "${f.cooperationTitle}", ditandatangani ` +
        `${dateIn('id', f.signedDate)}, berakhir pada ${dateIn('id', f.endDate)} ` +
        `(${f.notice === '6m' ? 'enam bulan' : 'satu bulan'} lagi).`,
      '',
      'Bila kerja sama akan dilanjutkan, PARA PIHAK dapat mulai menyusun adendum atau perjanjian ' +
        'perpanjangan di Sepakat sebelum tanggal itu: buka perjanjian tersebut, tab Info, lalu pilih ' +
        '"Susun adendum" atau "Susun perpanjangan".',
      '',
      'Pesan ini dikirim otomatis oleh Sepakat satu kali untuk setiap pengingat.',
    ].join('\n'),
  }),
  en: (f: TermEndFacts) => ({
    subject: `Reminder: the term of "${f.documentTitle}" ends on ${dateIn('en', f.endDate)}`,
    body: [
      `Dear ${f.recipientName},`,
      '',
      `The term of "${f.documentTitle}" in the cooperation "${f.cooperationTitle}", signed on ` +
        `${dateIn('en', f.signedDate)}, ends on ${dateIn('en', f.endDate)} ` +
        `(in ${f.notice === '6m' ? 'six months' : 'one month'}).`,
      '',
      'If the cooperation is to go on, the parties can start an addendum or a renewal in Sepakat ' +
        'before that day: open the agreement, its Info tab, and choose "Draft an addendum" or ' +
        '"Draft a renewal".',
      '',
      'Sepakat sends this message automatically, once for each reminder.',
    ].join('\n'),
  }),
};

/** The e-mail of a term-end reminder: subject in `language`, the body in it and then in the other. */
export function termEndMail(f: TermEndFacts, language: Language): MailText {
  return bothLanguages(TERM_WORDS, f, language);
}

/** What a reminder of an obligation's occurrence says. */
export interface ObligationFacts {
  recipientName: string;
  cooperationTitle: string;
  documentTitle: string;
  /** "Pasal 4 ayat (2)": where the agreement states it. */
  clausePath: string;
  text: string;
  /** YYYY-MM-DD: the occurrence's due date in the cooperation's zone. */
  dueDate: string;
  /** `before`: a few working days ahead; `overdue`: the day after the due date passed unreported. */
  when: 'before' | 'overdue';
  zone: TimeZone;
}

const OBLIGATION_WORDS = {
  id: (f: ObligationFacts) => {
    const date = `${dateIn('id', f.dueDate)} (${f.zone})`;
    return {
      subject:
        f.when === 'overdue'
          ? `Pengingat: kewajiban lewat jatuh tempo ${dateIn('id', f.dueDate)}`
          : `Pengingat: kewajiban jatuh tempo ${dateIn('id', f.dueDate)}`,
      body: [
        `Yth. ${f.recipientName},`,
        '',
        `Pihak Anda bertanggung jawab atas kewajiban berikut dari ${f.clausePath} "${f.documentTitle}" ` +
          `dalam kerja sama "${f.cooperationTitle}". ` +
          (f.when === 'overdue'
            ? `Kewajiban ini jatuh tempo ${date} dan belum dilaporkan selesai:`
            : `Kewajiban ini jatuh tempo ${date}:`),
        '',
        quoted(f.text),
        '',
        'Laporkan pelaksanaannya beserta buktinya di Sepakat, pada daftar kewajiban kerja sama tersebut.',
        '',
        'Pesan ini dikirim otomatis oleh Sepakat satu kali untuk setiap pengingat.',
      ].join('\n'),
    };
  },
  en: (f: ObligationFacts) => {
    const date = `${dateIn('en', f.dueDate)} (${f.zone})`;
    return {
      subject:
        f.when === 'overdue'
          ? `Reminder: obligation overdue since ${dateIn('en', f.dueDate)}`
          : `Reminder: obligation due ${dateIn('en', f.dueDate)}`,
      body: [
        `Dear ${f.recipientName},`,
        '',
        `Your party is responsible for this obligation of ${f.clausePath} of "${f.documentTitle}" ` +
          `in the cooperation "${f.cooperationTitle}". ` +
          (f.when === 'overdue'
            ? `It was due on ${date} and is not yet reported done:`
            : `It is due on ${date}:`),
        '',
        quoted(f.text),
        '',
        "Report what was done, with its evidence, in Sepakat, on the cooperation's list of obligations.",
        '',
        'Sepakat sends this message automatically, once for each reminder.',
      ].join('\n'),
    };
  },
};

/** The e-mail of an obligation reminder: subject in `language`, the body in it and then in the other. */
export function obligationMail(f: ObligationFacts, language: Language): MailText {
  return bothLanguages(OBLIGATION_WORDS, f, language);
}

/** An obligation reminder as one line of the daily digest. */
export function obligationLine(f: Omit<ObligationFacts, 'recipientName'>, language: Language): string {
  const date = `${dateIn(language, f.dueDate)} (${f.zone})`;
  return language === 'id'
    ? `Kewajiban ${f.clausePath} "${f.documentTitle}" dalam kerja sama "${f.cooperationTitle}" ` +
        `${f.when === 'overdue' ? 'lewat jatuh tempo' : 'jatuh tempo'} ${date}: ${firstLine(f.text)}`
    : `Obligation of ${f.clausePath} of "${f.documentTitle}" in the cooperation "${f.cooperationTitle}" ` +
        `${f.when === 'overdue' ? 'overdue since' : 'due on'} ${date}: ${firstLine(f.text)}`;
}

/** What the daily digest lists: the day and each reminder's line in both languages. */
export interface DigestFacts {
  recipientName: string;
  /** YYYY-MM-DD: the local day it lists. */
  day: string;
  lines: Record<Language, string>[];
}

const numbered = (lines: string[]) => lines.map((line, i) => `${i + 1}. ${line}`).join('\n');

const DIGEST_WORDS = {
  id: (f: DigestFacts) => ({
    subject: `Ringkasan pengingat Sepakat, ${dateIn('id', f.day)}: ${f.lines.length} pengingat`,
    body: [
      `Yth. ${f.recipientName},`,
      '',
      `Berikut pengingat Anda untuk ${dateIn('id', f.day)}:`,
      '',
      numbered(f.lines.map((l) => l.id)),
      '',
      'Ringkasan ini dikirim otomatis oleh Sepakat satu kali sehari pukul 07.00. Anda dapat memilih ' +
        'satu e-mail untuk setiap pengingat, atau mematikannya, di Pengaturan notifikasi.',
    ].join('\n'),
  }),
  en: (f: DigestFacts) => ({
    subject: `Sepakat reminders for ${dateIn('en', f.day)}: ${f.lines.length}`,
    body: [
      `Dear ${f.recipientName},`,
      '',
      `Your reminders for ${dateIn('en', f.day)}:`,
      '',
      numbered(f.lines.map((l) => l.en)),
      '',
      'Sepakat sends this summary automatically, once a day at 07:00. You can choose one e-mail per ' +
        'reminder, or none, in the notification settings.',
    ].join('\n'),
  }),
};

/** The daily digest: subject in `language`, the list in it and then in the other. */
export function digestMail(f: DigestFacts, language: Language): MailText {
  return bothLanguages(DIGEST_WORDS, f, language);
}
