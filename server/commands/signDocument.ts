import { type DocumentMeta, META } from '../../shared/meta.ts';
import type { AppContext } from '../context.ts';
import { type DocumentRecord, setDocumentStatus } from '../db/repos/documents.ts';
import { insertLifecycleEvent, type LifecycleEvent } from '../db/repos/lifecycle.ts';
import { documentNotFinal, invalidSigningDate, signingMismatch } from '../errors/index.ts';
import { decideOnLiveDocument } from './liveDocument.ts';
import { afterStatusChange } from './publishStatus.ts';

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
 * Marks a final document as signed on `date` at `place`, recorded with the status change.
 * The date and place must be those printed in the final text, which every party approved in
 * the printed details (`part:meta`; finalising requires both): signing changes nothing in the
 * text, so the paper signed is the paper approved. Another date or place is refused (409
 * `document.signing_mismatch`): the document is reopened to change them, and approved again.
 */
export async function signDocument(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events' | 'log'>,
  input: { documentId: string; userId: string; date: string; place: string },
): Promise<{ document: DocumentRecord; event: LifecycleEvent }> {
  checkSigningDate(input.date);
  const place = input.place.trim();
  const event = await decideOnLiveDocument(ctx, input.documentId, ({ record, meta }) => {
    if (record.status !== 'final') throw documentNotFinal(record.status);
    const approved = approvedSigning(meta);
    if (input.date !== approved.date || place !== approved.place) throw signingMismatch(approved);
    return ctx.db.transaction(() => {
      setDocumentStatus(ctx.db, record.id, 'signed');
      return insertLifecycleEvent(ctx.db, {
        documentId: record.id,
        action: 'sign',
        fromStatus: 'final',
        toStatus: 'signed',
        userId: input.userId,
        signedDate: input.date,
        signedPlace: place,
      });
    })();
  });
  // Still read-only for everyone; re-checked so that every path treats a status change alike.
  return afterStatusChange(
    ctx,
    { documentId: input.documentId, userId: input.userId, event },
    { reason: 'signed', label: `Ditandatangani di ${place}, ${input.date}` },
  );
}

/** The date and place of signing as the final text prints them (trimmed, as the export does). */
export function approvedSigning(meta: DocumentMeta): { date: string; place: string } {
  const text = (key: string) => (typeof meta[key] === 'string' ? meta[key].trim() : '');
  return { date: text(META.date), place: text(META.place) };
}
