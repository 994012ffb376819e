// A master PKS's change reaches its variants wherever it is in the document: BAB headings, the
// opening and the closing (text outside any Pasal) and the metadata variants share, each merged
// like a Pasal; and a variant's comments stay on a Pasal that takes the master's text.
import { initProseMirrorDoc } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { PointDTO } from '../../shared/api/points.ts';
import type { CreateVariantsResponse, OverrideList, VariantBoard } from '../../shared/api/variants.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import { META, partyMetaKey } from '../../shared/meta.ts';
import { YDOC } from '../../shared/protocol.ts';
import { agreementSchema, anchorRangeOf, MARK } from '../../shared/schema/index.ts';
import { bodyOf, editBody } from '../support/bodyEdits.ts';
import { clientsPerTest } from '../support/clients.ts';
import { buildCooperation, buildDocument, buildMember, buildUser } from '../support/factories.ts';
import type { UntypedBody } from '../support/server.ts';
import { withServer } from '../support/withServer.ts';

const OPD = ['Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Sosial', 'RSUD H. Abdul Manap'];

const session = withServer(async (server) => {
  const owner = await buildUser(server, { displayName: 'Kepala Perwakilan' });
  const coop = await buildCooperation(server, owner.cookie);
  const bureau = await buildMember(server, owner.cookie, coop, 'editor');
  const ombudsman = coop.parties.find((p) => p.ordinal === 1)!.id;
  const city = coop.parties.find((p) => p.ordinal === 2)!.id;
  const unitIds: string[] = [];
  for (const [i, name] of OPD.entries()) {
    const made = await server.api(`/api/cooperations/${coop.id}/units`, {
      cookie: bureau.cookie,
      body: {
        partyId: city,
        name,
        shortName: `OPD${i + 1}`,
        headName: `Kepala ${name}`,
        headPosition: 'Kepala',
      },
    });
    if (made.status !== 201) throw new Error(`unit: ${made.status} ${JSON.stringify(made.body)}`);
    unitIds.push(made.body.unit.id);
  }
  const master = await buildDocument(server, owner.cookie, coop.id, { kind: 'pks', title: 'PKS Induk' });
  await server.api(`/api/documents/${master.id}/master`, { cookie: owner.cookie, method: 'POST' });
  const res = await server.api<CreateVariantsResponse>(`/api/documents/${master.id}/variants`, {
    cookie: owner.cookie,
    body: { unitIds },
  });
  if (res.status !== 201) throw new Error(`variants: ${res.status} ${JSON.stringify(res.body)}`);
  return {
    coop,
    owner,
    ombudsman,
    city,
    masterId: master.id,
    variantIds: res.body.variants.map((v) => v.documentId),
  };
});
const open = clientsPerTest(() => session.server);
const api = <T = UntypedBody>(path: string, init: { method?: string; body?: unknown } = {}) =>
  session.server.api<T>(path, { cookie: session.world.owner.cookie, ...init });
const overrides = async (documentId: string) =>
  (await api<OverrideList>(`/api/documents/${documentId}/overrides`)).body.overrides;

const top = (doc: Y.Doc, type: string) => (bodyOf(doc).content ?? []).filter((n) => n.type === type);
const words = (n: PMJSON | undefined): string => (n ? (n.text ?? (n.content ?? []).map(words).join('')) : '');
const metaOf = (doc: Y.Doc) => doc.getMap<string>(YDOC.meta).toJSON() as Record<string, string>;

/** Appends `more` to the last paragraph of the first top-level node of `type`, as an editor typing. */
const appendTo = (doc: Y.Doc, type: string, more: string) =>
  editBody(doc, (body) => {
    const node = body.content!.find((n) => n.type === type)!;
    const para = [...(node.content ?? [])].reverse().find((n) => n.type === 'paragraph')!;
    para.content = [...(para.content ?? []), { type: 'text', text: more }];
    return body;
  });

