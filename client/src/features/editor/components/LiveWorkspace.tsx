import type { ComponentProps } from 'react';
import type { Cooperation } from '../../cooperations/api.ts';
import type { DocumentSession } from '../useDocumentSession.ts';
import { Workspace } from './Workspace.tsx';

type PanelProps = Pick<ComponentProps<typeof Workspace>, 'left' | 'right' | 'leftLabel' | 'rightLabel'>;

/**
 * The workspace of a document session, once its text is ready and its record and cooperation
 * are read; nothing before. A new session (another document) starts a new workspace.
 */
export function LiveWorkspace({
  live,
  cooperation,
  ...panels
}: { live: DocumentSession; cooperation: Cooperation | null | undefined } & PanelProps) {
  const { collab, doc, ready } = live;
  if (!collab.session || !ready || !doc.data || !cooperation) return null;
  return (
    <Workspace
      key={collab.session.ydoc.guid}
      session={collab.session}
      document={doc.data.document}
      permissions={doc.data.permissions}
      cooperation={cooperation}
      reloadDocument={doc.reload}
      {...panels}
    />
  );
}
