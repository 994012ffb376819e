import type { DocumentOutline } from '../../../shared/clauses.ts';
import type { DocumentMeta } from '../../../shared/meta.ts';
import { agreementDocument } from '../export/agreement.ts';
import type { AgreementExportInput } from '../export/types.ts';
import { packWordFile } from '../export/wordFile.ts';
import type { RevisionAuthor } from './merge.ts';
import { changedMeta, trackMetaChanges } from './metaChanges.ts';

/** What the redline shows besides its body: the two texts' outlines and metadata, and which versions they are. */
export interface RedlineView {
  /** The newer text's outline: what is kept or inserted is numbered by it. */
  after: DocumentOutline;
  /** The older text's outline: what is struck through is numbered by it. */
  before: DocumentOutline;
  /** The older metadata (the input carries the newer); changes to it are tracked where they print. */
  metaBefore?: DocumentMeta;
  /** Who changed each metadata key (by key); `fallback` for a key nobody is recorded for. */
  metaAuthors?: Record<string, RevisionAuthor>;
  fallback?: RevisionAuthor;
  /** "Perbandingan versi 3 (2 Mei 2024) dengan versi 5 (4 Mei 2024)": the header of every page. */
  label: string;
}

/**
 * Word keeps a field's last result until fields are updated: after Accept All or Reject All the
 * Pasal numbers and references renumber only then (LibreOffice renumbers the Pasal itself).
 */
const UPDATE_FIELDS =
  'Setelah menerima atau menolak perubahan, perbarui nomor Pasal dan rujukan: Ctrl+A lalu F9';

/**
 * The redline .docx: the agreement export's own layout and writer (title block, Pasal numbers
 * as fields, references to bookmarks, signatures, paraf boxes) of a body whose differences
 * from an older text are marked with `revision` marks (see `server/word/redline/merge.ts`).
 * Each becomes Word's own tracked change (w:ins / w:del with author and date), so Accept All
 * gives the newer export and Reject All the older one, in Word and LibreOffice; the file opens
 * with Track Changes on. Changed metadata is tracked where the title block and signatures print it.
 */
export async function buildRedlineDocx(input: AgreementExportInput, view: RedlineView): Promise<Buffer> {
  // Always marked as a draft: a comparison is a working paper, never the signed text.
  const build = (meta: DocumentMeta) =>
    packWordFile(
      agreementDocument(
        { ...input, meta, status: 'draft' },
        { outline: view.after, before: view.before, label: `${view.label}. ${UPDATE_FIELDS}` },
      ),
      input.options ?? {},
    );
  const newer = await build(input.meta);
  const before = view.metaBefore;
  const keys = before ? changedMeta(before, input.meta) : [];
  if (!before || !keys.length) return newer;
  const fallback = view.fallback ?? { author: 'Sepakat', date: new Date(0).toISOString() };
  return trackMetaChanges(
    newer,
    await build(before),
    keys.map((key) => ({
      key,
      before: before[key] ?? '',
      after: input.meta[key] ?? '',
      by: view.metaAuthors?.[key] ?? fallback,
    })),
  );
}
