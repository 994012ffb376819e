import type { AppContext } from '../context.ts';
import type { DB } from '../db/connection.ts';
import { findDocument } from '../db/repos/documents.ts';
import { getUnit } from '../db/repos/units.ts';
import {
  deleteBase,
  flagBase,
  listBases,
  listVariants,
  saveBase,
  type VariantRecord,
} from '../db/repos/variants.ts';
import { noteReanchored } from './anchorNotes.ts';
import { applySteps } from './apply.ts';
import { type HashedClause, mergePlan, withoutAnchors } from './merge.ts';
import { carriesMeta, liveUnits, readUnits, UNIT, unitKind } from './units.ts';

/** What one run of {@link syncMaster} did. */
export interface SyncResult {
  /** Variants whose text changed. */
  documentIds: string[];
  /** Clauses written into variants. */
  applied: number;
  /** Clauses newly flagged for review, by variant. */
  flagged: Map<string, string[]>;
  durationMs: number;
}

export type SyncContext = Pick<AppContext, 'db' | 'collab' | 'events' | 'log'>;

/**
 * Runs of work on one master's family, one after the other per database: a sync, a drop or a
 * keep each read the bases and write them after their change to the text, so two of them at
 * once on one variant would each take the other's bases for stale.
 */
const queues = new WeakMap<DB, Map<string, Promise<unknown>>>();

/** Runs `fn` after every earlier run for `masterId` ended (whatever their outcome). */
export function serialized<T>(db: DB, masterId: string, fn: () => Promise<T>): Promise<T> {
  let byMaster = queues.get(db);
  if (!byMaster) {
    byMaster = new Map();
    queues.set(db, byMaster);
  }
  const previous = byMaster.get(masterId) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  byMaster.set(masterId, tail);
  void tail.then(() => {
    if (byMaster.get(masterId) === tail) byMaster.delete(masterId);
  });
  return run;
}

/** The party whose unit a variant is for (null: none), whose signatory is the variant's own. */
export function unitPartyOf(ctx: SyncContext, unitId: string | null): string | null {
  return unitId ? (getUnit(ctx.db, unitId)?.partyId ?? null) : null;
}

/** A document's units now, Pasal and the rest (see `readUnits`), with the meta fields `carried` keeps. */
export function documentUnits(
  ctx: SyncContext,
  documentId: string,
  carried: (key: string) => boolean,
): Promise<HashedClause[]> {
  return ctx.collab.withDocument(documentId, (doc) => readUnits(doc, carried));
}

/**
 * The master's units now, as a variant takes them: without the master's discussion anchors, with
 * every meta field some variant may share (each variant then keeps those {@link forVariant} gives).
 */
export async function masterUnits(ctx: SyncContext, masterId: string): Promise<HashedClause[]> {
  const units = await documentUnits(ctx, masterId, (key) => carriesMeta(key, null));
  return units.map((c) => ({ ...c, node: withoutAnchors(c.node) }));
}

/** The master's units one variant shares: all but the meta fields that are its own. */
export function forVariant(master: readonly HashedClause[], unitPartyId: string | null): HashedClause[] {
  return master.filter(
    (c) => unitKind(c.id) !== 'meta' || carriesMeta(c.id.slice(UNIT.meta.length), unitPartyId),
  );
}

/** Only the Pasal of a list of units. */
export const onlyClauses = (units: readonly HashedClause[]) =>
  units.filter((c) => unitKind(c.id) === 'clause');

/**
 * Brings one draft variant up to its master (see `mergePlan`): the text steps are made in the
 * variant's live document as one change of the server's own (no person), so editors of the
 * variant see them at once; the bases are written after.
 */
async function syncVariant(
  ctx: SyncContext,
  variant: VariantRecord,
  allMaster: HashedClause[],
): Promise<{ applied: number; flagged: string[] }> {
  const bases = listBases(ctx.db, variant.id);
  const unitPartyId = unitPartyOf(ctx, variant.unitId);
  const master = forVariant(allMaster, unitPartyId);
  const { steps, applied } = await ctx.collab.withDocument(
    variant.id,
    (doc) => {
      const steps = mergePlan(
        master,
        liveUnits(doc, (key) => carriesMeta(key, unitPartyId)),
        bases,
      );
      return { steps, applied: applySteps(doc, steps) };
    },
    { userId: null },
  );
  const flagged: string[] = [];
  ctx.db.transaction(() => {
    for (const step of steps) {
      if (step.op === 'replace' || step.op === 'insert' || step.op === 'rebase') {
        saveBase(ctx.db, variant.id, step.id, JSON.stringify(step.node), step.hash);
      } else if (step.op === 'delete' || step.op === 'forget') {
        deleteBase(ctx.db, variant.id, step.id);
      } else if (flagBase(ctx.db, variant.id, step.id, step.flag)) {
        flagged.push(step.id);
      }
    }
  })();
  noteReanchored(ctx, variant.id, applied.reanchored, null);
  return { applied: applied.written, flagged };
}

/**
 * Propagates the master's text now to each of its draft variants (a final or signed variant
 * keeps its text; what it has not taken counts as pending on the board), and publishes
 * `variants.synced` and, for each variant with new flags, `variant.overrides`.
 */
export function syncMaster(ctx: SyncContext, masterId: string): Promise<SyncResult> {
  return serialized(ctx.db, masterId, async () => {
    const started = performance.now();
    const result: SyncResult = { documentIds: [], applied: 0, flagged: new Map(), durationMs: 0 };
    const variants = listVariants(ctx.db, masterId).filter((v) => v.status === 'draft');
    if (variants.length === 0) return result;
    const master = await masterUnits(ctx, masterId);
    for (const variant of variants) {
      try {
        const { applied, flagged } = await syncVariant(ctx, variant, master);
        if (applied > 0) result.documentIds.push(variant.id);
        result.applied += applied;
        if (flagged.length > 0) result.flagged.set(variant.id, flagged);
      } catch (err) {
        // One variant that cannot be written (its storage failing) does not hold the others back.
        ctx.log.error({ err, masterId, documentId: variant.id }, 'a variant could not follow its master');
      }
    }
    result.durationMs = performance.now() - started;
    publishSync(ctx, masterId, result);
    return result;
  });
}

function publishSync(ctx: SyncContext, masterId: string, result: SyncResult): void {
  const flaggedCount = [...result.flagged.values()].reduce((n, ids) => n + ids.length, 0);
  if (result.applied === 0 && flaggedCount === 0) return;
  const cooperationId = findDocument(ctx.db, masterId)?.cooperationId;
  if (!cooperationId || !ctx.events) return;
  ctx.events.publish(cooperationId, {
    type: 'variants.synced',
    masterId,
    documentIds: result.documentIds,
    applied: result.applied,
    flagged: flaggedCount,
    durationMs: Math.round(result.durationMs * 10) / 10,
  });
  for (const [documentId, ids] of result.flagged) {
    ctx.events.publish(cooperationId, {
      type: 'variant.overrides',
      documentId,
      masterId,
      clauseId: ids.length === 1 ? (ids[0] ?? null) : null,
    });
  }
}
