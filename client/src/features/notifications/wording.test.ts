import { describe, expect, it } from 'vitest';
import type { NotificationDTO } from './api.ts';
import { describeNotification, howLongAgo } from './wording.ts';

const item = (over: Partial<NotificationDTO>): NotificationDTO => ({
  id: 'n1',
  cooperationId: 'c1',
  kind: 'action.due',
  payload: {},
  createdAt: '2026-12-09T03:00:00.000Z',
  readAt: null,
  ...over,
});

describe('describeNotification', () => {
  it("words a follow-up's reminder by its day and leads to the cooperation's follow-ups", () => {
    const payload = {
      actionId: 'a1',
      cooperationTitle: 'Kerja Sama Uji',
      text: 'Kirim daftar',
      dueDate: '2026-12-10',
      when: 'before',
    };
    const id = describeNotification(item({ payload }), 'id');
    expect(id.what).toMatch(/^Tindak lanjut jatuh tempo Kamis, 0?10 Desember 2026: Kirim daftar$/);
    expect(id.cooperation).toBe('Kerja Sama Uji');
    expect(id.href).toBe('/k/c1/tindak-lanjut');
    const en = describeNotification(item({ payload: { ...payload, when: 'day' } }), 'en');
    // ICU versions differ on the comma after the weekday.
    expect(en.what).toMatch(/^Follow-up due today, Thursday,? 10 December 2026: Kirim daftar$/);
  });

  it("words a public report's reminder by its reference, OPD and due day, and leads to the reports", () => {
    const payload = {
      reportId: 'r1',
      reference: '0789/LM/XII/2026',
      unitName: 'Disdukcapil',
      dueOn: '2026-12-28',
    };
    const before = describeNotification(
      item({ kind: 'public_report.due', payload: { ...payload, when: 'before' } }),
      'id',
    );
    expect(before.what).toMatch(
      /^Laporan masyarakat 0789\/LM\/XII\/2026 \(Disdukcapil\) harus ditanggapi paling lambat Senin, 0?28 Desember 2026$/,
    );
    expect(before.href).toBe('/k/c1/laporan');
    const late = describeNotification(
      item({ kind: 'public_report.due', payload: { ...payload, when: 'overdue' } }),
      'en',
    );
    expect(late.what).toMatch(
      /^Public report 0789\/LM\/XII\/2026 \(Disdukcapil\) is past its response deadline of Monday,? 28 December 2026$/,
    );
  });

  it("words an agreement's term end by its last day and leads to the agreement", () => {
    const payload = { documentId: 'd1', documentTitle: 'PKS Uji', endDate: '2030-06-22' };
    const id = describeNotification(item({ kind: 'agreement.term_end', payload }), 'id');
    expect(id.what).toMatch(
      /^Jangka waktu "PKS Uji" berakhir Sabtu, 0?22 Juni 2030: adendum atau perpanjangan dapat disusun$/,
    );
    expect(id.href).toBe('/k/c1/dokumen/d1?panel=info');
    const en = describeNotification(item({ kind: 'agreement.term_end', payload }), 'en');
    expect(en.what).toMatch(/^The term of "PKS Uji" ends on Saturday,? 22 June 2030: an addendum or renewal/);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'obligation.reported',
      {},
      'Budi melaporkan pelaksanaan kewajiban: Selesai',
      'Budi reported on an obligation: Selesai',
    ],
    [
      'obligation.commented',
      { commentKind: 'comment' },
      'Budi menanggapi laporan Anda: Selesai',
      'Budi commented on your report: Selesai',
    ],
    [
      'obligation.commented',
      { commentKind: 'request' },
      'Budi meminta kelengkapan laporan Anda: Selesai',
      'Budi asked for more on your report: Selesai',
    ],
  ])('words %s %j by its author and text and leads to the obligation', (kind, extra, id, en) => {
    const payload = {
      cooperationId: 'c1',
      obligationId: 'ob1',
      authorName: 'Budi',
      text: 'Selesai',
      ...extra,
    };
    expect(describeNotification(item({ kind, payload }), 'id')).toMatchObject({
      what: id,
      href: '/k/c1/pelaksanaan/ob1',
    });
    expect(describeNotification(item({ kind, payload }), 'en').what).toBe(en);
  });

  it('shows a kind it does not know as a notice, without a link when it has no cooperation', () => {
    const words = describeNotification(item({ kind: 'term.end', cooperationId: null }), 'en');
    expect(words).toEqual({ what: 'Notice', cooperation: null, href: null });
  });
});

describe('describeNotification of an obligation', () => {
  it('words an occurrence ahead and overdue by its Pasal and leads to the obligation', () => {
    const payload = {
      obligationId: 'o1',
      cooperationTitle: 'Kerja Sama Uji',
      clausePath: 'Pasal 4 ayat (2) huruf a',
      text: 'menyediakan data',
      dueDate: '2026-12-14',
      when: 'before',
    };
    const id = describeNotification(item({ kind: 'obligation.due', payload }), 'id');
    expect(id.what).toMatch(
      /^Kewajiban Pasal 4 ayat \(2\) huruf a jatuh tempo Senin, 0?14 Desember 2026: menyediakan data$/,
    );
    expect(id.href).toBe('/k/c1/pelaksanaan/o1');
    const en = describeNotification(
      item({ kind: 'obligation.due', payload: { ...payload, when: 'overdue' } }),
      'en',
    );
    expect(en.what).toMatch(
      /^Obligation of Pasal 4 ayat \(2\) huruf a overdue since Monday,? 14 December 2026/,
    );
  });
});

describe('howLongAgo', () => {
  const now = Date.parse('2026-12-09T12:00:00Z');
  it('says minutes, hours and days in the language, and nothing for a week or the future', () => {
    expect(howLongAgo('2026-12-09T11:59:30Z', now, 'id')).toBe('baru saja');
    expect(howLongAgo('2026-12-09T09:00:00Z', now, 'id')).toBe('3 jam yang lalu');
    expect(howLongAgo('2026-12-09T11:55:00Z', now, 'en')).toBe('5 minutes ago');
    expect(howLongAgo('2026-12-08T12:00:00Z', now, 'en')).toBe('yesterday');
    expect(howLongAgo('2026-12-02T12:00:00Z', now, 'id')).toBeNull();
    expect(howLongAgo('2026-12-10T12:00:00Z', now, 'id')).toBeNull();
  });
});
