import type { CreateVariantsResponse } from '../../shared/api/variants.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import { newId } from '../../shared/ids.ts';
import { type DocumentMeta, partyMetaKey } from '../../shared/meta.ts';
import { docToJSON } from '../collab/convert.ts';
import { createDocumentState } from '../collab/store.ts';
import type { AppContext } from '../context.ts';
import { type DocumentRecord, insertDocument } from '../db/repos/documents.ts';
import { listParties } from '../db/repos/parties.ts';
import { getUnit, type Unit } from '../db/repos/units.ts';
import { findTier, listVariants, saveBase, setMaster, setVariant } from '../db/repos/variants.ts';
import {
  cannotBeMaster,
  notMaster,
  unitNotInCooperation,
  validation,
  variantExists,
} from '../errors/index.ts';
import { withoutAnchors } from './merge.ts';
import { rememberMaster } from './propagation.ts';
import { forVariant, serialized } from './sync.ts';
import { carriesMeta, readUnits } from './units.ts';

type Ctx = Pick<AppContext, 'db' | 'collab' | 'store' | 'events'>;

/** Makes a PKS (not a variant) a master; its next changes reach its variants. */
export function makeMaster(
  ctx: Pick<AppContext, 'db' | 'events'>,
  document: DocumentRecord,
  userId: string,
): void {
  if (document.kind !== 'pks') {
    throw validation('kind', 'Hanya PKS yang dapat dijadikan PKS induk.', 'Only a PKS can be made a master.');
  }
  const tier = findTier(ctx.db, document.id)?.tier;
  if (tier === 'variant') throw cannotBeMaster();
  if (tier === 'master') return;
  setMaster(ctx.db, document.id);
  rememberMaster(ctx.db, document.id);
  ctx.events?.publish(document.cooperationId, {
    type: 'document.master',
    documentId: document.id,
    by: userId,
  });
}

/**
 * A variant's metadata: the master's, with the party of the unit signing through the unit's
 * head, and no numbers (each PKS is numbered on its own).
 */
export function variantMeta(master: DocumentMeta, unit: Unit, partyIds: readonly string[]): DocumentMeta {
  const meta: DocumentMeta = { ...master };
  for (const partyId of partyIds) delete meta[partyMetaKey.number(partyId)];
  meta[partyMetaKey.signatoryName(unit.partyId)] = unit.headName;
  meta[partyMetaKey.signatoryPosition(unit.partyId)] = unit.headPosition;
  meta[partyMetaKey.signatoryNip(unit.partyId)] = unit.headNip;
  return meta;
}

/**
 * "Buat PKS untuk OPD…": one variant of `master` per unit, in one transaction. Each starts as a
 * copy of the master's text now, with the same Pasal ids (the master's discussion anchors left
 * out), and records every Pasal, BAB, text outside the Pasal and shared meta field as taken from
 * the master (its base); its title names the unit.
 */
export async function createVariants(
  ctx: Ctx,
  input: { master: DocumentRecord; unitIds: string[]; userId: string },
): Promise<CreateVariantsResponse> {
  const { master, unitIds, userId } = input;
  if (findTier(ctx.db, master.id)?.tier !== 'master') throw notMaster();
  const units = unitIds.map((id) => {
    const unit = getUnit(ctx.db, id);
    if (!unit || unit.cooperationId !== master.cooperationId) throw unitNotInCooperation();
    return unit;
  });
  return serialized(ctx.db, master.id, async () => {
    const taken = new Set(listVariants(ctx.db, master.id).map((v) => v.unitId));
    const again = units.find((u) => taken.has(u.id));
    if (again) throw variantExists(again.name);
    const {
      body,
      meta,
      units: all,
    } = await ctx.collab.withDocument(master.id, (doc) => ({
      ...docToJSON(doc),
      units: readUnits(doc, (key) => carriesMeta(key, null)),
    }));
    const text: PMJSON = withoutAnchors(body);
    const partyIds = listParties(ctx.db, master.cooperationId).map((p) => p.id);
    const created = ctx.db.transaction(() =>
      units.map((unit) => {
        const title = `${master.title} — ${unit.shortName || unit.name}`;
        const document = insertDocument(ctx.db, {
          id: newId('d'),
          cooperationId: master.cooperationId,
          kind: 'pks',
          title,
          mouId: master.mouId,
          createdBy: userId,
        });
        setVariant(ctx.db, document.id, master.id, unit.id);
        createDocumentState(ctx.store, document.id, text, variantMeta(meta, unit, partyIds), userId);
        for (const c of forVariant(all, unit.partyId)) {
          saveBase(ctx.db, document.id, c.id, JSON.stringify(withoutAnchors(c.node)), c.hash);
        }
        return { documentId: document.id, unitId: unit.id, title };
      }),
    )();
    for (const v of created) {
      ctx.events?.publish(master.cooperationId, { type: 'document.created', documentId: v.documentId });
    }
    ctx.events?.publish(master.cooperationId, {
      type: 'variants.created',
      masterId: master.id,
      documentIds: created.map((v) => v.documentId),
      by: userId,
    });
    return { variants: created };
  });
}
