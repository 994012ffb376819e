import type { Crumb } from '../../app/Frame.tsx';
import { cooperationPath, documentPath } from './paths.ts';

/**
 * The breadcrumb of a screen inside a cooperation: the Beranda, the cooperation (its title, or
 * '…' while it loads), then the screen's own steps.
 */
export function cooperationCrumbs(
  homeLabel: string,
  cooperationId: string,
  cooperationTitle: string | undefined,
  ...steps: Crumb[]
): Crumb[] {
  return [
    { label: homeLabel, to: '/' },
    { label: cooperationTitle ?? '…', to: cooperationPath(cooperationId) },
    ...steps,
  ];
}

/**
 * The breadcrumb of a screen about one document (a version, a comparison): the cooperation's
 * steps, the document (`documentLabel`, linking to its editor), then the screen itself.
 */
export function documentCrumbs(
  homeLabel: string,
  cooperationId: string,
  cooperationTitle: string | undefined,
  documentId: string,
  documentLabel: string,
  current: Crumb,
): Crumb[] {
  return cooperationCrumbs(
    homeLabel,
    cooperationId,
    cooperationTitle,
    { label: documentLabel, to: documentPath(cooperationId, documentId) },
    current,
  );
}
