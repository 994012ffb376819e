import type { VersionDTO } from '../../../../shared/api/history.ts';

/**
 * Versions the server makes by itself at each approval ("Pasal 3 disetujui") or on its own
 * schedule: many per document, so the list hides them unless asked. Versions someone named,
 * meetings and the milestones (finalised, reopened, signed) are always listed.
 */
export const isAutomatic = (v: Pick<VersionDTO, 'kind'>) => v.kind === 'approval' || v.kind === 'auto';

/** The versions to list, and how many automatic ones there are to show or hide. */
export function listedVersions<V extends Pick<VersionDTO, 'kind'>>(
  versions: readonly V[],
  showAutomatic: boolean,
): { listed: V[]; automatic: number } {
  const automatic = versions.filter(isAutomatic).length;
  return { listed: showAutomatic ? [...versions] : versions.filter((v) => !isAutomatic(v)), automatic };
}
