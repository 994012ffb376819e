import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { UnitDTO } from '../../shared/api/units.ts';
import type { CreateVariantsResponse, OverrideList, VariantBoard } from '../../shared/api/variants.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import { clauseText } from '../../shared/clauseText.ts';
import { partyMetaKey } from '../../shared/meta.ts';
import { bodyOf, editBody } from '../support/bodyEdits.ts';
import { clientsPerTest } from '../support/clients.ts';
import { streamsPerTest } from '../support/eventStream.ts';
import { buildCooperation, buildDocument, buildMember, buildUser } from '../support/factories.ts';
import type { UntypedBody } from '../support/server.ts';
import { withServer } from '../support/withServer.ts';

const UNITS = 20;

/** A cooperation whose city has 20 OPD, a master PKS and one variant per OPD, all through the API. */
const session = withServer(
  async (server) => {
    const owner = await buildUser(server, { displayName: 'Kepala Perwakilan' });
    const coop = await buildCooperation(server, owner.cookie);
    // The city's own editors keep its list of units.
    const bureau = await buildMember(server, owner.cookie, coop, 'editor');
    const city = coop.parties.find((p) => p.ordinal === 2)!.id;
    const units: UnitDTO[] = [];
    for (let i = 1; i <= UNITS; i++) {
      const res = await server.api(`/api/cooperations/${coop.id}/units`, {
        cookie: bureau.cookie,
        body: {
          partyId: city,
          name: `Dinas Nomor ${String(i).padStart(2, '0')}`,
          shortName: `D${i}`,
          headName: `Kepala Dinas ${i}, S.H.`,
          headPosition: `Kepala Dinas Nomor ${i}`,
        },
      });
      if (res.status !== 201) throw new Error(`unit: ${res.status} ${JSON.stringify(res.body)}`);
      units.push(res.body.unit);
    }
    const master = await buildDocument(server, owner.cookie, coop.id, { kind: 'pks', title: 'PKS Induk' });
    const made = await server.api(`/api/documents/${master.id}/master`, {
      cookie: owner.cookie,
      method: 'POST',
    });
    if (made.status !== 200) throw new Error(`master: ${made.status} ${JSON.stringify(made.body)}`);
    const started = performance.now();
    const res = await server.api<CreateVariantsResponse>(`/api/documents/${master.id}/variants`, {
      cookie: owner.cookie,
      body: { unitIds: units.map((u) => u.id) },
    });
    const createMs = performance.now() - started;
    if (res.status !== 201) throw new Error(`variants: ${res.status} ${JSON.stringify(res.body)}`);
    return { coop, owner, units, masterId: master.id, variants: res.body.variants, createMs };
  },
  undefined,
  60_000,
);
const open = clientsPerTest(() => session.server);
const stream = streamsPerTest(() => session.server);

const cookie = () => session.world.owner.cookie;
const api = <T = UntypedBody>(path: string, init: { method?: string; body?: unknown } = {}) =>
  session.server.api<T>(path, { cookie: cookie(), ...init });
const clausesOf = (doc: Y.Doc) => (bodyOf(doc).content ?? []).filter((n) => n.type === 'clause');
const textOfClause = (doc: Y.Doc, id: string) => {
  const node = clausesOf(doc).find((c) => c.attrs?.id === id);
  return node ? clauseText(node) : null;
};
/** Appends `words` to the first paragraph of clause `id`, as an editor typing there. */
const typeInto = (doc: Y.Doc, id: string, words: string) =>
  editBody(doc, (body) => {
    const clause = body.content?.find((n) => n.attrs?.id === id);
    const para = findFirst(clause, 'paragraph');
    if (!para) throw new Error(`clause ${id} has no paragraph`);
    para.content = [...(para.content ?? []), { type: 'text', text: words }];
    return body;
  });
function findFirst(node: PMJSON | undefined, type: string): PMJSON | undefined {
  if (!node) return undefined;
  if (node.type === type) return node;
  for (const child of node.content ?? []) {
    const found = findFirst(child, type);
    if (found) return found;
  }
  return undefined;
}
const until = async (what: string, ok: () => boolean, ms = 5000) => {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};
const overrides = async (documentId: string) =>
  (await api<OverrideList>(`/api/documents/${documentId}/overrides`)).body.overrides;

