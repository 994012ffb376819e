import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentStatus } from '../../../../shared/api/cooperations.ts';
import type { DocumentResponse } from '../../../../shared/api/documents.ts';
import { showToast } from '../../app/toast.ts';
import { type Resource, useResource } from '../../app/useResource.ts';
import type { Refusal } from '../../document/useCollabSession.ts';
import { changesApprovals } from '../approvals/liveApprovals.ts';
import { useSession } from '../auth/store.ts';
import { getDocument } from '../documents/api.ts';
import { topicOf, useCooperationEvents } from '../meetings/useCooperationEvents.ts';
import { useEditorT } from './messages.ts';
import { refusalEndsWriting } from './refusal.ts';

/**
 * `GET /api/documents/:id`, kept true to the server while the screen is open: a status change
 * (`document.status`: finalised, reopened, signed) is applied the moment its event arrives, so
 * the editor turns read-only (or editable) at once, and the document is then read again for
 * what else changed with it (permissions, approvals). A membership change (`member.*`) or
 * missed events (`stream.reset`) read it again too, and call `onMembers` for the screen's own
 * data (the cooperation, with my role); so does a `refusal` of the live session saying that
 * this person may no longer write here (locked, read-only).
 */
export function useLiveDocument(
  cooperationId: string,
  documentId: string,
  { refusal, onMembers }: { refusal?: Refusal | null; onMembers?: () => void } = {},
): Resource<DocumentResponse> {
  const t = useEditorT();
  const me = useSession((s) => s.user?.id);
  const doc = useResource(`document:${documentId}`, () => getDocument(documentId));
  const membersChanged = useRef(onMembers);
  membersChanged.current = onMembers;
  const { reload } = doc;
  useEffect(() => {
    // A refusal is announced once with its edits still unknown: read everything again then.
    if (!refusal || refusal.edits !== null || !refusalEndsWriting(refusal.reason)) return;
    reload();
    membersChanged.current?.();
  }, [refusal, reload]);
  // The status an event announced, over the answer it was announced on: a newer answer wins.
  const [live, setLive] = useState<{ status: DocumentStatus; over: DocumentResponse | null } | null>(null);
  useCooperationEvents(cooperationId, (event) => {
    if (event.type === 'document.status' && event.documentId === documentId) {
      const { status } = event;
      setLive({ status, over: doc.data });
      doc.reload();
      if (event.userId !== me && status !== doc.data?.document.status)
        showToast(t(`status.${status}`), status === 'draft' ? 'info' : 'warn');
    } else if (event.type === 'stream.reset' || topicOf(event) === 'members') {
      doc.reload();
      membersChanged.current?.();
    } else if (changesApprovals(event, documentId)) {
      doc.reload();
    }
  });
  const data = useMemo(
    () =>
      doc.data && live?.over === doc.data
        ? { ...doc.data, document: { ...doc.data.document, status: live.status } }
        : doc.data,
    [doc.data, live],
  );
  return { ...doc, data };
}
