import mammoth from 'mammoth';
import { outlineOf, type PMJSON } from '../../shared/clauses.ts';
import { agreementSchema } from '../../shared/editor/index.ts';
import { NODE } from '../../shared/editor/names.ts';
import { importErrors } from './errors.ts';
import { openDocx } from './guard.ts';
import { parseHtml } from './html.ts';
import { flatten } from './lines.ts';
import { recognise, type Warning } from './recognise.ts';
import { linkReferences } from './references.ts';
import { typeOutNumbering } from './wordNumbering.ts';

export { importErrors, MAX_IMPORT_BYTES } from './errors.ts';

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
 * id (`import.too_large`, `import.not_docx`, `import.legacy_doc`, `import.encrypted`,
 * `import.corrupt`, `import.empty`) when the file cannot be used; then nothing is created.
 * The body always passes `agreementSchema().nodeFromJSON(body).check()`.
 */
export async function importAgreementDocx(
  buffer: Buffer,
  options: { kind?: 'mou' | 'pks' } = {},
): Promise<ImportResult> {
  const zip = await openDocx(buffer);
  const typed = await typeOutNumbering(zip).catch(() => 0);
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    // mammoth drops underline unless asked; agreements underline defined terms.
    const input = typed ? await zip.generateAsync({ type: 'nodebuffer' }) : buffer;
    ({ value: html, messages } = await mammoth.convertToHtml(
      { buffer: input },
      // Images are counted, not carried: no base64 copies of logos and scans in memory.
      { styleMap: ['u => u'], convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    ));
  } catch {
    throw importErrors.corrupt();
  }
  const { lines, images } = flatten(parseHtml(html));
  if (!lines.some((l) => l.text.trim())) throw importErrors.empty();
  const found = recognise(lines);
  const { doc: body, linked } = linkReferences(found.body, outlineOf(found.body));
  if (!body.content?.length) throw importErrors.empty();
  // The schema is the contract: a body that fails here is a bug in the recogniser, not in the file.
  agreementSchema().nodeFromJSON(body).check();

  const warnings: Warning[] = [...found.warnings];
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
