import type { LibraryClause } from '../api.ts';
import { useClauseLibraryT } from '../messages.ts';
import { type PreviewLine, previewLines } from '../previewLines.ts';
import { usePreviewClause } from '../usePreviewClause.ts';

interface LibraryPreviewProps {
  item: LibraryClause | null;
  kind: 'mou' | 'pks';
  busy: boolean;
  onInsert: (item: LibraryClause) => void;
}

const plainLines = (text: string): PreviewLine[] =>
  text.split('\n').map((line) => ({ label: null, text: line, depth: 0 }));

function Lines({ lines, lang }: { lines: PreviewLine[]; lang: string }) {
  return (
    <div className="library-text" lang={lang}>
      {lines.map((line, i) => (
        <p
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text, never reordered.
          key={i}
          className={line.label ? 'labelled' : undefined}
          style={{ marginLeft: `${line.depth * 1.75}em` }}
        >
          {line.label && <span className="library-label">{line.label}</span>}
          {line.text}
        </p>
      ))}
    </div>
  );
}

/**
 * The chosen clause as it will read: the Indonesian text numbered as in the document ("(1)",
 * "a."), and the English text below it when the library has one.
 */
export function LibraryPreview({ item, kind, busy, onInsert }: LibraryPreviewProps) {
  const t = useClauseLibraryT();
  const clause = usePreviewClause(item?.key ?? null, kind);
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
      <Lines lines={clause ? previewLines(clause) : plainLines(item.textId)} lang="id" />
      <h4 className="library-lang">{t('previewEn')}</h4>
      {item.textEn ? (
        <Lines lines={plainLines(item.textEn)} lang="en" />
      ) : (
        <p className="muted small">{t('noEnglish')}</p>
      )}
    </section>
  );
}
