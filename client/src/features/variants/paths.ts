import { documentPath } from '../cooperations/paths.ts';

/** The board of a master's variants: its own address, shared like every screen's. */
export const boardPath = (cooperationId: string, masterId: string) =>
  `${documentPath(cooperationId, masterId)}/varian`;
