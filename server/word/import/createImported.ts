import type { PMJSON } from '../../../shared/clauses.ts';
import { newId } from '../../../shared/ids.ts';
import { META, partyMetaKey } from '../../../shared/meta.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { instantiateTemplate } from '../../../templates/index.ts';
import { createDocumentState } from '../../collab/store.ts';
import { DEFAULT_TITLE } from '../../commands/createDocument.ts';
import type { AppContext } from '../../context.ts';
import { type DocumentRecord, insertDocument, listDocuments } from '../../db/repos/documents.ts';
import { listParties } from '../../db/repos/parties.ts';
import { validation } from '../../errors/index.ts';
import type { ImportReport } from './agreement.ts';
import { relabel } from './partyMatch.ts';
import { type ImportInput, type ImportPreview, previewOf, readDraft } from './preview.ts';
import { titleCase } from './titleCase.ts';

/** The user's answers to the preview. */
export interface ImportAnswers {
  /**
   * The draft's party (by its own ordinal) → the cooperation party it is, or null for none of
   * them. A draft party left out keeps its match by name; one without a match gets nothing.
   */
  parties?: Record<number, string | null>;
  /** Rewrite the draft's party labels in the text to the cooperation's order and wording. */
  relabel?: boolean;
}

export interface ImportDocumentInput extends ImportInput {
  userId: string;
  title?: string;
  answers?: ImportAnswers;
}

/** The draft ordinal → cooperation party id, answers first, then matches by name; checked. */
function resolveParties(preview: ImportPreview, answers: ImportAnswers, partyIds: Set<string>) {
  const chosen = new Map<number, string>();
  for (const party of preview.parties) {
    const answered = answers.parties && party.ordinal in answers.parties;
    const id = answered ? answers.parties?.[party.ordinal] : party.partyId;
    if (!id) continue;
    if (!partyIds.has(id))
      throw validation(
        'parties',
        'Pihak yang dipilih bukan pihak kerja sama ini.',
        'The chosen party is not a party of this cooperation.',
      );
    chosen.set(party.ordinal, id);
  }
  for (const key of Object.keys(answers.parties ?? {})) {
    if (!preview.parties.some((p) => String(p.ordinal) === key))
      throw validation('parties', `Draf tidak memiliki pihak ke-${key}.`, `The draft has no party ${key}.`);
  }
  if (new Set(chosen.values()).size !== chosen.size)
    throw validation(
      'parties',
      'Satu pihak kerja sama dipilih untuk dua pihak draf.',
      "One cooperation party was chosen for two of the draft's parties.",
    );
  return chosen;
}

function warn(report: ImportReport, id: string, message: string, messageEn: string) {
  report.warnings.push(message);
  report.warningsEn.push(messageEn);
  report.warningIds.push(id);
}

/** Every text of a body with the party labels rewritten. */
function relabelBody(node: PMJSON, rewrite: (text: string) => string): PMJSON {
  if (node.type === NODE.text) return { ...node, text: rewrite(node.text ?? '') };
  return node.content ? { ...node, content: node.content.map((c) => relabelBody(c, rewrite)) } : node;
}

/**
 * Creates a document from a Word draft and the user's answers to its preview: the body from
 * the import; the metadata as a new document from the template would have it, filled with
 * what the draft said — the kind, the subject, the date and place, and, for each draft party
 * matched by name or by the user's answer, its number and signatory. A draft party matched to
 * none gets nothing (listed in the report); nothing is assigned by position. With `relabel`,
 * the labels in the text follow the cooperation ("PIHAK KESATU" for the Pemkot becomes
 * "PIHAK KEDUA" where the cooperation has it second). A PKS refers to the cooperation's latest
 * MoU. The file is read completely before anything is written, so a bad file creates nothing.
 */
export async function importDocument(
  ctx: Pick<AppContext, 'db' | 'store' | 'word' | 'config'>,
  input: ImportDocumentInput,
): Promise<{ document: DocumentRecord; report: ImportReport }> {
  const { body: read, report } = await readDraft(ctx, input);
  const preview = previewOf(ctx, input.cooperationId, report);
  const answers = input.answers ?? {};
  const parties = listParties(ctx.db, input.cooperationId);
  const chosen = resolveParties(preview, answers, new Set(parties.map((p) => p.id)));

  const kind = input.kind ?? report.detected.kind ?? 'mou';
  const title = input.title?.trim() || DEFAULT_TITLE[kind];
  const subject = report.detected.subject ? titleCase(report.detected.subject) : undefined;
  const { meta } = instantiateTemplate(kind, {
    title,
    subject,
    place: report.detected.place,
    date: report.detected.date,
    parties: parties.map((p) => ({
      id: p.id,
      ordinal: p.ordinal,
      name: p.name,
      shortName: p.shortName,
      seat: p.seat,
    })),
  });
  if (subject) meta[META.subject] = subject;
  for (const party of preview.parties) {
    const id = chosen.get(party.ordinal);
    if (!id) {
      const name = party.institution ?? party.label ?? `#${party.ordinal}`;
      warn(
        report,
        'import.party_unplaced',
        `${party.label ?? 'Pihak'} draf (${name}) tidak dicocokkan dengan pihak kerja sama: nomor dan penanda tangannya tidak diisi.`,
        `The draft's ${party.label ?? 'party'} (${name}) was matched to no party of the cooperation: its number and signatory were not filled in.`,
      );
      continue;
    }
    if (party.number) meta[partyMetaKey.number(id)] = party.number;
    if (party.signatory.name) meta[partyMetaKey.signatoryName(id)] = party.signatory.name;
    if (party.signatory.position) meta[partyMetaKey.signatoryPosition(id)] = party.signatory.position;
    if (party.signatory.nip) meta[partyMetaKey.signatoryNip(id)] = party.signatory.nip;
  }

  let body = read;
  const ordinalOf = new Map(parties.map((p) => [p.id, p.ordinal]));
  const labelsDiffer =
    preview.orderDiffers || (report.detected.wording ?? preview.wording) !== preview.wording;
  if (labelsDiffer && answers.relabel) {
    const ordinals = new Map([...chosen].map(([draft, id]) => [draft, ordinalOf.get(id) as number]));
    if (preview.parties.every((p) => chosen.has(p.ordinal))) {
      body = relabelBody(read, (text) => relabel(text, ordinals, preview.wording));
    } else {
      warn(
        report,
        'import.relabel_skipped',
        'Sebutan pihak dalam teks tidak diubah karena tidak semua pihak draf dicocokkan.',
        'The party labels in the text were left as they are: not every party of the draft was matched.',
      );
    }
  } else if (labelsDiffer) {
    warn(
      report,
      'import.party_labels_differ',
      'Sebutan pihak dalam teks draf berbeda dengan urutan atau sebutan pihak kerja sama ini; periksa teksnya.',
      "The draft's party labels differ from this cooperation's order or wording; check the text.",
    );
  }

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
