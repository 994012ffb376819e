import type { ActionDTO, CreateActionBody, UpdateActionBody } from '../../../../shared/api/actions.ts';
import { api } from '../../app/http.ts';

export type Action = ActionDTO;

export interface ActionFilter {
  partyId?: string;
  person?: string;
  state?: string;
  meetingId?: string;
  mine?: boolean;
}

export const listActions = (cooperationId: string, filter: ActionFilter = {}) => {
  const q = new URLSearchParams();
  for (const key of ['partyId', 'person', 'state', 'meetingId'] as const)
    if (filter[key]) q.set(key, filter[key]);
  if (filter.mine) q.set('mine', '1');
  const qs = q.toString();
  return api<{ actions: Action[] }>(
    'GET',
    `/api/cooperations/${encodeURIComponent(cooperationId)}/actions${qs ? `?${qs}` : ''}`,
  ).then((r) => r.actions);
};

export const createAction = (cooperationId: string, body: CreateActionBody) =>
  api<{ action: Action }>(
    'POST',
    `/api/cooperations/${encodeURIComponent(cooperationId)}/actions`,
    body,
  ).then((r) => r.action);

export const updateAction = (id: string, body: UpdateActionBody) =>
  api<{ action: Action }>('PATCH', `/api/actions/${encodeURIComponent(id)}`, body).then((r) => r.action);
