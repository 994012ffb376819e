import { MARK } from '../schema/names.ts';

/** Who proposed a suggestion and when: carried by every suggestion mark and block attribute. */
export interface SuggestionStamp {
  /** Random id shared by the pieces of one suggestion (a replacement's deletion and insertion). */
  id: string;
  /** The author's party id. */
  party: string;
  /** The author's user id. */
  user: string;
  /** When it was made, ISO 8601 in UTC. */
  ts: string;
}

/** What a block's `suggestion` attribute proposes. */
export type BlockSuggestionKind = 'insert' | 'delete' | 'split' | 'join';
export const BLOCK_SUGGESTION_KINDS: readonly BlockSuggestionKind[] = ['insert', 'delete', 'split', 'join'];

/** A block's `suggestion` attribute: inserted or deleted whole, split from the block before, or joined to it. */
export interface BlockSuggestion extends SuggestionStamp {
  kind: BlockSuggestionKind;
}

/** The marks that hold suggestions on text. */
export const SUGGESTION_MARKS: readonly string[] = [MARK.insertion, MARK.deletion, MARK.formatChange];
export const isSuggestionMark = (name: string) => SUGGESTION_MARKS.includes(name);

/** Formatting a format change may propose and restore. */
export const FORMAT_MARKS: readonly string[] = [MARK.bold, MARK.italic, MARK.underline];

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** Whether `value` is a well-formed stamp with exactly its keys (plus `extra`): what the server stores. */
export function stampOk(value: unknown, extra: Record<string, (v: unknown) => boolean> = {}): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v);
  const allowed = new Set(['id', 'party', 'user', 'ts', ...Object.keys(extra)]);
  if (keys.some((k) => !allowed.has(k))) return false;
  if (!['id', 'party', 'user'].every((k) => typeof v[k] === 'string' && ID.test(v[k] as string)))
    return false;
  if (typeof v.ts !== 'string' || !TS.test(v.ts) || Number.isNaN(Date.parse(v.ts))) return false;
  return Object.entries(extra).every(([k, ok]) => ok(v[k]));
}

/** Whether `value` is a sound `before` of a format change: formatting mark names, comma-separated. */
export const formatListOk = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && (value === '' || value.split(',').every((m) => FORMAT_MARKS.includes(m))));

/** Whether `value` is a sound block `suggestion` attribute (null: none). */
export function blockSuggestionOk(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return stampOk(value, {
    kind: (k) => typeof k === 'string' && (BLOCK_SUGGESTION_KINDS as readonly string[]).includes(k),
  });
}

/** Whether a suggestion mark's attributes are sound for its mark. */
export function markStampOk(mark: string, attrs: unknown): boolean {
  return mark === MARK.formatChange ? stampOk(attrs, { before: formatListOk }) : stampOk(attrs);
}

/** The stamp's four fields alone (a mark's or block's attributes may carry more). */
export const stampOf = (v: SuggestionStamp): SuggestionStamp => ({
  id: v.id,
  party: v.party,
  user: v.user,
  ts: v.ts,
});
