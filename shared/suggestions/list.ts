import type { PMJSON } from '../clauses.ts';
import { MARK, NODE } from '../schema/names.ts';
import {
  type BlockSuggestion,
  type BlockSuggestionKind,
  isSuggestionMark,
  type SuggestionStamp,
} from './stamp.ts';

/** One suggestion as the review panel, the approvals and the export list it: its pieces gathered by id. */
export interface SuggestionSummary extends SuggestionStamp {
  /** The Pasal it sits in (null: outside any Pasal: the opening, the closing). */
  clauseId: string | null;
  /** Text it proposes to insert, and to delete (a replacement has both). */
  inserted: string;
  deleted: string;
  /** Number of formatted runs it proposes to change. */
  formats: number;
  /** Whole blocks it proposes: their kind and node type. */
  blocks: { kind: BlockSuggestionKind; type: string; text: string }[];
}

function textOf(node: PMJSON): string {
  if (node.type === NODE.text) return node.text ?? '';
  return (node.content ?? []).map(textOf).join(node.content?.some((c) => c.content) ? '\n' : '');
}

/** Every suggestion in a document (or a Pasal), in document order of its first piece. */
export function listSuggestions(root: PMJSON): SuggestionSummary[] {
  const byId = new Map<string, SuggestionSummary>();
  const entry = (stamp: SuggestionStamp, clauseId: string | null) => {
    let e = byId.get(stamp.id);
    if (!e) {
      e = {
        id: stamp.id,
        party: stamp.party,
        user: stamp.user,
        ts: stamp.ts,
        clauseId,
        inserted: '',
        deleted: '',
        formats: 0,
        blocks: [],
      };
      byId.set(stamp.id, e);
    }
    return e;
  };
  const walk = (node: PMJSON, clauseId: string | null) => {
    const here = node.type === NODE.clause ? String(node.attrs?.id ?? '') || null : clauseId;
    const block = node.attrs?.suggestion as BlockSuggestion | null | undefined;
    if (block?.id) entry(block, here).blocks.push({ kind: block.kind, type: node.type, text: textOf(node) });
    for (const mark of node.marks ?? []) {
      if (!isSuggestionMark(mark.type)) continue;
      const e = entry(mark.attrs as unknown as SuggestionStamp, here);
      const text = node.text ?? '';
      if (mark.type === MARK.insertion) e.inserted += text;
      else if (mark.type === MARK.deletion) e.deleted += text;
      else e.formats += 1;
    }
    for (const child of node.content ?? []) walk(child, here);
  };
  walk(root, null);
  return [...byId.values()];
}

/** How many suggestions are pending in each Pasal, by clause id. */
export function pendingByClause(root: PMJSON): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of listSuggestions(root)) {
    if (s.clauseId) counts.set(s.clauseId, (counts.get(s.clauseId) ?? 0) + 1);
  }
  return counts;
}
