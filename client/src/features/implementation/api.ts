import type {
  CooperationImplementation,
  ImplementationQuery,
  MyDue,
  UnitImplementation,
} from '../../../../shared/api/implementation.ts';
import { api } from '../../app/http.ts';

export type {
  CooperationImplementation,
  DashboardState,
  MyDueItem,
  OccurrenceItem,
  StateCounts,
  UnitImplementation,
  UnitResponseTimesDTO,
} from '../../../../shared/api/implementation.ts';

const query = (q: ImplementationQuery = {}) => {
  const params = new URLSearchParams();
  if (q.from) params.set('from', q.from);
  if (q.to) params.set('to', q.to);
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** `GET /api/cooperations/:id/implementation`: how its confirmed obligations stand. */
export const fetchCooperationImplementation = (cooperationId: string, q?: ImplementationQuery) =>
  api<CooperationImplementation>(
    'GET',
    `/api/cooperations/${encodeURIComponent(cooperationId)}/implementation${query(q)}`,
  );

/** `GET /api/units/:id/implementation`: what one OPD owes across the cooperation's documents. */
export const fetchUnitImplementation = (unitId: string, q?: ImplementationQuery) =>
  api<UnitImplementation>('GET', `/api/units/${encodeURIComponent(unitId)}/implementation${query(q)}`);

/** `GET /api/me/due`: what the signed-in person owes this week. */
export const fetchMyDue = () => api<MyDue>('GET', '/api/me/due').then((r) => r.items);
