import type { CompletenessReport } from '../../../../shared/completeness.ts';

/** How far the parties have come: Pasal and parts outside the Pasal agreed by every party. */
export interface AgreementProgress {
  agreed: number;
  total: number;
  partsAgreed: number;
  partsTotal: number;
}

/** One reason the server would refuse to finalise now, as a message key and its parameters. */
export type FinaliseBlocker =
  | { key: 'gateClauses'; params: { agreed: number; total: number } }
  | { key: 'gateParts'; params: { agreed: number; total: number } }
  | { key: 'gateSigning'; params: Record<string, never> }
  | { key: 'gateMissing'; params: { item: string } }
  | { key: 'gateItem'; params: { item: string } };

/**
 * Why "Finalkan" is not open yet, from what the browser already holds: the same checks the
 * server's finalise command makes (every required checklist section present, every Pasal and
 * every part agreed by every party), so the button is enabled exactly when the server would
 * accept. Empty: nothing stands in the way.
 */
export function finaliseBlockers(
  progress: AgreementProgress,
  completeness: CompletenessReport,
  language: 'id' | 'en',
): FinaliseBlocker[] {
  const blockers: FinaliseBlocker[] = [];
  const { agreed, total, partsAgreed, partsTotal } = progress;
  if (agreed < total) blockers.push({ key: 'gateClauses', params: { agreed, total } });
  if (partsAgreed < partsTotal)
    blockers.push({ key: 'gateParts', params: { agreed: partsAgreed, total: partsTotal } });
  for (const item of completeness.items) {
    if (item.level !== 'required' || item.present) continue;
    const label = item.label[language];
    if (item.key === 'signing') blockers.push({ key: 'gateSigning', params: {} });
    // Its label already says what is wrong ("Isian templat belum diganti: … di Pasal 4").
    else if (item.key === 'placeholders') blockers.push({ key: 'gateItem', params: { item: label } });
    else blockers.push({ key: 'gateMissing', params: { item: label } });
  }
  return blockers;
}
