import { useResource } from '../../app/useResource.ts';
import { concerns, useCooperationEvents } from '../meetings/useCooperationEvents.ts';
import { type ActionFilter, listActions } from './api.ts';

/** The follow-ups of a cooperation matching `filter`, fetched again whenever any follow-up changes. */
export function useActions(cooperationId: string, filter: ActionFilter = {}) {
  const key = `actions:${cooperationId}:${JSON.stringify(filter)}`;
  const resource = useResource(key, () => listActions(cooperationId, filter));
  useCooperationEvents(cooperationId, (e) => concerns(e, 'actions') && resource.reload());
  return resource;
}
