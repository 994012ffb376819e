import type {
  AdoptUnitsResponse,
  CreateUnitBody,
  UnitDTO,
  UnitImportResponse,
  UnitListResponse,
  UpdateUnitBody,
} from '../../../../shared/api/units.ts';
import { api } from '../../app/http.ts';

export type Unit = UnitDTO;

const coopPath = (cooperationId: string) => `/api/cooperations/${encodeURIComponent(cooperationId)}/units`;
const unitPath = (id: string) => `/api/units/${encodeURIComponent(id)}`;

/** The cooperation's units, and the parties whose units the signed-in member may manage. */
export const listUnits = (cooperationId: string) => api<UnitListResponse>('GET', coopPath(cooperationId));

export const addUnit = (cooperationId: string, body: CreateUnitBody) =>
  api<{ unit: Unit }>('POST', coopPath(cooperationId), body).then((r) => r.unit);

/** Rows pasted from a spreadsheet: the units created and the rows refused. */
export const importUnits = (cooperationId: string, partyId: string, table: string) =>
  api<UnitImportResponse>('POST', coopPath(cooperationId), { partyId, table });

/** A unit per distinct OPD of the party's liaisons, the liaisons linked. */
export const adoptUnits = (cooperationId: string, partyId: string) =>
  api<AdoptUnitsResponse>('POST', `${coopPath(cooperationId)}/adopt`, { partyId });

export const updateUnit = (id: string, body: UpdateUnitBody) =>
  api<{ unit: Unit }>('PATCH', unitPath(id), body).then((r) => r.unit);

export const removeUnit = (id: string) => api<unknown>('DELETE', unitPath(id));

/** Puts a member in a unit of their party (null: in none). */
export const setMemberUnit = (cooperationId: string, userId: string, unitId: string | null) =>
  api<unknown>(
    'PATCH',
    `/api/cooperations/${encodeURIComponent(cooperationId)}/members/${encodeURIComponent(userId)}`,
    { unitId },
  );
