import { clauseHash, clauseNodes, type PMJSON } from '../../../../shared/clauses.ts';
import type { EditorScreen } from '../editor/context.ts';
import { approveClause } from './api.ts';

/**
 * Approves a Pasal for my party at the hash of the text on my screen now: if the server's copy
 * reads differently it refuses (409 `approval.stale_hash`). The one call behind the panel's
 * button, the outline's and Ctrl+Alt+A; undefined when the Pasal is no longer in my copy.
 */
export function approveClauseNow(screen: EditorScreen, clauseId: string) {
  const node = clauseNodes(screen.editor.getJSON() as PMJSON).get(clauseId);
  if (!node) return undefined;
  return approveClause(screen.document.id, clauseId, clauseHash(node));
}

/** Whether I may approve for my party on this document now: a draft, a party, the permission. */
export const mayApproveHere = (screen: EditorScreen) =>
  screen.document.status === 'draft' &&
  screen.permissions.canApprove &&
  screen.cooperation.parties.some((p) => p.id === screen.cooperation.myPartyId);
