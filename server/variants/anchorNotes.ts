import type { AppContext } from '../context.ts';
import { findPoint, insertReply, repliesOf, savePoint } from '../db/repos/points.ts';
import { presentPoint, presentReply } from '../presenters/points.ts';
import type { ReanchoredPoint } from './apply.ts';

/** The name under the notes the server writes in a comment's thread. */
export const SERVER_AUTHOR = 'Sepakat';

/** What the thread says when the text under a comment was replaced by the master's. */
export function reanchorNote(where: ReanchoredPoint['where']): string {
  return where === 'same'
    ? 'Teks di bawah komentar ini berubah: bagian ini mengambil teks PKS induk. Kata yang dikomentari masih ada; komentar tetap padanya. / ' +
        "The text under this comment changed: this part took the master's text. The words commented on are still there; the comment stays on them."
    : 'Teks di bawah komentar ini berubah: bagian ini mengambil teks PKS induk dan kata yang dikomentari tidak ada lagi; komentar dipindah ke awal bagian ini. / ' +
        "The text under this comment changed: this part took the master's text and the words commented on are gone; the comment moved to the start of this part.";
}

/**
 * Tells each re-anchored comment's thread that the text under it changed (a reply by
 * {@link SERVER_AUTHOR}, in both languages), so that whoever reads the comment knows it now
 * stands on other words, and publishes `reply.created`. `by` is who asked for the change (null:
 * the server's own propagation, announced as by the point's author).
 */
export function noteReanchored(
  ctx: Pick<AppContext, 'db' | 'events'>,
  documentId: string,
  points: readonly ReanchoredPoint[],
  by: string | null,
): void {
  for (const { pointId, where } of points) {
    const point = findPoint(ctx.db, pointId);
    if (!point || point.documentId !== documentId) continue;
    const at = Date.now();
    const reply = ctx.db.transaction(() => {
      const made = insertReply(ctx.db, {
        pointId,
        text: reanchorNote(where),
        userId: null,
        name: SERVER_AUTHOR,
        partyId: null,
        at,
      });
      savePoint(ctx.db, { ...point, updatedAt: at });
      return made;
    })();
    const now = { ...point, updatedAt: at };
    ctx.events?.publish(point.cooperationId, {
      type: 'reply.created',
      pointId,
      reply: presentReply(reply),
      point: presentPoint(now, repliesOf(ctx.db, [pointId]).get(pointId) ?? []),
      by: by ?? point.createdBy,
    });
  }
}
