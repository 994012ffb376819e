import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { clauseHash, clauseNodes, type PMJSON } from '../../../../shared/clauses.ts';
import type { Party } from '../cooperations/api.ts';
import type { AgreementDocument, Approval } from '../documents/api.ts';

/** One party's position on one clause. */
export type PartyClauseState = 'approved' | 'stale' | 'none';

/**
 * A party's state on a clause: its latest approval matches the clause's text as it is now
 * (hash computed live here, so an edit shows as "changed" at once), does not, or is missing.
 */
export function partyState(
  approvals: Approval[],
  partyId: string,
  liveHash: string | undefined,
): PartyClauseState {
  const latest = approvals.filter((a) => a.partyId === partyId).sort((a, b) => (a.at < b.at ? 1 : -1))[0];
  if (!latest) return 'none';
  const current = liveHash ? latest.hash === liveHash : latest.current;
  return current ? 'approved' : 'stale';
}

/**
 * States of every party on every clause of the live document, by clause id. A clause the
 * server has not reported yet (just written) has no approvals.
 */
export function clauseStates(
  clauseIds: string[],
  document: AgreementDocument,
  parties: Party[],
  liveHashes: Map<string, string>,
): Map<string, { party: Party; state: PartyClauseState }[]> {
  const approvals = new Map((document.clauses ?? []).map((c) => [c.id, c.approvals]));
  const map = new Map<string, { party: Party; state: PartyClauseState }[]>();
  for (const id of clauseIds) {
    const list = approvals.get(id) ?? [];
    map.set(
      id,
      parties.map((party) => ({ party, state: partyState(list, party.id, liveHashes.get(id)) })),
    );
  }
  return map;
}

/**
 * Hashes of the clauses as they are in the editor now, recomputed shortly after typing stops.
 * Only computed when some clause has an approval to compare with.
 */
export function useLiveHashes(editor: Editor, document: AgreementDocument): Map<string, string> {
  const [hashes, setHashes] = useState(new Map<string, string>());
  const needed = (document.clauses ?? []).some((c) => c.approvals?.length > 0);
  useEffect(() => {
    if (!needed) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const compute = () => {
      const next = new Map<string, string>();
      for (const [id, node] of clauseNodes(editor.getJSON() as PMJSON)) next.set(id, clauseHash(node));
      setHashes(next);
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(compute, 400);
    };
    compute();
    editor.on('update', schedule);
    return () => {
      clearTimeout(timer);
      editor.off('update', schedule);
    };
  }, [editor, needed]);
  return hashes;
}
