import type { ImportReportDTO } from '../../../shared/api/docx.ts';
import { outlineOf, type PMJSON } from '../../../shared/clauses.ts';
import { agreementSchema } from '../../../shared/schema/index.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { resourceLimits } from '../../config.ts';
import { importErrors } from '../../errors/index.ts';
import { type ImportLimits, openDocx } from './guard.ts';
import { parseHtml } from './html.ts';
import { flatten } from './lines.ts';
import { placeNotes, takeNotes } from './notes.ts';
import { readOpening } from './opening.ts';
import { wordingOf } from './parties.ts';
import { draftParties } from './partyMatch.ts';
import { ANNEX, recognise, type Warning } from './recognise.ts';
import { linkReferences } from './references.ts';
import { unreadParts } from './unread.ts';
import { typeOutNumbering } from './wordNumbering.ts';

export { importErrors } from '../../errors/index.ts';
export type { ImportLimits } from './guard.ts';

/** What the import recognised, for the user to check before working on the draft: the API's contract. */
export type ImportReport = ImportReportDTO;

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
  const dropped = await unreadParts(zip);
  let html: string;
  let messages: { type: string; message: string }[];
  // Loaded at the first import, not at every start of the server (about a quarter of a second).
  const { default: mammoth } = await import('mammoth');
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
  const placedInBody = agreementSchema().nodes[ANNEX] !== undefined;
  const withAnnexes = placeAnnexes(found.body, found.annexes, placedInBody);
  const outline = outlineOf(withAnnexes);
  const { doc: linkedBody, linked, references } = linkReferences(withAnnexes, outline);
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
  if (found.annexes.length && !placedInBody) {
    warnings.push({
      id: 'import.annex_kept',
      message:
        'Lampiran draf disimpan sebagai paragraf di akhir bagian penutup; periksa dan pindahkan bila perlu.',
      messageEn:
        "The draft's annex was kept as paragraphs at the end of the closing; check it and move it where needed.",
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
        wording: wordingOf(lines.map((l) => l.text).join('\n')),
        ...readOpening(found.preambleText),
        ...(found.front.title ? { title: found.front.title } : {}),
      },
      draftParties: draftParties(found.front, found.komparisi, found.signatures),
      outline: outline.clauses.map((c) => ({ number: c.number, heading: c.heading, ayat: c.ayat.length })),
      annexes: found.annexes.map((a) => ({
        title: annexTitle(a),
        blocks: a.content?.length ?? 0,
        placed: placedInBody ? 'annex' : 'closing',
      })),
      linked: references,
      unplaced: [...found.unplaced, ...notesUnplaced],
      dropped,
    },
  };
}

const plainTextOf = (node: PMJSON | undefined): string =>
  node ? (node.text ?? (node.content ?? []).map(plainTextOf).join('')) : '';

/** "LAMPIRAN — RENCANA KERJA": the annex's heading lines, up to the first that is not in capitals. */
function annexTitle(annex: PMJSON): string {
  const heading: string[] = [];
  for (const block of (annex.content ?? []).slice(0, 4)) {
    const text = plainTextOf(block).trim();
    if (!text || text !== text.toUpperCase()) break;
    heading.push(text);
  }
  return heading.join(' — ').slice(0, 300);
}

/**
 * Puts the draft's own annexes after the closing as annex sections where the schema has them;
 * otherwise at the end of the closing (a closing is made when the draft had none), reported.
 */
function placeAnnexes(body: PMJSON, annexes: PMJSON[], asSections: boolean): PMJSON {
  if (!annexes.length) return body;
  const top = [...(body.content ?? [])];
  if (asSections) return { ...body, content: [...top, ...annexes] };
  const blocks = annexes.flatMap((a) => a.content ?? []);
  const at = top.findIndex((n) => n.type === NODE.closing);
  const closing = top[at];
  if (!closing) return { ...body, content: [...top, { type: NODE.closing, content: blocks }] };
  top[at] = { ...closing, content: [...(closing.content ?? []), ...blocks] };
  return { ...body, content: top };
}
