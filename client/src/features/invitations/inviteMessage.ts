import { whatsAppHref } from '../../../../shared/phone.ts';

/** What the invitation message says: whom it invites, to what, by whom, and the link. */
export interface InviteMessageFacts {
  /** The invitee, as the owner named them. */
  name: string;
  inviter: string;
  cooperationTitle: string;
  /** Role and party as words ("Editor", "Dinas Penanaman Modal dan PTSP Kota Jambi"). */
  role: string;
  party: string;
  /** Until when the link works, as words. */
  until: string;
  url: string;
}

/**
 * The message an owner sends with an invitation link, in Bahasa Indonesia whatever the owner's
 * interface language: it goes to the invitee, an Indonesian official, not to the owner.
 */
export function inviteMessage(f: InviteMessageFacts): { subject: string; body: string } {
  return {
    subject: `Undangan bergabung: ${f.cooperationTitle}`,
    body: [
      `Yth. ${f.name},`,
      '',
      `${f.inviter} mengundang Anda bergabung dalam kerja sama "${f.cooperationTitle}" di Sepakat, sebagai ${f.role} di pihak ${f.party}.`,
      '',
      `Buka tautan berikut, buat kata sandi, dan Anda langsung masuk ke kerja sama tersebut (tautan hanya dapat dipakai sekali, sampai ${f.until}):`,
      f.url,
    ].join('\n'),
  };
}

/**
 * A WhatsApp link carrying the message: to the number when an Indonesian one is given
 * (`https://wa.me/62…?text=`), else to a contact the owner picks (`https://wa.me/?text=`).
 */
export function whatsAppInviteHref(body: string, phone?: string): string {
  const chat = phone?.trim() ? whatsAppHref(phone) : null;
  return `${chat ?? 'https://wa.me/'}?text=${encodeURIComponent(body)}`;
}

/** A `mailto:` link with the message's subject and body, to the invitee's e-mail if known. */
export function mailInviteHref(message: { subject: string; body: string }, email?: string): string {
  const to = email?.trim() ? encodeURIComponent(email.trim()).replace(/%40/g, '@') : '';
  return `mailto:${to}?subject=${encodeURIComponent(message.subject)}&body=${encodeURIComponent(message.body)}`;
}
