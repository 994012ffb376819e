import { cooperationPath } from '../cooperations/paths.ts';

/** The Pelaksanaan tab of a cooperation. */
export const implementationPath = (cooperationId: string) => `${cooperationPath(cooperationId)}/pelaksanaan`;

/** One obligation in the Pelaksanaan tab: the address reminders and the bell lead to. */
export const obligationPath = (cooperationId: string, obligationId: string) =>
  `${implementationPath(cooperationId)}/${encodeURIComponent(obligationId)}`;
