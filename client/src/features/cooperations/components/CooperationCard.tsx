import { Link } from 'react-router-dom';
import { useT } from '../../../i18n/index.ts';
import { useVariablesT } from '../../variables/messages.ts';
import { boardPath } from '../../variants/paths.ts';
import type { CooperationSummary } from '../api.ts';
import { distinctTitles } from '../documentTitles.ts';
import { documentPath } from '../paths.ts';
import { DocumentProgress } from './DocumentProgress.tsx';
import { PartyChips } from './PartyChip.tsx';
import { KindBadge, StatusBadge } from './StatusBadge.tsx';
import '../cooperationCard.css';

/**
 * One cooperation on the Beranda: title, parties, documents with their state. A master's
 * variants (one per OPD, twenty at times) fold into "4 PKS OPD" on its line, a link to their
 * board, as the Dokumen tab folds them under its row.
 */
export function CooperationCard({ cooperation: c }: { cooperation: CooperationSummary }) {
  const t = useT();
  const tv = useVariablesT();
  const ids = new Set(c.documents.map((d) => d.id));
  const documents = c.documents.filter((d) => d.tier !== 'variant' || !d.masterId || !ids.has(d.masterId));
  const titles = distinctTitles(documents);
  const variantsOf = (masterId: string) =>
    c.documents.filter((d) => d.tier === 'variant' && d.masterId === masterId);
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
      {documents.length === 0 ? (
        <p className="muted small">{t('home.noDocuments')}</p>
      ) : (
        <ul className="doc-lines">
          {documents.map((d) => {
            const title = titles.get(d.id) ?? d.title;
            const variants = d.tier === 'master' ? variantsOf(d.id) : [];
            return (
              <li key={d.id}>
                <KindBadge kind={d.kind} />
                <span className="doc-line-main">
                  <Link to={documentPath(c.id, d.id)} className="doc-title">
                    {title}
                  </Link>
                  <DocumentProgress progress={d.progress} />
                </span>
                {variants.length > 0 && (
                  <Link
                    to={boardPath(c.id, d.id)}
                    className="doc-variants small"
                    aria-label={tv('card.variantsOpen', { count: variants.length, title })}
                    title={variants.map((v) => v.title).join('\n')}
                  >
                    {tv('card.variants', { count: variants.length })}
                  </Link>
                )}
                <StatusBadge status={d.status} />
              </li>
            );
          })}
        </ul>
      )}
    </article>
  );
}
