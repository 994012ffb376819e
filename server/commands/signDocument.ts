import { META } from '../../shared/meta.ts';
import { YDOC } from '../../shared/protocol.ts';
import type { AppContext } from '../context.ts';
import { type DocumentRecord, findDocument, setDocumentStatus } from '../db/repos/documents.ts';
import { insertLifecycleEvent, type LifecycleEvent } from '../db/repos/lifecycle.ts';
import { documentNotFinal, invalidSigningDate } from './approvalErrors.ts';
import { decideOnLiveDocument } from './liveDocument.ts';
import { publishStatus } from './publishStatus.ts';
import { recordAutomaticVersion } from './versionHook.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Checks an ISO `YYYY-MM-DD` date of signing: a real calendar day, not later than one day
 * from now (a day of slack so that a signing in WIT, UTC+9, is never refused for its date).
 */
export function checkSigningDate(date: string, now = Date.now()): void {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    Number.isNaN(ms) ||
    new Date(ms).toISOString().slice(0, 10) !== date
  ) {
    throw invalidSigningDate(
      `Tanggal penandatanganan "${date}" bukan tanggal yang valid (TTTT-BB-HH).`,
      `The date of signing "${date}" is not a valid date (YYYY-MM-DD).`,
    );
  }
  if (ms > now + DAY_MS) {
    throw invalidSigningDate(
      `Tanggal penandatanganan ${date} masih di masa depan.`,
      `The date of signing ${date} is in the future.`,
    );
  }
}

/**
 * Marks a final document as signed on `date` at `place`: recorded with the status change and
 * written into the meta (`date`, `place`) so that the export shows them. The document is
 * locked for clients; this server-side write is the one change a final document takes.
 */
export async function signDocument(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events' | 'log'>,
  input: { documentId: string; userId: string; date: string; place: string },
): Promise<{ document: DocumentRecord; event: LifecycleEvent }> {
  checkSigningDate(input.date);
  const event = await decideOnLiveDocument(
    ctx,
    input.documentId,
    ({ record, ydoc }) => {
      if (record.status !== 'final') throw documentNotFinal(record.status);
      const recorded = ctx.db.transaction(() => {
        setDocumentStatus(ctx.db, record.id, 'signed');
        return insertLifecycleEvent(ctx.db, {
          documentId: record.id,
          action: 'sign',
          fromStatus: 'final',
          toStatus: 'signed',
          userId: input.userId,
          signedDate: input.date,
          signedPlace: input.place,
        });
      })();
      const meta = ydoc.getMap<string>(YDOC.meta);
      if (meta.get(META.date) !== input.date) meta.set(META.date, input.date);
      if (meta.get(META.place) !== input.place) meta.set(META.place, input.place);
      return recorded;
    },
    { userId: input.userId },
  );
  // Still read-only for everyone; re-checked so that every path treats a status change alike.
  await ctx.collab.refreshAccess(input.documentId);
  const document = findDocument(ctx.db, input.documentId)!;
  publishStatus(ctx, document, event);
  await recordAutomaticVersion(ctx, {
    documentId: document.id,
    userId: input.userId,
    reason: 'signed',
    label: `Ditandatangani di ${input.place}, ${input.date}`,
  });
  return { document, event };
}
