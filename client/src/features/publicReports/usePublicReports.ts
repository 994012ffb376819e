import { useResource } from '../../app/useResource.ts';
import { concerns, useCooperationEvents } from '../meetings/useCooperationEvents.ts';
import { listPublicReports } from './api.ts';

/**
 * The cooperation's forwarded reports, read again when one changes and when the OPDs or their
 * liaisons change (their names show in the list).
 */
export function usePublicReports(cooperationId: string) {
  const resource = useResource(`public-reports:${cooperationId}`, () => listPublicReports(cooperationId));
  useCooperationEvents(
    cooperationId,
    (e) => concerns(e, 'publicReports', 'units', 'liaisons') && resource.reload(),
  );
  return resource;
}
