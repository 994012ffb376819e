const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A short random id (12 base-36 chars, ~62 bits) for clauses, ayat, chapters and records. */
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let id = prefix;
  for (const b of bytes) id += ALPHABET[b % 36];
  return id;
}
