import type * as Y from 'yjs';
import { META } from '../../shared/meta.ts';
import { RefusalReason } from '../../shared/protocol.ts';
import { Breach } from './elements.ts';

/** Longest value of a metadata field (a subject or a title runs to a few lines). */
const MAX_META_CHARS = 2000;
/** Largest record of a Pasal's move (JSON), and most clients it may name. */
const MAX_MOVE_JSON = 64 * 1024;
const MAX_MOVE_CLIENTS = 5000;

const STATIC_META_KEYS = new Set<string>(Object.values(META));
/** Per-party keys: `number.<partyId>` and the signatory's name, position and NIP (see shared/meta.ts). */
const PARTY_META_KEY = /^(number|signatoryName|signatoryPosition|signatoryNip)\.([A-Za-z0-9_-]{1,64})$/;

/** Whether `key` is a field of the metadata form. */
export const metaKeyOk = (key: string) => STATIC_META_KEYS.has(key) || PARTY_META_KEY.test(key);

/** Whether `value` may be kept under a metadata key: text of a form field. */
export const metaValueOk = (value: unknown) => typeof value === 'string' && value.length <= MAX_META_CHARS;

/** Item id as the moves map keys it (`client:clock`). */
const ITEM_KEY = /^\d{1,20}:\d{1,20}$/;

/** Whether a value is a record of a move as `shared/schema/moveTopLevel.ts` writes it. */
export function moveRecordOk(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { from, seen, to, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return false;
  if (typeof from !== 'string' || !ITEM_KEY.test(from)) return false;
  if (to !== undefined && (typeof to !== 'string' || !ITEM_KEY.test(to))) return false;
  if (!seen || typeof seen !== 'object' || Array.isArray(seen)) return false;
  const entries = Object.entries(seen as Record<string, unknown>);
  if (entries.length > MAX_MOVE_CLIENTS) return false;
  if (
    !entries.every(
      ([client, clock]) => /^\d{1,20}$/.test(client) && Number.isSafeInteger(clock) && (clock as number) >= 0,
    )
  ) {
    return false;
  }
  return JSON.stringify(value).length <= MAX_MOVE_JSON;
}

/**
 * Checks the keys a transaction set in a flat map of plain values (`meta`, `moves`): only keys
 * set (never list content), each allowed with a value of its kind; a deleted key is fine.
 * Throws a {@link Breach}.
 */
export function judgeFields(
  map: Y.Map<unknown>,
  keys: Set<string | null> | undefined,
  rule: { key: (key: string) => boolean; value: (value: unknown) => boolean; name: string },
): void {
  for (const key of keys ?? []) {
    if (key === null) throw new Breach(RefusalReason.invalid, `${rule.name}: list content in a map`);
    if (!map.has(key)) continue;
    if (!rule.key(key))
      throw new Breach(RefusalReason.invalid, `${rule.name}: unknown key "${key.slice(0, 40)}"`);
    if (!rule.value(map.get(key)))
      throw new Breach(RefusalReason.invalid, `${rule.name}: bad value of "${key}"`);
  }
}

export const META_RULE = { key: metaKeyOk, value: metaValueOk, name: 'meta' };
/** A move is kept under its copy's item id; a merge of two copies under `merge:` and the id of the one given up. */
const MOVE_KEY = /^(merge:)?\d{1,20}:\d{1,20}$/;
export const MOVES_RULE = { key: (k: string) => MOVE_KEY.test(k), value: moveRecordOk, name: 'moves' };
