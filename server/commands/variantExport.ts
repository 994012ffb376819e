import type { FastifyInstance } from 'fastify';
import { uniqueNames, type VariantExportMode, variantFileName } from '../../shared/api/variantExport.ts';
import { type DocumentMeta, partyMetaKey } from '../../shared/meta.ts';
import { YDOC } from '../../shared/protocol.ts';
import type { AppContext } from '../context.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import { listParties } from '../db/repos/parties.ts';
import { getUnit } from '../db/repos/units.ts';
import { listVariants } from '../db/repos/variants.ts';
import { AppError, internal, noVariantsToExport } from '../errors/index.ts';

/** How far the batch export is: files built of the total, and the unit of the last one. */
export type VariantExportProgress = (done: number, total: number, unit: string) => void;

export interface VariantExportInput {
  master: DocumentRecord;
  mode: VariantExportMode;
  /** Paper and font, as the single export takes them (cooperation defaults when absent). */
  layout: { paper?: string; font?: string };
  /** The caller's `Cookie` header: each variant's file is asked for as they would ask for it. */
  cookie: string | undefined;
  /** True once the caller has gone: the files left are not built. */
  cancelled?: () => boolean;
}

/**
 * Every variant of a master PKS as its signed-ready .docx, in one .zip built on the Word thread.
 * Each file is exactly what the variant's own "Unduh Word" gives (`GET
 * /api/documents/:id/export.docx`, asked in-process as the caller): its variables filled, its
 * records frozen if final, its own annex of liaisons and its approval stamp, and the caller's
 * right to export it checked once more. Files are built one after the other (the Word thread
 * takes one job at a time anyway) and `progress` is told after each. Named
 * `PKS-<unit short name>-<number or 'draft'>.docx` by `variantFileName`, the number being the
 * one the unit's party gives it (else the first party's that has one) once final or signed.
 */
export async function exportVariants(
  ctx: Pick<AppContext, 'db' | 'collab' | 'word'>,
  app: Pick<FastifyInstance, 'inject'>,
  input: VariantExportInput,
  progress: VariantExportProgress = () => {},
): Promise<{ name: string; zip: Buffer }> {
  const { master, mode } = input;
  const variants = variantsToExport(ctx, master, mode);
  const partyIds = listParties(ctx.db, master.cooperationId).map((p) => p.id);
  const query = new URLSearchParams(
    Object.entries(input.layout).filter((e): e is [string, string] => typeof e[1] === 'string'),
  ).toString();

  const files: { name: string; data: Uint8Array }[] = [];
  progress(0, variants.length, '');
  for (const variant of variants) {
    if (input.cancelled?.()) throw internal();
    const unit = variant.unitId ? getUnit(ctx.db, variant.unitId) : null;
    const unitName = unit ? unit.shortName || unit.name : variant.title;
    const meta = await ctx.collab.withDocument(
      variant.id,
      (doc) => doc.getMap(YDOC.meta).toJSON() as DocumentMeta,
    );
    const numberOf = (partyId: string) => meta[partyMetaKey.number(partyId)]?.trim() || null;
    const number =
      variant.status === 'draft'
        ? null
        : ((unit && numberOf(unit.partyId)) ?? partyIds.map(numberOf).find((n) => n !== null) ?? null);
    const res = await app.inject({
      method: 'GET',
      url: `/api/documents/${encodeURIComponent(variant.id)}/export.docx${query ? `?${query}` : ''}`,
      headers: input.cookie ? { cookie: input.cookie } : {},
    });
    if (res.statusCode !== 200) throw refusalOf(res.statusCode, res.body);
    files.push({ name: variantFileName(unitName, number), data: res.rawPayload });
    progress(files.length, variants.length, unitName);
  }
  const names = uniqueNames(files.map((f) => f.name));
  const zip = await ctx.word.run(
    'zip',
    files.map((f, i) => ({ name: names[i]!, data: f.data })),
    new Date(),
  );
  return { name: `PKS-OPD-${mode === 'final' ? 'final' : 'draft'}.zip`, zip };
}

/**
 * The variants the batch export takes: every one (`draft`) or the final and signed ones
 * (`final`), by their unit's name; 409 `variant_export.none` when there are none.
 */
export function variantsToExport(
  ctx: Pick<AppContext, 'db'>,
  master: DocumentRecord,
  mode: VariantExportMode,
) {
  const variants = listVariants(ctx.db, master.id).filter((v) => mode === 'draft' || v.status !== 'draft');
  if (variants.length === 0) throw noVariantsToExport(mode);
  return variants;
}

/** The refusal a variant's export answered with, as the error it was (else a 500 `internal`). */
function refusalOf(status: number, body: string): AppError {
  try {
    const { error } = JSON.parse(body) as { error: { id: string; message: string; messageEn: string } };
    return new AppError(error.id, status, error.message, error.messageEn);
  } catch {
    return internal();
  }
}
