import mammoth from 'mammoth';
import { outlineOf, type PMJSON } from '../../../shared/clauses.ts';
import { agreementSchema } from '../../../shared/editor/index.ts';
import { NODE } from '../../../shared/editor/names.ts';
import { resourceLimits } from '../../config.ts';
import { importErrors } from './errors.ts';
import { type ImportLimits, openDocx } from './guard.ts';
import { parseHtml } from './html.ts';
import { flatten } from './lines.ts';
import { placeNotes, takeNotes } from './notes.ts';
import { recognise, type Warning } from './recognise.ts';
import { linkReferences } from './references.ts';
import { typeOutNumbering } from './wordNumbering.ts';

export { importErrors } from './errors.ts';
export type { ImportLimits } from './guard.ts';

/** What the import recognised, for the user to check before working on the draft. */
export interface ImportReport {
  clauses: number;
  ayat: number;
  letterItems: number;
  chapters: number;
  /** Paragraphs kept as they were because they fit no structure (loose text, table rows). */
  unmapped: number;
  preamble: boolean;
  closing: boolean;
  /** Indonesian messages; `warningsEn` holds the same in English, `warningIds` their ids. */
  warnings: string[];
  warningsEn: string[];
  warningIds: string[];
  /** Title-block and signature lines recognised and left out (Sepakat prints them from metadata). */
  skipped: string[];
  /** Typed cross-references turned into live references. */
  references: number;
  /** What the title block said, to prefill the document's metadata. */
  detected: { kind?: 'mou' | 'pks'; subject?: string; parties: string[]; numbers: string[] };
}

export interface ImportResult {
  body: PMJSON;
  report: ImportReport;
}

/**
 * Imports a Word draft (.docx) into the agreement schema. Throws an `AppError` with a stable
 * id (`import.too_large`, `import.unzipped_too_large`, `import.too_many_parts`,
 * `import.too_many_paragraphs`, `import.too_much_text`, `import.too_many_pasal`,
 * `import.not_docx`, `import.legacy_doc`, `import.encrypted`, `import.corrupt`, `import.empty`)
 * when the file cannot be used or is over a limit (`options.limits`, by default those of an
 * empty environment); then nothing is created. Each limit is checked as soon as what it counts
 * is known, before the next, costlier step. The body always passes
 * `agreementSchema().nodeFromJSON(body).check()`.
 */
export async function importAgreementDocx(
  buffer: Buffer,
  options: { kind?: 'mou' | 'pks'; limits?: ImportLimits } = {},
): Promise<ImportResult> {
  const limits = options.limits ?? resourceLimits();
  const zip = await openDocx(buffer, limits);
  await typeOutNumbering(zip).catch(() => 0);
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    // The parts that were inflated and counted, stored uncompressed: mammoth reads those and no other.
    const input = await zip.generateAsync({ type: 'nodebuffer' });
    // mammoth drops underline unless asked; agreements underline defined terms.
    ({ value: html, messages } = await mammoth.convertToHtml(
      { buffer: input },
      // Images are counted, not carried: no base64 copies of logos and scans in memory.
      { styleMap: ['u => u'], convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    ));
  } catch {
    throw importErrors.corrupt();
  }
  const root = parseHtml(html);
  // Footnotes come out of the HTML before it is read, so they never land in the closing.
  const notes = takeNotes(root);
  const { lines, images } = flatten(root);
  if (!lines.some((l) => l.text.trim())) throw importErrors.empty();
  // Counted again on what mammoth made of the file: a paragraph may hide behind another XML prefix.
  if (lines.length > limits.importParagraphs) throw importErrors.tooManyParagraphs(limits.importParagraphs);
  if (lines.reduce((n, l) => n + l.text.length, 0) > limits.importChars) {
    throw importErrors.tooMuchText(limits.importChars);
  }
  const found = recognise(lines);
  if (found.counts.clauses > limits.importPasal) {
    throw importErrors.tooManyPasal(limits.importPasal, found.counts.clauses);
  }
  const { doc: linkedBody, linked } = linkReferences(found.body, outlineOf(found.body));
  const { body, unplaced: notesUnplaced } = placeNotes(linkedBody, notes);
  if (!body.content?.length) throw importErrors.empty();
  // The schema is the contract: a body that fails here is a bug in the recogniser, not in the file.
  agreementSchema().nodeFromJSON(body).check();

  const warnings: Warning[] = [...found.warnings];
  if (notesUnplaced.length) {
    warnings.push({
      id: 'import.footnotes_unplaced',
      message: `${notesUnplaced.length} catatan kaki tidak dapat dijadikan catatan kaki (di judul Pasal atau BAB, terlalu panjang, atau tanpa rujukan); teksnya tercantum di laporan.`,
      messageEn: `${notesUnplaced.length} footnote(s) could not be made footnotes (in a Pasal or BAB heading, too long, or without a reference); their text is listed in the report.`,
    });
  }
  if (images) {
    warnings.push({
      id: 'import.images_skipped',
      message: `${images} gambar tidak diimpor (logo dicetak dari data pihak).`,
      messageEn: `${images} image(s) were not imported (logos are printed from the parties' data).`,
    });
  }
  if (options.kind && found.front.kind && options.kind !== found.front.kind) {
    warnings.push({
      id: 'import.kind_mismatch',
      message: `Judul dokumen menunjukkan ${found.front.kind.toUpperCase()}, tetapi diimpor sebagai ${options.kind.toUpperCase()}.`,
      messageEn: `The title says ${found.front.kind.toUpperCase()}, but it was imported as ${options.kind.toUpperCase()}.`,
    });
  }
  const errors = messages.filter((m) => m.type === 'error').length;
  if (errors) {
    warnings.push({
      id: 'import.partly_unreadable',
      message: 'Sebagian isi dokumen tidak dapat dibaca.',
      messageEn: 'Part of the document could not be read.',
    });
  }
  const top = body.content ?? [];
  return {
    body,
    report: {
      ...found.counts,
      preamble: top.some((n) => n.type === NODE.preamble),
      closing: top.some((n) => n.type === NODE.closing),
      warnings: warnings.map((w) => w.message),
      warningsEn: warnings.map((w) => w.messageEn),
      warningIds: warnings.map((w) => w.id),
      skipped: found.skipped,
      references: linked,
      detected: {
        kind: found.front.kind,
        subject: found.front.subject,
        parties: found.front.parties,
        numbers: found.front.numbers,
      },
    },
  };
}
