import type { TestServer } from '../support/server.ts';

/** The demo's planned meeting (31 March 2020), as its owner sees it, with a point raised in it. */
export interface DemoMeetingPoint {
  /** The owner's (ombudsman's) session cookie. */
  cookie: string;
  cooperationId: string;
  /** `/k/<cooperation>/rapat/<meeting>`: the meeting room. */
  roomPath: string;
  point: { id: string; createdAt: string };
}

/** Raises a point with `text` in the demo's planned meeting, through the API as its owner. */
export async function pointInDemoMeeting(server: TestServer, text: string): Promise<DemoMeetingPoint> {
  const cookie = await server.login('ombudsman');
  const coop = (await server.api('/api/cooperations', { cookie })).body.cooperations[0];
  const meetings = (await server.api(`/api/cooperations/${coop.id}/meetings`, { cookie })).body.meetings;
  const planned = meetings.find((m: { state: string }) => m.state === 'planned');
  const res = await server.api(`/api/cooperations/${coop.id}/points`, {
    cookie,
    body: { text, documentId: planned.documentIds[0], meetingId: planned.id },
  });
  if (res.status !== 201) throw new Error(`point: ${res.status} ${JSON.stringify(res.body)}`);
  return {
    cookie,
    cooperationId: coop.id,
    roomPath: `/k/${coop.id}/rapat/${planned.id}`,
    point: res.body.point,
  };
}
