import type {
  ClauseHistoryResponse,
  CompareResponse,
  RestoreResponse,
  VersionDetailResponse,
  VersionDTO,
  VersionListResponse,
} from '../../../../shared/api/history.ts';
import { api } from '../../app/http.ts';

export type {
  ClauseComparisonDTO,
  ClauseHistoryEntryDTO,
  ClauseHistoryResponse,
  CompareResponse,
  PersonDTO,
  VersionDTO,
  WordOp,
} from '../../../../shared/api/history.ts';

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;
const query = (from: string, to: string) => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

/** The versions of a document, newest first, and the document's latest seq. */
export const getVersions = (documentId: string) =>
  api<VersionListResponse>('GET', `${documentPath(documentId)}/versions`);

/** One version's text (ProseMirror JSON and meta) for read-only viewing. */
export const getVersion = (documentId: string, versionId: string) =>
  api<VersionDetailResponse>('GET', `${documentPath(documentId)}/versions/${encodeURIComponent(versionId)}`);

/** Names the text as it is now (editors and owners). */
export const createVersion = (documentId: string, label: string) =>
  api<{ version: VersionDTO }>('POST', `${documentPath(documentId)}/versions`, { label }).then(
    (r) => r.version,
  );

/** Every change of one Pasal, newest first, with approvals and discussion points. */
export const getClauseHistory = (documentId: string, clauseId: string) =>
  api<ClauseHistoryResponse>(
    'GET',
    `${documentPath(documentId)}/clauses/${encodeURIComponent(clauseId)}/history`,
  );

/** Two versions (ids, or `current`) compared clause by clause. */
export const getComparison = (documentId: string, from: string, to: string) =>
  api<CompareResponse>('GET', `${documentPath(documentId)}/compare?${query(from, to)}`);

/** Where the redline .docx (Word's tracked changes) of a comparison is served. */
export const compareDocxUrl = (documentId: string, from: string, to: string) =>
  `${documentPath(documentId)}/compare.docx?${query(from, to)}`;

/** Brings back a clause (or the whole body) as it was in a version, as a new change. */
export const restoreFromVersion = (documentId: string, versionId: string, clauseId?: string) =>
  api<RestoreResponse>(
    'POST',
    `${documentPath(documentId)}/restore`,
    clauseId ? { versionId, clauseId } : { versionId },
  );
