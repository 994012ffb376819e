import type { UnitDTO, UnitListResponse } from '../../../../shared/api/units.ts';
import type {
  CreateVariantsResponse,
  DocumentTierResponse,
  OverrideDecisionResponse,
  OverrideDTO,
  OverrideList,
  VariantBoard,
  VariantRow,
} from '../../../../shared/api/variants.ts';
import { api } from '../../app/http.ts';

export type Unit = UnitDTO;
export type Override = OverrideDTO;
export type { DocumentTierResponse, OverrideList, VariantBoard, VariantRow };

const documentPath = (id: string) => `/api/documents/${encodeURIComponent(id)}`;

/** Where a document stands in the two tiers: single, a master (with its count of variants), or a variant. */
export const getTier = (documentId: string) =>
  api<DocumentTierResponse>('GET', `${documentPath(documentId)}/tier`);

/** The cooperation's units (OPD), of every party or of `partyId`'s. */
export const listUnits = (cooperationId: string, partyId?: string) =>
  api<UnitListResponse>(
    'GET',
    `/api/cooperations/${encodeURIComponent(cooperationId)}/units${partyId ? `?partyId=${encodeURIComponent(partyId)}` : ''}`,
  ).then((r) => r.units);

/** Makes a PKS the master of variants per OPD (a master already stays one). */
export const makeMaster = (documentId: string) =>
  api<DocumentTierResponse>('POST', `${documentPath(documentId)}/master`);

/** "Buat PKS untuk OPD…": one variant of the master per unit, in one call. */
export const createVariants = (masterId: string, unitIds: string[]) =>
  api<CreateVariantsResponse>('POST', `${documentPath(masterId)}/variants`, { unitIds }).then(
    (r) => r.variants,
  );

/** The board: one row per variant of the master. */
export const getBoard = (masterId: string) => api<VariantBoard>('GET', `${documentPath(masterId)}/variants`);

/** A variant's clauses that differ from the master or wait for review. */
export const listOverrides = (variantId: string) =>
  api<OverrideList>('GET', `${documentPath(variantId)}/overrides`);

/**
 * Decides a clause of a variant: `drop` takes the master's text, `keep` acknowledges a flagged
 * master change and keeps the variant's.
 */
export const decideOverride = (variantId: string, clauseId: string, decision: 'drop' | 'keep') =>
  api<OverrideDecisionResponse>(
    'POST',
    `${documentPath(variantId)}/overrides/${encodeURIComponent(clauseId)}/${decision}`,
  );
