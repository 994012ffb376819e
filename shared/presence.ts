/**
 * The presence (y-protocols awareness) state of an editor, as the server relays it:
 * `{"user": PresenceUser, "cursor": CaretJSON | null}`. The server writes `user` from the
 * connection's session and keeps `cursor` only when it has the shape below; the client reads
 * what it receives through the same functions, so a state from an older server that does not
 * check it cannot break the page either.
 */

/** Who a caret and a presence avatar belong to (the awareness `user` field). */
export interface PresenceUser {
  /** User id, so two tabs of one person count once. */
  id: string;
  name: string;
  /** Party colour, `#rrggbb`. */
  color: string;
  /** Party short name, shown beside the name. */
  party: string;
  initials: string;
}

/** A Yjs id (`{client, clock}`) as JSON. */
export interface IdJSON {
  client: number;
  clock: number;
}

/**
 * A Yjs relative position as JSON, what `Y.createRelativePositionFromJSON` reads: `item` the
 * character it sticks to, `type` (a nested type's id) or `tname` (a root type's name) the type
 * it lies in; `assoc` < 0 sticks to the character before.
 */
export interface RelativePositionJSON {
  type: IdJSON | null;
  tname: string | null;
  item: IdJSON | null;
  assoc: number;
}

/** y-tiptap's caret: the selection's two ends (the awareness `cursor` field). */
export interface CaretJSON {
  anchor: RelativePositionJSON;
  head: RelativePositionJSON;
}

/** Bounds of a presence state; a state beyond them is not relayed. */
export const PRESENCE_LIMITS = {
  /**
   * Characters of one state's JSON as a client sends it. A real one is 300–500 (its own user
   * and two positions); the rest is room for long names, which the server replaces anyway.
   */
  stateChars: 4096,
  /** Characters of a root type's name in a position (the document's are a few letters). */
  typeNameChars: 64,
  /** Characters of a name, party or id read from a received `user`. */
  userFieldChars: 500,
} as const;

/** The colour of someone who belongs to no party (a connection without one). */
export const NO_PARTY_COLOR = '#5a6472';

const COLOR = /^#[0-9a-fA-F]{6}$/;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True if `value` has no key outside `allowed`. */
function onlyKeys(value: JsonObject, allowed: readonly string[]): boolean {
  for (const key in value) if (!allowed.includes(key)) return false;
  return true;
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const ID_KEYS = ['client', 'clock'] as const;
const POSITION_KEYS = ['type', 'tname', 'item', 'assoc'] as const;
const CARET_KEYS = ['anchor', 'head'] as const;

/** A Yjs id, or undefined when `value` is not one (null stays null). */
function readId(value: unknown): IdJSON | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isObject(value) || !onlyKeys(value, ID_KEYS)) return undefined;
  const { client, clock } = value;
  return isCount(client) && isCount(clock) ? { client, clock } : undefined;
}

/**
 * A well-formed relative position rebuilt from `value` (its keys in a fixed order), or null.
 * One of `item`, `type` and `tname` must be set: Yjs throws on a position with none of them.
 */
export function readRelativePosition(value: unknown): RelativePositionJSON | null {
  if (!isObject(value) || !onlyKeys(value, POSITION_KEYS)) return null;
  const type = readId(value.type);
  const item = readId(value.item);
  const tname = value.tname ?? null;
  const assoc = value.assoc ?? 0;
  if (type === undefined || item === undefined) return null;
  if (tname !== null && (typeof tname !== 'string' || tname.length > PRESENCE_LIMITS.typeNameChars))
    return null;
  if (typeof assoc !== 'number' || !Number.isSafeInteger(assoc)) return null;
  if (type === null && item === null && !tname) return null;
  return { type, tname: tname || null, item, assoc };
}

/** y-tiptap's caret rebuilt from `value`, or null when it is not exactly `{anchor, head}` of valid positions. */
export function readCaret(value: unknown): CaretJSON | null {
  if (!isObject(value) || !onlyKeys(value, CARET_KEYS)) return null;
  const anchor = readRelativePosition(value.anchor);
  const head = anchor && readRelativePosition(value.head);
  return anchor && head ? { anchor, head } : null;
}

const isLine = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= PRESENCE_LIMITS.userFieldChars;

/** The fields of a presence `user` when each has its type (other keys are left out), or null. */
export function readPresenceUser(value: unknown): PresenceUser | null {
  if (!isObject(value)) return null;
  const { id, name, color, party, initials } = value;
  if (!isLine(id) || id === '' || !isLine(name) || !isLine(party) || !isLine(initials)) return null;
  if (typeof color !== 'string' || !COLOR.test(color)) return null;
  return { id, name, color, party, initials };
}

/** Initials of a display name: "Kepala Perwakilan" → "KP". */
export function initialsOf(name: string): string {
  const [first = '?', second] = name.trim().split(/\s+/).filter(Boolean);
  return (second ? first.charAt(0) + second.charAt(0) : first.slice(0, 2)).toUpperCase();
}
