import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { agreementExtensions } from '../../../../../shared/schema/extensions.ts';
import { NODE } from '../../../../../shared/schema/names.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Frame } from '../../../app/Frame.tsx';
import { useResource } from '../../../app/useResource.ts';
import { ClauseRefWithView } from '../../../document/clauseRefView.ts';
import { FootnoteNumbers, FootnoteWithView } from '../../../document/footnotes.ts';
import { useKomparisiFields } from '../../../document/komparisiFields.ts';
import { Numbering } from '../../../document/numbering.ts';
import { useVariableChips, VariableWithView } from '../../../document/variableChips.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { translate, useLanguage, useT } from '../../../i18n/index.ts';
import { getCooperation } from '../../cooperations/api.ts';
import { documentCrumbs } from '../../cooperations/crumbs.ts';
import { getDocument } from '../../documents/api.ts';
import { FootnoteList } from '../../editor/components/FootnoteList.tsx';
import { SignatureBlock } from '../../editor/components/SignatureBlock.tsx';
import { TitleBlock } from '../../editor/components/TitleBlock.tsx';
import { useEditorT } from '../../editor/messages.ts';
import { footnoteMark } from '../../editor/notesTablesMessages.ts';
import { chipValues } from '../../variables/chipValues.ts';
import { getVersion } from '../api.ts';
import { useHistoryT } from '../messages.ts';
import { comparePath } from '../paths.ts';
import { Author } from './Author.tsx';
import { useVersionName } from './VersionsList.tsx';
import '../history.css';
// The chips' look is the editor's own (its stylesheet comes with the variables' menu there).
import '../../variables/variables.css';

/**
 * The extensions of a read-only sheet: the shared schema with numbering, no collaboration; a
 * master's variables as the editor's chips.
 */
const readOnlyExtensions = agreementExtensions.map((ext) =>
  ext.name === NODE.clauseRef
    ? ClauseRefWithView(() => translate(useLanguage.getState().language, 'xref.broken'))
    : ext.name === NODE.footnote
      ? FootnoteWithView(() => undefined, footnoteMark)
      : ext.name === NODE.variable
        ? VariableWithView
        : ext,
);

/** One version of a document, read-only on the same sheet as the editor, with a link to compare it with now. */
export function VersionPage() {
  const { cooperationId = '', documentId = '', versionId = '' } = useParams();
  const t = useHistoryT();
  const tApp = useT();
  const language = useLanguage((s) => s.language);
  const nameOf = useVersionName();
  const coop = useResource(`cooperation:${cooperationId}`, () => getCooperation(cooperationId));
  const detail = useResource(`version:${documentId}:${versionId}`, () => getVersion(documentId, versionId));
  const data = detail.data;
  const editor = useEditor(
    {
      extensions: [...readOnlyExtensions, Numbering, FootnoteNumbers],
      content: data?.body ?? null,
      editable: false,
      // A named textbox that says it cannot be changed, as the editor's sheet when read-only.
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-label': tApp('editor.document'),
          'aria-multiline': 'true',
          'aria-readonly': 'true',
        },
      },
    },
    [data],
  );
  const parties = [...(coop.data?.parties ?? [])].sort((a, b) => a.ordinal - b.ordinal);
  const summary = coop.data?.documents.find((d) => d.id === documentId);
  const kind = summary?.kind === 'pks' ? 'pks' : 'mou';
  // A variant's chips show its OPD's values, a master's the MoU it cites, as in their editors.
  const tier = summary?.tier;
  const filled = tier === 'variant' || tier === 'master';
  const values = useResource(`document-variables:${documentId}:${filled}`, () =>
    filled ? getDocument(documentId).then((r) => r.document.variables ?? {}) : Promise.resolve({}),
  ).data;
  useEffect(() => {
    useVariableChips.setState(values ? chipValues(tier, values) : { variant: false, values: {} });
  }, [tier, values]);
  // The komparisi and the opening read the signatories, date and place this version's Info fields held.
  const te = useEditorT();
  useKomparisiFields(editor, data?.meta ?? {}, parties, te('komparisi.hint'), te('opening.hint'));

  return (
    <Frame
      layout="page"
      crumbs={documentCrumbs(
        tApp('nav.home'),
        cooperationId,
        coop.data?.title,
        documentId,
        data?.meta.title || '…',
        { label: data ? nameOf(data.version) : '…' },
      )}
    >
      <div className="page version-page">
        <ErrorNote error={detail.error ?? coop.error} onRetry={detail.reload} />
        {data && (
          <div className="page-head">
            <div className="stack">
              <h1>{nameOf(data.version)}</h1>
              <p className="version-row-meta muted">
                <span className="badge">{t(`versionKind.${data.version.kind}`)}</span>
                <time dateTime={data.version.at}>{formatDateTime(data.version.at, language)}</time>
                {data.version.author && <Author person={data.version.author} />}
                <span>{t('readOnly')}</span>
              </p>
            </div>
            <Link className="button" to={comparePath(cooperationId, documentId, data.version.id, 'current')}>
              {t('compareWithNow')}
            </Link>
          </div>
        )}
        {data && editor && (
          <div className="sheet-scroller">
            <article className="sheet" lang="id">
              <TitleBlock kind={kind} meta={data.meta} parties={parties} />
              <EditorContent editor={editor} className="sheet-body" />
              <SignatureBlock meta={data.meta} parties={parties} settings={coop.data?.settings} />
              {editor && <FootnoteList editor={editor} editable={false} />}
            </article>
          </div>
        )}
      </div>
    </Frame>
  );
}
