import type { OverrideDecisionResponse, OverrideDTO, OverrideList } from '../../shared/api/variants.ts';
import { type DocumentOutline, outlineOf, type PMJSON } from '../../shared/clauses.ts';
import { clauseHeadingOf, clauseText } from '../../shared/clauseText.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import { type ClauseBase, deleteBase, findTier, listBases, saveBase } from '../db/repos/variants.ts';
import { documentNotDraft, notFlagged, notOverridden, notVariant } from '../errors/index.ts';
import { setClause } from './apply.ts';
import { type HashedClause, overridesOf } from './merge.ts';
import { documentClauses, masterClauses, type SyncContext, serialized } from './sync.ts';

/** What a variant's overrides are computed from, read at one moment. */
interface VariantView {
  masterId: string;
  master: HashedClause[];
  masterOutline: DocumentOutline;
  variant: HashedClause[];
  variantOutline: DocumentOutline;
  bases: Map<string, ClauseBase>;
}

function masterOf(ctx: SyncContext, document: DocumentRecord): string {
  const tier = findTier(ctx.db, document.id);
  if (tier?.tier !== 'variant' || !tier.masterId) throw notVariant();
  return tier.masterId;
}

async function view(ctx: SyncContext, document: DocumentRecord, masterId: string): Promise<VariantView> {
  const master = await masterClauses(ctx, masterId);
  const variant = await documentClauses(ctx, document.id);
  const outline = (clauses: HashedClause[]): DocumentOutline =>
    outlineOf({ type: 'doc', content: clauses.map((c) => c.node) });
  return {
    masterId,
    master,
    masterOutline: outline(master),
    variant,
    variantOutline: outline(variant),
    bases: listBases(ctx.db, document.id),
  };
}

function side(node: PMJSON | undefined, hash: string, outline: DocumentOutline, id: string) {
  return node
    ? { json: node as unknown as Record<string, unknown>, text: clauseText(node, outline, id), hash }
    : null;
}

/** One clause's override entry, or null when it neither differs from its base nor is flagged. */
function entry(v: VariantView, clauseId: string): OverrideDTO | null {
  const kind = overridesOf(v.master, v.variant, v.bases).get(clauseId) ?? null;
  const base = v.bases.get(clauseId);
  const flag = base?.flag ?? null;
  if (!kind && !flag) return null;
  const master = v.master.find((c) => c.id === clauseId);
  const mine = v.variant.find((c) => c.id === clauseId);
  const number =
    v.variantOutline.clauses.find((c) => c.id === clauseId)?.number ??
    v.masterOutline.clauses.find((c) => c.id === clauseId)?.number;
  const shown = mine?.node ?? master?.node ?? (base ? (JSON.parse(base.json) as PMJSON) : undefined);
  return {
    clauseId,
    label: number ? `Pasal ${number}` : 'Pasal',
    heading: shown ? clauseHeadingOf(shown) : '',
    kind,
    flag,
    master: side(master?.node, master?.hash ?? '', v.masterOutline, clauseId),
    variant: side(mine?.node, mine?.hash ?? '', v.variantOutline, clauseId),
    base: base ? side(JSON.parse(base.json) as PMJSON, base.hash, v.masterOutline, clauseId) : null,
  };
}

/** A variant's overridden and flagged clauses, in the variant's order (then those removed here). */
export async function listOverrides(ctx: SyncContext, document: DocumentRecord): Promise<OverrideList> {
  const masterId = masterOf(ctx, document);
  const v = await view(ctx, document, masterId);
  const ids = [...new Set([...v.variant.map((c) => c.id), ...v.master.map((c) => c.id), ...v.bases.keys()])];
  const overrides = ids.map((id) => entry(v, id)).filter((e): e is OverrideDTO => e !== null);
  return { documentId: document.id, masterId, overrides };
}

function publishOverrides(ctx: SyncContext, document: DocumentRecord, masterId: string, clauseId: string) {
  ctx.events?.publish(document.cooperationId, {
    type: 'variant.overrides',
    documentId: document.id,
    masterId,
    clauseId,
  });
}

/**
 * Returns a clause of a variant to the master's text: replaced, re-inserted where the master
 * has it, or removed when the master no longer has it; a change of the server's own in the
 * live document. The base becomes the master's clause now, and any flag goes.
 */
export function dropOverride(
  ctx: SyncContext,
  input: { document: DocumentRecord; clauseId: string; userId: string },
): Promise<OverrideDecisionResponse> {
  const { document, clauseId, userId } = input;
  if (document.status !== 'draft') throw documentNotDraft(document.status);
  const masterId = masterOf(ctx, document);
  return serialized(ctx.db, masterId, async () => {
    const before = await view(ctx, document, masterId);
    if (!entry(before, clauseId)) throw notOverridden();
    const index = before.master.findIndex((c) => c.id === clauseId);
    const master = before.master[index];
    const present = new Set(before.variant.map((c) => c.id));
    const after = before.master.slice(0, Math.max(index, 0)).findLast((c) => present.has(c.id))?.id ?? null;
    const next = before.master.slice(index + 1).find((c) => present.has(c.id))?.id ?? null;
    await ctx.collab.withDocument(
      document.id,
      (doc) => setClause(doc, clauseId, master?.node ?? null, after, after ? null : next),
      { userId },
    );
    if (master) saveBase(ctx.db, document.id, clauseId, JSON.stringify(master.node), master.hash);
    else deleteBase(ctx.db, document.id, clauseId);
    publishOverrides(ctx, document, masterId, clauseId);
    return { clauseId, changed: true, override: entry(await view(ctx, document, masterId), clauseId) };
  });
}

/**
 * Acknowledges a flagged master change and keeps the variant's text: the base moves to the
 * master's clause now (forgotten when the master deleted it), so the clause stays an override
 * and the next master change to it is flagged again.
 */
export function keepOverride(
  ctx: SyncContext,
  input: { document: DocumentRecord; clauseId: string },
): Promise<OverrideDecisionResponse> {
  const { document, clauseId } = input;
  const masterId = masterOf(ctx, document);
  return serialized(ctx.db, masterId, async () => {
    const before = await view(ctx, document, masterId);
    if (!before.bases.get(clauseId)?.flag) throw notFlagged();
    const master = before.master.find((c) => c.id === clauseId);
    if (master) saveBase(ctx.db, document.id, clauseId, JSON.stringify(master.node), master.hash);
    else deleteBase(ctx.db, document.id, clauseId);
    publishOverrides(ctx, document, masterId, clauseId);
    return { clauseId, changed: false, override: entry(await view(ctx, document, masterId), clauseId) };
  });
}
