import type { Mark, Node as PMNode, ResolvedPos, Schema } from '@tiptap/pm/model';
import { newId } from '../../ids.ts';
import { MARK } from '../../schema/names.ts';
import type { BlockSuggestion, BlockSuggestionKind, SuggestionStamp } from '../stamp.ts';

/** Who writes the suggestions: the session's party and user ids, which the server checks. */
export interface SuggestionAuthor {
  party: string;
  user: string;
}

/** Overridable clock and id source (tests fix them). */
export interface SuggestOptions {
  now?: () => Date;
  newId?: () => string;
}

/** Thrown inside the engine when a change cannot be written as a suggestion: the whole transaction is refused. */
export class Unsuggestable extends Error {}

/** The author, the time and the ids of one transaction's suggestions. */
export class SuggestionContext {
  readonly ts: string;
  private readonly makeId: () => string;
  /** Times of the author's suggestions this transaction continues: their new pieces keep that time. */
  private readonly continued = new Map<string, string>();

  constructor(
    readonly schema: Schema,
    readonly author: SuggestionAuthor,
    options: SuggestOptions = {},
  ) {
    this.ts = (options.now?.() ?? new Date()).toISOString();
    this.makeId = options.newId ?? (() => newId('s'));
  }

  newId(): string {
    return this.makeId();
  }

  stamp(id: string): SuggestionStamp {
    return { id, party: this.author.party, user: this.author.user, ts: this.continued.get(id) ?? this.ts };
  }

  block(kind: BlockSuggestionKind, id: string): BlockSuggestion {
    return { kind, ...this.stamp(id) };
  }

  mark(name: string, id: string, extra: Record<string, unknown> = {}): Mark {
    const type = this.schema.marks[name];
    if (!type) throw new Unsuggestable(`no mark ${name}`);
    return type.create({ ...this.stamp(id), ...extra });
  }

  /** Whether a stamp (a mark's or a block's attributes) is this author's. */
  owns(stamp: { party?: unknown; user?: unknown } | null | undefined): boolean {
    return !!stamp && stamp.party === this.author.party && stamp.user === this.author.user;
  }

  /** The id of this author's mark `name` on the inline node, if it carries one. */
  ownMarkId(node: PMNode | null | undefined, name: string): string | null {
    const mark = node?.marks.find((m) => m.type.name === name);
    if (!mark || !this.owns(mark.attrs)) return null;
    // The same stamp throughout, so the pieces of one suggestion are one mark (one run, one w:ins).
    const id = mark.attrs.id as string;
    if (typeof mark.attrs.ts === 'string') this.continued.set(id, mark.attrs.ts);
    return id;
  }

  /** Whether the position lies in a block this author proposed whole (its text is theirs to change freely). */
  inOwnInsertedBlock($pos: ResolvedPos): boolean {
    for (let d = $pos.depth; d > 0; d--) {
      const s = $pos.node(d).attrs.suggestion as BlockSuggestion | null | undefined;
      if (s?.kind === 'insert' && this.owns(s)) return true;
    }
    return false;
  }

  /** Whether the position lies in a block another author proposed whole (a cut there cannot be joined back). */
  inOthersInsertedBlock($pos: ResolvedPos): boolean {
    for (let d = $pos.depth; d > 0; d--) {
      const s = $pos.node(d).attrs.suggestion as BlockSuggestion | null | undefined;
      if (s?.kind === 'insert' && !this.owns(s)) return true;
    }
    return false;
  }

  /** Whether the inline node is this author's pending insertion (not yet struck by anyone). */
  ownsInsertion(node: PMNode): boolean {
    return (
      this.ownMarkId(node, MARK.insertion) !== null && !node.marks.some((m) => m.type.name === MARK.deletion)
    );
  }
}
