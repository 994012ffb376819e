import { describe, expect, it } from 'vitest';
import { collabTestbed, seedDocument } from '../../collab/testing.ts';
import { reopenMeeting } from '../../commands/meetings/meetingState.ts';
import { insertMeeting, loadMeeting } from '../../db/repos/meetings.ts';
import { listMinutesRecords } from '../../db/repos/minutesRecords.ts';
import { insertParty } from '../../db/repos/parties.ts';
import { minutesOf } from './record.ts';

const bed = collabTestbed();

describe('the record of a meeting closed before minutes were frozen', () => {
  it('is frozen at its first read, read the same ever after, and kept when the meeting is reopened', async () => {
    const t = await bed.start();
    seedDocument(t.db);
    insertParty(t.db, {
      cooperationId: 'coop1',
      ordinal: 1,
      name: 'Pemerintah Kota Pontianak',
      shortName: 'Pemkot',
      seat: 'Kota Pontianak',
    });
    const closedAt = Date.UTC(2026, 2, 10, 5);
    const { id } = insertMeeting(t.db, {
      cooperationId: 'coop1',
      title: 'Rapat Pembahasan',
      kind: 'pembahasan',
      date: '2026-03-10',
      timeFrom: '09:00',
      timeTo: '11:00',
      timeZone: 'WIB',
      place: 'Ruang Rapat',
      onlineLink: '',
      chair: null,
      minuteTaker: null,
      opening: '',
      state: 'closed',
      nextMeetingText: '',
      nextMeetingId: null,
      createdBy: 'u-owner',
      createdAt: closedAt,
      updatedAt: closedAt,
      openedAt: closedAt,
      closedAt,
    });
    const ctx = { db: t.db, collab: t.server };
    expect(listMinutesRecords(t.db, id)).toEqual([]);

    const first = await minutesOf(ctx, loadMeeting(t.db, id)!);
    expect(first?.minutes).toMatchObject({
      state: 'closed',
      placeDate: 'Pontianak, 10 Maret 2026',
      record: { version: 1, closedAt: '2026-03-10T05:00:00.000Z', closedBy: '' },
    });
    // The party's name changes; the record does not.
    t.db.prepare("UPDATE parties SET name = 'Nama Baru' WHERE cooperation_id = 'coop1'").run();
    expect((await minutesOf(ctx, loadMeeting(t.db, id)!))?.minutes).toEqual(first?.minutes);
    expect(listMinutesRecords(t.db, id)).toHaveLength(1);

    const reopened = await reopenMeeting(ctx, id, { id: 'u-owner', displayName: 'Owner' }, 'Salah ketik');
    expect(reopened.state).toBe('open');
    const draft = await minutesOf(ctx, reopened);
    expect(draft?.minutes.record).toBeNull();
    expect(draft?.minutes.parties[0]?.name).toBe('Nama Baru');
    expect(draft?.minutes.reopenings).toEqual([
      expect.stringContaining('oleh Owner, dengan alasan: Salah ketik.'),
    ]);
    expect((await minutesOf(ctx, reopened, 1))?.minutes).toEqual(first?.minutes);
    expect(await minutesOf(ctx, reopened, 2)).toBeNull();
  });
});
