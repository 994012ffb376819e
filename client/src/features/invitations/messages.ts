import { type Messages, useT } from '../../i18n/index.ts';

/**
 * The words of invitations: inviting on the members screen (owners), and the page an invitation
 * link opens (accept, or create an account there). Bahasa Indonesia and English; `{name}` marks
 * a parameter.
 */
const id = {
  'invite.button': 'Undang',
  'invite.title': 'Undang anggota',
  'invite.intro':
    'Orang yang diundang menerima tautan sekali pakai. Ia masuk dengan akunnya atau membuat akun baru di sana, lalu menjadi anggota dengan pihak dan peran di bawah ini.',
  'invite.name': 'Nama orang yang diundang',
  'invite.email': 'Surel (tidak wajib)',
  'invite.phone': 'Nomor WhatsApp (tidak wajib)',
  'invite.phoneHint': 'Misalnya 0812-3456-789. Dipakai hanya untuk membuka WhatsApp, tidak disimpan.',
  'invite.phoneInvalid':
    'Nomor ini tidak dikenali sebagai nomor Indonesia. Tulis seperti 0812-3456-789 atau +62 812 3456 789, atau kosongkan.',
  'invite.submit': 'Buat tautan undangan',
  'invite.created':
    'Tautan undangan untuk {name} sudah dibuat. Kirimkan lewat WhatsApp atau e-mail, atau salin: tautan ini hanya ditampilkan sekali, berlaku satu kali sampai {until}.',
  'invite.sendWhatsApp': 'Kirim lewat WhatsApp',
  'invite.sendWhatsAppTo': 'Kirim lewat WhatsApp ke {phone}',
  'invite.sendEmail': 'Kirim lewat e-mail',
  'invite.sendEmailTo': 'Kirim lewat e-mail ke {email}',
  'invite.sendHint':
    'Pesan berisi tautan sudah disiapkan; periksa lalu kirim dari WhatsApp atau aplikasi e-mail Anda.',
  'invite.link': 'Tautan undangan',
  'invite.copy': 'Salin tautan',
  'invite.copied': 'Tautan disalin.',
  'invite.copyFailed': 'Tautan tidak dapat disalin otomatis; pilih teksnya lalu salin.',
  'invite.another': 'Undang orang lain',
  'invite.done': 'Selesai',
  'members.howToJoin':
    'Orang baru bergabung lewat tautan undangan: tekan Undang, isi nama dan pihaknya, lalu kirim tautannya lewat WhatsApp atau e-mail. Ia cukup membuat kata sandi.',
  'members.askOwner': 'Untuk menambah anggota, mintalah {owners} (pemilik) mengundangnya.',
  'prompt.text':
    'Belum ada anggota dari {parties}. Undang orang-orangnya agar mereka ikut menyusun dan menyetujui dokumen.',
  'prompt.invite': 'Undang dari {party}',
  'pending.title': 'Undangan yang belum diterima',
  'pending.until': 'berlaku sampai {until}',
  'pending.expired': 'kedaluwarsa',
  'pending.invitedBy': 'diundang oleh {name}',
  'pending.revoke': 'Batalkan',
  'pending.revokeLabel': 'Batalkan undangan untuk {name}',
  'pending.revoked': 'Undangan untuk {name} dibatalkan.',
  'page.title': 'Undangan kerja sama',
  'page.invites': '{inviter} mengundang {name} bergabung dalam kerja sama',
  'page.as': 'sebagai {role} di pihak {party}',
  'page.signatory': 'dan sebagai penanda tangan',
  'page.until': 'Undangan berlaku sampai {until}.',
  'page.signedInAs': 'Anda masuk sebagai {name} ({username}).',
  'page.accept': 'Terima undangan',
  'page.notYou': 'Bukan Anda?',
  'page.signOut': 'Keluar',
  'page.newAccount': 'Buat akun',
  'page.newAccountIntro': 'Belum punya akun? Buat di sini; Anda langsung menjadi anggota kerja sama ini.',
  'page.username': 'Nama pengguna',
  'page.usernameHint': 'Untuk masuk: huruf, angka, titik, garis bawah atau tanda hubung.',
  'page.displayName': 'Nama tampilan',
  'page.position': 'Jabatan (tidak wajib)',
  'page.password': 'Kata sandi (minimal 8 karakter)',
  'page.repeat': 'Ulangi kata sandi',
  'page.mismatch': 'Kedua kata sandi tidak sama.',
  'page.invalid':
    'Periksa isian: nama pengguna 2–64 karakter (huruf, angka, . _ -), kata sandi minimal 8 karakter.',
  'page.create': 'Buat akun dan bergabung',
  'page.haveAccount': 'Sudah punya akun?',
  'page.signIn': 'Masuk untuk menerima undangan',
  'page.welcome': 'Selamat bergabung di {title}.',
  'page.home': 'Ke beranda',
  'home.emptyInvite':
    'Anda belum menjadi anggota kerja sama apa pun. Mintalah pemilik sebuah kerja sama mengirimkan tautan undangan kepada Anda.',
};

