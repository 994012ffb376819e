import type { PendingUpdate, Room } from './room.ts';
import type { NewUpdate, UpdateStore } from './store.ts';

/** The outcome of committing one room's batch. */
export type CommitResult =
  | { room: Room; items: PendingUpdate[]; seqs: number[] }
  | { room: Room; items: PendingUpdate[]; error: unknown };

const rows = (room: Room, items: PendingUpdate[], at: number): NewUpdate[] =>
  items.map((i) => ({ documentId: room.documentId, userId: i.userId, data: i.update, at }));

/**
 * Group commit: the pending updates of every room go to the log in ONE transaction (one
 * WAL commit however many editors typed in this turn). If that fails, each room is retried
 * on its own so that one failing document (say, deleted meanwhile) does not fail the others.
 */
export function commitRooms(store: UpdateStore, rooms: Room[]): CommitResult[] {
  const batches = rooms
    .map((room) => ({ room, items: room.takePending() }))
    .filter((b) => b.items.length > 0);
  if (batches.length === 0) return [];
  const at = Date.now();
  try {
    const seqs = store.append(batches.flatMap((b) => rows(b.room, b.items, at)));
    let offset = 0;
    return batches.map((b) => {
      const mine = seqs.slice(offset, offset + b.items.length);
      offset += b.items.length;
      return { ...b, seqs: mine };
    });
  } catch (firstError) {
    const [only] = batches;
    if (only && batches.length === 1) return [{ ...only, error: firstError }];
    return batches.map((b) => {
      try {
        return { ...b, seqs: store.append(rows(b.room, b.items, at)) };
      } catch (error) {
        return { ...b, error };
      }
    });
  }
}
