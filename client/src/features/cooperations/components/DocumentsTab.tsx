import { Link } from 'react-router-dom';
import { useDateTime } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/index.ts';
import { AmendmentCardLine } from '../../amendments/components/AmendmentCardLine.tsx';
import { ImportDocumentForm } from '../../import/components/ImportDocumentForm.tsx';
import { VariantRowTools } from '../../variants/components/VariantRowTools.tsx';
import { distinctTitles } from '../documentTitles.ts';
import { documentPath } from '../paths.ts';
import type { CooperationTabProps } from '../tabs.ts';
import { DocumentProgress } from './DocumentProgress.tsx';
import { NewDocumentForm } from './NewDocumentForm.tsx';
import { KindBadge, StatusBadge } from './StatusBadge.tsx';

/** Dokumen: the cooperation's MoU and PKS with their state, and a form to start a new one. */
export function DocumentsTab({ cooperation, reload }: CooperationTabProps) {
  const t = useT();
  const dateTime = useDateTime();
  // A master's variants (one per OPD, twenty at times) fold under its row.
  const documents = cooperation.documents.filter((d) => d.kind !== 'notes' && d.tier !== 'variant');
  const titles = distinctTitles(documents);
  const canCreate = cooperation.permissions.canCreateDocuments;
  return (
    <div className="two-columns">
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading" className="visually-hidden">
          {t('coop.tab.documents')}
        </h2>
        {documents.length === 0 ? (
          <p className="empty-state">{t('docs.empty')}</p>
        ) : (
          <ul className="document-list">
            {documents.map((d) => (
              <li key={d.id} className="card document-row">
                <KindBadge kind={d.kind} />
                <div className="document-row-main">
                  <Link
                    className="doc-link"
                    to={documentPath(cooperation.id, d.id)}
                    aria-label={t('docs.open', { title: titles.get(d.id) ?? d.title })}
                  >
                    {titles.get(d.id) ?? d.title}
                  </Link>
                  <AmendmentCardLine document={d} documents={cooperation.documents} />
                  <span className="muted small">{t('docs.updated', { when: dateTime(d.updatedAt) })}</span>
                </div>
                <DocumentProgress progress={d.progress} />
                <StatusBadge status={d.status} />
                <VariantRowTools cooperation={cooperation} document={d} onCreated={reload} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <aside className="card side-card">
        <h2>{t('docs.new')}</h2>
        {canCreate ? (
          <>
            <NewDocumentForm cooperation={cooperation} onCreated={reload} />
            <hr className="divider" />
            <ImportDocumentForm
              cooperationId={cooperation.id}
              parties={cooperation.parties}
              onImported={reload}
            />
          </>
        ) : (
          <p className="muted">{t('docs.cannotCreate')}</p>
        )}
      </aside>
    </div>
  );
}
