import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderedText } from '../../server/word/pdfText.ts';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import type { DocumentResponse } from '../../shared/api/documents.ts';
import type { MeetingDTO } from '../../shared/api/meetings.ts';
import {
  type ActionListResponse,
  api,
  type LiaisonListResponse,
  type MeetingListResponse,
  type MinutesResponse,
  type PointListResponse,
  read,
} from '../support/api.ts';
import { demoCooperation } from '../support/factories.ts';
import { buildMeetingWorld, buildOpenMeeting } from '../support/meetings.ts';
import type { TestServer } from '../support/server.ts';
import { missing } from '../support/tools.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer();
let server: TestServer;
let owner: string;
let coop: CooperationDTO;
/** The demo's founding meeting (10 March 2020). */
let founding: MeetingDTO;

beforeAll(async () => {
  server = ctx.server;
  owner = await server.login('ombudsman');
  coop = await demoCooperation(server, owner);
  const { meetings } = await read<MeetingListResponse>(
    { server, cookie: owner },
    `/api/cooperations/${coop.id}/meetings`,
  );
  const found = meetings.find((m) => m.date === '2020-03-10');
  expect(found, 'the demo meeting of 10 March 2020').toBeDefined();
  founding = found!;
});

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('the demo: the founding meeting', () => {
  it('took place on 10 March 2020, 09.00–12.00 WIB, at the city organisation office, and is closed', async () => {
    expect(founding).toMatchObject({
      kind: 'pembahasan',
      state: 'closed',
      timeFrom: '09:00',
      timeTo: '12:00',
      timeZone: 'WIB',
      place: 'Ruang Rapat Bagian Organisasi Setda Kota Jambi',
    });
    const mou = coop.documents.find((d) => d.kind === 'mou');
    const pks = coop.documents.find((d) => d.kind === 'pks' && d.tier === 'single');
    expect(founding.documentIds).toEqual([mou!.id, pks!.id]);
    expect(founding.versions.map((v) => v.documentId)).toEqual(expect.arrayContaining([mou!.id, pks!.id]));
    const byParty = (ordinal: number) =>
      founding.attendees.filter((a) => a.partyId === coop.parties.find((p) => p.ordinal === ordinal)!.id);
    expect(byParty(1).map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'Kepala Perwakilan',
        'Asisten Pemeriksaan Laporan',
        'Asisten Pencegahan Maladministrasi',
      ]),
    );
    expect(byParty(2).map((a) => a.name)).toEqual(
      expect.arrayContaining(['Inspektur Kota Jambi', 'Kabag Organisasi', 'Kabag Kerja Sama']),
    );
  });

  it('has points anchored to the right clauses of the MoU and PKS, decisions, follow-ups, liaisons and a planned next meeting', async () => {
    const mou = coop.documents.find((d) => d.kind === 'mou');
    const pks = coop.documents.find((d) => d.kind === 'pks' && d.tier === 'single');
    const asOwner = { server, cookie: owner };
    const clauses = async (id: string) =>
      (await read<DocumentResponse>(asOwner, `/api/documents/${id}`)).document.clauses;
    const pksPenghubung = (await clauses(pks!.id)).find((c) => c.heading === 'PENGHUBUNG');
    const mouLingkup = (await clauses(mou!.id)).find((c) => c.heading === 'RUANG LINGKUP');
    const { points } = await read<PointListResponse>(
      asOwner,
      `/api/cooperations/${coop.id}/points?meetingId=${founding.id}`,
    );
    expect(points.length).toBeGreaterThanOrEqual(5);
    expect(points.find((p) => p.clauseId === pksPenghubung!.id)!.text).toContain('satu panggilan telepon');
    expect(points.find((p) => p.clauseId === mouLingkup!.id)!.text).toContain(
      'percepatan penyelesaian laporan',
    );
    expect(points.some((p) => /kualitas pelayanan publik/.test(p.text))).toBe(true);
    expect(points.every((p) => p.state !== 'open' && p.decidedInMeetingId === founding.id)).toBe(true);

    const { actions } = await read<ActionListResponse>(
      asOwner,
      `/api/cooperations/${coop.id}/actions?meetingId=${founding.id}`,
    );
    // Sorted by due date: the internal meeting (20 March), the list of liaisons (24), the invitation (27).
    expect(actions.map((a) => a.text)).toEqual([
      expect.stringMatching(/^Menyelenggarakan rapat internal/),
      expect.stringMatching(/daftar penghubung \(PIC\) setiap OPD/),
      expect.stringMatching(/^Mengundang Ombudsman .* rapat tindak lanjut/),
    ]);
    expect(actions.find((a) => /penghubung/.test(a.text))!.dueDate).toBe('2020-03-24');

    const { liaisons } = await read<LiaisonListResponse>(asOwner, `/api/cooperations/${coop.id}/liaisons`);
    expect(liaisons.map((l) => l.unit)).toEqual(
      expect.arrayContaining([
        'Dinas Kependudukan dan Pencatatan Sipil',
        'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
        'Dinas Kesehatan',
      ]),
    );
    for (const l of liaisons) expect(l.phone).toMatch(/^0741-\d{6}$/);

    const next = await server.api(`/api/meetings/${founding.nextMeeting!.meetingId}`, { cookie: owner });
    expect(next.body.meeting).toMatchObject({ kind: 'tindak_lanjut', state: 'planned' });
  });
});

