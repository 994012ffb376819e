import type { CreateVariantsResponse } from '../../shared/api/variants.ts';
import { atLeast, members, type Row } from './authzExpect.ts';
import type { World } from './authzWorld.ts';

let made = 0;

/** A fresh PKS of the demo cooperation, made by the owner: its id. */
async function newPks(w: World): Promise<string> {
  const res = await w.asOwner<{ document: { id: string } }>(
    `/api/cooperations/${w.cooperation.id}/documents`,
    {
      kind: 'pks',
      title: `PKS Matriks ${++made}`,
    },
  );
  if (res.status !== 201) throw new Error(`newPks: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.document.id;
}

/** A fresh unit of party 1 (the owner's): its id. */
async function newUnit(w: World): Promise<string> {
  const res = await w.asOwner<{ unit: { id: string } }>(`/api/cooperations/${w.cooperation.id}/units`, {
    partyId: w.party1,
    name: `OPD Matriks ${++made}`,
  });
  if (res.status !== 201) throw new Error(`newUnit: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.unit.id;
}

/** One master PKS per world, with one variant, made on first use. */
const families = new WeakMap<World, Promise<{ masterId: string; variantId: string }>>();
function family(w: World) {
  let built = families.get(w);
  if (!built) {
    built = (async () => {
      const masterId = await newPks(w);
      const master = await w.asOwner(`/api/documents/${masterId}/master`, undefined, 'POST');
      if (master.status !== 200) throw new Error(`master: ${master.status} ${JSON.stringify(master.body)}`);
      const res = await w.asOwner<CreateVariantsResponse>(`/api/documents/${masterId}/variants`, {
        unitIds: [await newUnit(w)],
      });
      if (res.status !== 201) throw new Error(`variants: ${res.status} ${JSON.stringify(res.body)}`);
      return { masterId, variantId: res.body.variants[0]!.documentId };
    })();
    families.set(w, built);
  }
  return built;
}

/** Rows of a master PKS and its variants. */
export const VARIANT_ROWS: Row[] = [
  {
    endpoint: 'GET /api/documents/{id}/tier',
    expect: members(200),
    call: (w) => ({ path: `/api/documents/${w.documentId}/tier` }),
  },
  {
    endpoint: 'POST /api/documents/{id}/master',
    // 'document.editText' on a draft PKS: editors and owners of either party.
    expect: atLeast('editor', 200),
    call: async (w) => ({ path: `/api/documents/${await newPks(w)}/master` }),
  },
  {
    endpoint: 'POST /api/documents/{id}/variants',
    // 'document.create': editors and owners; a fresh unit per caller.
    expect: atLeast('editor', 201),
    call: async (w) => ({
      path: `/api/documents/${(await family(w)).masterId}/variants`,
      body: { unitIds: [await newUnit(w)] },
    }),
  },
  {
    endpoint: 'GET /api/documents/{id}/variants',
    expect: members(200),
    call: async (w) => ({ path: `/api/documents/${(await family(w)).masterId}/variants` }),
  },
  {
    endpoint: 'GET /api/documents/{id}/overrides',
    expect: members(200),
    call: async (w) => ({ path: `/api/documents/${(await family(w)).variantId}/overrides` }),
  },
  {
    endpoint: 'GET /api/documents/{id}/overrides/{clauseId}',
    // A member reaches the lookup: the Pasal is not overridden (404 `clause.not_found`).
    expect: members(404),
    call: async (w) => ({ path: `/api/documents/${(await family(w)).variantId}/overrides/c_tidak_ada` }),
  },
  {
    endpoint: 'POST /api/documents/{id}/overrides/{clauseId}/drop',
    // 'document.editText'; an editor reaches the check: nothing to drop (409 `variant.not_overridden`).
    expect: atLeast('editor', 409),
    call: async (w) => ({
      path: `/api/documents/${(await family(w)).variantId}/overrides/c_tidak_ada/drop`,
    }),
  },
  {
    endpoint: 'GET /api/documents/{id}/variants/export.zip',
    // 'document.export': every member; each variant's file is its own export, asked as the caller.
    expect: members(200),
    call: async (w) => ({ path: `/api/documents/${(await family(w)).masterId}/variants/export.zip` }),
  },
  {
    endpoint: 'POST /api/documents/{id}/overrides/{clauseId}/keep',
    // 'document.editText'; an editor reaches the check: nothing flagged (409 `variant.not_flagged`).
    expect: atLeast('editor', 409),
    call: async (w) => ({
      path: `/api/documents/${(await family(w)).variantId}/overrides/c_tidak_ada/keep`,
    }),
  },
];