const en: Record<keyof typeof id, string> = {
  'invite.button': 'Invite',
  'invite.title': 'Invite a member',
  'invite.intro':
    'The person invited gets a one-time link. They sign in with their account or create one there, and become a member with the party and role below.',
  'invite.name': 'Name of the person invited',
  'invite.email': 'E-mail (optional)',
  'invite.phone': 'WhatsApp number (optional)',
  'invite.phoneHint': 'For example 0812-3456-789. Used only to open WhatsApp, never stored.',
  'invite.phoneInvalid':
    'This is not recognised as an Indonesian number. Write it as 0812-3456-789 or +62 812 3456 789, or leave it empty.',
  'invite.submit': 'Create invitation link',
  'invite.created':
    'The invitation link for {name} is ready. Send it through WhatsApp or e-mail, or copy it: it is shown only once and works once, until {until}.',
  'invite.sendWhatsApp': 'Send through WhatsApp',
  'invite.sendWhatsAppTo': 'Send through WhatsApp to {phone}',
  'invite.sendEmail': 'Send by e-mail',
  'invite.sendEmailTo': 'Send by e-mail to {email}',
  'invite.sendHint':
    'A message with the link is ready; check it, then send it from WhatsApp or your e-mail app.',
  'invite.link': 'Invitation link',
  'invite.copy': 'Copy link',
  'invite.copied': 'Link copied.',
  'invite.copyFailed': 'The link could not be copied automatically; select the text and copy it.',
  'invite.another': 'Invite someone else',
  'invite.done': 'Done',
  'members.howToJoin':
    'New people join through an invitation link: press Invite, give their name and party, then send the link through WhatsApp or e-mail. They only set a password.',
  'members.askOwner': 'To add a member, ask {owners} (owner) to invite them.',
  'prompt.text':
    'Nobody from {parties} is a member yet. Invite their people so that they draft and approve the documents too.',
  'prompt.invite': 'Invite from {party}',
  'pending.title': 'Invitations not accepted yet',
  'pending.until': 'valid until {until}',
  'pending.expired': 'expired',
  'pending.invitedBy': 'invited by {name}',
  'pending.revoke': 'Revoke',
  'pending.revokeLabel': 'Revoke the invitation for {name}',
  'pending.revoked': 'The invitation for {name} was revoked.',
  'page.title': 'Cooperation invitation',
  'page.invites': '{inviter} invites {name} to join the cooperation',
  'page.as': 'as {role} for {party}',
  'page.signatory': 'and as a signatory',
  'page.until': 'The invitation is valid until {until}.',
  'page.signedInAs': 'You are signed in as {name} ({username}).',
  'page.accept': 'Accept invitation',
  'page.notYou': 'Not you?',
  'page.signOut': 'Sign out',
  'page.newAccount': 'Create an account',
  'page.newAccountIntro': 'No account yet? Create one here; you join this cooperation at once.',
  'page.username': 'Username',
  'page.usernameHint': 'To sign in: letters, digits, dot, underscore or dash.',
  'page.displayName': 'Display name',
  'page.position': 'Position (optional)',
  'page.password': 'Password (at least 8 characters)',
  'page.repeat': 'Repeat the password',
  'page.mismatch': 'The two passwords differ.',
  'page.invalid':
    'Check the form: a username of 2–64 characters (letters, digits, . _ -), a password of at least 8.',
  'page.create': 'Create account and join',
  'page.haveAccount': 'Already have an account?',
  'page.signIn': 'Sign in to accept the invitation',
  'page.welcome': 'Welcome to {title}.',
  'page.home': 'To the home page',
  'home.emptyInvite':
    'You are not a member of any cooperation yet. Ask the owner of a cooperation to send you an invitation link.',
};

/** A key of the invitation words. */
export type InvitationsMessageKey = keyof typeof id;

const messages: Messages<InvitationsMessageKey> = { id, en };

/** The invitation words in the interface language. */
export const useInvitationsT = () => useT(messages);