describe('minutes', () => {
  it('as a draft for review: head, attendance, discussion per agenda item with clauses, decisions, follow-ups, next meeting', async () => {
    const asViewer = { server, cookie: await server.login('tamu') };
    const res = await api<MinutesResponse>(asViewer, 'GET', `/api/meetings/${founding.id}/minutes`);
    expect(res.status).toBe(200);
    const m = res.body.minutes;
    expect(m).toMatchObject({
      meetingId: founding.id,
      state: 'closed',
      kindLabel: 'Rapat Pembahasan',
      dayDate: 'Selasa, 10 Maret 2020',
      time: '09.00–12.00 WIB',
      place: 'Ruang Rapat Bagian Organisasi Setda Kota Jambi',
      closing: 'Rapat ditutup pukul 12.00 WIB.',
    });
    expect(m.agenda).toHaveLength(4);
    expect(m.discussion.map((d) => d.agendaItem)).toEqual(m.agenda);
    const clauses = m.discussion.flatMap((d) => d.points.map((p) => p.clause));
    expect(clauses).toContain('Perjanjian Kerja Sama, Pasal 5 — PENGHUBUNG');
    expect(clauses).toContain('Nota Kesepakatan, Pasal 2 — RUANG LINGKUP');
    expect(m.decisions.length).toBeGreaterThanOrEqual(5);
    expect(m.actions.map((a) => a.dueDate)).toContain('24 Maret 2020');
    expect(m.nextMeeting).toMatch(/^Rapat Tindak Lanjut .*, Selasa, 31 Maret 2020, pukul 09\.00–11\.30 WIB/);
    expect(m.attendees.find((a) => !a.present)).toBeTruthy();
  });

  /** The minutes exported by the test below, which LibreOffice then renders. */
  let notula: Buffer | undefined;

  it('as a Word file that opens', async () => {
    const res = await fetch(`${server.url}/api/meetings/${founding.id}/minutes.docx`, {
      headers: { cookie: owner },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="Notula-.*2020-03-10\.docx"/,
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    const zip = await JSZip.loadAsync(bytes);
    const text = textOf(await zip.file('word/document.xml')!.async('string'));
    for (const expected of [
      'NOTULA RAPAT',
      'Selasa, 10 Maret 2020',
      'Ruang Rapat Bagian Organisasi Setda Kota Jambi',
      'Perjanjian Kerja Sama, Pasal 5 — PENGHUBUNG',
      'Mengundang Ombudsman',
      'Pimpinan Rapat,',
      'Notulis,',
    ]) {
      expect(text).toContain(expected);
    }
    notula = bytes;
  });

  // Skips (outside CI) when LibreOffice or pdftotext is not installed.
  it.skipIf(missing('soffice', 'pdftotext'))(
    'as a Word file that renders through LibreOffice',
    () => {
      const bytes = notula;
      if (!bytes) throw new Error('the test above did not export the minutes');
      const pdf = renderedText(bytes, ['-layout']);
      expect(pdf).toContain('NOTULA RAPAT');
      expect(pdf).toContain('PESERTA RAPAT');
      expect(pdf).toMatch(/Pasal 5 — PENGHUBUNG/);
      expect(pdf).toContain('Halaman 1 dari');
    },
    120_000,
  );

  it('of a fresh meeting follow what happened in it, marked as a draft until it is closed', async () => {
    const w = await buildMeetingWorld(server);
    const meeting = await buildOpenMeeting(server, w, {
      chair: { userId: w.owner.user.id, nip: '19700101 199001 1 001' },
      minuteTaker: { userId: w.editor.user.id },
      attendees: [{ userId: w.owner.user.id }, { userId: w.editor.user.id }],
    });
    const point = (
      await server.api(`/api/cooperations/${w.coop.id}/points`, {
        cookie: w.commenter.cookie,
        body: {
          text: 'Tambahkan pertukaran data',
          documentId: w.mou.id,
          clauseId: w.clauses[1]!.id,
          meetingId: meeting.id,
        },
      })
    ).body.point;
    const draft = await fetch(`${server.url}/api/meetings/${meeting.id}/minutes.docx`, {
      headers: { cookie: w.viewer.cookie },
    });
    const zip = await JSZip.loadAsync(Buffer.from(await draft.arrayBuffer()));
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /word\/header\d*\.xml/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(headers.join('')).toContain('DRAF NOTULA');

    await server.api(`/api/points/${point.id}`, {
      method: 'PATCH',
      cookie: w.owner.cookie,
      body: { state: 'agreed', decision: 'Pertukaran data masuk ruang lingkup.' },
    });
    await server.api(`/api/cooperations/${w.coop.id}/actions`, {
      cookie: w.owner.cookie,
      body: {
        text: 'Menyusun redaksi',
        personInCharge: { userId: w.editor.user.id },
        dueDate: '2020-03-17',
        pointId: point.id,
      },
    });
    await server.api(`/api/meetings/${meeting.id}/close`, { method: 'POST', cookie: w.owner.cookie });
    const { minutes: m } = await read<MinutesResponse>(
      { server, cookie: w.viewer.cookie },
      `/api/meetings/${meeting.id}/minutes`,
    );
    expect(m.state).toBe('closed');
    expect(m.chair).toEqual({
      name: 'Kepala Perwakilan Uji',
      position: 'Kepala Perwakilan',
      nip: '19700101 199001 1 001',
    });
    expect(m.absentParties).toEqual([]);
    // Raised without an agenda item: filed under "Lain-lain" after the agenda.
    expect(m.discussion.map((d) => d.agendaItem)).toEqual([
      'Pembahasan Nota Kesepakatan',
      'Tindak lanjut',
      'Lain-lain',
    ]);
    expect(m.discussion[2]!.points).toEqual([
      expect.objectContaining({
        text: 'Tambahkan pertukaran data',
        clause: `Nota Kesepakatan, Pasal 2 — ${w.clauses[1]!.heading}`,
        stateLabel: 'Disepakati',
      }),
    ]);
    expect(m.decisions).toEqual([
      {
        text: 'Pertukaran data masuk ruang lingkup.',
        clause: expect.stringContaining('Pasal 2'),
        stateLabel: 'Disepakati',
      },
    ]);
    expect(m.actions).toEqual([
      expect.objectContaining({ text: 'Menyusun redaksi', dueDate: '17 Maret 2020' }),
    ]);
    expect(m.nextMeeting).toBe('Akan ditentukan kemudian.');
  });

  it('are for members only', async () => {
    const w = await buildMeetingWorld(server);
    for (const path of [
      `/api/meetings/${founding.id}/minutes`,
      `/api/meetings/${founding.id}/minutes.docx`,
    ]) {
      expect((await server.api(path, { cookie: w.owner.cookie })).status).toBe(404);
      expect((await server.api(path)).status).toBe(401);
    }
    expect((await server.api('/api/meetings/tidak-ada/minutes', { cookie: owner })).status).toBe(404);
    expect(
      (await server.api(`/api/meetings/${founding.id}/minutes.docx?paper=a3`, { cookie: owner })).status,
    ).toBe(400);
  });
});
