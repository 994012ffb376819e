import type {
  CreateLiaisonBody,
  LiaisonDTO,
  LiaisonImportResponse,
  UpdateLiaisonBody,
} from '../../../../shared/api/liaisons.ts';
import { api } from '../../app/http.ts';

export type Liaison = LiaisonDTO;

const coopPath = (cooperationId: string) => `/api/cooperations/${encodeURIComponent(cooperationId)}/liaisons`;

export const listLiaisons = (cooperationId: string) =>
  api<{ liaisons: Liaison[] }>('GET', coopPath(cooperationId)).then((r) => r.liaisons);

export const addLiaison = (cooperationId: string, body: CreateLiaisonBody) =>
  api<{ liaison: Liaison }>('POST', coopPath(cooperationId), body).then((r) => r.liaison);

/** Rows pasted from a spreadsheet: the liaisons created and the rows refused. */
export const importLiaisons = (cooperationId: string, table: string, partyId?: string) =>
  api<LiaisonImportResponse>('POST', coopPath(cooperationId), { table, ...(partyId ? { partyId } : {}) });

export const updateLiaison = (id: string, body: UpdateLiaisonBody) =>
  api<{ liaison: Liaison }>('PATCH', `/api/liaisons/${encodeURIComponent(id)}`, body).then((r) => r.liaison);

export const removeLiaison = (id: string) =>
  api<unknown>('DELETE', `/api/liaisons/${encodeURIComponent(id)}`);
