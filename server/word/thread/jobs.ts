import type { MinutesDTO } from '../../../shared/api/meetings.ts';
import type { ReplyParagraph } from '../../../shared/api/suggestionImport.ts';
import type { PMJSON } from '../../../shared/clauses.ts';
import type { DocumentMeta } from '../../../shared/meta.ts';
import { buildEvaluationDocx, type EvaluationExportInput } from '../evaluation/docx.ts';
import { buildAgreementDocx } from '../export/agreement.ts';
import { type AgreementIdentity, agreementInput } from '../export/fromDocument.ts';
import type { ExportLayoutOptions } from '../export/layout.ts';
import type { CheckedLogo, LogoLimits } from '../export/logo.ts';
import type { AgreementExportInput, ExportParty } from '../export/types.ts';
import type { WordFileAuthor } from '../export/wordFile.ts';
import type { ImportLimits, ImportResult } from '../import/agreement.ts';
import { buildMinutesDocx, type MinutesPrint } from '../minutes/docx.ts';
import { buildRedlineDocx, type RedlineView } from '../redline/docx.ts';
import { checkExportSize } from './exportSize.ts';

/** What the agreement export needs from the live document and the database, as plain data. */
export interface AgreementJob {
  /** The live document as plain data (`docToJSON`). */
  content: { body: PMJSON; meta: DocumentMeta };
  document: AgreementIdentity;
  parties: ExportParty[];
  options: NonNullable<AgreementExportInput['options']>;
  extra?: Pick<
    AgreementExportInput,
    'version' | 'hash' | 'fingerprint' | 'liaisons' | 'suggestions' | 'suggestionAuthors'
  >;
}

/**
 * The Word files, from plain data to bytes and back: what the Word thread runs (see thread.ts).
 * Nothing here reads the database or a live document, so every argument and result crosses
 * to and from the thread by structured clone.
 */
export const wordJobs = {
  /** The signed-ready MoU or PKS (`export.too_large` over the export limits). */
  agreement(job: AgreementJob): Promise<Uint8Array> {
    checkExportSize(job.content.body);
    return buildAgreementDocx(agreementInput(job.document, job.content, job.parties, job.options, job.extra));
  },
  redline(input: AgreementExportInput, view: RedlineView): Promise<Uint8Array> {
    checkExportSize(input.body);
    return buildRedlineDocx(input, view);
  },
  /** A monitoring and evaluation report (server/word/evaluation/docx.ts). */
  evaluation(input: EvaluationExportInput): Promise<Uint8Array> {
    checkExportSize(input.body);
    return buildEvaluationDocx(input);
  },
  minutes: (
    minutes: MinutesDTO,
    options: ExportLayoutOptions & WordFileAuthor,
    print: MinutesPrint = {},
  ): Promise<Uint8Array> => buildMinutesDocx(minutes, options, print),
  /**
   * Files into one .zip (the batch export of a master's variants), stored as they are: a .docx
   * is a zip already. Entries carry `date`, so the same files make the same bytes.
   */
  async zip(files: { name: string; data: Uint8Array }[], date: Date): Promise<Uint8Array> {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    for (const f of files) zip.file(f.name, f.data, { date, binary: true });
    return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  },
  /**
   * A Word draft read into the agreement schema (throws the `import.*` AppErrors for bad files).
   * Its code (mammoth, JSZip) loads with the first import: drafts are imported rarely, and the
   * first export after a start should not wait for it.
   */
  async import(
    file: Uint8Array,
    options: { kind?: 'mou' | 'pks'; limits?: ImportLimits },
  ): Promise<ImportResult> {
    const { importAgreementDocx } = await import('../import/agreement.ts');
    return importAgreementDocx(Buffer.from(file.buffer, file.byteOffset, file.byteLength), options);
  },
  /** The paragraphs of a Word reply with their tracked changes (throws the `import.*` AppErrors for bad files). */
  async suggestionReply(file: Uint8Array, limits: ImportLimits): Promise<ReplyParagraph[]> {
    const { readReply } = await import('../import/suggestionsReply.ts');
    return readReply(Buffer.from(file.buffer, file.byteOffset, file.byteLength), limits);
  },
  /**
   * A party's logo decoded whole and bounded before it is stored (throws the `logo.*`
   * AppErrors): decoding a large JPEG in pure JS takes seconds, which no editor should wait for.
   */
  async logo(data: Uint8Array, limits: LogoLimits): Promise<CheckedLogo> {
    const { checkLogo } = await import('../export/logo.ts');
    return checkLogo(data, limits);
  },
};

export type WordJobs = typeof wordJobs;
export type WordJobName = keyof WordJobs;
/** What `WordThread.run` resolves to: a job's result, with a file as a Buffer. */
export type WordJobResult<K extends WordJobName> =
  Awaited<ReturnType<WordJobs[K]>> extends Uint8Array ? Buffer : Awaited<ReturnType<WordJobs[K]>>;
