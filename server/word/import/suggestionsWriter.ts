import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import type { PMJSON } from '../../../shared/clauses.ts';
import { newId } from '../../../shared/ids.ts';
import { agreementSchema } from '../../../shared/schema/index.ts';
import { type SuggestionAuthor, suggestTransaction } from '../../../shared/suggestions/engine/index.ts';

/** Maps a position of the live body as it was read into the body as written so far. */
export type PositionMap = (pos: number, assoc?: number) => number;

/**
 * Writes an import's changes into (a copy of) the live body as the importer's suggestions,
 * exactly as the editor's suggestion mode writes them: each change is an ordinary ProseMirror
 * transaction (replace words, split, insert or delete a block, add or remove a mark) that the
 * suggestion engine (`shared/suggestions/engine/`) rewrites as insertions, deletions, format
 * changes and block suggestions. Positions are given in the body as it was read and mapped
 * through what was written before.
 */
export class SuggestionWriter {
  private state: EditorState;
  private readonly mapping = new Mapping();
  private made: string[] = [];

  /** The live body as it was read, as ProseMirror nodes (for positions). */
  readonly original: PMNode;

  constructor(
    body: PMJSON,
    private readonly author: SuggestionAuthor,
    private readonly ts: string,
  ) {
    const schema = agreementSchema();
    this.original = schema.nodeFromJSON(body);
    this.state = EditorState.create({ schema, doc: this.original });
  }

  /**
   * Runs `build` on a transaction of the body written so far and writes it as suggestions;
   * answers the ids of the suggestions it made, or null when the change has no suggestion form
   * (or its positions no longer fit) and nothing was written.
   */
  suggest(build: (tr: Transaction, map: PositionMap) => void): string[] | null {
    const tr = this.state.tr;
    try {
      build(tr, (pos, assoc = 1) => tr.mapping.map(this.mapping.map(pos, assoc), assoc));
    } catch (error) {
      if (error instanceof RangeError) return null;
      throw error;
    }
    if (!tr.docChanged) return [];
    this.made = [];
    const out = suggestTransaction(this.state, tr, this.author, {
      now: () => new Date(this.ts),
      newId: () => {
        const id = newId('s');
        this.made.push(id);
        return id;
      },
    });
    if (!out) return null;
    this.state = this.state.apply(out);
    this.mapping.appendMapping(out.mapping);
    return [...new Set(this.made)];
  }

  /** The body with everything written. */
  body(): PMJSON {
    return this.state.doc.toJSON() as PMJSON;
  }
}

/** The node at `path` (child indexes from the root) of `root`, and the position before it. */
export function nodeAt(root: PMNode, path: number[]): { node: PMNode; pos: number } {
  let node = root;
  let pos = -1;
  for (const i of path) {
    let at = pos + 1;
    for (let j = 0; j < i; j++) at += node.child(j).nodeSize;
    pos = at;
    node = node.child(i);
  }
  return { node, pos };
}
