import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import { awarenessMessage, MessageType, parseMessage, updateMessage } from './protocol.ts';

/** The frame y-protocols itself writes for an update. */
function reference(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('updateMessage', () => {
  // Lengths around each varUint boundary: one, two and three length bytes.
  it.each([0, 1, 27, 127, 128, 300, 16_383, 16_384, 70_000])('frames %i bytes as y-protocols does', (n) => {
    const update = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
    const message = updateMessage(update);
    expect(Buffer.isBuffer(message)).toBe(true);
    expect(Buffer.compare(message, reference(update))).toBe(0);
  });
});

describe('awarenessMessage', () => {
  it('is a Buffer (ws sends it without wrapping it again) that reads back', () => {
    const message = awarenessMessage([{ clientID: 7, clock: 3, json: '{"user":null}' }]);
    expect(Buffer.isBuffer(message)).toBe(true);
    expect(parseMessage(message)).toEqual({
      kind: 'awareness',
      entries: [{ clientID: 7, clock: 3, json: '{"user":null}' }],
    });
  });
});
