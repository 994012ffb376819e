import { EditorContent, useEditorState } from '@tiptap/react';
import type { CSSProperties } from 'react';
import { agreementPartySettings } from '../../../../../shared/api/agreementSettings.ts';
import { documentWording } from '../../../document/documentText.ts';
import { useKomparisiFields } from '../../../document/komparisiFields.ts';
import { useMeta } from '../../../document/useMeta.ts';
import { useT } from '../../../i18n/index.ts';
import { PointBubble } from '../../points/components/PointBubble.tsx';
import type { EditorScreen } from '../context.ts';
import { useEditorT } from '../messages.ts';
import { FootnoteList } from './FootnoteList.tsx';
import { asPrinted, SignatureBlock } from './SignatureBlock.tsx';
import { TitleBlock } from './TitleBlock.tsx';

/**
 * The document on a page-like sheet with F4 proportions in the export's typeface. The title
 * block and the signature block come from the metadata and the parties, not from typed text.
 */
export function DocumentSheet({ screen }: { screen: EditorScreen }) {
  const { editor, session, document, cooperation } = screen;
  const [meta] = useMeta(session.ydoc);
  const t = useT();
  // The empty Pasal heading's hint is CSS content: hand it the words of the interface language.
  const hints = { '--heading-placeholder': JSON.stringify(t('editor.headingPlaceholder')) } as CSSProperties;
  const parties = [...cooperation.parties].sort((a, b) => a.ordinal - b.ordinal);
  // The title and signatures show the parties as the paper prints them: a variant's OPD and its head.
  const onPaper = asPrinted(parties, document.printedParties);
  const te = useEditorT();
  useKomparisiFields(editor, meta, parties, te('komparisi.hint'), te('opening.hint'));
  // The signatures name the parties as the text does (its komparisi), as the export prints them.
  const wording = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      documentWording(e.state.doc, agreementPartySettings(cooperation.settings).wording),
  });
  return (
    // A read-only sheet holds nothing to focus, so the scroller itself takes the keyboard's
    // focus to be scrolled with the arrow keys; an editable one scrolls with its caret.
    <section
      className="sheet-scroller"
      aria-label={t('editor.document')}
      tabIndex={screen.editable ? undefined : 0}
    >
      <article className="sheet" lang="id" style={hints}>
        <TitleBlock
          kind={document.kind}
          meta={meta}
          parties={onPaper}
          amendment={document.amendments?.amends?.kind}
        />
        <EditorContent editor={editor} className="sheet-body" />
        {screen.permissions.canComment && <PointBubble editor={editor} />}
        <SignatureBlock meta={meta} parties={onPaper} settings={cooperation.settings} wording={wording} />
        <FootnoteList editor={editor} editable={screen.editable} />
      </article>
    </section>
  );
}
