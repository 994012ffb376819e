import type {
  CreatePointBody,
  PointDTO,
  PointListQuery,
  UpdatePointBody,
} from '../../../../shared/api/points.ts';
import { api } from '../../app/http.ts';

export type Point = PointDTO;

const query = (filter: PointListQuery) => {
  const q = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString();
  return q ? `?${q}` : '';
};

export const listPoints = (cooperationId: string, filter: PointListQuery = {}) =>
  api<{ points: Point[] }>(
    'GET',
    `/api/cooperations/${encodeURIComponent(cooperationId)}/points${query(filter)}`,
  ).then((r) => r.points);

export const raisePoint = (cooperationId: string, body: CreatePointBody) =>
  api<{ point: Point }>('POST', `/api/cooperations/${encodeURIComponent(cooperationId)}/points`, body).then(
    (r) => r.point,
  );

export const updatePoint = (id: string, body: UpdatePointBody) =>
  api<{ point: Point }>('PATCH', `/api/points/${encodeURIComponent(id)}`, body).then((r) => r.point);

export const replyToPoint = (id: string, text: string) =>
  api<{ point: Point }>('POST', `/api/points/${encodeURIComponent(id)}/replies`, { text }).then(
    (r) => r.point,
  );
