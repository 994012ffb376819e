import type { LibraryClause } from '../api.ts';
import { useClauseLibraryT } from '../messages.ts';

interface LibraryPreviewProps {
  item: LibraryClause | null;
  busy: boolean;
  onInsert: (item: LibraryClause) => void;
}

/** The chosen clause as it will read: Indonesian text, the English text beside it when there is one. */
export function LibraryPreview({ item, busy, onInsert }: LibraryPreviewProps) {
  const t = useClauseLibraryT();
  if (!item) return <div className="library-preview" />;
  return (
    <section className="library-preview" aria-label={item.title.id}>
      <header className="library-preview-head">
        <h3>{item.title.id}</h3>
        <button type="button" className="button primary" disabled={busy} onClick={() => onInsert(item)}>
          {busy ? t('inserting') : t('insert')}
        </button>
      </header>
      {item.tags.length > 0 && (
        <ul className="library-tags" aria-label="Tag">
          {item.tags.map((tag) => (
            <li key={tag} className="badge">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <h4 className="library-lang">{t('previewId')}</h4>
      <div className="library-text" lang="id">
        {item.textId.split('\n').map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text, never reordered.
          <p key={i}>{line}</p>
        ))}
      </div>
      <h4 className="library-lang">{t('previewEn')}</h4>
      {item.textEn ? (
        <div className="library-text" lang="en">
          {item.textEn.split('\n').map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text, never reordered.
            <p key={i}>{line}</p>
          ))}
        </div>
      ) : (
        <p className="muted small">{t('noEnglish')}</p>
      )}
    </section>
  );
}
