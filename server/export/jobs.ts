import type { MinutesDTO } from '../../shared/api/meetings.ts';
import type { DocumentOutline, PMJSON } from '../../shared/clauses.ts';
import type { DocumentMeta } from '../../shared/meta.ts';
import { buildAgreementDocx } from './agreement.ts';
import { agreementInput } from './fromDocument.ts';
import type { ExportLayoutOptions } from './layout.ts';
import { buildMinutesDocx } from './minutes.ts';
import { buildRedlineDocx } from './redline.ts';
import type { AgreementExportInput, ExportParty } from './types.ts';

/** What the agreement export needs from the live document and the database, as plain data. */
export interface AgreementJob {
  /** The live document as plain data (`docToJSON`). */
  content: { body: PMJSON; meta: DocumentMeta };
  document: { kind: 'mou' | 'pks'; status: 'draft' | 'final' | 'signed' };
  parties: ExportParty[];
  options: ExportLayoutOptions;
  extra?: Pick<AgreementExportInput, 'version' | 'hash' | 'liaisons'>;
}

/**
 * The Word files, from plain data to bytes: what the export thread runs (see exporter.ts).
 * Nothing here reads the database or a live document, so every argument and result crosses
 * to and from the thread by structured clone.
 */
export const exportJobs = {
  /** The signed-ready MoU or PKS. */
  agreement(job: AgreementJob): Promise<Uint8Array> {
    return buildAgreementDocx(agreementInput(job.document, job.content, job.parties, job.options, job.extra));
  },
  redline: (input: AgreementExportInput, outline: DocumentOutline): Promise<Uint8Array> =>
    buildRedlineDocx(input, outline),
  minutes: (minutes: MinutesDTO, options: ExportLayoutOptions): Promise<Uint8Array> =>
    buildMinutesDocx(minutes, options),
};

export type ExportJobs = typeof exportJobs;
export type ExportJobName = keyof ExportJobs;
