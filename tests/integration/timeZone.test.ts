import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, buildMeetingWorld, type MeetingWorld } from '../support/meetings.ts';
import { startServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let world: MeetingWorld;

beforeAll(async () => {
  server = await startServer();
  world = await buildMeetingWorld(server);
});
afterAll(async () => {
  await server?.dispose();
});

const settingsUrl = () => `/api/cooperations/${world.coop.id}/settings`;
const settingsNow = async () =>
  (await server.api(`/api/cooperations/${world.coop.id}`, { cookie: world.owner.cookie })).body.cooperation
    .settings;

describe("a cooperation's time zone", () => {
  it('is WIB until set: new meetings are planned in WIB', async () => {
    expect((await settingsNow()).timeZone).toBeUndefined();
    expect((await buildMeeting(server, world)).timeZone).toBe('WIB');
  });

  it('is set by the owner beside the party settings, and new meetings default to it', async () => {
    const parties = await server.api(settingsUrl(), {
      method: 'PATCH',
      cookie: world.owner.cookie,
      body: { parties: { wording: 'kesatu' } },
    });
    expect(parties.status).toBe(200);
    const saved = await server.api(settingsUrl(), {
      method: 'PATCH',
      cookie: world.owner.cookie,
      body: { timeZone: 'WITA' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.settings).toMatchObject({ timeZone: 'WITA', parties: { wording: 'kesatu' } });
    expect(await settingsNow()).toMatchObject({ timeZone: 'WITA', parties: { wording: 'kesatu' } });

    expect((await buildMeeting(server, world)).timeZone).toBe('WITA');
    expect((await buildMeeting(server, world, { timeZone: 'WIT' })).timeZone).toBe('WIT');

    // Changing the parties leaves the zone alone.
    await server.api(settingsUrl(), {
      method: 'PATCH',
      cookie: world.owner.cookie,
      body: { parties: { signatureOrder: 'firstRight' } },
    });
    expect((await settingsNow()).timeZone).toBe('WITA');
  });

  it('refuses a zone that is not WIB, WITA or WIT with a bilingual error, and anyone but the owner', async () => {
    for (const timeZone of ['PST', 'wita', 'Asia/Makassar', 8, null, '']) {
      const res = await server.api(settingsUrl(), {
        method: 'PATCH',
        cookie: world.owner.cookie,
        body: { timeZone },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.id).toBe('validation.invalid');
      expect(res.body.error.message).toBeTruthy();
      expect(res.body.error.messageEn).toBeTruthy();
    }
    const refused = await server.api(settingsUrl(), {
      method: 'PATCH',
      cookie: world.editor.cookie,
      body: { timeZone: 'WIT' },
    });
    expect(refused.status).toBe(403);
    expect((await settingsNow()).timeZone).toBe('WITA');
  });
});
