import { beforeAll, describe, expect, it } from 'vitest';
import { paragraphs, readDocx, tables, textIn } from '../../server/word/export/docxXml.ts';
import type { MeetingDTO, MinutesDTO } from '../../shared/api/meetings.ts';
import { bodyOf, clause, editBody, paragraph } from '../support/bodyEdits.ts';
import { clientsPerTest } from '../support/clients.ts';
import { testPng } from '../support/images.ts';
import { uploadLogo } from '../support/logos.ts';
import { bilingual, buildMeetingWorld, buildOpenMeeting, type MeetingWorld } from '../support/meetings.ts';
import type { TestServer } from '../support/server.ts';
import { withServer } from '../support/withServer.ts';

/**
 * The minutes of a closed meeting are a record: frozen at the close, citing the Pasal as they
 * stood then, the same .docx on every download; decisions locked until the meeting is reopened
 * for a reason, which the next version of the minutes prints.
 */

const ctx = withServer(buildMeetingWorld);
let server: TestServer;
let w: MeetingWorld;
const open = clientsPerTest(() => ctx.server);

beforeAll(() => {
  server = ctx.server;
  w = ctx.world;
});

const minutesOf = async (meetingId: string, query = '') =>
  (await server.api(`/api/meetings/${meetingId}/minutes${query}`, { cookie: w.viewer.cookie })).body.minutes;

