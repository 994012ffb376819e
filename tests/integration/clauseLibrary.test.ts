import { describe, expect, it } from 'vitest';
import type { CompletenessReport } from '../../shared/completeness.ts';
import { buildCooperation, buildUser } from '../support/factories.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer(async (server) => ({ cookie: (await buildUser(server)).cookie }));

describe('GET /api/clause-library', () => {
  it('refuses an anonymous caller', async () => {
    const res = await ctx.server.api('/api/clause-library');
    expect(res.status).toBe(401);
    expect(res.body.error.id).toBe('auth.unauthorised');
  });

  it('searches the standard clauses by query and kind', async () => {
    const all = await ctx.server.api('/api/clause-library', { cookie: ctx.world.cookie });
    expect(all.status).toBe(200);
    expect(all.body.clauses.length).toBeGreaterThan(10);

    const found = await ctx.server.api(
      `/api/clause-library?q=${encodeURIComponent('force majeure')}&kind=pks`,
      {
        cookie: ctx.world.cookie,
      },
    );
    expect(found.body.clauses[0]).toMatchObject({
      key: 'keadaan-kahar',
      title: { id: 'Keadaan Kahar', en: 'Force Majeure' },
      checklist: 'forceMajeure',
    });
    expect(found.body.clauses[0].textEn).toContain('Cooperation Agreement');

    const mou = await ctx.server.api('/api/clause-library?kind=mou', { cookie: ctx.world.cookie });
    expect(mou.body.clauses.map((c: { key: string }) => c.key)).not.toContain('sanksi');
  });

  it('rejects an unknown kind with a bilingual error', async () => {
    const res = await ctx.server.api('/api/clause-library?kind=notes', { cookie: ctx.world.cookie });
    expect(res.status).toBe(400);
    expect(res.body.error.message && res.body.error.messageEn).toBeTruthy();
  });
});

describe('GET /api/clause-library/:key', () => {
  it('gives a clause ready to insert, with fresh ids each time', async () => {
    const a = await ctx.server.api('/api/clause-library/jangka-waktu?kind=mou', { cookie: ctx.world.cookie });
    const b = await ctx.server.api('/api/clause-library/jangka-waktu?kind=mou', { cookie: ctx.world.cookie });
    expect(a.status).toBe(200);
    expect(a.body.clause.type).toBe('clause');
    expect(a.body.clause.attrs.id).not.toBe(b.body.clause.attrs.id);
    expect(JSON.stringify(a.body.clause)).toContain(
      'Nota Kesepakatan ini berlaku untuk jangka waktu 5 (lima) tahun',
    );
    expect(a.body.item.key).toBe('jangka-waktu');
  });

  it('answers 404 for an unknown clause', async () => {
    const res = await ctx.server.api('/api/clause-library/tidak-ada', { cookie: ctx.world.cookie });
    expect(res.status).toBe(404);
    expect(res.body.error.id).toBe('clause_library.not_found');
  });
});

describe('completeness through the API', () => {
  it('reports what a fresh PKS without an MoU still lacks', async () => {
    const coop = await buildCooperation(ctx.server, ctx.world.cookie, {
      title: 'Kerja Sama Pengawasan Pelayanan Publik',
    });
    const created = await ctx.server.api(`/api/cooperations/${coop.id}/documents`, {
      cookie: ctx.world.cookie,
      body: { kind: 'pks' },
    });
    expect(created.status).toBe(201);
    const res = await ctx.server.api(`/api/documents/${created.body.document.id}`, {
      cookie: ctx.world.cookie,
    });
    const completeness: CompletenessReport = res.body.document.completeness;
    const missing = completeness.items.filter((i) => i.level === 'required' && !i.present).map((i) => i.key);
    expect(missing).toEqual(['signing', 'signatory', 'placeholders']);
    expect(completeness.missingRequired).toBe(3);
    // The template cites an MoU with blanks: each one left is named with where it is.
    const leftover = completeness.items.find((i) => i.key === 'placeholders');
    expect(leftover?.label.id).toMatch(/\[nomor\].* di pembukaan/);
    expect(completeness.warnings.map((w) => w.id)).toContain('text.placeholders');
  });
});
