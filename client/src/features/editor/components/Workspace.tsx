import { useEditor } from '@tiptap/react';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { initialsOf } from '../../../app/UserMenu.tsx';
import { editorExtensions } from '../../../document/extensions.ts';
import type { CollabSession } from '../../../document/useCollabSession.ts';
import { useOutline } from '../../../document/useOutline.ts';
import { translate, useLanguage, useT } from '../../../i18n/index.ts';
import { ApprovalShortcuts } from '../../approvals/components/ApprovalShortcuts.tsx';
import { useSession } from '../../auth/store.ts';
import { ClauseLibraryDialog } from '../../clauseLibrary/components/ClauseLibraryDialog.tsx';
import { CompletenessPanel } from '../../completeness/components/CompletenessPanel.tsx';
import type { Cooperation } from '../../cooperations/api.ts';
import type { AgreementDocument, DocumentPermissions } from '../../documents/api.ts';
import { SuggestionMarks } from '../../suggestions/components/SuggestionMarks.tsx';
import { VariantBanner } from '../../variants/components/VariantBanner.tsx';
import { mayEdit } from '../connection.ts';
import type { EditorScreen } from '../context.ts';
import { useFootnoteUi } from '../footnoteUi.ts';
import { footnoteMark } from '../notesTablesMessages.ts';
import { useEditorUi } from '../store.ts';
import { useCurrentClause } from '../useCurrentClause.ts';
import { CrossRefDialog } from './CrossRefDialog.tsx';
import { DocumentSheet } from './DocumentSheet.tsx';
import { FootnoteDialog } from './FootnoteDialog.tsx';
import { OutlinePanel } from './OutlinePanel.tsx';
import { type Drawer, PhoneBar } from './PhoneBar.tsx';
import { ReadOnlyBanner } from './ReadOnlyBanner.tsx';
import { SidePanel } from './SidePanel.tsx';
import { Toolbar } from './Toolbar.tsx';

interface WorkspaceProps {
  session: CollabSession;
  document: AgreementDocument;
  permissions: DocumentPermissions;
  cooperation: Cooperation;
  reloadDocument: () => void;
  /** Replace the outline and the side panel (the meeting room shows its agenda and points there). */
  left?: (screen: EditorScreen) => ReactNode;
  right?: (screen: EditorScreen) => ReactNode;
  /** Names of the side columns on the narrow screen's drawer buttons (default: outline, panel). */
  leftLabel?: string;
  rightLabel?: string;
}

/** The three columns: outline, the document on its sheet, the side panel; toolbar above. */
export function Workspace({
  session,
  document,
  permissions,
  cooperation,
  reloadDocument,
  left,
  right,
  leftLabel,
  rightLabel,
}: WorkspaceProps) {
  const t = useT();
  const me = useSession((s) => s.user);
  const party = cooperation.parties.find((p) => p.id === cooperation.myPartyId);
  const editable = mayEdit(document, permissions);
  const [drawer, setDrawer] = useState<Drawer>(null);

  const user = useMemo(
    () => ({
      id: me?.id ?? '',
      name: me?.displayName ?? '',
      color: party?.color ?? '#5a6472',
      party: party?.shortName ?? '',
      initials: initialsOf(me?.displayName ?? '?'),
    }),
    [me, party],
  );

  const suggestAuthor = useMemo(
    () => ({
      author: me?.id ? { party: cooperation.myPartyId, user: me.id } : null,
      forced: permissions.mustSuggest,
    }),
    [me?.id, cooperation.myPartyId, permissions.mustSuggest],
  );

  const editor = useEditor(
    {
      extensions: editorExtensions({
        ydoc: session.ydoc,
        provider: session.provider,
        user,
        brokenRefLabel: () => translate(useLanguage.getState().language, 'xref.broken'),
        onCrossReference: () => useEditorUi.getState().setCrossRefOpen(true),
        onFootnote: (pos) => useFootnoteUi.getState().edit(pos),
        footnoteLabel: footnoteMark,
        suggest: suggestAuthor,
      }),
      editable,
      immediatelyRender: false,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'agreement',
          'aria-label': t('editor.document'),
          'aria-multiline': 'true',
          role: 'textbox',
        },
      },
    },
    [session],
  );

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  // Who suggests and whether they may only suggest follow the member's rights (a round can limit a party).
  useEffect(() => {
    editor?.commands.configureSuggestMode(suggestAuthor);
  }, [editor, suggestAuthor]);

  const outline = useOutline(editor);
  const currentClauseId = useCurrentClause(editor);

  if (!editor) return null;
  const screen: EditorScreen = {
    editor,
    session,
    document,
    permissions,
    cooperation,
    outline,
    editable,
    currentClauseId,
    reloadDocument,
  };
  return (
    <div className="workspace">
      <Toolbar screen={screen} />
      {/* A master PKS: its variants and their board; a variant: its master, unit and overrides. */}
      <VariantBanner screen={screen} />
      {/* A suggest-only member types too: the banner tells them their changes become suggestions. */}
      {(!editable || permissions.mustSuggest) && (
        <ReadOnlyBanner document={document} permissions={permissions} cooperation={cooperation} />
      )}
      <PhoneBar drawer={drawer} onDrawer={setDrawer} leftLabel={leftLabel} rightLabel={rightLabel} />
      {/* Escape closes an open drawer (the side columns are drawers only on a narrow screen). */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape and outline clicks bubbling up from the drawers */}
      <div
        className="workspace-columns"
        data-drawer={drawer ?? undefined}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && drawer && !e.defaultPrevented) setDrawer(null);
        }}
        onClick={(e) => {
          // A Pasal chosen in the outline drawer is shown at once: the drawer steps aside.
          if (drawer === 'left' && (e.target as Element).closest('.outline-list button')) setDrawer(null);
        }}
      >
        <div id="workspace-drawer-left" className="workspace-drawer drawer-left">
          {left ? (
            left(screen)
          ) : (
            <div className="editor-left">
              <OutlinePanel screen={screen} />
              <CompletenessPanel screen={screen} />
            </div>
          )}
        </div>
        <DocumentSheet screen={screen} />
        <div id="workspace-drawer-right" className="workspace-drawer drawer-right">
          {right ? right(screen) : <SidePanel screen={screen} />}
        </div>
      </div>
      <CrossRefDialog screen={screen} />
      <FootnoteDialog screen={screen} />
      <ClauseLibraryDialog screen={screen} />
      <ApprovalShortcuts screen={screen} />
      <SuggestionMarks screen={screen} />
    </div>
  );
}
