import type { PointListQuery } from '../../../../shared/api/points.ts';
import type { DocumentOutline } from '../../../../shared/clauses.ts';
import { useResource } from '../../app/useResource.ts';
import { concerns, useCooperationEvents } from '../meetings/useCooperationEvents.ts';
import { listPoints, type Point } from './api.ts';

/** The points of a cooperation matching `filter`, fetched again whenever any point changes. */
export function usePoints(cooperationId: string, filter: PointListQuery = {}) {
  const key = `points:${cooperationId}:${JSON.stringify(filter)}`;
  const resource = useResource(key, () => listPoints(cooperationId, filter));
  useCooperationEvents(cooperationId, (e) => concerns(e, 'points') && resource.reload());
  return resource;
}

/** "Pasal 3 — RUANG LINGKUP" from the live outline; null for a point without a clause. */
export function clauseLabelIn(outline: DocumentOutline, point: Pick<Point, 'clauseId'>): string | null {
  if (!point.clauseId) return null;
  const c = outline.clauses.find((x) => x.id === point.clauseId);
  return c ? `Pasal ${c.number} — ${c.heading}` : null;
}

/** Scrolls the sheet to the text a point is anchored to, and briefly highlights it. */
export function showAnchor(point: Pick<Point, 'id'>): void {
  const el = document.querySelector<HTMLElement>(`.sheet [data-point-id="${CSS.escape(point.id)}"]`);
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.classList.add('point-anchor-flash');
  setTimeout(() => el.classList.remove('point-anchor-flash'), 1600);
}