async function docxOf(meetingId: string, query = ''): Promise<Buffer> {
  const res = await fetch(`${server.url}/api/meetings/${meetingId}/minutes.docx${query}`, {
    headers: { cookie: w.viewer.cookie },
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** A meeting with one point on Pasal 2 of the MoU, agreed, and a follow-up; then closed. */
async function closedMeeting() {
  const meeting = await buildOpenMeeting(server, w, {
    chair: { userId: w.owner.user.id, nip: '19700101 199001 1 001' },
    minuteTaker: { userId: w.editor.user.id, nip: '19850505 201001 2 002' },
    attendees: [{ userId: w.owner.user.id }, { userId: w.editor.user.id }],
  });
  const point = (
    await server.api(`/api/cooperations/${w.coop.id}/points`, {
      cookie: w.owner.cookie,
      body: {
        text: 'Ruang lingkup ditambah',
        documentId: w.mou.id,
        clauseId: w.clauses[1]!.id,
        meetingId: meeting.id,
      },
    })
  ).body.point;
  const decided = await server.api(`/api/points/${point.id}`, {
    method: 'PATCH',
    cookie: w.owner.cookie,
    body: { state: 'agreed', decision: 'Pertukaran data masuk ruang lingkup.' },
  });
  expect(decided.status).toBe(200);
  const action = (
    await server.api(`/api/cooperations/${w.coop.id}/actions`, {
      cookie: w.owner.cookie,
      body: { text: 'Menyusun redaksi', personInCharge: { name: 'Kabag Hukum' }, meetingId: meeting.id },
    })
  ).body.action;
  const closed = await server.api(`/api/meetings/${meeting.id}/close`, {
    method: 'POST',
    cookie: w.editor.cookie,
  });
  expect(closed.status).toBe(200);
  return { meeting: closed.body.meeting, point, action };
}

describe('the minutes of a closed meeting', () => {
  it('cite the Pasal by the number and heading it had at the close, after the text changes', async () => {
    const { meeting } = await closedMeeting();
    const cited = `Nota Kesepakatan, Pasal 2 — ${w.clauses[1]!.heading}`;
    expect((await minutesOf(meeting.id)).decisions[0].clause).toBe(cited);
    const before = await docxOf(meeting.id);

    // A new Pasal before it, and its heading renamed: it is Pasal 3 with another name today.
    const client = await open(w.mou.id, w.owner.cookie);
    editBody(client.doc, (body) => {
      const content = body.content ?? [];
      const at = content.findIndex((n) => n.attrs?.id === w.clauses[1]!.id);
      const target = content[at];
      target!.content![0] = { type: 'clauseHeading', content: [{ type: 'text', text: 'CAKUPAN BARU' }] };
      content.splice(at, 0, clause('cNewBefore', 'PASAL SISIPAN', paragraph('Isi pasal sisipan.')));
      return body;
    });
    expect(bodyOf(client.doc).content?.some((n) => n.attrs?.id === 'cNewBefore')).toBe(true);
    // The server has it: today the clause is Pasal 3, CAKUPAN BARU.
    await expect
      .poll(
        async () => {
          const doc = await server.api(`/api/documents/${w.mou.id}`, { cookie: w.owner.cookie });
          const now = (doc.body.document.clauses as MeetingWorld['clauses']).find(
            (c) => c.id === w.clauses[1]!.id,
          );
          return now && `${now.number} ${now.heading}`;
        },
        { timeout: 15_000 },
      )
      .toBe('3 CAKUPAN BARU');

    const after = await minutesOf(meeting.id);
    expect(after.decisions[0].clause).toBe(cited);
    const points: MinutesDTO['discussion'][number]['points'] = after.discussion.flatMap(
      (d: MinutesDTO['discussion'][number]) => d.points,
    );
    expect(points.map((p) => p.clause)).toContain(cited);
    // The Word file is the same, byte for byte, and cites Pasal 2 too.
    const again = await docxOf(meeting.id);
    expect(again.equals(before)).toBe(true);
    expect(textIn((await readDocx(again)).document)).toContain(cited);
  });

  it('download as the same bytes every time, whoever downloads, and carry the record in the file', async () => {
    const { meeting } = await closedMeeting();
    const first = await docxOf(meeting.id);
    // Over 2 s apart: a zip entry's time has a resolution of 2 s.
    await new Promise((r) => setTimeout(r, 2100));
    const second = await fetch(`${server.url}/api/meetings/${meeting.id}/minutes.docx`, {
      headers: { cookie: w.owner.cookie },
    });
    expect(Buffer.from(await second.arrayBuffer()).equals(first)).toBe(true);
    const minutes = await minutesOf(meeting.id);
    expect(minutes.record).toEqual({
      version: 1,
      closedAt: meeting.closedAt,
      closedBy: w.editor.user.displayName,
    });
    expect(meeting.records).toEqual([
      { version: 1, closedAt: meeting.closedAt, closedBy: w.editor.user.displayName },
    ]);
  });

  it('print the place and date above the signatures, and the names and NIP on lines level across', async () => {
    const { meeting } = await closedMeeting();
    const { document } = await readDocx(await docxOf(meeting.id));
    // The signature block: one outer row holding a table of six rows in two fixed columns.
    const outer = tables(document).at(-1)!;
    expect(outer).toHaveLength(1);
    const from = document.lastIndexOf('<w:tbl>', document.lastIndexOf('Mengetahui,'));
    const inner = document.slice(from, document.indexOf('</w:tbl>', from) + '</w:tbl>'.length);
    const rows = tables(inner)[0];
    // The chair's institution sits in Jakarta (the test cooperation's first party).
    expect(rows![0]).toEqual(['Mengetahui,', 'Jakarta, 10 Maret 2020']);
    expect(rows![1]).toEqual(['Pimpinan Rapat,', 'Notulis,']);
    expect(rows![4]).toEqual([w.owner.user.displayName, w.editor.user.displayName]);
    expect(rows![5]).toEqual(['NIP. 19700101 199001 1 001', 'NIP. 19850505 201001 2 002']);
    expect(inner).toContain('<w:tblLayout w:type="fixed"/>');
    const widths = [...inner.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBe(widths[1]);
    expect((await minutesOf(meeting.id)).placeDate).toBe('Jakarta, 10 Maret 2020');
  });
});

describe('decisions of a closed meeting', () => {
  it('are refused (409, both languages) until the meeting is reopened with a reason, which is recorded and printed', async () => {
    const { meeting, point, action } = await closedMeeting();
    const v1 = await docxOf(meeting.id);

    const outcome = await server.api(`/api/points/${point.id}`, {
      method: 'PATCH',
      cookie: w.owner.cookie,
      body: { decision: 'Diubah diam-diam.' },
    });
    expect(outcome.status).toBe(409);
    const error = bilingual(outcome.body);
    expect(error.id).toBe('meeting.record_locked');
    expect(error.message).toContain(meeting.title);
    expect(error.messageEn).toContain('Reopen');
    for (const body of [{ state: 'rejected' }, { text: 'Kata lain' }]) {
      const res = await server.api(`/api/points/${point.id}`, {
        method: 'PATCH',
        cookie: w.owner.cookie,
        body,
      });
      expect(res.status, JSON.stringify(body)).toBe(409);
    }
    const task = await server.api(`/api/actions/${action.id}`, {
      method: 'PATCH',
      cookie: w.owner.cookie,
      body: { dueDate: '2020-04-01' },
    });
    expect(bilingual(task.body).id).toBe('meeting.record_locked');
    // Progress on a follow-up is reported after the meeting, and is not part of its record.
    const progress = await server.api(`/api/actions/${action.id}`, {
      method: 'PATCH',
      cookie: w.owner.cookie,
      body: { state: 'in_progress' },
    });
    expect(progress.status).toBe(200);

    // Reopening: commenters may not, a reason is required, then it is recorded.
    const path = `/api/meetings/${meeting.id}/reopen`;
    expect((await server.api(path, { cookie: w.commenter.cookie, body: { reason: 'x' } })).status).toBe(403);
    expect((await server.api(path, { cookie: w.owner.cookie, body: { reason: '  ' } })).status).toBe(400);
    const reason = 'Salah ketik pada keputusan poin ruang lingkup';
    const reopened = await server.api(path, { cookie: w.owner.cookie, body: { reason } });
    expect(reopened.status).toBe(200);
    expect(reopened.body.meeting).toMatchObject({
      state: 'open',
      closedAt: null,
      reopenings: [{ at: expect.any(String), by: w.owner.user.displayName, reason }],
    });
    const twice = await server.api(path, { cookie: w.owner.cookie, body: { reason } });
    expect(bilingual(twice.body).id).toBe('meeting.not_closed');

    const fixed = await server.api(`/api/points/${point.id}`, {
      method: 'PATCH',
      cookie: w.owner.cookie,
      body: { decision: 'Pertukaran data dan informasi masuk ruang lingkup.' },
    });
    expect(fixed.status).toBe(200);
    // While it is open again, the minutes are the live draft, which says it was reopened.
    const draft = await minutesOf(meeting.id);
    expect(draft.record).toBeNull();
    expect(draft.reopenings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Notula ini diubah setelah rapat dibuka kembali pada \\w+, \\d+ \\w+ \\d{4} pukul \\d\\d\\.\\d\\d WIB oleh ${w.owner.user.displayName}, dengan alasan: ${reason}\\.$`,
        ),
      ),
    ]);

    const reclosed = await server.api(`/api/meetings/${meeting.id}/close`, {
      method: 'POST',
      cookie: w.owner.cookie,
    });
    expect(reclosed.body.meeting.records.map((r: MeetingDTO['records'][number]) => r.version)).toEqual([
      1, 2,
    ]);
    const v2 = await minutesOf(meeting.id);
    expect(v2.record.version).toBe(2);
    expect(v2.decisions[0].text).toBe('Pertukaran data dan informasi masuk ruang lingkup.');
    const printed = textIn((await readDocx(await docxOf(meeting.id))).document);
    expect(printed).toContain('PERUBAHAN NOTULA');
    expect(printed).toContain(`oleh ${w.owner.user.displayName}, dengan alasan: ${reason}.`);
    expect(printed).toContain('Pertukaran data dan informasi masuk ruang lingkup.');

    // The first record stays as it was.
    const v1Again = await docxOf(meeting.id, '?version=1');
    expect(v1Again.equals(v1)).toBe(true);
    expect((await minutesOf(meeting.id, '?version=1')).decisions[0].text).toBe(
      'Pertukaran data masuk ruang lingkup.',
    );
    const none = await server.api(`/api/meetings/${meeting.id}/minutes?version=9`, {
      cookie: w.viewer.cookie,
    });
    expect(bilingual(none.body).id).toBe('minutes_version.not_found');
  });
});

describe('the letterhead (kop)', () => {
  it('prints a party’s or the cooperation’s letterhead on request, none by default, and refuses another', async () => {
    await uploadLogo(server, w.owner.cookie, { cooperationId: w.coop.id, partyId: w.party[1]! }, testPng(64));
    await uploadLogo(
      server,
      w.owner.cookie,
      { cooperationId: w.coop.id, partyId: w.party[2]! },
      testPng(64, 30),
    );
    const { meeting } = await closedMeeting();
    const party1 = w.coop.parties.find((p) => p.ordinal === 1)!;
    const plain = await readDocx(await docxOf(meeting.id));
    const ofParty = await readDocx(await docxOf(meeting.id, `?kop=${party1.id}`));
    const ofCooperation = await readDocx(await docxOf(meeting.id, '?kop=cooperation'));

    const first = (d: typeof plain) =>
      paragraphs(d.document)
        .map((p) => p.text)
        .filter(Boolean);
    expect(first(plain)[0]).toBe('NOTULA RAPAT');
    expect(plain.files.some((f) => f.startsWith('word/media/'))).toBe(false);

    expect(first(ofParty)[0]).toBe(party1.name.toUpperCase());
    expect(first(ofParty)).toContain('NOTULA RAPAT');
    expect(ofParty.files.filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
    // The rule under the letterhead.
    expect(ofParty.document).toContain('w:val="thickThinSmallGap"');

    expect(first(ofCooperation)[0]).toBe(w.coop.title.toUpperCase());
    expect(ofCooperation.files.filter((f) => f.startsWith('word/media/'))).toHaveLength(2);

    const bad = await server.api(`/api/meetings/${meeting.id}/minutes.docx?kop=someoneelse`, {
      cookie: w.viewer.cookie,
    });
    expect(bad.status).toBe(400);
    expect(bilingual(bad.body).field).toBe('kop');

    // A logo changed after the close does not change the record's letterhead.
    const before = await docxOf(meeting.id, `?kop=${party1.id}`);
    await uploadLogo(
      server,
      w.owner.cookie,
      { cooperationId: w.coop.id, partyId: w.party[1]! },
      testPng(80, 200),
    );
    expect((await docxOf(meeting.id, `?kop=${party1.id}`)).equals(before)).toBe(true);
  });
});
