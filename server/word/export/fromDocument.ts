import type { AmendmentKind } from '../../../shared/amendments/text.ts';
import type { PMJSON } from '../../../shared/clauses.ts';
import type { DocumentMeta } from '../../../shared/meta.ts';
import { listSuggestions } from '../../../shared/suggestions/index.ts';
import type { ExportLayoutOptions } from './layout.ts';
import type { AgreementExportInput, ExportParty, SuggestionAuthors } from './types.ts';

/** The heading of each kind of agreement (also in the names of its files). */
export const KIND_TITLE = { mou: 'NOTA KESEPAKATAN', pks: 'PERJANJIAN KERJA SAMA' } as const;

/**
 * Export defaults a cooperation keeps in `settings.export` ({ paper, font, margins,
 * lineSpacing, fontSize }); anything else there is ignored.
 */
export function exportDefaults(settings: Record<string, unknown> | null | undefined): ExportLayoutOptions {
  const raw = settings?.export;
  if (!raw || typeof raw !== 'object') return {};
  const s = raw as Record<string, unknown>;
  const out: ExportLayoutOptions = {};
  if (s.paper === 'f4' || s.paper === 'a4') out.paper = s.paper;
  if (typeof s.font === 'string' && s.font.trim()) out.font = s.font.trim();
  if (typeof s.lineSpacing === 'number' && s.lineSpacing >= 1 && s.lineSpacing <= 3)
    out.lineSpacing = s.lineSpacing;
  if (typeof s.fontSize === 'number' && s.fontSize >= 8 && s.fontSize <= 16) out.fontSize = s.fontSize;
  if (s.margins && typeof s.margins === 'object') {
    const m = s.margins as Record<string, unknown>;
    const cm = (v: unknown) => (typeof v === 'number' && v >= 0 && v <= 8 ? v : undefined);
    out.margins = { top: cm(m.top), bottom: cm(m.bottom), left: cm(m.left), right: cm(m.right) };
  }
  return out;
}

/** What the export reads of a document's record: an addendum or renewal heads its title block so. */
export interface AgreementIdentity {
  kind: 'mou' | 'pks';
  status: 'draft' | 'final' | 'signed';
  amendment?: AmendmentKind | null;
}

/** The export input of a stored document: its live content, its parties and the chosen layout. */
export function agreementInput(
  document: AgreementIdentity,
  content: { body: PMJSON; meta: DocumentMeta },
  parties: ExportParty[],
  options: NonNullable<AgreementExportInput['options']>,
  extra: Pick<
    AgreementExportInput,
    'version' | 'hash' | 'fingerprint' | 'liaisons' | 'suggestions' | 'suggestionAuthors' | 'variables'
  > = {},
): AgreementExportInput {
  return {
    kind: document.kind,
    status: document.status,
    ...(document.amendment ? { amendment: document.amendment } : {}),
    ...content,
    parties,
    options,
    ...extra,
  };
}

/**
 * The parties as the export prints them, from the records an agreement prints (see
 * `printedRecords`): the agreement export and the redline both take them from here, logos included.
 */
export function exportParties(
  parties: readonly (Omit<ExportParty, 'logo' | 'logoMime'> & {
    logo: Buffer | Uint8Array | null;
    logoMime: string | null;
  })[],
): ExportParty[] {
  return parties.map(({ logo, logoMime, ...party }) => ({
    ...party,
    logo: logo ?? undefined,
    logoMime: logoMime ?? undefined,
  }));
}

/**
 * The names the tracked changes of a body's pending suggestions print under: each author's
 * display name (`nameOf`) and the short name of the party each suggestion was made for.
 */
export function suggestionAuthorsOf(
  body: PMJSON,
  nameOf: (userId: string) => string,
  parties: readonly Pick<ExportParty, 'id' | 'shortName'>[],
): SuggestionAuthors {
  const users: Record<string, string> = {};
  for (const s of listSuggestions(body)) users[s.user] ??= nameOf(s.user);
  return { users, parties: Object.fromEntries(parties.map((p) => [p.id, p.shortName])) };
}

/** The words a clean copy's file name ends with. */
export const CLEAN_COPY_NAME = { accepted: 'usulan diterima', rejected: 'usulan ditolak' } as const;

/** A file name for the download: "Nota-Kesepakatan-Pengawasan-Pelayanan-Publik.docx". */
export function exportFileName(title: string, fallback: string): string {
  const base = (title.trim() || fallback)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 100);
  return `${base || 'dokumen'}.docx`;
}
