import type { PMJSON } from '../../shared/clauses.ts';
import type { DocumentMeta } from '../../shared/meta.ts';
import { YDOC } from '../../shared/protocol.ts';
import {
  type VariableSources,
  type VariableValues,
  variablesIn,
  variableValues,
} from '../../shared/variables/index.ts';
import type { AppContext } from '../context.ts';
import { findDocument } from '../db/repos/documents.ts';
import { listParties } from '../db/repos/parties.ts';
import { getUnit, listUnitLiaisons } from '../db/repos/units.ts';
import { findTier } from '../db/repos/variants.ts';

/**
 * What the variables of a document are filled from, but its own metadata: its unit's name,
 * head, kuasa, address and liaisons (a variant's), the cooperation's parties, and the MoU it
 * implements with its live metadata (numbers, date, title). Read before a check that runs
 * inside the live document's transaction, where nothing can be awaited.
 */
export async function variableSourcesOf(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  document: { id: string; cooperationId: string; mouId: string | null },
): Promise<Omit<VariableSources, 'meta'>> {
  const mouRecord = document.mouId ? findDocument(ctx.db, document.mouId) : null;
  const mou = mouRecord
    ? {
        title: mouRecord.title,
        meta: await ctx.collab.withDocument(
          mouRecord.id,
          (doc) => doc.getMap(YDOC.meta).toJSON() as DocumentMeta,
        ),
      }
    : null;
  const unitId = findTier(ctx.db, document.id)?.unitId;
  const unit = unitId ? getUnit(ctx.db, unitId) : null;
  return {
    partyIds: listParties(ctx.db, document.cooperationId).map((p) => p.id),
    unit,
    mou,
    liaisons: unit ? listUnitLiaisons(ctx.db, unit) : [],
  };
}

/**
 * The values of the variables of `document` whose live metadata is `meta` (see
 * {@link variableSourcesOf} and `variableValues`). `body`, when given, saves the work for a text
 * without variables (an empty answer). The export calls it; so may the variants and the batch export.
 */
export async function documentVariableValues(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  document: { id: string; cooperationId: string; mouId: string | null },
  meta: DocumentMeta,
  body?: PMJSON,
): Promise<VariableValues> {
  if (body && variablesIn(body).length === 0) return {};
  return variableValues({ ...(await variableSourcesOf(ctx, document)), meta });
}
