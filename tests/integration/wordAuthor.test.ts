import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildCooperation, buildDocument, buildMember, buildUser } from '../support/factories.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer();

/** The author fields of a downloaded Word file's core properties. */
async function authorOf(path: string, cookie: string) {
  const res = await fetch(ctx.server.url + path, { headers: { cookie } });
  expect(res.status, path).toBe(200);
  const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  const field = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(core)?.[1];
  return {
    creator: field('dc:creator'),
    lastModifiedBy: field('cp:lastModifiedBy'),
    title: field('dc:title'),
  };
}

describe('the Word files a member downloads', () => {
  it('name that member as their author, whoever made the document', async () => {
    const owner = await buildUser(ctx.server, { displayName: 'Kepala Bagian Hukum' });
    const coop = await buildCooperation(ctx.server, owner.cookie);
    const mou = await buildDocument(ctx.server, owner.cookie, coop.id, { kind: 'mou' });
    const member = await buildMember(ctx.server, owner.cookie, coop, 'editor');
    const me = await ctx.server.api('/api/me', { cookie: member.cookie });
    const name = me.body.user.displayName as string;
    const origin = ctx.server.url;
    const version = await ctx.server.api(`/api/documents/${mou.id}/versions`, {
      method: 'POST',
      cookie: owner.cookie,
      origin,
      body: { label: 'Awal' },
    });
    expect(version.status).toBe(201);
    const meeting = await ctx.server.api(`/api/cooperations/${coop.id}/meetings`, {
      method: 'POST',
      cookie: owner.cookie,
      origin,
      body: {
        kind: 'pembahasan',
        title: 'Rapat Pembahasan',
        date: '2025-06-16',
        timeFrom: '09:00',
        timeTo: '11:00',
      },
    });
    expect(meeting.status).toBe(201);

    for (const path of [
      `/api/documents/${mou.id}/export.docx`,
      `/api/documents/${mou.id}/compare.docx?from=${version.body.version.id}&to=current`,
      `/api/meetings/${meeting.body.meeting.id}/minutes.docx`,
    ]) {
      const author = await authorOf(path, member.cookie);
      expect(author, path).toMatchObject({ creator: name, lastModifiedBy: name });
      expect(author.title, path).toBeTruthy();
    }
    expect(name).not.toBe('Kepala Bagian Hukum');
  }, 60_000);
});
