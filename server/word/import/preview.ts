import { agreementPartySettings } from '../../../shared/api/agreementSettings.ts';
import type { PartyWording } from '../../../shared/words.ts';
import type { AppContext } from '../../context.ts';
import { findCooperation } from '../../db/repos/cooperations.ts';
import { listParties } from '../../db/repos/parties.ts';
import type { ImportReport, ImportResult } from './agreement.ts';
import { type DraftParty, matchParties, type PartyMatch } from './partyMatch.ts';

/**
 * What the import preview shows before anything is created: the report of the Word thread
 * and, against this cooperation, which of its parties each of the draft's parties is (by
 * name), and whether the draft's order or wording differs from the cooperation's.
 */
export interface ImportPreview {
  report: ImportReport;
  parties: (DraftParty & PartyMatch)[];
  /** True when a draft party matched no cooperation party, or two matched the same one: the user decides. */
  partiesNeedAnswer: boolean;
  /** True when a draft party's label is not the one the cooperation gives its party (the Pemkot first as PIHAK KESATU). */
  orderDiffers: boolean;
  /** The wording the cooperation prints ("pertama" unless its settings say "kesatu"). */
  wording: PartyWording;
}

export interface ImportInput {
  cooperationId: string;
  file: Buffer;
  kind?: 'mou' | 'pks';
}

/** Reads a draft on the Word thread (the limits go with the file: they bound what the thread inflates, parses and hands back). */
export function readDraft(
  ctx: Pick<AppContext, 'word' | 'config'>,
  input: Pick<ImportInput, 'file' | 'kind'>,
): Promise<ImportResult> {
  return ctx.word.run('import', input.file, { kind: input.kind, limits: ctx.config.limits });
}

/** The cooperation's parties and wording, with the draft's parties matched to them. */
export function previewOf(
  ctx: Pick<AppContext, 'db'>,
  cooperationId: string,
  report: ImportReport,
): ImportPreview {
  const parties = listParties(ctx.db, cooperationId);
  const cooperation = findCooperation(ctx.db, cooperationId);
  const wording = agreementPartySettings(cooperation?.settings).wording;
  const matches = matchParties(report.draftParties, parties);
  const ordinalOf = new Map(parties.map((p) => [p.id, p.ordinal]));
  const joined = report.draftParties.map((d, i) => ({
    ...d,
    ...(matches[i] ?? { ordinal: d.ordinal, partyId: null, match: 'none' as const, suggestedPartyId: null }),
  }));
  return {
    report,
    parties: joined,
    partiesNeedAnswer: joined.some((p) => !p.partyId),
    orderDiffers: joined.some((p) => p.partyId && ordinalOf.get(p.partyId) !== p.ordinal),
    wording,
  };
}

/** Reads a draft and matches its parties, creating nothing. */
export async function previewImport(
  ctx: Pick<AppContext, 'db' | 'word' | 'config'>,
  input: ImportInput,
): Promise<ImportPreview> {
  const { report } = await readDraft(ctx, input);
  return previewOf(ctx, input.cooperationId, report);
}
