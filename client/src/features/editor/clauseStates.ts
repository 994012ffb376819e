import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { clauseHash, clauseNodes, type PMJSON } from '../../../../shared/clauses.ts';
import type { DocumentMeta } from '../../../../shared/meta.ts';
import { YDOC } from '../../../../shared/protocol.ts';
import { bodyParts, metaPart } from '../../../../shared/signedParts.ts';
import type { Party } from '../cooperations/api.ts';
import type { AgreementDocument, Approval } from '../documents/api.ts';

/** One party's position on one clause or part. */
export type PartyClauseState = 'approved' | 'stale' | 'none';

/** Each party's state on one clause or part, in party order. */
export type PartyStates = { party: Party; state: PartyClauseState }[];

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
 * States of every party on every item (Pasal or part) named in `ids`, by id, from the
 * approvals the server listed. An item the server has not reported yet (just written) has no
 * approvals.
 */
export function itemStates(
  ids: string[],
  listed: readonly { id: string; approvals: Approval[] }[],
  parties: Party[],
  liveHashes: Map<string, string>,
): Map<string, PartyStates> {
  const approvals = new Map(listed.map((c) => [c.id, c.approvals]));
  const map = new Map<string, PartyStates>();
  for (const id of ids) {
    const list = approvals.get(id) ?? [];
    map.set(
      id,
      parties.map((party) => ({ party, state: partyState(list, party.id, liveHashes.get(id)) })),
    );
  }
  return map;
}

/** States of every party on every clause of the live document, by clause id. */
export function clauseStates(
  clauseIds: string[],
  document: AgreementDocument,
  parties: Party[],
  liveHashes: Map<string, string>,
): Map<string, PartyStates> {
  return itemStates(clauseIds, document.clauses ?? [], parties, liveHashes);
}

/**
 * Recomputes `compute` shortly after the text or the meta stop changing, while `needed`
 * (some item has an approval to compare with).
 */
function useDebouncedLive(
  editor: Editor,
  meta: Y.Map<string> | null,
  needed: boolean,
  compute: () => Map<string, string>,
  inputs = '',
): Map<string, string> {
  const [hashes, setHashes] = useState(new Map<string, string>());
  // biome-ignore lint/correctness/useExhaustiveDependencies: `compute` reads the editor, the meta and `inputs`.
  useEffect(() => {
    if (!needed) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => setHashes(compute());
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(run, 400);
    };
    run();
    editor.on('update', schedule);
    meta?.observe(schedule);
    return () => {
      clearTimeout(timer);
      editor.off('update', schedule);
      meta?.unobserve(schedule);
    };
  }, [editor, meta, needed, inputs]);
  return hashes;
}

/**
 * Hashes of the clauses as they are in the editor now, recomputed shortly after typing stops.
 * Only computed when some clause has an approval to compare with.
 */
export function useLiveHashes(editor: Editor, document: AgreementDocument): Map<string, string> {
  const needed = (document.clauses ?? []).some((c) => c.approvals?.length > 0);
  return useDebouncedLive(editor, null, needed, () => {
    const next = new Map<string, string>();
    for (const [id, node] of clauseNodes(editor.getJSON() as PMJSON)) next.set(id, clauseHash(node));
    return next;
  });
}

/**
 * Hashes of the parts outside the Pasal that this browser reads itself: the opening,
 * arrangement and closing from the editor, the printed details from the meta map (the same
 * functions as the server, `shared/signedParts.ts`). The parties' identity and the annex come
 * from records the browser does not hold: their state is the server's.
 */
export function useLivePartHashes(
  editor: Editor,
  ydoc: Y.Doc,
  document: AgreementDocument,
  parties: Party[],
): Map<string, string> {
  const needed = (document.parts ?? []).some((p) => p.approvals?.length > 0);
  const meta = ydoc.getMap<string>(YDOC.meta);
  const { kind } = document;
  const inputs = `${kind} ${parties.map((p) => `${p.id}:${p.ordinal}`).join(' ')}`;
  return useDebouncedLive(
    editor,
    meta,
    needed,
    () => {
      const next = new Map<string, string>();
      if (kind === 'notes') return next;
      for (const p of bodyParts(editor.getJSON() as PMJSON)) next.set(p.id, p.hash);
      const printed = metaPart(kind, meta.toJSON() as DocumentMeta, parties);
      next.set(printed.id, printed.hash);
      return next;
    },
    inputs,
  );
}

/** The cooperation's parties in their order in the agreement, the same array while they stay. */
export function useOrderedParties(parties: Party[]): Party[] {
  return useMemo(() => [...parties].sort((a, b) => a.ordinal - b.ordinal), [parties]);
}

/**
 * Each party's state on every Pasal in `clauses`, from the live text: an edit shows at once,
 * an approval when the document is read again.
 */
export function useLiveClauseStates(
  editor: Editor,
  document: AgreementDocument,
  clauses: { id: string }[],
  parties: Party[],
): Map<string, PartyStates> {
  const liveHashes = useLiveHashes(editor, document);
  return useMemo(
    () =>
      clauseStates(
        clauses.map((c) => c.id),
        document,
        parties,
        liveHashes,
      ),
    [clauses, document, parties, liveHashes],
  );
}
