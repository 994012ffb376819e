import type * as Y from 'yjs';
import { YDOC } from '../../shared/protocol.ts';
import { clauseHash } from '../clauseHash.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/connection.ts';
import { findDocument } from '../db/repos/documents.ts';
import {
  deleteBase,
  flagBase,
  listBases,
  listVariants,
  saveBase,
  type VariantRecord,
} from '../db/repos/variants.ts';
import { clauseElements, yElementToJSON } from '../history/yjson.ts';
import { applySteps } from './apply.ts';
import { type HashedClause, mergePlan, type VariantClauses, withoutAnchors } from './merge.ts';

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

/**
 * A live document's Pasal for the merge, each read and hashed only when asked (through
 * attribution's reader, which never changes the document and hashes as `docToJSON` reads).
 */
function liveClauses(doc: Y.Doc): VariantClauses {
  const elements = clauseElements(doc.getXmlFragment(YDOC.body));
  const hashes = new Map<string, string | null>();
  return {
    ids: [...elements.keys()],
    hash(id) {
      if (!hashes.has(id)) {
        const el = elements.get(id)?.el;
        hashes.set(id, el ? clauseHash(yElementToJSON(el)) : null);
      }
      return hashes.get(id) ?? null;
    },
  };
}

/** Every Pasal of a live document, in order, read without changing it and hashed. */
export function readClauses(doc: Y.Doc): HashedClause[] {
  return [...clauseElements(doc.getXmlFragment(YDOC.body))].map(([id, { el }]) => {
    const node = yElementToJSON(el);
    return { id, node, hash: clauseHash(node) };
  });
}

/** A document's Pasal now (see {@link readClauses}). */
export function documentClauses(ctx: SyncContext, documentId: string): Promise<HashedClause[]> {
  return ctx.collab.withDocument(documentId, readClauses);
}

/** The master's Pasal now, as a variant takes them: without the master's discussion anchors. */
export async function masterClauses(ctx: SyncContext, masterId: string): Promise<HashedClause[]> {
  return (await documentClauses(ctx, masterId)).map((c) => ({ ...c, node: withoutAnchors(c.node) }));
}

/**
 * Brings one draft variant up to its master (see `mergePlan`): the text steps are made in the
 * variant's live document as one change of the server's own (no person), so editors of the
 * variant see them at once; the bases are written after.
 */
async function syncVariant(
  ctx: SyncContext,
  variant: VariantRecord,
  master: HashedClause[],
): Promise<{ applied: number; flagged: string[] }> {
  const bases = listBases(ctx.db, variant.id);
  const { steps, applied } = await ctx.collab.withDocument(
    variant.id,
    (doc) => {
      const steps = mergePlan(master, liveClauses(doc), bases);
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
  return { applied, flagged };
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
    const master = await masterClauses(ctx, masterId);
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
