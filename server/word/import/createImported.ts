import { newId } from '../../../shared/ids.ts';
import { META, partyMetaKey } from '../../../shared/meta.ts';
import { instantiateTemplate } from '../../../templates/index.ts';
import { createDocumentState } from '../../collab/store.ts';
import { DEFAULT_TITLE } from '../../commands/createDocument.ts';
import type { AppContext } from '../../context.ts';
import { type DocumentRecord, insertDocument, listDocuments } from '../../db/repos/documents.ts';
import { listParties } from '../../db/repos/parties.ts';
import type { ImportReport } from './agreement.ts';
import { titleCase } from './titleCase.ts';

export interface ImportDocumentInput {
  cooperationId: string;
  userId: string;
  file: Buffer;
  kind?: 'mou' | 'pks';
  title?: string;
}

/** A blank left in the title block ("NOMOR : ......") is no number. */
const isBlank = (s: string) => !s.replace(/[.…_\s-]/g, '');

/**
 * Creates a document from a Word draft: the body from the import, the metadata fields (and
 * their per-party keys) as a new document from the template would have them, filled with what
 * the title block said — the kind, the subject and each party's number, in party order. A PKS
 * refers to the cooperation's latest MoU, as one made from the template does. The file is read
 * completely before anything is written, so a bad file creates nothing.
 */
export async function importDocument(
  ctx: Pick<AppContext, 'db' | 'store' | 'word' | 'config'>,
  input: ImportDocumentInput,
): Promise<{ document: DocumentRecord; report: ImportReport }> {
  // Read on the Word thread: mammoth and the recogniser take a while on a long draft. The
  // limits go with the file: they bound what the thread inflates, parses and hands back.
  const { body, report } = await ctx.word.run('import', input.file, {
    kind: input.kind,
    limits: ctx.config.limits,
  });
  const kind = input.kind ?? report.detected.kind ?? 'mou';
  const parties = listParties(ctx.db, input.cooperationId);
  const title = input.title?.trim() || DEFAULT_TITLE[kind];
  const subject = report.detected.subject ? titleCase(report.detected.subject) : undefined;
  const { meta } = instantiateTemplate(kind, {
    title,
    subject,
    parties: parties.map((p) => ({
      id: p.id,
      ordinal: p.ordinal,
      name: p.name,
      shortName: p.shortName,
      seat: p.seat,
    })),
  });
  if (subject) meta[META.subject] = subject;
  report.detected.numbers.forEach((number, i) => {
    const party = parties.find((p) => p.ordinal === i + 1);
    if (party && !isBlank(number)) meta[partyMetaKey.number(party.id)] = number.trim();
  });
  const mouId =
    kind === 'pks'
      ? (listDocuments(ctx.db, input.cooperationId)
          .filter((d) => d.kind === 'mou')
          .at(-1)?.id ?? null)
      : null;
  const id = newId('d');
  const document = ctx.db.transaction(() => {
    const record = insertDocument(ctx.db, {
      id,
      cooperationId: input.cooperationId,
      kind,
      title,
      mouId,
      createdBy: input.userId,
    });
    createDocumentState(ctx.store, id, body, meta, input.userId);
    return record;
  })();
  return { document, report };
}
