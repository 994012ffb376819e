import type { ErrorBody } from '../../shared/api/common.ts';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import { type BuiltUser, buildCooperation, buildDocument, buildMember, buildUser } from './factories.ts';
import type { TestServer } from './server.ts';

/**
 * Fixtures for meetings, points, follow-ups and liaisons, through the real HTTP API: a
 * cooperation whose owner is on party 1, an MoU with its clauses, and members of party 2
 * in every role.
 */
export interface MeetingWorld {
  owner: BuiltUser;
  editor: BuiltUser;
  commenter: BuiltUser;
  viewer: BuiltUser;
  outsider: BuiltUser;
  coop: CooperationDTO;
  /** Party ids by ordinal: party[1], party[2]. */
  party: Record<number, string>;
  mou: { id: string };
  /** The MoU's clauses as `GET /api/documents/:id` lists them. */
  clauses: { id: string; number: number; heading: string }[];
}

export async function buildMeetingWorld(server: TestServer): Promise<MeetingWorld> {
  const owner = await buildUser(server, {
    displayName: 'Kepala Perwakilan Uji',
    position: 'Kepala Perwakilan',
  });
  const coop = await buildCooperation(server, owner.cookie);
  const [editor, commenter, viewer] = await Promise.all([
    buildMember(server, owner.cookie, coop, 'editor'),
    buildMember(server, owner.cookie, coop, 'commenter'),
    buildMember(server, owner.cookie, coop, 'viewer'),
  ]);
  const outsider = await buildUser(server);
  const mou = await buildDocument(server, owner.cookie, coop.id, { kind: 'mou' });
  const doc = await server.api(`/api/documents/${mou.id}`, { cookie: owner.cookie });
  const party = Object.fromEntries(coop.parties.map((p) => [p.ordinal, p.id]));
  return { owner, editor, commenter, viewer, outsider, coop, party, mou, clauses: doc.body.document.clauses };
}

/** A planned meeting of the world's cooperation (owner's cookie unless given). */
export async function buildMeeting(
  server: TestServer,
  world: MeetingWorld,
  body: Record<string, unknown> = {},
  cookie = world.owner.cookie,
) {
  const res = await server.api(`/api/cooperations/${world.coop.id}/meetings`, {
    cookie,
    body: {
      kind: 'pembahasan',
      date: '2020-03-10',
      timeFrom: '09:00',
      timeTo: '12:00',
      place: 'Ruang Rapat',
      agenda: [{ title: 'Pembahasan Nota Kesepakatan' }, { title: 'Tindak lanjut' }],
      documentIds: [world.mou.id],
      ...body,
    },
  });
  if (res.status !== 201) throw new Error(`buildMeeting: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.meeting;
}

/** A meeting that is open (planned, then opened by the owner). */
export async function buildOpenMeeting(
  server: TestServer,
  world: MeetingWorld,
  body: Record<string, unknown> = {},
) {
  const meeting = await buildMeeting(server, world, body);
  const res = await server.api(`/api/meetings/${meeting.id}/open`, {
    method: 'POST',
    cookie: world.owner.cookie,
  });
  if (res.status !== 200) throw new Error(`open: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.meeting;
}

/** Expects a bilingual API error and returns it. */
export function bilingual(body: unknown) {
  const e = (body as Partial<ErrorBody> | null)?.error;
  if (!e || typeof e.message !== 'string' || typeof e.messageEn !== 'string' || !e.message || !e.messageEn) {
    throw new Error(`not a bilingual error: ${JSON.stringify(body)}`);
  }
  return e;
}
