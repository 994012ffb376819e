import type { ClauseComparisonDTO } from '../api.ts';
import { useHistoryT } from '../messages.ts';
import { Authors } from './Author.tsx';
import { Diff } from './Diff.tsx';

interface Props {
  clause: ClauseComparisonDTO;
  /** Offered when the older point is a version and the text may be edited. */
  onRestore?: () => void;
  restoreLabel?: string;
}

/** One Pasal in a comparison: its fate (added, removed, changed, moved, renumbered), who, and the redline. */
export function CompareClause({ clause, onRestore, restoreLabel }: Props) {
  const t = useHistoryT();
  const number = clause.to?.number ?? clause.from?.number;
  const heading = clause.to?.heading || clause.from?.heading;
  return (
    <article className={`compare-clause ${clause.status}`} data-clause={clause.clauseId}>
      <header className="compare-clause-head">
        <h3>
          {t('clauseTitle', { number: number ?? '?' })}
          {heading && <span className="muted"> — {heading}</span>}
        </h3>
        <span className={`badge compare-${clause.status}`}>{t(`status.${clause.status}`)}</span>
        {clause.moved && <span className="badge compare-moved">{t('moved')}</span>}
      </header>
      {clause.renumbered && (
        <p className="muted small">
          {t('renumbered', { from: clause.from?.number ?? '?', to: clause.to?.number ?? '?' })}
        </p>
      )}
      {clause.authors.length > 0 && (
        <p className="small compare-authors">
          <span className="muted">{t('authors')}:</span> <Authors people={clause.authors} />
        </p>
      )}
      {clause.status !== 'unchanged' ? (
        <Diff ops={clause.ops} color={clause.authors.at(-1)?.color} />
      ) : (
        <p className="redline unchanged">{clause.to?.text}</p>
      )}
      {onRestore && (
        <button type="button" className="button quiet" onClick={onRestore}>
          {restoreLabel}
        </button>
      )}
    </article>
  );
}
