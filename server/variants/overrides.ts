import type { OverrideDecisionResponse, OverrideDTO, OverrideList } from '../../shared/api/variants.ts';
import { type DocumentOutline, outlineOf, type PMJSON, textOf } from '../../shared/clauses.ts';
import { clauseHeadingOf, clauseText } from '../../shared/clauseText.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import { listParties } from '../db/repos/parties.ts';
import { type ClauseBase, deleteBase, findTier, listBases, saveBase } from '../db/repos/variants.ts';
import { documentNotDraft, notFlagged, notOverridden, notVariant } from '../errors/index.ts';
import { noteReanchored } from './anchorNotes.ts';
import { setUnit } from './apply.ts';
import { type HashedClause, overridesOf } from './merge.ts';
import { documentUnits, forVariant, masterUnits, type SyncContext, serialized, unitPartyOf } from './sync.ts';
import { carriesMeta, metaKeyOf, metaValueOf, UNIT, unitKind } from './units.ts';

/** What a variant's overrides are computed from, read at one moment. */
interface VariantView {
  masterId: string;
  master: HashedClause[];
  masterOutline: DocumentOutline;
  variant: HashedClause[];
  variantOutline: DocumentOutline;
  bases: Map<string, ClauseBase>;
  /** Party names by id, for the labels of signatory fields. */
  parties: Map<string, string>;
}

function masterOf(ctx: SyncContext, document: DocumentRecord): string {
  const tier = findTier(ctx.db, document.id);
  if (tier?.tier !== 'variant' || !tier.masterId) throw notVariant();
  return tier.masterId;
}

/** The outline (Pasal and BAB numbers) of a list of units. */
const outline = (units: HashedClause[]): DocumentOutline =>
  outlineOf({
    type: 'doc',
    content: units.filter((c) => ['clause', 'chapter'].includes(unitKind(c.id))).map((c) => c.node),
  });

async function view(ctx: SyncContext, document: DocumentRecord, masterId: string): Promise<VariantView> {
  const unitPartyId = unitPartyOf(ctx, findTier(ctx.db, document.id)?.unitId ?? null);
  const master = forVariant(await masterUnits(ctx, masterId), unitPartyId);
  const variant = await documentUnits(ctx, document.id, (key) => carriesMeta(key, unitPartyId));
  return {
    masterId,
    master,
    masterOutline: outline(master),
    variant,
    variantOutline: outline(variant),
    bases: listBases(ctx.db, document.id),
    parties: new Map(listParties(ctx.db, document.cooperationId).map((p) => [p.id, p.shortName || p.name])),
  };
}

/** A unit's node as plain text (lines), as the comparison shows it. */
function unitText(id: string, node: PMJSON, outline: DocumentOutline): string {
  const kind = unitKind(id);
  if (kind === 'clause') return clauseText(node, outline, id);
  if (kind === 'chapter') return clauseText({ type: 'doc', content: [node] }, outline);
  if (kind === 'meta') return metaValueOf(node);
  return clauseText(node, outline);
}

function side(node: PMJSON | undefined, hash: string, outline: DocumentOutline, id: string) {
  return node
    ? { json: node as unknown as Record<string, unknown>, text: unitText(id, node, outline), hash }
    : null;
}

const TEXT_LABELS: Record<string, string> = {
  [UNIT.opening]: 'Pembukaan',
  [UNIT.closing]: 'Penutup',
  [UNIT.annex]: 'Lampiran',
};
const META_LABELS: Record<string, string> = {
  subject: 'Perihal',
  originals: 'Jumlah rangkap asli',
  termYears: 'Jangka waktu (tahun)',
  signatoryName: 'Nama penanda tangan',
  signatoryPosition: 'Jabatan penanda tangan',
  signatoryNip: 'NIP penanda tangan',
};

/** What the list calls a unit: "Pasal 3", "BAB II", "Pembukaan", "Data dokumen", and its heading. */
function labelOf(v: VariantView, id: string, shown: PMJSON | undefined): { label: string; heading: string } {
  const kind = unitKind(id);
  if (kind === 'clause') {
    const number =
      v.variantOutline.clauses.find((c) => c.id === id)?.number ??
      v.masterOutline.clauses.find((c) => c.id === id)?.number;
    return { label: number ? `Pasal ${number}` : 'Pasal', heading: shown ? clauseHeadingOf(shown) : '' };
  }
  if (kind === 'chapter') {
    const chapterId = id.slice(UNIT.chapter.length);
    const roman =
      v.variantOutline.chapters.find((c) => c.id === chapterId)?.roman ??
      v.masterOutline.chapters.find((c) => c.id === chapterId)?.roman;
    return { label: roman ? `BAB ${roman}` : 'BAB', heading: shown ? textOf(shown).trim() : '' };
  }
  if (kind === 'meta') {
    const [field = '', partyId] = metaKeyOf(id).split('.');
    const party = partyId ? v.parties.get(partyId) : undefined;
    return {
      label: 'Data dokumen',
      heading: [META_LABELS[field] ?? field, party].filter(Boolean).join(' — '),
    };
  }
  return { label: TEXT_LABELS[id] ?? 'Teks di luar Pasal', heading: '' };
}

/** One unit's override entry, or null when it neither differs from its base nor is flagged. */
function entry(v: VariantView, clauseId: string): OverrideDTO | null {
  const kind = overridesOf(v.master, v.variant, v.bases).get(clauseId) ?? null;
  const base = v.bases.get(clauseId);
  const flag = base?.flag ?? null;
  if (!kind && !flag) return null;
  const master = v.master.find((c) => c.id === clauseId);
  const mine = v.variant.find((c) => c.id === clauseId);
  const shown = mine?.node ?? master?.node ?? (base ? (JSON.parse(base.json) as PMJSON) : undefined);
  return {
    clauseId,
    ...labelOf(v, clauseId, shown),
    kind,
    flag,
    master: side(master?.node, master?.hash ?? '', v.masterOutline, clauseId),
    variant: side(mine?.node, mine?.hash ?? '', v.variantOutline, clauseId),
    base: base ? side(JSON.parse(base.json) as PMJSON, base.hash, v.masterOutline, clauseId) : null,
  };
}

/**
 * A variant's overridden and flagged units (Pasal, BAB, text outside the Pasal, shared meta
 * fields), in the variant's order (then those removed here).
 */
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
    const reanchored = await ctx.collab.withDocument(
      document.id,
      (doc) => setUnit(doc, clauseId, master?.node ?? null, after, after ? null : next),
      { userId },
    );
    noteReanchored(ctx, document.id, reanchored, userId);
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
