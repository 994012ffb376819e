import type { Editor } from '@tiptap/core';
import type { DocumentOutline } from '../../../../shared/clauses.ts';
import type { CollabSession } from '../../document/useCollabSession.ts';
import type { Cooperation } from '../cooperations/api.ts';
import type { AgreementDocument, DocumentPermissions } from '../documents/api.ts';

/**
 * Everything a part of the editor screen may need: side-panel tabs (Info, Persetujuan, Poin,
 * Riwayat) and later features receive this one object.
 */
export interface EditorScreen {
  editor: Editor;
  session: CollabSession;
  document: AgreementDocument;
  permissions: DocumentPermissions;
  cooperation: Cooperation;
  outline: DocumentOutline;
  /** Editing allowed: my role and the document's status both permit it. */
  editable: boolean;
  /** The clause holding the cursor, if any. */
  currentClauseId: string | null;
  /** Refetch `GET /api/documents/:id` (after an approval, a status change, ...). */
  reloadDocument: () => void;
}
