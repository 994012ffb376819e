import { Link } from 'react-router-dom';
import { useT } from '../../../i18n/index.ts';
import type { CooperationSummary } from '../api.ts';
import { distinctTitle } from '../documentTitles.ts';
import { documentPath } from '../paths.ts';
import { DocumentProgress } from './DocumentProgress.tsx';
import { PartyChips } from './PartyChip.tsx';
import { KindBadge, StatusBadge } from './StatusBadge.tsx';

/** One cooperation on the Beranda: title, parties, documents with their state. */
export function CooperationCard({ cooperation: c }: { cooperation: CooperationSummary }) {
  const t = useT();
  return (
    <article className="card cooperation-card">
      <header>
        <h2>
          <Link to={`/k/${c.id}`}>{c.title}</Link>
        </h2>
        <span className="muted small">{t('home.myRole', { role: t(`role.${c.myRole}`) })}</span>
      </header>
      <PartyChips parties={c.parties} label={t('coop.parties')} />
      <h3 className="section-label">{t('home.documents')}</h3>
      {c.documents.length === 0 ? (
        <p className="muted small">{t('home.noDocuments')}</p>
      ) : (
        <ul className="doc-lines">
          {c.documents.map((d) => (
            <li key={d.id}>
              <KindBadge kind={d.kind} />
              <span className="doc-line-main">
                <Link to={documentPath(c.id, d.id)} className="doc-title">
                  {distinctTitle(c.documents, d)}
                </Link>
                <DocumentProgress progress={d.progress} />
              </span>
              <StatusBadge status={d.status} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
