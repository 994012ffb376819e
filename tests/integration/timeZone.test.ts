import { describe, expect, it } from 'vitest';
import { buildMeeting, buildMeetingWorld } from '../support/meetings.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer(buildMeetingWorld);

const settingsUrl = () => `/api/cooperations/${ctx.world.coop.id}/settings`;
const settingsNow = async () =>
  (await ctx.server.api(`/api/cooperations/${ctx.world.coop.id}`, { cookie: ctx.world.owner.cookie })).body
    .cooperation.settings;

describe("a cooperation's time zone", () => {
  it('is WIB until set: new meetings are planned in WIB', async () => {
    expect((await settingsNow()).timeZone).toBeUndefined();
    expect((await buildMeeting(ctx.server, ctx.world)).timeZone).toBe('WIB');
  });

  it('is set by the owner beside the party settings, and new meetings default to it', async () => {
    const parties = await ctx.server.api(settingsUrl(), {
      method: 'PATCH',
      cookie: ctx.world.owner.cookie,
      body: { parties: { wording: 'kesatu' } },
    });
    expect(parties.status).toBe(200);
    const saved = await ctx.server.api(settingsUrl(), {
      method: 'PATCH',
      cookie: ctx.world.owner.cookie,
      body: { timeZone: 'WITA' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.settings).toMatchObject({ timeZone: 'WITA', parties: { wording: 'kesatu' } });
    expect(await settingsNow()).toMatchObject({ timeZone: 'WITA', parties: { wording: 'kesatu' } });

    expect((await buildMeeting(ctx.server, ctx.world)).timeZone).toBe('WITA');
    expect((await buildMeeting(ctx.server, ctx.world, { timeZone: 'WIT' })).timeZone).toBe('WIT');

    // Changing the parties leaves the zone alone.
    await ctx.server.api(settingsUrl(), {
      method: 'PATCH',
      cookie: ctx.world.owner.cookie,
      body: { parties: { signatureOrder: 'firstRight' } },
    });
    expect((await settingsNow()).timeZone).toBe('WITA');
  });

  it('refuses a zone that is not WIB, WITA or WIT with a bilingual error, and anyone but the owner', async () => {
    for (const timeZone of ['PST', 'wita', 'Asia/Makassar', 8, null, '']) {
      const res = await ctx.server.api(settingsUrl(), {
        method: 'PATCH',
        cookie: ctx.world.owner.cookie,
        body: { timeZone },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.id).toBe('validation.invalid');
      expect(res.body.error.message).toBeTruthy();
      expect(res.body.error.messageEn).toBeTruthy();
    }
    const refused = await ctx.server.api(settingsUrl(), {
      method: 'PATCH',
      cookie: ctx.world.editor.cookie,
      body: { timeZone: 'WIT' },
    });
    expect(refused.status).toBe(403);
    expect((await settingsNow()).timeZone).toBe('WITA');
  });
});
