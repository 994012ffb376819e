import { describe, expect, it } from 'vitest';
import { inviteMessage, mailInviteHref, whatsAppInviteHref } from './inviteMessage.ts';

const url = 'https://sepakat.example/undangan/AbC-12_x';
const message = inviteMessage({
  name: 'Kasubbag Perizinan',
  inviter: 'Kepala Perwakilan',
  cooperationTitle: 'Kerja Sama Pengawasan & Perizinan',
  role: 'Editor',
  party: 'DPMPTSP Kota Jambi',
  until: '11 Desember 2026',
  url,
});

describe('invitation message', () => {
  it('names the invitee, the cooperation, the role and party, the expiry and the link', () => {
    expect(message.subject).toBe('Undangan bergabung: Kerja Sama Pengawasan & Perizinan');
    expect(message.body).toContain('Yth. Kasubbag Perizinan,');
    expect(message.body).toContain('sebagai Editor di pihak DPMPTSP Kota Jambi');
    expect(message.body).toContain('sampai 11 Desember 2026');
    expect(message.body.endsWith(url)).toBe(true);
  });

  it('opens WhatsApp at the given Indonesian number, or lets the sender pick a contact', () => {
    const toNumber = new URL(whatsAppInviteHref(message.body, '0812-3456-789'));
    expect(toNumber.origin + toNumber.pathname).toBe('https://wa.me/628123456789');
    expect(toNumber.searchParams.get('text')).toBe(message.body);
    const anyone = new URL(whatsAppInviteHref(message.body, ''));
    expect(anyone.pathname).toBe('/');
    expect(anyone.searchParams.get('text')).toBe(message.body);
  });

  it('writes a mailto whose subject and body decode to the message (an & in the title included)', () => {
    const href = mailInviteHref(message, ' perizinan@jambikota.go.id ');
    expect(href.startsWith('mailto:perizinan@jambikota.go.id?')).toBe(true);
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(query.get('subject')).toBe(message.subject);
    expect(query.get('body')).toBe(message.body);
    expect(mailInviteHref(message).startsWith('mailto:?subject=')).toBe(true);
  });
});