describe('a master PKS and its variants', () => {
  it('makes one variant per OPD in one action, each signed by its head, without numbers', async () => {
    const { variants, units, masterId, coop, createMs } = session.world;
    console.log(`created ${UNITS} variants in one request: ${createMs.toFixed(0)} ms`);
    expect(variants).toHaveLength(UNITS);
    const city = coop.parties.find((p) => p.ordinal === 2)!.id;
    const unit = units[3]!;
    const variant = variants.find((v) => v.unitId === unit.id)!;
    expect(variant.title).toMatch(/ — D4$/);
    const doc = await api(`/api/documents/${variant.documentId}`);
    expect(doc.status).toBe(200);
    const meta = doc.body.document.meta as Record<string, string>;
    expect(meta[partyMetaKey.signatoryName(city)]).toBe('Kepala Dinas 4, S.H.');
    expect(meta[partyMetaKey.signatoryPosition(city)]).toBe('Kepala Dinas Nomor 4');
    for (const p of coop.parties) expect(meta[partyMetaKey.number(p.id)] ?? '').toBe('');

    const tier = await api(`/api/documents/${variant.documentId}/tier`);
    expect(tier.body).toMatchObject({ tier: 'variant', masterId, unitId: unit.id });
    const board = await api<VariantBoard>(`/api/documents/${masterId}/variants`);
    expect(board.status).toBe(200);
    expect(board.body.variants).toHaveLength(UNITS);
    for (const row of board.body.variants) {
      expect(row).toMatchObject({ state: 'draft', overrides: 0, pendingMasterChanges: 0, flagged: 0 });
      expect(row.total).toBeGreaterThan(3);
    }
    // A second variant for the same OPD is refused, in both languages.
    const again = await api(`/api/documents/${masterId}/variants`, { body: { unitIds: [unit.id] } });
    expect(again.status).toBe(409);
    expect(again.body.error.id).toBe('variant.exists');
    expect(again.body.error.messageEn).toContain(unit.name);
  });

  it('a master change reaches the 19 variants that did not override it, live; the one that did is flagged; drop returns it', async () => {
    const { masterId, variants, coop } = session.world;
    const events = await stream(coop.id, cookie());
    const master = await open(masterId, cookie());
    const clients = await Promise.all(variants.map((v) => open(v.documentId, cookie())));
    const target = String(clausesOf(master.doc)[1]!.attrs!.id);
    const overriding = clients[0]!;
    const overrider = variants[0]!.documentId;

    typeInto(overriding.doc, target, ' kecuali untuk data kependudukan');
    await expect
      .poll(async () => (await overrides(overrider)).map((o) => [o.clauseId, o.kind]), {
        timeout: 5000,
      })
      .toEqual([[target, 'changed']]);

    const started = performance.now();
    typeInto(master.doc, target, ' dalam waktu 14 (empat belas) hari kerja');
    const others = clients.slice(1);
    await until('19 variants to show the master change', () =>
      others.every((c) => textOfClause(c.doc, target)?.includes('14 (empat belas) hari kerja')),
    );
    const arrivedMs = performance.now() - started;
    const synced = await events.next('variants.synced');
    console.log(
      `master change reached ${others.length} variants in ${arrivedMs.toFixed(0)} ms from the keystroke (settle included); the sync itself took ${synced.data.durationMs} ms`,
    );
    // The target is under 1 s (`npm run bench:variants` measures it); the
    // bound is generous for a machine running other suites at the same time.
    expect(synced.data.durationMs).toBeLessThan(3000);
    expect(synced.data.documentIds).toHaveLength(UNITS - 1);
    expect(synced.data.flagged).toBe(1);
    expect(await events.next('variant.overrides')).toMatchObject({
      data: { documentId: overrider, masterId, clauseId: target },
    });

    // Never applied silently: the overriding variant keeps its own words only.
    const mine = textOfClause(overriding.doc, target)!;
    expect(mine).toContain('kecuali untuk data kependudukan');
    expect(mine).not.toContain('empat belas');
    const [flagged] = await overrides(overrider);
    expect(flagged).toMatchObject({ clauseId: target, kind: 'changed', flag: 'changed' });
    expect(flagged!.master!.text).toContain('14 (empat belas) hari kerja');
    expect(flagged!.variant!.text).toContain('kecuali untuk data kependudukan');
    expect(flagged!.base!.text).not.toContain('empat belas');
    const board = await api<VariantBoard>(`/api/documents/${masterId}/variants`);
    const row = board.body.variants.find((r) => r.documentId === overrider)!;
    expect(row).toMatchObject({ overrides: 1, flagged: 1, pendingMasterChanges: 1 });
    expect(board.body.variants.filter((r) => r.overrides === 0)).toHaveLength(UNITS - 1);

    // Drop: back to the master's text, live in the variant's editor, nothing left to review.
    const dropped = await api(`/api/documents/${overrider}/overrides/${target}/drop`, { method: 'POST' });
    expect(dropped.status).toBe(200);
    expect(dropped.body).toMatchObject({ clauseId: target, changed: true, override: null });
    await until('the drop to reach the variant', () =>
      Boolean(textOfClause(overriding.doc, target)?.includes('14 (empat belas) hari kerja')),
    );
    expect(textOfClause(overriding.doc, target)).toBe(textOfClause(master.doc, target));
    expect(await overrides(overrider)).toEqual([]);
    const again = await api(`/api/documents/${overrider}/overrides/${target}/drop`, { method: 'POST' });
    expect(again.status).toBe(409);
    expect(again.body.error.id).toBe('variant.not_overridden');
  });

  it('a new master clause goes in after the same Pasal; a deleted one goes where unchanged and is flagged where overridden; keep acknowledges', async () => {
    const { masterId, variants } = session.world;
    const master = await open(masterId, cookie());
    const plain = await open(variants[5]!.documentId, cookie());
    const keeper = await open(variants[6]!.documentId, cookie());
    const [, second, third] = clausesOf(master.doc).map((c) => String(c.attrs!.id));

    // The keeper overrides the Pasal the master is about to delete.
    typeInto(keeper.doc, third!, ' dan dilaporkan kepada Sekretaris Daerah');
    await expect
      .poll(async () => (await overrides(variants[6]!.documentId)).map((o) => o.kind), { timeout: 5000 })
      .toEqual(['changed']);

    const fresh = 'c_baru_dari_induk';
    editBody(master.doc, (body) => {
      const content = body.content ?? [];
      const at = content.findIndex((n) => n.attrs?.id === second);
      const copy = structuredClone(content[at]!);
      copy.attrs = { ...copy.attrs, id: fresh };
      renewIds(copy);
      const heading = findFirst(copy, 'clauseHeading')!;
      heading.content = [{ type: 'text', text: 'Pendanaan' }];
      content.splice(at + 1, 0, copy);
      return { ...body, content: content.filter((n) => n.attrs?.id !== third) };
    });
    const order = (doc: Y.Doc) => clausesOf(doc).map((c) => String(c.attrs!.id));
    await until('the new Pasal and the deletion to reach a plain variant', () => {
      const ids = order(plain.doc);
      return ids.indexOf(fresh) === ids.indexOf(second!) + 1 && !ids.includes(third!);
    });
    expect(order(plain.doc)).toEqual(order(master.doc));
    await until('the new Pasal to reach the keeper', () => order(keeper.doc).includes(fresh));
    expect(order(keeper.doc)).toContain(third);
    await expect
      .poll(async () => (await overrides(variants[6]!.documentId)).map((o) => [o.clauseId, o.flag]), {
        timeout: 5000,
      })
      .toEqual([[third, 'deleted']]);

    const kept = await api(`/api/documents/${variants[6]!.documentId}/overrides/${third}/keep`, {
      method: 'POST',
    });
    expect(kept.status).toBe(200);
    // The Pasal is now the variant's own: no longer flagged, listed as added here.
    expect(kept.body.override).toMatchObject({ clauseId: third, kind: 'added', flag: null });
    expect(order(keeper.doc)).toContain(third);
    const notFlagged = await api(`/api/documents/${variants[6]!.documentId}/overrides/${third}/keep`, {
      method: 'POST',
    });
    expect(notFlagged.status).toBe(409);
    expect(notFlagged.body.error.id).toBe('variant.not_flagged');
  });

  it('refuses variants of a document that is not a master, and overrides of one that is not a variant', async () => {
    const { masterId, units, variants } = session.world;
    const ofVariant = await api(`/api/documents/${variants[1]!.documentId}/variants`, {
      body: { unitIds: [units[0]!.id] },
    });
    expect(ofVariant.status).toBe(409);
    expect(ofVariant.body.error.id).toBe('variant.not_master');
    const ofMaster = await api(`/api/documents/${masterId}/overrides`);
    expect(ofMaster.status).toBe(409);
    expect(ofMaster.body.error.id).toBe('variant.not_variant');
    const masterOfVariant = await api(`/api/documents/${variants[1]!.documentId}/master`, { method: 'POST' });
    expect(masterOfVariant.status).toBe(409);
    expect(masterOfVariant.body.error.id).toBe('variant.cannot_be_master');
  });
});

/** Gives every id inside a copied clause a new value, so ayat ids stay unique in the document. */
function renewIds(node: PMJSON): void {
  for (const child of node.content ?? []) {
    if (child.attrs && typeof child.attrs.id === 'string') {
      child.attrs = { ...child.attrs, id: `${child.attrs.id}_baru` };
    }
    renewIds(child);
  }
}