const waitFor = async (what: string, ok: () => boolean | Promise<boolean>, ms = 8000) => {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('the whole document follows the master', () => {
  it('BAB, opening, closing and shared meta reach the variants that kept them; a changed closing is flagged and kept; title, numbers and the OPD’s signatory stay its own', async () => {
    const { masterId, variantIds, ombudsman, city } = session.world;
    const [changer, ...followers] = variantIds as [string, ...string[]];
    const master = await open(masterId, session.world.owner.cookie);
    const clients = await Promise.all(variantIds.map((id) => open(id, session.world.owner.cookie)));
    const [mine, ...others] = clients as [(typeof clients)[0], ...typeof clients];
    expect(top(master.doc, 'preamble')).toHaveLength(1);
    expect(top(master.doc, 'closing')).toHaveLength(1);
    expect(top(master.doc, 'chapter').length).toBeGreaterThan(1);
    const ownMeta = others.map((c) => metaOf(c.doc));

    // One variant words its closing its own way.
    appendTo(mine.doc, 'closing', ' Ditandatangani di kantor OPD.');
    await expect
      .poll(async () => (await overrides(changer)).map((o) => [o.clauseId, o.kind, o.label]), {
        timeout: 5000,
      })
      .toEqual([['text:closing', 'changed', 'Penutup']]);

    // The master renames its first BAB, adds to its opening and closing, and changes its meta.
    editBody(master.doc, (body) => {
      const bab = body.content!.find((n) => n.type === 'chapter')!;
      bab.content = [{ type: 'text', text: 'KETENTUAN UMUM DAN ISTILAH' }];
      return body;
    });
    appendTo(master.doc, 'preamble', ' Para pihak sepakat dengan itikad baik.');
    appendTo(master.doc, 'closing', ' Bermeterai cukup.');
    const meta = master.doc.getMap<string>(YDOC.meta);
    master.doc.transact(() => {
      meta.set(META.subject, 'Pengawasan penyelenggaraan pelayanan publik di daerah');
      meta.set(META.title, 'PKS Induk (perubahan)');
      meta.set(partyMetaKey.signatoryName(ombudsman), 'Kepala Perwakilan Pengganti, S.H.');
      meta.set(partyMetaKey.number(ombudsman), '99/PKS/XII/2026');
      meta.set(partyMetaKey.signatoryName(city), 'Wali Kota');
    });

    await waitFor('the followers to take every change', () =>
      others.every(
        (c) =>
          words(top(c.doc, 'closing')[0]).includes('Bermeterai cukup.') &&
          metaOf(c.doc)[META.subject] === meta.get(META.subject),
      ),
    );
    for (const [i, c] of others.entries()) {
      expect(top(c.doc, 'chapter')).toEqual(top(master.doc, 'chapter'));
      expect(top(c.doc, 'preamble')).toEqual(top(master.doc, 'preamble'));
      expect(top(c.doc, 'closing')).toEqual(top(master.doc, 'closing'));
      expect(metaOf(c.doc)).toEqual({
        ...ownMeta[i],
        [META.subject]: 'Pengawasan penyelenggaraan pelayanan publik di daerah',
        [partyMetaKey.signatoryName(ombudsman)]: 'Kepala Perwakilan Pengganti, S.H.',
      });
      expect(metaOf(c.doc)[partyMetaKey.signatoryName(city)]).toMatch(/^Kepala /);
    }
    for (const id of followers) expect(await overrides(id)).toEqual([]);

    // The variant with its own closing takes the rest, and its closing waits for review.
    await waitFor('the changer to take the BAB and the opening', () =>
      words(top(mine.doc, 'preamble')[0]).includes('itikad baik'),
    );
    expect(top(mine.doc, 'chapter')).toEqual(top(master.doc, 'chapter'));
    const closing = words(top(mine.doc, 'closing')[0]);
    expect(closing).toContain('Ditandatangani di kantor OPD.');
    expect(closing).not.toContain('Bermeterai');
    await expect
      .poll(async () => (await overrides(changer)).map((o) => [o.clauseId, o.kind, o.flag]), {
        timeout: 5000,
      })
      .toEqual([['text:closing', 'changed', 'changed']]);
    const [flagged] = await overrides(changer);
    expect(flagged!.master!.text).toContain('Bermeterai cukup.');
    expect(flagged!.variant!.text).toContain('Ditandatangani di kantor OPD.');
    const board = await api<VariantBoard>(`/api/documents/${masterId}/variants`);
    expect(board.body.variants.find((r) => r.documentId === changer)).toMatchObject({
      flagged: 1,
      overrides: 1,
      pendingMasterChanges: 1,
    });

    // Keep: the flag goes, the variant's words stay.
    const kept = await api(`/api/documents/${changer}/overrides/text:closing/keep`, { method: 'POST' });
    expect(kept.status).toBe(200);
    expect(kept.body.override).toMatchObject({ clauseId: 'text:closing', kind: 'changed', flag: null });
    expect(words(top(mine.doc, 'closing')[0])).toContain('Ditandatangani di kantor OPD.');

    // Drop: the closing returns to the master's, live; a field of its own cannot be dropped.
    const dropped = await api(`/api/documents/${changer}/overrides/text:closing/drop`, { method: 'POST' });
    expect(dropped.body).toMatchObject({ clauseId: 'text:closing', changed: true, override: null });
    await waitFor('the dropped closing', () =>
      words(top(mine.doc, 'closing')[0]).includes('Bermeterai cukup.'),
    );
    expect(top(mine.doc, 'closing')).toEqual(top(master.doc, 'closing'));
    expect(await overrides(changer)).toEqual([]);
    const ownTitle = await api(`/api/documents/${changer}/overrides/meta:title/drop`, { method: 'POST' });
    expect(ownTitle.status).toBe(409);
    expect(metaOf(mine.doc)[META.title]).not.toBe(meta.get(META.title));
  });

  it('a variant’s comment stays on a Pasal that takes the master’s text, and its thread says the text changed', async () => {
    const { coop, masterId, variantIds } = session.world;
    const variantId = variantIds[2]!;
    const master = await open(masterId, session.world.owner.cookie);
    const variant = await open(variantId, session.world.owner.cookie);
    const firstParagraph = (n: PMJSON): PMJSON | undefined =>
      n.type === 'paragraph' && words(n).split(' ').length > 3
        ? n
        : (n.content ?? []).map(firstParagraph).find(Boolean);
    const pasal = top(variant.doc, 'clause').find(firstParagraph)!;
    const clauseId = String(pasal.attrs!.id);
    const para = firstParagraph(pasal)!;
    // Three words of it found nowhere else in the Pasal: the master's rewrite removes them.
    const all = words(pasal);
    const list = words(para).split(' ');
    const quoted = list
      .map((_, i) => list.slice(i, i + 3).join(' '))
      .find((w) => w.split(' ').length === 3 && all.indexOf(w) === all.lastIndexOf(w))!;

    const raised = await api<{ point: PointDTO }>(`/api/cooperations/${coop.id}/points`, {
      body: {
        documentId: variantId,
        clauseId,
        quote: quoted,
        text: 'Apakah ini berlaku untuk OPD kami?',
        anchorRange: rangeOf(variant.doc, clauseId, quoted),
      },
    });
    expect(raised.status).toBe(201);
    const pointId = raised.body.point.id;
    await waitFor('the anchor', () => anchored(variant.doc, pointId) === quoted);

    // The master rewrites that paragraph: the quoted words are gone.
    editBody(master.doc, (body) => {
      const p = firstParagraph(body.content!.find((n) => n.attrs?.id === clauseId)!)!;
      p.content = [{ type: 'text', text: 'Rumusan baru dari PKS induk tentang tujuan kerja sama.' }];
      return body;
    });
    const pasalNow = () => top(variant.doc, 'clause').find((c) => c.attrs?.id === clauseId)!;
    await waitFor('the variant to take the master’s Pasal', () =>
      words(pasalNow()).includes('Rumusan baru dari PKS induk'),
    );
    // Still anchored, at the start of the same Pasal (its heading's first word).
    await waitFor('the anchor to stand again', () => anchored(variant.doc, pointId) !== '');
    const heading = words(pasalNow().content![0]);
    expect(heading.startsWith(anchored(variant.doc, pointId))).toBe(true);
    expect(await overrides(variantId)).toEqual([]);
    const points = await api<{ points: PointDTO[] }>(
      `/api/cooperations/${coop.id}/points?documentId=${variantId}`,
    );
    const point = points.body.points.find((p) => p.id === pointId)!;
    expect(point.anchor).toBe(pointId);
    expect(point.replies.map((r) => [r.by.name, r.text])).toEqual([
      ['Sepakat', expect.stringContaining('Teks di bawah komentar ini berubah')],
    ]);
    expect(point.replies[0]!.text).toContain('The text under this comment changed');
  });
});

/** The relative positions of `quoted` in Pasal `clauseId`, as the editor sends a selection. */
function rangeOf(doc: Y.Doc, clauseId: string, quoted: string) {
  const fragment = doc.getXmlFragment(YDOC.body);
  const { doc: pm, meta } = initProseMirrorDoc(fragment, agreementSchema());
  let at = -1;
  pm.forEach((clause, offset) => {
    if (clause.attrs.id !== clauseId) return;
    clause.descendants((n, pos) => {
      const i = at < 0 && n.isText ? (n.text ?? '').indexOf(quoted) : -1;
      if (i >= 0) at = offset + 1 + pos + i;
    });
  });
  return anchorRangeOf(pm, meta.mapping, at, at + quoted.length);
}

/** The words under point `pointId`'s anchor. */
function anchored(doc: Y.Doc, pointId: string): string {
  const walk = (n: PMJSON): string =>
    n.marks?.some((m) => m.type === MARK.pointAnchor && m.attrs?.pointId === pointId)
      ? (n.text ?? '')
      : (n.content ?? []).map(walk).join('');
  return walk(bodyOf(doc));
}
