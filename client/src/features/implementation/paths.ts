import { cooperationPath } from '../cooperations/paths.ts';

/** One OPD's obligations across the cooperation's documents, under the OPD tab. */
export const unitImplementationPath = (cooperationId: string, unitId: string) =>
  `${cooperationPath(cooperationId)}/opd/${encodeURIComponent(unitId)}`;
