import type { VariantBoard, VariantRow, VariantState } from '../../shared/api/variants.ts';
import { approvalBook } from '../commands/clauseStates.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import { iso } from '../db/repos/sql.ts';
import { getUnit, listUnitLiaisons } from '../db/repos/units.ts';
import { findTier, listBases, listVariants, type VariantRecord } from '../db/repos/variants.ts';
import { notMaster } from '../errors/index.ts';
import { type HashedClause, overridesOf, pendingChanges } from './merge.ts';
import {
  documentUnits,
  forVariant,
  masterUnits,
  onlyClauses,
  type SyncContext,
  syncMaster,
  unitPartyOf,
} from './sync.ts';
import { carriesMeta } from './units.ts';

async function row(ctx: SyncContext, variant: VariantRecord, allMaster: HashedClause[]): Promise<VariantRow> {
  const unitPartyId = unitPartyOf(ctx, variant.unitId);
  const master = forVariant(allMaster, unitPartyId);
  const units = await documentUnits(ctx, variant.id, (key) => carriesMeta(key, unitPartyId));
  // Approvals count Pasal; overrides and pending changes count every unit the master shares.
  const clauses = onlyClauses(units);
  const bases = listBases(ctx.db, variant.id);
  const book = approvalBook(ctx.db, variant);
  const approved = new Map(book.partyIds.map((id) => [id, 0]));
  let agreed = 0;
  for (const c of clauses) {
    const { state, approvals } = book.stateOf(c.id, c.hash);
    if (state === 'agreed') agreed++;
    for (const a of approvals) if (a.current) approved.set(a.partyId, (approved.get(a.partyId) ?? 0) + 1);
  }
  const state: VariantState =
    variant.status !== 'draft'
      ? variant.status
      : clauses.length > 0 && agreed === clauses.length
        ? 'agreed'
        : 'draft';
  const unit = variant.unitId ? getUnit(ctx.db, variant.unitId) : null;
  return {
    documentId: variant.id,
    title: variant.title,
    unit: unit
      ? {
          id: unit.id,
          name: unit.name,
          shortName: unit.shortName,
          headName: unit.headName,
          headPosition: unit.headPosition,
        }
      : null,
    state,
    status: variant.status,
    agreed,
    total: clauses.length,
    approvals: book.partyIds.map((partyId) => ({
      partyId,
      approved: approved.get(partyId) ?? 0,
      total: clauses.length,
    })),
    pendingMasterChanges: pendingChanges(master, bases),
    flagged: [...bases.values()].filter((b) => b.flag).length,
    overrides: overridesOf(master, units, bases).size,
    liaisons: unit ? listUnitLiaisons(ctx.db, unit).map((l) => l.name) : [],
    updatedAt: iso(variant.updatedAt),
  };
}

/** The board of a master's variants: one row per variant, by unit name. */
export async function variantBoard(ctx: SyncContext, master: DocumentRecord): Promise<VariantBoard> {
  if (findTier(ctx.db, master.id)?.tier !== 'master') throw notMaster();
  const clauses = await masterUnits(ctx, master.id);
  const variants: VariantRow[] = [];
  for (const variant of listVariants(ctx.db, master.id)) variants.push(await row(ctx, variant, clauses));
  // A draft that has not taken a master change it could (the server stopped during the settle,
  // or the variant was reopened since) takes it now; the board shows it at its next reading.
  if (variants.some((v) => v.status === 'draft' && v.pendingMasterChanges > v.flagged)) {
    syncMaster(ctx, master.id).catch((err) =>
      ctx.log.error({ err, masterId: master.id }, 'the variants could not follow their master'),
    );
  }
  return {
    master: { documentId: master.id, title: master.title, updatedAt: iso(master.updatedAt) },
    variants,
  };
}
